from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from prosopograph.text import MONTH_ABBREVIATIONS, MONTH_NAMES, STOP_WORDS, WEEKDAY_NAMES, fold


def test_fold_drops_case_accents_possessives_and_punctuation() -> None:
    assert fold("Émile Zola’s") == "emile zola"
    assert fold("O'Hara-Smith, Jr.") == "ohara smith jr"
    assert fold("  Ivanova  ") == "ivanova"


@given(st.text(max_size=40))
def test_fold_is_stable(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_stop_words_are_spacys_list() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS as spacy_words

    assert frozenset(spacy_words) == STOP_WORDS
    assert {"the", "which", "whereupon"} <= STOP_WORDS and "river" not in STOP_WORDS


def test_reading_the_stop_words_does_not_import_spacy() -> None:
    # a query never needs the model: the text module must not make it pay for importing spaCy
    code = "import sys, prosopograph.text; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_month_and_weekday_names_in_calendar_order() -> None:
    assert len(MONTH_NAMES) == 12 and MONTH_NAMES[0] == "January" and MONTH_NAMES[11] == "December"
    assert len(WEEKDAY_NAMES) == 7 and WEEKDAY_NAMES[0] == "Monday"
    for short, number in MONTH_ABBREVIATIONS.items():
        assert MONTH_NAMES[number - 1].lower().startswith(short)
