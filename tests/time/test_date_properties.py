"""Property-based: the date reader never crashes, and what it returns is a real date in ISO form."""

from __future__ import annotations

import datetime
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from prosopograph.resolve.records import SentenceRecord
from prosopograph.time.narrative import TimeRules, date_document
from prosopograph.time.values import PRECISIONS

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Jan.", "Sept.", "Oct"]
DAY = st.integers(min_value=0, max_value=40).map(str)
YEAR = st.integers(min_value=0, max_value=99999).map(str)
WORDS = st.sampled_from(["On", "in", "the", "spring", "winter", "of", "late", "early", "mid-", "1870s", "'90s",
                         "a month later", "two years later", "that August", "the following spring", "O.S.",
                         "(Old Style)", "N.S.", "from", "to", "until", "and", "between", "circa", "c.", "—", ",",
                         "the next day", "ten days earlier", "later that year", "Moscow", "he", "was", "born",
                         "century", "19th", "nineteenth", "1917–1918", "1929-33"])
WRITTEN_DATE = st.one_of(st.tuples(DAY, st.sampled_from(MONTHS), YEAR).map(" ".join),
                         st.tuples(st.sampled_from(MONTHS), DAY, YEAR).map(lambda t: f"{t[0]} {t[1]}, {t[2]}"),
                         st.tuples(st.sampled_from(MONTHS), DAY).map(" ".join))
PIECE = st.one_of(WORDS, WRITTEN_DATE, st.sampled_from(MONTHS), DAY, YEAR,
                  st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6))
SENTENCE = st.lists(PIECE, min_size=1, max_size=14).map(" ".join)
ISO = re.compile(r"^\d{4,5}(-\d{2}(-\d{2})?)?$")


@settings(max_examples=400, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=6), st.booleans(), st.booleans())
def test_dates_are_iso_or_absent_and_never_crash(texts: list[str], russian: bool, old_style: bool) -> None:
    sentences, at = [], 0
    for i, text in enumerate(texts):
        sentences.append(SentenceRecord(i + 1, 1, 1, 1, at, at + len(text), text))
        at += len(text) + 1
    dated = date_document(sentences, lambda s: russian, TimeRules(old_style=old_style))
    for d in dated:
        text = texts[d.sentence_id - 1]
        start = sentences[d.sentence_id - 1].start
        assert 0 <= d.start - start < d.end - start <= len(text)
        for value in (d.value, d.end_value, d.julian, d.gregorian):
            if value is None:
                continue
            assert ISO.match(value.iso()), value
            assert value.precision in PRECISIONS
            if value.precision == "day" and value.calendar == "gregorian" and 1 <= value.year <= 9999:
                datetime.date(value.year, value.month or 0, value.day or 0)  # a real day
            if value.month is not None:
                assert 1 <= value.month <= 12
            if value.day is not None:
                assert 1 <= value.day <= 31
            value.sort_key()  # orderable on the timeline
        if d.julian and d.gregorian:
            assert d.julian.to_gregorian() == d.gregorian
