"""Narrative time: every date expression of a document given an exact date, in reading order.

Relative and partial expressions are resolved against the last date the running text gave (the
anchor); a chapter start resets it, and footnotes neither use nor move it. Where the anchor is
missing or too coarse ('the next day' after 'in 1905'), the expression stays undated.
Old Style: Russian events before the Gregorian switch are read as Julian dates unless the text
says otherwise; the rule is a setting (TimeRules) a user can see and switch off.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..model import SentenceRecord
from ..text import WEEKDAY_NAMES
from .ages import find_ages
from .expressions import DAY_OF_MONTH, Relative, TimeExpression, find_expressions
from .values import SEASON_MONTHS, DateValue, add_days, add_months, precision_rank

# Countries that were part of the Russian Empire and kept its Julian calendar until 1918.
OLD_STYLE_COUNTRIES = frozenset({"RU", "UA", "BY", "GE", "AM", "AZ", "MD", "LT", "LV", "EE", "KZ", "UZ", "TM",
                                 "KG", "TJ"})
WINDOW = 3
"""How many recent dates the narrative's time is judged from."""
JUMP_YEARS = 5
"""A date this far from a run of agreeing dates is a look ahead or back, not a move of the story."""
COARSE_UNITS = frozenset({"month", "year", "century_turn"})
OPENING_CHARS = 25
"""A year within this many characters of a sentence's start sets the narrative's time."""
_ASIDE = ("(", "[", "“", "\"", "‘")
_WEEKDAY = re.compile(rf"\b(?i:on|by|until|till|that|next|last)\s+(?P<day>{'|'.join(WEEKDAY_NAMES)})\b")
"""'on Saturday', 'until Sunday', 'that Friday': the story at a weekday ('the Sunday school' is none)."""
YEAR_END_FROM, YEAR_START_UNTIL = 10, 3
"""A month and day in January–March after a date in October–December belong to the next year."""


@dataclass(frozen=True)
class TimeRules:
    """How dates are read; shown with every converted date and switchable from the command line."""

    old_style: bool = True
    """Read Russian dates before `gregorian_from` as Julian (Old Style) unless marked otherwise."""
    gregorian_from: tuple[int, int, int] = (1918, 2, 14)
    """First Gregorian day in Soviet Russia."""

    def describe(self) -> str:
        y, m, d = self.gregorian_from
        return f"Old Style (Julian) assumed for Russian events before {y:04d}-{m:02d}-{d:02d}"


@dataclass(frozen=True)
class DatedExpression:
    """An expression with its exact date, where it stands, and what it was resolved against."""

    sentence_id: int
    start: int
    end: int
    text: str
    value: DateValue
    end_value: DateValue | None
    relative: bool
    anchor_sentence_id: int | None
    calendar_note: str

    @property
    def julian(self) -> DateValue | None:
        return self.value.to_julian() if self.converts else None

    @property
    def gregorian(self) -> DateValue | None:
        return self.value.to_gregorian() if self.converts else None

    @property
    def converts(self) -> bool:
        return bool(self.calendar_note) and self.value.precision == "day"


