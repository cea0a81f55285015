"""Every temporal expression of a text with what the reader makes of it: the date layer on its own.

Dates come from `expressions.find_expressions` and are made exact by `narrative.date_document`, as the
build reads them; durations, recurring times, clock times and days counted from the speaker's now
('yesterday') come from `grammar`. A given anchor (a news story's day of publication) is the
narrative's "now" before the text's first date, and the speaker's now for 'yesterday' or 'last year'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from convertdate import gregorian

from ..model import SentenceRecord
from ..text import MONTH_NAMES
from .expressions import TimeExpression, find_expressions
from .grammar import OtherExpression, find_other_expressions
from .narrative import DatedExpression, TimeRules, apply_relative, date_document
from .values import DateValue

GIVEN_ANCHOR = -1
"""Sentence id of the anchor a reader is given: no sentence of any text has it."""
# A bare four-digit number is a count, not a year, before a unit or a counted noun ('1850 miles'),
# and a label after a word that numbers things ('Room 1907').
_COUNTED_NOUN = re.compile(
    r"\s+(?:men|women|people|persons|soldiers|troops|workers|voters|votes|dollars|pounds|francs|marks|roubles|rubles"
    r"|crowns|guineas|florins|miles|feet|foot|yards|metres|meters|kilometres|kilometers|acres|hectares|tons|tonnes"
    r"|copies|pages|volumes|horses|ships|guns|prisoners|inhabitants|souls|names|letters|items)\b", re.I)
_NUMBERING_WORD = re.compile(r"\b(?:no\.|nos\.|number|room|page|pp?\.|vol\.|volume|box|item|folio|lot|house|flat"
                             r"|apartment|cell|ward|file|catalogue|cat\.|plate|figure|fig\.)\s*$", re.I)


@dataclass(frozen=True)
class CountedFrom:
    """What a relative expression was counted from: a date the text gives, or the anchor the reader was given."""

    value: str
    """ISO 8601 of the date counted from."""
    sentence_id: int
    """GIVEN_ANCHOR for the given anchor."""
    start: int | None = None
    end: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class DateReading:
    """One temporal expression: where it stands (offsets into the cleaned text), its kind and its value."""

    sentence_id: int
    start: int
    end: int
    text: str
    kind: str
    """'date', 'time', 'duration' or 'set'."""
    value: str | None
    """ISO 8601 date, TIMEX3 duration, set or time value; None for a relative date with nothing to count from."""
    precision: str | None
    relative: bool = False
    counted_from: CountedFrom | None = None
    end_value: str | None = None
    """The end of a range ('from 1929 to 1933')."""
    detail: str | None = None
    """A season's name, or early/mid/late/circa."""
    date_julian: str | None = None
    date_gregorian: str | None = None
    calendar_note: str | None = None
    earliest: str | None = None
    """First and last Gregorian day a date (or range) covers, for 'not before' and 'not after'."""
    latest: str | None = None


def read_dates(sentences: Iterable[SentenceRecord], anchor: DateValue | None = None,
               russian: Callable[[SentenceRecord], bool] | None = None,
               rules: TimeRules | None = None) -> list[DateReading]:
    """Every temporal expression of one document's sentences, in text order, with its value."""
    ordered = sorted(sentences, key=lambda s: s.start)
    given = _anchor_sentence(anchor, ordered) if anchor else []
    dated = date_document(given + ordered, russian or (lambda s: False), rules or TimeRules())
    by_start = {(d.sentence_id, d.start): d for d in dated}
    by_sentence: dict[int, list[DatedExpression]] = {}
    for d in dated:
        by_sentence.setdefault(d.sentence_id, []).append(d)
    out: list[DateReading] = []
    # the day the passage being read is about, which a clock time falls on: the given anchor until the text
    # gives a day; a day from an earlier passage is too far back to put an hour on
    given_day = (anchor, CountedFrom(anchor.iso(), GIVEN_ANCHOR)) if anchor and anchor.precision == "day" else None
    now: tuple[DateValue, CountedFrom] | None = given_day
    passage: int | None = None
    for s in ordered:
        if s.passage_id != passage:
            now, passage = given_day, s.passage_id
        found = [e for e in find_expressions(s.text) if not _is_count(s.text, e)]
        for e in found:
            d = by_start.get((s.id, s.start + e.start))
            reading = _date_reading(s, e, d, by_sentence, anchor)
            out.append(reading)
            if d is not None and d.value.precision == "day" and s.kind == "paragraph":
                now = (d.value, CountedFrom(d.value.iso(), s.id, d.start, d.end, d.text))
        taken = [(e.start, e.end) for e in found]
        for o in find_other_expressions(s.text, taken):
            out.append(_other_reading(s, o, now, anchor))
    return sorted(out, key=lambda r: (r.start, r.end))


