"""Temporal expressions the date reader leaves out: durations, recurring times, clock times and days named
from the speaker's now ('yesterday', 'last year').

They are read from grammar, not from any source: a count and a unit ('three years', 'for 10 days') is
a duration; 'every' or 'each' with a unit, a weekday, a month or a season ('every Sunday', 'on
Sundays', 'twice a year') recurs; an hour with 'o'clock', a.m./p.m. or minutes is a clock time.
Values follow TimeML's TIMEX3: 'P3Y', 'PT2H', 'XXXX-WXX-7', 'T15:30'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import MONTH_NAMES, WEEKDAY_NAMES
from .expressions import MONTHS, NUMBERS, VAGUE_COUNTS, Relative

WEEKDAYS = {d.lower(): i for i, d in enumerate(WEEKDAY_NAMES, 1)}
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
UNIT_CODES = {"second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1),
              "night": ("", "D", 1), "week": ("", "W", 1), "fortnight": ("", "W", 2), "month": ("", "M", 1),
              "year": ("", "Y", 1), "decade": ("", "Y", 10), "century": ("", "Y", 100)}
"""A unit's ISO 8601 duration designator: (time part?, letter, how many of it one unit is)."""
UNIT_PRECISION = {"second": "second", "minute": "minute", "hour": "hour", "night": "day", "fortnight": "week",
                  "decade": "decade", "century": "century"}
CLOCK_WORDS = {w: n for w, n in NUMBERS.items() if " " not in w and w not in ("a", "an", "several", "some")}

_WORD_COUNT = "|".join(sorted([*(w for w in NUMBERS if w not in ("a", "an")), "many"], key=len, reverse=True))
_COUNT = rf"(?P<count>{_WORD_COUNT}|\d+|an?)"
_UNIT = r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?"
_DAY_NAMES = "|".join(WEEKDAY_NAMES)
_WEEKDAY = rf"(?P<weekday>{_DAY_NAMES})"
_WEEKDAYS = rf"(?P<weekdays>{_DAY_NAMES})"
_MONTH = rf"(?P<month>{'|'.join(MONTH_NAMES)})"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_PART = r"(?P<part>morning|afternoon|evening|night)"
_AT = re.compile(r",?\s+(?:at\s+)?")
_HOUR_WORD = "|".join(sorted(CLOCK_WORDS, key=len, reverse=True))

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("set_unit", re.compile(rf"\b(?:every|each)\s+(?P<other>other\s+)?(?:{_COUNT}\s+)?{_UNIT}\b", re.I)),
    ("set_weekday", re.compile(rf"\b(?:(?i:every|each)\s+{_WEEKDAY}|(?i:on)\s+{_WEEKDAYS}s)\b")),
    ("set_month", re.compile(rf"\b(?i:every|each)\s+{_MONTH}\b")),
    ("set_season", re.compile(rf"\b(?:every|each)\s+{_SEASON}\b", re.I)),
    ("set_part", re.compile(rf"\b(?:every|each)\s+{_PART}\b", re.I)),
    ("set_times", re.compile(rf"\b(?P<times>once|twice|thrice|(?:{_WORD_COUNT}|\d+)\s+times)\s+(?:a|an|per|each"
                             rf"|every)\s+{_UNIT}\b", re.I)),
    ("set_adverb", re.compile(r"\b(?P<adverb>hourly|daily|nightly|weekly|fortnightly|monthly|yearly|annually)"
                              r"(?=\s*(?:[.,;:!?)]|$))", re.I)),
    ("clock_digits", re.compile(r"\b(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b"
                                r"|o['’]clock)", re.I)),
    # a bare '10:30' only after 'at': elsewhere it may be a verse or a score
    ("clock_digits", re.compile(r"(?<=\bat\s)(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b(?!:?\d)")),
    ("clock_words", re.compile(rf"\b(?:(?P<fraction>half|a\s+quarter)\s+(?P<way>past|to)\s+)?(?P<hour>{_HOUR_WORD})"
                               rf"(?(fraction)|\s+o['’]clock)(?:\s+in\s+the\s+{_PART})?\b", re.I)),
    ("clock_noon", re.compile(r"\b(?P<noon>noon|midday|midnight)\b", re.I)),
    ("deictic_day", re.compile(r"\b(?P<day>(?:the\s+day\s+before\s+)?yesterday|today|tonight|(?:the\s+day\s+after\s+)?"
                               r"tomorrow)\b", re.I)),
    ("deictic_last", re.compile(rf"\blast\s+(?:(?P<unit>month|year)|{_MONTH}|{_SEASON})\b", re.I)),
    # after 'for' a count of units is how long, even before 'after' ('shut for three days after a storm')
    ("duration", re.compile(rf"(?<=\b[Ff]or\s){_COUNT}\s+{_UNIT}\b(?!\s+old\b)", re.I)),
    # 'one day he left' tells when, not how long: a lone 'one day' counts only after 'for' or 'in'
    ("duration", re.compile(rf"(?<!\w)(?:(?<=\bfor\s)|(?<=\bin\s)|(?!one\s+(?:day|night)\b)){_COUNT}\s+{_UNIT}\b"
                            r"(?!\s+(?:later|earlier|ago|afterwards?|after|before|previously|hence|old)\b)", re.I)),
]


@dataclass(frozen=True)
class OtherExpression:
    """A duration, a recurring time, a clock time, or a day counted from the speaker's now."""

    start: int
    end: int
    text: str
    kind: str
    """'duration', 'set', 'time' or 'date' (a deictic date: 'yesterday', 'last year')."""
    value: str | None
    """TIMEX3 value of a duration, a set or a clock time ('P3Y', 'XXXX-WXX-7', 'T15:30'); None for a date."""
    precision: str | None = None
    relative: Relative | None = None
    """For a deictic date: how far from the speaker's now."""