def date_document(sentences: Iterable[SentenceRecord], russian: Callable[[SentenceRecord], bool],
                  rules: TimeRules, looks_away: Callable[[int, int, int, bool], bool] | None = None,
                  ) -> list[DatedExpression]:
    """Exact dates for the expressions of one document's sentences (in document order).

    `looks_away(sentence id, start, end, back)` says that an expression's clause looks back or ahead from the
    story's time ('he had come in 1862', 'he would die in 1940'): such a date does not move it. `back`: the date
    is before the story's time.
    """
    out: list[DatedExpression] = []
    recent: list[tuple[DateValue, int]] = []
    precise: list[tuple[DateValue, int]] = []
    """Dates the text gave as written or a few days from one: what a bare 'on March 1' counts from."""
    here: list[tuple[DateValue, int]] = []
    """The chapter's own dates: a bare 'on the 4th' counts only from a month this chapter gave (a chapter
    takes the year where the one before left off, but its days are its own)."""
    chapter: int | None = -1
    headed: tuple[int | None, tuple[DateValue, int], int] | None = None
    """The chapter whose heading gave a year ('CHAPTER IX. THE SIEGE. 1709-1710'), that year, and the last year it
    gave."""
    written: tuple[DateValue, int] | None = None
    """The last date the running text wrote, in passing or not: what a 'that November' of the same sentence points at
    (a sentence later it may have been an aside: 'As she wrote in 1940, …. She came home that September')."""
    carried = lost_day = False
    """lost_day: the story went on to a weekday this reading does not date ('on Saturday'): no count of days
    from the last date given holds until the text gives a day again."""
    for s in sentences:
        if s.kind == "heading":
            # a heading's year is where the chapter's story starts, and tells no event; a day is a letter's or a
            # diary's dateline ('LETTER IV. Paris, May 4, 1860'), which does
            given = [(e.value, e.end_value or e.value) for e in find_expressions(s.text)
                     if e.kind == "absolute" and e.value is not None]
            if given:
                headed = (s.chapter_id, (given[0][0], s.id), given[0][1].year)
            if not any(first.precision == "day" for first, _ in given):
                continue
        if s.kind == "paragraph" and s.chapter_id != chapter:
            # a new chapter's 'the 18th of May' is in the year the story reached (not a year named in passing);
            # its 'the next day' needs a day the chapter gave
            recent, precise, carried = [], _days_and_months(precise), True
            chapter, here = s.chapter_id, []
            if headed is not None and headed[0] == chapter:
                # its bare day and month are in the heading's years: where the story had reached, if that is one
                # of them ('THE HEARING. 1733-1734' after October 1733), else the first; 'a year later' still needs a
                # date of the text
                spans = headed[2] > headed[1][0].year
                inside = [d for d in precise if spans and headed[1][0].year <= d[0].year <= headed[2]]
                precise, carried = inside[-1:] or [headed[1]], False
        # footnotes, asides in brackets and quoted speech keep their own time
        in_flow = s.kind == "paragraph" and not s.text.lstrip().startswith(_ASIDE)
        said = find_expressions(s.text)
        weekdays = _undated_weekdays(s.text, said) if in_flow else []
        # 'When he was ten years old, …': the story moved to a time of a life this reading cannot date (births are
        # known only later), so nothing after it counts from the dates before; a year given with it is the story's
        age = _opening_age(s.text) if in_flow and not any(e.kind == "absolute" for e in said) else None
        for e in said:
            if age is not None and e.start >= age:
                recent, precise, here, lost_day, age = [], [], [], True, None
            lost_day = lost_day or any(w < e.start for w in weekdays)
            weekdays = [w for w in weekdays if w > e.start]
            if _restates(e, said, s.text) or (lost_day and e.relative and e.relative.unit in ("day", "week")):
                continue  # 'on the 9th, two days later'; 'on Saturday … a day later' counts from a day not dated
            anchors = here if e.relative and e.relative.unit == DAY_OF_MONTH else \
                precise if e.kind == "partial" and precise else recent
            anchor = _anchor(anchors) if in_flow else None
            if in_flow and _points_back(e) and written is not None and written[1] == s.id:
                anchor = written
            dated = _date(e, anchor)
            if dated is None:
                continue
            value, relative = dated
            if anchor is not None and e.kind == "partial" and value.year > anchor[0].year and looks_away is not None \
                    and looks_away(s.id, s.start + e.start, s.start + e.end, True):
                # 'after the abdication in February', told in December: the February before, not the next one
                value = replace(value, year=anchor[0].year)
            if not replace(value, calendar=e.calendar or value.calendar).is_real():
                continue  # '30 February', or a day the narrative's year does not have
            value, note = _calendar(value, e, s, russian, rules)
            out.append(DatedExpression(s.id, s.start + e.start, s.start + e.end, e.text, value, e.end_value,
                                       relative, anchor[1] if relative and anchor else None, note))
            if in_flow and e.kind == "absolute" and not _in_brackets(s.text, e.start):
                written = (value, s.id)
            back = anchor is not None and value.interval()[1] < anchor[0].interval()[0]
            away = looks_away is not None and looks_away(s.id, s.start + e.start, s.start + e.end, back)
            if in_flow and _sets_time(e, value) and not away:
                if carried:  # the chapter's own first date: the last chapter's no longer counts
                    precise, carried = [], False
                lost_day = lost_day and value.precision != "day"
                recent = [*recent[1 - WINDOW:], (value, s.id)]
                here = [*here[1 - WINDOW:], (value, s.id)]
                # 'Eight months later, it had grown …' often looks ahead; a month and day keeps to the text's dates
                if not (e.relative and e.relative.unit in COARSE_UNITS):
                    precise = [*precise[1 - WINDOW:], (value, s.id)]
        lost_day = lost_day or bool(weekdays)
        if age is not None:
            recent, precise, here, lost_day = [], [], [], True
    return out