def _anchor_sentence(anchor: DateValue, sentences: list[SentenceRecord]) -> list[SentenceRecord]:
    """The anchor written as a sentence of its own before the text, so that the narrative starts from it."""
    first = next((s for s in sentences if s.kind == "paragraph"), sentences[0] if sentences else None)
    if first is None:
        return []
    if anchor.precision == "day" and anchor.month and anchor.day:
        text = f"On {anchor.day} {MONTH_NAMES[anchor.month - 1]} {anchor.year}."
    elif anchor.precision == "month" and anchor.month:
        text = f"In {MONTH_NAMES[anchor.month - 1]} {anchor.year}."
    else:
        text = f"In {anchor.year}."
    return [SentenceRecord(GIVEN_ANCHOR, first.document_id, first.chapter_id, first.passage_id, first.start,
                           first.start, text, "paragraph")]


def _is_count(sentence: str, e: TimeExpression) -> bool:
    """A bare four-digit number that counts or labels something ('1850 miles', 'Room 1907'), not a year."""
    if not (e.text.isdigit() and e.end_value is None):
        return False
    return bool(_COUNTED_NOUN.match(sentence, e.end) or _NUMBERING_WORD.search(sentence, 0, e.start))


def _date_reading(s: SentenceRecord, e: TimeExpression, d: DatedExpression | None,
                  by_sentence: dict[int, list[DatedExpression]], anchor: DateValue | None) -> DateReading:
    start, end = s.start + e.start, s.start + e.end
    if d is None:
        return DateReading(s.id, start, end, e.text, "date", None, None, relative=e.kind != "absolute")
    first, _ = d.value.interval()
    last = (d.end_value or d.value).interval()[1]
    counted = _counted_from(d, e, by_sentence, anchor) if d.relative else None
    return DateReading(
        s.id, start, end, e.text, "date", d.value.iso(), d.value.precision, d.relative, counted,
        end_value=d.end_value.iso() if d.end_value else None, detail=d.value.season or d.value.qualifier,
        date_julian=d.julian.iso() if d.julian else None, date_gregorian=d.gregorian.iso() if d.gregorian else None,
        calendar_note=d.calendar_note or None, earliest=iso_day(first), latest=iso_day(last))


def _counted_from(d: DatedExpression, e: TimeExpression, by_sentence: dict[int, list[DatedExpression]],
                  anchor: DateValue | None) -> CountedFrom | None:
    """The date of the anchor sentence that gives this one when counted from: the last that does, else the last."""
    if d.anchor_sentence_id is None:
        return None
    if d.anchor_sentence_id == GIVEN_ANCHOR and anchor is not None:
        return CountedFrom(anchor.iso(), GIVEN_ANCHOR)
    before = [c for c in by_sentence.get(d.anchor_sentence_id, []) if c.start < d.start]
    if not before:
        return None

    def gives(c: DatedExpression) -> bool:
        if e.relative is not None:
            return apply_relative(e.relative, c.value) == d.value
        return c.value.year in (d.value.year, d.value.year - 1)

    best = next((c for c in reversed(before) if gives(c)), before[-1])
    return CountedFrom(best.value.iso(), best.sentence_id, best.start, best.end, best.text)


def _other_reading(s: SentenceRecord, o: OtherExpression, now: tuple[DateValue, CountedFrom] | None,
                   anchor: DateValue | None) -> DateReading:
    """A duration or set as read; a clock time on the narrative's day; 'yesterday' from the speaker's now."""
    start, end = s.start + o.start, s.start + o.end
    if o.kind in ("duration", "set"):
        return DateReading(s.id, start, end, o.text, o.kind, o.value, o.precision)
    if o.kind == "time":
        if now is None:
            return DateReading(s.id, start, end, o.text, "time", o.value, o.precision)
        return DateReading(s.id, start, end, o.text, "time", f"{now[0].iso()}{o.value}", o.precision, True, now[1])
    # the speaker's now: the given anchor, else the day the passage is about
    base = (anchor, CountedFrom(anchor.iso(), GIVEN_ANCHOR)) if anchor else now
    value = apply_relative(o.relative, base[0]) if base and o.relative else None
    if value is None or base is None:
        return DateReading(s.id, start, end, o.text, "date", None, None, relative=True)
    first, last = value.interval()
    return DateReading(s.id, start, end, o.text, "date", value.iso(), value.precision, True, base[1],
                       detail=value.season, earliest=iso_day(first), latest=iso_day(last))


def iso_day(jd: int) -> str:
    """A Julian Day Number as an ISO 8601 Gregorian day."""
    y, m, d = gregorian.from_jd(jd + 0.5)
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_anchor(text: str) -> DateValue:
    """'2021-03-12', '2021-03' or '2021' as a date; ValueError for anything else."""
    parts = text.strip().split("-")
    if not (1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4):
        raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    nums = [int(p) for p in parts]
    month, day = [*nums[1:], None, None][:2]
    value = DateValue(nums[0], month, day, precision=("year", "month", "day")[len(nums) - 1])
    if not value.is_real():
        raise ValueError(f"not a date: {text!r} (no such day)")
    return value
