"""What every stage shares of English words: folding for comparison, the stop words, month and weekday names."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
"""The months as written, January first: MONTH_NAMES[month - 1]."""
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}
"""Short forms of the months' names, lower case, with the month's number."""
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""The days of the week as written, Monday first (ISO 8601 numbers Monday 1)."""


def _spacy_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from spaCy's own list."""
    found = importlib.util.find_spec("spacy")  # finds the package without importing it
    path = Path(found.origin).parent / "lang" / "en" / "stop_words.py" if found and found.origin else None
    spec = importlib.util.spec_from_file_location("_spacy_en_stop_words", path) if path and path.exists() else None
    if spec is None or spec.loader is None:
        from spacy.lang.en.stop_words import STOP_WORDS as words
        return frozenset(words)
    # the list file alone: importing spaCy costs a second or two that a query never otherwise pays
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


STOP_WORDS = _spacy_stop_words()
"""spaCy's English stop words, lower case ('the', 'which', "n't", 'whereupon')."""


@lru_cache(maxsize=1 << 16)  # the same few thousand names are folded hundreds of thousands of times
def fold(text: str) -> str:
    """Lower case without accents or punctuation: the form names are compared in."""
    text = text.replace("’", "'")
    if not text.isascii():  # most names are plain ASCII: skip the costly decomposition for them
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    plain = text.lower()
    plain = re.sub(r"'s\b", "", plain).replace("'", "")
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())
