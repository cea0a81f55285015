"""The timeline: dated events in order, each with its date as written, both calendars and a citation."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Citation
from ..store import Store
from ..time.expressions import find_expressions
from ..time.values import DateValue
from .people import find


@dataclass
class TimelineEvent:
    date: str
    """ISO 8601 at its precision, in the calendar the source wrote it in."""
    precision: str
    date_text: str
    event: str
    kind: str
    participants: list[str]
    place: str | None
    citations: list[Citation]
    detail: str | None = None
    """A season name or early/mid/late/circa."""
    date_end: str | None = None
    date_julian: str | None = None
    date_gregorian: str | None = None
    calendar_note: str | None = None
    relative: bool = False
    anchor: Citation | None = None

    @property
    def label(self) -> str:
        """What happened, by kind and who took part ('Marriage — Ann Reed, Tom Lund'); the clause if the
        kind is not known."""
        if self.kind == "event" or not self.participants:
            return self.event
        return f"{self.kind.capitalize()} — {', '.join(self.participants)}"


class DateInputError(ValueError):
    """A --from/--to value that is not a date."""


def timeline(store: Store, person: str | None = None, date_from: str | None = None,
             date_to: str | None = None) -> list[TimelineEvent]:
    """Events in time order, optionally of one person and within [date_from, date_to] (inclusive)."""
    ids = None
    if person:
        ids = [e.id for e in find(store, person)]
        if not ids:
            return []
    rows = store.events(ids, _day(date_from, first=True), _day(date_to, first=False))
    cited = store.citations([r.sentence_id for r in rows] + [r.anchor_sentence_id for r in rows
                                                              if r.anchor_sentence_id])
    names = store.participants([r.id for r in rows])
    return [TimelineEvent(
        date=r.date, precision=r.precision, date_text=r.date_text, event=r.description, kind=r.kind,
        participants=names[r.id], place=r.place, citations=[cited[r.sentence_id]] if r.sentence_id in cited else [],
        detail=r.detail, date_end=r.date_end, date_julian=r.date_julian, date_gregorian=r.date_gregorian,
        calendar_note=r.calendar_note, relative=bool(r.relative),
        anchor=cited.get(r.anchor_sentence_id) if r.anchor_sentence_id else None) for r in rows]


def _day(text: str | None, first: bool) -> int | None:
    """'1917', '1917-10', '1917-10-25' or 'October 1917' as the first (or last) day it covers."""
    if not text:
        return None
    parts = text.strip().split("-")
    try:
        if all(p.isdigit() for p in parts) and 1 <= len(parts) <= 3:
            nums = [int(p) for p in parts]
            precision = ("year", "month", "day")[len(nums) - 1]
            value = DateValue(nums[0], *(nums[1:] + [None] * (2 - len(nums[1:]))), precision=precision)
        else:
            found = [e.value for e in find_expressions(text) if e.kind == "absolute" and e.value]
            if not found:
                raise DateInputError(f"not a date: {text!r} (use e.g. 1917, 1917-10 or 1917-10-25)")
            value = found[0]
        start, end = value.interval()
    except (ValueError, TypeError) as exc:
        raise DateInputError(f"not a date: {text!r} ({exc})") from None
    return start if first else end