_AGE_OPENER = re.compile(r"^\W*(?:(?:when|while|as)\s+(?:[\w’'-]+\s+){1,3}(?:was|were|turned|reached)\s+)?$", re.I)
"""What may stand before an age that opens a sentence ('When Tom was ten years old'); an age after anything else is
someone's in passing ('Her son, then five years old')."""


def _opening_age(text: str) -> int | None:
    """Where an age that opens the sentence starts ('At the age of nineteen she …', 'In his tenth year …'), if one
    does."""
    return next((a.start for a in find_ages(text) if _AGE_OPENER.match(text[:a.start])), None)


def _restates(e: TimeExpression, said: list[TimeExpression], text: str) -> bool:
    """'on the 9th, two days later,': a count of days in apposition to a date names that date again."""
    before, after = text[:e.start].rstrip(), text[e.end:].lstrip()
    if e.relative is None or e.relative.unit not in ("day", "week") or not before.endswith(",") or \
            after[:1] not in (",", ";", ".", ")"):
        return False  # 'on 3 May, two weeks later the strike began' counts on
    return any(x.end == len(before[:-1].rstrip()) for x in said)


def _in_brackets(text: str, at: int) -> bool:
    """An aside in brackets ('her brother (born 1931) lived there'): its date is none the sentence goes on from."""
    return text[:at].count("(") > text[:at].count(")")


def _points_back(e: TimeExpression) -> bool:
    """'that November', 'the same year', 'that spring': a month, season or year that is the one just written, whether
    or not the story moved to it ('dropped from the list in 1987, and that November …')."""
    rel = e.relative
    return rel is not None and rel.amount == 0 and (rel.unit == "year" or rel.unit.startswith(("month:", "season:")))


def _undated_weekdays(text: str, said: list[TimeExpression]) -> list[int]:
    """Where a sentence names a weekday that no date of it gives ('on Saturday', not 'Tuesday the 9th')."""
    return [m.start("day") for m in _WEEKDAY.finditer(text)
            if not any(x.start <= m.start("day") < x.end for x in said)]


def _days_and_months(dates: list[tuple[DateValue, int]]) -> list[tuple[DateValue, int]]:
    return [d for d in dates if d[0].precision in ("day", "month")]


def _sets_time(e: TimeExpression, value: DateValue) -> bool:
    """Whether a date moves the narrative: a month or a day does; a bare year only where the sentence
    opens with it ('In 1897 he …'), not in passing ('the prison that had held him in 1905')."""
    if e.end_value is not None or precision_rank(value.precision) > precision_rank("year"):
        return False
    return precision_rank(value.precision) <= precision_rank("month") or e.start <= OPENING_CHARS


def _anchor(recent: list[tuple[DateValue, int]]) -> tuple[DateValue, int] | None:
    """The latest date, unless it jumps away from a run of dates that agree (a look ahead or back).

    A biography says 'he would die in 1940' in the middle of 1905; one such date must not drag the
    narrative's time with it. Two dates in a row that agree set a new time.
    """
    if not recent:
        return None
    if len(recent) >= 3:
        (before, _), (prev, prev_id), (latest, _) = recent[-3:]
        if latest.precision == "day":
            return recent[-1]  # a day given in full moves the story, however far ('On June 28, 1914, …')
        if abs(latest.year - prev.year) > JUMP_YEARS and abs(prev.year - before.year) <= JUMP_YEARS:
            return prev, prev_id
    return recent[-1]


def _date(e: TimeExpression, anchor: tuple[DateValue, int] | None) -> tuple[DateValue, bool] | None:
    if e.kind == "absolute" and e.value is not None:
        return e.value, False
    if anchor is None:
        return None
    base = anchor[0]
    if e.kind == "partial" and e.value is not None:
        value = _with_year(e.value, base)
        return None if _before_season(value, base) else (value, True)
    if e.relative is not None:
        value = apply_relative(e.relative, base)
        return (value, True) if value is not None else None
    return None