def find_other_expressions(sentence: str, taken: list[tuple[int, int]]) -> list[OtherExpression]:
    """Durations, sets, clock times and deictic dates of a sentence outside the spans already `taken`."""
    taken = list(taken)
    found: list[OtherExpression] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            expr = _build(kind, m)
            if expr is not None:
                taken.append((m.start(), m.end()))
                found.append(expr)
    return _clock_into_sets(sorted(found, key=lambda e: e.start), sentence)


def _clock_into_sets(found: list[OtherExpression], sentence: str) -> list[OtherExpression]:
    """'every Sunday at 7 p.m.' is one recurring time, not a set and a clock time on the narrative's day."""
    out: list[OtherExpression] = []
    for e in found:
        prev = out[-1] if out else None
        if (prev is not None and e.kind == "time" and prev.kind == "set" and prev.value and "T" not in prev.value
                and _AT.fullmatch(sentence, prev.end, e.start)):
            time = (e.value or "T").removeprefix("T")
            out[-1] = OtherExpression(prev.start, e.end, sentence[prev.start:e.end], "set",
                                      f"{prev.value}T{time}", "minute")
        else:
            out.append(e)
    return out


def _build(kind: str, m: re.Match[str]) -> OtherExpression | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    text = m.group()

    def make(kind_: str, value: str | None, precision: str | None, relative: Relative | None = None) -> OtherExpression:
        return OtherExpression(m.start(), m.end(), text, kind_, value, precision, relative)

    if kind == "duration" or kind == "set_unit":
        unit = _unit(g["unit"])
        count = _count(g.get("count"))
        if kind == "set_unit":
            count = (count or 1) * (2 if "other" in g else 1)
        return make("duration" if kind == "duration" else "set", duration(count, unit),
                    UNIT_PRECISION.get(unit, unit))
    if kind == "set_weekday":
        return make("set", f"XXXX-WXX-{WEEKDAYS[(g.get('weekday') or g['weekdays']).lower()]}", "day")
    if kind == "set_month":
        return make("set", f"XXXX-{MONTHS[g['month'].lower()]:02d}", "month")
    if kind == "set_season":
        return make("set", f"XXXX-{SEASON_CODES[g['season'].lower()]}", "season")
    if kind == "set_part":
        return make("set", f"XXXX-XX-XXT{PART_CODES[g['part'].lower()]}", "day")
    if kind == "set_times":
        return make("set", duration(1, _unit(g["unit"])), UNIT_PRECISION.get(_unit(g["unit"]), _unit(g["unit"])))
    if kind == "set_adverb":
        unit = {"hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "fortnightly": "fortnight",
                "monthly": "month", "yearly": "year", "annually": "year"}[g["adverb"].lower()]
        return make("set", duration(1, unit), UNIT_PRECISION.get(unit, unit))
    if kind.startswith("clock"):
        clock = _clock(kind, g)
        return make("time", f"T{clock[0]:02d}:{clock[1]:02d}", "minute") if clock else None
    deictic = _deictic(kind, g)
    return make("date", None, *deictic) if deictic else None


def _deictic(kind: str, g: dict[str, str]) -> tuple[str, Relative] | None:
    """'yesterday', 'last year', 'last May' (precision and offset): counted from the speaker's now."""
    if kind == "deictic_day":
        word = " ".join(g["day"].lower().split())
        days = {"yesterday": -1, "the day before yesterday": -2, "today": 0, "tonight": 0, "tomorrow": 1,
                "the day after tomorrow": 2}[word]
        return "day", Relative("day", days)
    if kind == "deictic_last":
        if "unit" in g:
            return g["unit"].lower(), Relative(g["unit"].lower(), -1)
        if "month" in g:
            return "month", Relative(f"month:{MONTHS[g['month'].lower()]}", -1)
        season = "autumn" if g["season"].lower() == "fall" else g["season"].lower()
        return "season", Relative(f"season:{season}", -1)
    return None


def duration(count: int | None, unit: str) -> str:
    """ISO 8601 duration of `count` units ('P3Y', 'PT2H'); 'X' for a count the text leaves open ('PXY')."""
    time_part, letter, size = UNIT_CODES[unit]
    amount = "X" if count is None else str(count * size)
    return f"P{time_part}{amount}{letter}"


def _clock(kind: str, g: dict[str, str]) -> tuple[int, int] | None:
    """(hour, minute) on a 24-hour clock, or None for an hour no clock has."""
    if kind == "clock_noon":
        return (0, 0) if g["noon"].lower() == "midnight" else (12, 0)
    word = g["hour"].lower()
    hour = int(word) if word.isdigit() else CLOCK_WORDS[word]
    minute = int(g.get("minute", 0))
    if "fraction" in g:
        step = 30 if g["fraction"].lower() == "half" else 15
        hour, minute = (hour, step) if g["way"].lower() == "past" else (hour - 1, 60 - step)
    ampm = g.get("ampm", "").lower().replace(" ", "")
    later = ampm.startswith("p") or g.get("part", "").lower() in ("afternoon", "evening", "night")
    if ampm and not ampm.startswith("o") and not 1 <= hour <= 12:
        return None
    if later and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return (hour % 24, minute) if 0 <= hour <= 24 else None


def _unit(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _count(word: str | None) -> int | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    return None if word in VAGUE_COUNTS else int(word) if word.isdigit() else NUMBERS.get(word)