def apply_relative(rel: Relative, base: DateValue) -> DateValue | None:
    """The date a relative expression names, counted from `base`; None if `base` is too coarse. A count left open
    ('a few days later', 'several years after') names no more than the month or year it most likely falls in,
    and no year for years."""
    value = _counted(rel, base)
    if not rel.vague or value is None:
        return value
    if rel.unit in ("day", "week"):
        return DateValue(value.year, value.month, precision="month", calendar=value.calendar)
    return DateValue(value.year, calendar=value.calendar) if rel.unit == "month" else None


def _counted(rel: Relative, base: DateValue) -> DateValue | None:
    unit, n = rel.unit, rel.amount
    if unit in ("day", "week"):
        if base.precision != "day":
            return None
        return add_days(base, n * (7 if unit == "week" else 1))
    if unit == "month":
        return add_months(base, n) if base.month and base.precision in ("day", "month") else None
    if unit == "year":
        return DateValue(base.year + n, calendar=base.calendar)
    if unit.startswith("month:"):
        month = int(unit.split(":")[1])
        year = base.year
        if n > 0 and base.month and month <= base.month:
            year += 1
        elif n < 0 and base.month and month >= base.month:
            year -= 1
        return DateValue(year, month, precision="month", calendar=base.calendar)
    if unit.startswith("season:"):
        season = unit.split(":")[1]
        year = base.year
        if n > 0 and (not base.month or base.month >= SEASON_MONTHS[season][0]):
            year += 1
        elif n < 0:
            year -= 1
        return DateValue(year, precision="season", season=season, calendar=base.calendar)
    if unit == DAY_OF_MONTH:  # 'on the 19th' after 'the 12th of June'; before the 12th it may look back or on
        if base.precision != "day" or not base.month or not base.day or n < base.day:
            return None
        return replace(base, day=n)
    if unit == "century_turn":
        return DateValue((base.year + 50) // 100 * 100, qualifier="circa", calendar=base.calendar)
    return None


def _before_season(value: DateValue, base: DateValue) -> bool:
    """'In the summer of 1871 she toured the coast …; the ship sailed on the 3d of May': a day before the season named
    returns to a thread whose year this reading does not know (winter, running across the new year, is left
    alone)."""
    if base.precision != "season" or base.season not in SEASON_MONTHS or base.season == "winter":
        return False
    return value.year == base.year and value.month is not None and value.month < SEASON_MONTHS[base.season][0]


def _with_year(partial: DateValue, base: DateValue) -> DateValue:
    """The narrative's year; the next one across a year's end ('in November … on January 5').

    A month earlier in the same year is a look back ('the tsar had abdicated; on March 1 …').
    """
    value = replace(partial, year=base.year, calendar=base.calendar)
    late = base.month or (12 if base.season == "winter" else None)  # a winter's new months are the next year's
    if late and late >= YEAR_END_FROM and (value.month or 12) <= YEAR_START_UNTIL:
        value = replace(value, year=base.year + 1)
    return value


def _calendar(value: DateValue, e: TimeExpression, s: SentenceRecord, russian: Callable[[SentenceRecord], bool],
              rules: TimeRules) -> tuple[DateValue, str]:
    """The calendar the date is written in, and a note saying why, when it is not plainly Gregorian."""
    if e.calendar == "julian":
        return replace(value, calendar="julian"), "Old Style (Julian), as the text says"
    g = value.to_gregorian()
    before_switch = (g.year, g.month or 1, g.day or 1) < rules.gregorian_from
    if value.calendar == "julian":
        if before_switch:
            return value, "Old Style (Julian), like the date it is counted from"
        value = value.to_gregorian()  # counted past the switch: the same day in the new calendar
    if e.calendar == "gregorian":
        return value, "New Style (Gregorian), as the text says" if before_switch and russian(s) else ""
    if e.relative is not None and e.relative.unit != DAY_OF_MONTH:
        return value, ""  # 'ten days later' counts in the calendar of the date it counts from, not Old Style
    if rules.old_style and before_switch and value.precision == "day" and russian(s):
        return replace(value, calendar="julian"), rules.describe()
    return value, ""
