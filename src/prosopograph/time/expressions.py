"""Temporal expressions in a sentence: what they say, before the narrative gives them a year.

Absolute ('October 26, 1879', 'the spring of 1888', 'the late 1970s', 'from 1929 to 1933'), partial
(a month and day without a year: 'on July 29') and relative ('a month later', 'that August', 'the
following spring'). Durations ('for three years') are not dates and are not matched.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ..text import MONTH_ABBREVIATIONS, MONTH_NAMES, STOP_WORDS, WEEKDAY_NAMES
from .ages import ORDINALS
from .values import DateValue

MONTHS = {**{m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}, **MONTH_ABBREVIATIONS}
"""A month's name or short form, lower case, to its number."""
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3, "some": 3}
WORD_MONTHS = frozenset({"March", "May", "August"})
"""Months whose names are also words: alone, one is a month only where no noun follows it."""
VAGUE_COUNTS = frozenset({"a few", "several", "some", "many"})
"""Counts a duration leaves open: 'several years' is PXY."""

_MONTH = "(?P<{0}>" + "|".join([*MONTH_NAMES, *(rf"{short.capitalize()}\." for short in MONTH_ABBREVIATIONS)]) + ")"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th|d)?"  # older books write '2d', '3d', '22d'
_YEAR = r"(?P<{0}>1[0-9]{{3}}|20[0-9]{{2}})"
_DUAL = r"(?:/(?P<dual>\d{1,2})(?!\d))?"
"""'February 1690/1': the year as counted from March, then as counted from January (the one kept)."""
_BRACKETED = rf"(?:{_YEAR.format('y')}{_DUAL}\b|\({_YEAR.format('yb')}\))"
"""A day's year, written after it or in brackets."""
_IN_YEAR = r"(?:in\s+(?:the\s+year\s+)?)?"
_WEEKDAY = rf"(?:(?:{'|'.join(WEEKDAY_NAMES)}),?\s+)?"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_QUAL = r"(?:(?P<qual>early|mid|late|the\s+early|the\s+late|the\s+middle\s+of)[\s-]+)?"
_COUNT = r"(?P<count>a few|several|some|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
_UNIT = r"(?P<unit>day|night|week|month|year|decade)s?"
_NEXT = r"(?P<dir>(?i:next|following|previous|preceding|same|that|this))"
_PART = r"(?P<part>day|morning|afternoon|evening|night|week|month|year|spring|summer|autumn|fall|winter)"
_OF_MONTH = r"\s+(?:day\s+of\s+|of\s+)?"
"""'the 12th of October', 'the 12th day of October': the day's link to its month."""
DAYS_IN_WORDS = {w: n for w, n in ORDINALS.items() if n <= 31}
_ORDINAL = "(?P<dw>" + "|".join(sorted(DAYS_IN_WORDS, key=len, reverse=True)) + ")"
_YEAR_OR_NONE = r"(?:,?\s+" + _YEAR.format("y") + _DUAL + r"\b|\b(?!,?\s*\d))"
"""A day's year ('of June, 1790', 'of February, 1690/1'), or none, and then no number after it."""


_NAME_HEADS = (r"(?:Island|Islands|Isle|Farm|Street|Road|Lane|Hill|House|Hall|Church|Chapel|School|College|Term|Fair|"
               r"Bay|Creek|Point|Cottage|Square|Market|Court|Green)\b")
"""Nouns that make a place's or a body's name of the word before them."""
FEASTS = {"New Year's Eve": (12, 31), "New Year's Day": (1, 1), "Christmas Eve": (12, 24), "Christmas Day": (12, 25),
          "Christmas": (12, None), "Boxing Day": (12, 26), "Twelfth Night": (1, 5), "Epiphany": (1, 6),
          "Candlemas": (2, 2), "Lady Day": (3, 25), "Midsummer Eve": (6, 23), "Midsummer Day": (6, 24),
          "Michaelmas": (9, 29), "All Saints' Day": (11, 1), "All Souls' Day": (11, 2), "Martinmas": (11, 11)}
"""Feasts kept on one day of the year, as written (an apostrophe straight), to (month, day); Christmas alone is a
season of December more than its day ('home at Christmas')."""
EVES = {"New Year's Eve": "New Year's Day", "Christmas Eve": "Christmas Day", "Midsummer Eve": "Midsummer Day"}
"""Eves, and the feast each is the eve of: the day before it, in the year before when the feast opens the year."""
_FEAST = ("(?P<f>" + "|".join(re.escape(f).replace("'", "['’]").replace(r"\ ", r"\s+")
                              for f in sorted(FEASTS, key=len, reverse=True))
          + r")(?![\w’'-]|[\s-]+" + _NAME_HEADS + r")")
"""A feast's name, capitalized as a name is, and no name of a place it begins ('Christmas Island', 'Lady Day Farm'):
'At Christmas Mary came' is the feast."""
_FEAST_AT = r"(?i:on|at|by|until|till|before|after|since|about|over|towards?)\s+(?:the\s+)?"
"""A preposition of time before a feast written without its year ('at Michaelmas'): 'a Christmas present' is none."""


def _m(name: str) -> str:
    return _MONTH.format(name)


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range_years", re.compile(rf"\b(?:from|between)\s+{_YEAR.format('y1')}\s+(?:to|and|until|till)\s+"
                               rf"(?:(?:at\s+least|about|around|nearly|some)\s+)?{_YEAR.format('y2')}\b")),
    ("range_months", re.compile(rf"\b(?:from|between)\s+{_m('m1')}\s+(?:to|and|until|till)\s+{_m('m2')},?\s+"
                                rf"{_YEAR.format('y')}\b")),
    # 'the 3d and 4th of October', 'the fifth day of August': older books' days
    ("dm_pair", re.compile(rf"\b(?:the\s+)?{_DAY.format('d')}\s+and\s+(?:the\s+)?{_DAY.format('d2')}\s+(?:days\s+)?"
                           rf"of\s+{_m('m')}{_YEAR_OR_NONE}")),
    ("dm_word", re.compile(rf"\b(?i:the)\s+(?i:{_ORDINAL})\s+(?:day\s+)?of\s+{_m('m')}{_YEAR_OR_NONE}")),
    # a year in brackets after a day is its year, as an editor adds it ('the 2d of June (1852)')
    # … and 'on June 3 in 1961', 'the 3d of June in the year 1790': the year the day is in
    ("mdy", re.compile(rf"\b{_WEEKDAY}{_m('m')}\s+{_DAY.format('d')}(?:,\s*|\s+){_IN_YEAR}{_BRACKETED}")),
    ("dmy", re.compile(rf"\b{_WEEKDAY}{_DAY.format('d')}{_OF_MONTH}{_m('m')},?\s+{_IN_YEAR}{_BRACKETED}")),
    # 'Christmas Eve, 1923'; what is held for a year ('the Michaelmas rent for 1850'); 'at Michaelmas'
    ("feast_for", re.compile(rf"\b{_FEAST}\s+(?:[a-z]+\s+){{1,2}}?for\s+{_YEAR.format('y')}\b")),
    ("feast_year", re.compile(rf"\b{_FEAST},?\s+(?:of\s+)?{_YEAR.format('y')}\b")),
    ("feast", re.compile(rf"\b{_FEAST_AT}{_FEAST}(?!,?\s*\d)")),
    ("season_year", re.compile(rf"\b(?:the\s+)?{_QUAL}{_SEASON}\s+(?:of\s+(?:the\s+year\s+)?)?{_YEAR.format('y')}"
                               r"(?:[-–/](?P<dual>\d{1,2})(?!\d))?\b", re.I)),
    ("month_year", re.compile(rf"\b{_QUAL}{_m('m')}(?:\s+of)?,?\s+{_YEAR.format('y')}{_DUAL}\b")),
    ("dual_year", re.compile(rf"(?<![\d,.$£€#/-]){_YEAR.format('y')}/(?P<dual>\d{{1,2}})(?!\d)")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:(?P<qual>early|mid|late)[\s-]+)?(?P<y>1[0-9]{2}0|20[0-9]0)[’']?s\b",
                          re.I)),
    ("century_turn", re.compile(r"\bthe\s+turn\s+of\s+the\s+(?:(?P<ord>\w+)\s+)?century\b", re.I)),
    ("year_span", re.compile(rf"\b{_YEAR.format('y1')}\s?[–-]\s?(?P<y2>\d{{2,4}})\b")),
    ("year", re.compile(rf"(?<![\d,.$£€#/-]){_QUAL}{_YEAR.format('y')}(?![\d%/]|[’']?s\b|,\d|\.\d)")),
    ("night", re.compile(rf"\b(?P<mid>(?:after|past)\s+midnight,?\s+)?{_m('m')}\s+{_DAY.format('d')}\s?[-–]\s?"
                         rf"{_DAY.format('d2')}\b(?!,?\s*\d)")),
    # a month alone, after a preposition of time or a part of it ('in June', 'early in May', 'toward the end of
    # March'); a capitalized 'May' or 'March' elsewhere is as often a verb or a name
    ("month", re.compile(rf"\b(?i:(?P<qual>early|late)\s+in\s+|(?:(?:toward|towards|at|about|near|by|until|till"
                         rf"|before|after)\s+)?the\s+(?P<part>end|beginning|middle|close)\s+of\s+|(?:in|during|by"
                         rf"|until|till|since)\s+){_m('m')}\b(?![\s,]*\d|\s+(?:following|next)\b)")),
    ("md", re.compile(rf"\b{_WEEKDAY}{_m('m')}\s+{_DAY.format('d')}\b(?!,?\s*\d)")),
    ("dm", re.compile(rf"\b{_DAY.format('d')}{_OF_MONTH}{_m('m')}\b(?!,?\s*\d)")),
    ("day", re.compile(rf"\b(?:(?P<prep>[Oo]n|[Bb]y|[Tt]ill|[Uu]ntil|[Bb]efore|[Aa]fter|[Ss]ince|about|of)\s+|"
                       rf"(?P<weekday>{'|'.join(WEEKDAY_NAMES)}),?\s+)the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th|d)\b"
                       r"(?P<after>\W{0,3}[\w’']*)")),
    ("month_next", re.compile(rf"\b{_m('m')}\s+(?P<dir>following|next)\b(?!\s+(?:day|week|month|year))")),
    ("offset", re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?P<way>later|afterwards?|after\s+that|earlier"
                          r"|previously|ago)\b", re.I)),
    ("next_month", re.compile(rf"\b(?i:the\s+)?{_NEXT}\s+{_m('m')}(?!\s+\d)")),
    ("next_part", re.compile(rf"\b(?:(?:later|earlier)\s+)?(?:the\s+|on\s+the\s+)?{_NEXT}\s+{_PART}\b", re.I)),
    ("later_that", re.compile(rf"\b(?P<way>later|earlier)\s+(?:that|this|the\s+same)\s+{_PART}\b", re.I)),
]
_COUNTED_FROM = re.compile(rf"^\s*,?\s*{_COUNT}\s+{_UNIT}\s+(?P<way>after|before)\s+(?P<what>[^,;:.()]+)", re.I)
"""', a week after the flood at Ashby': a date set beside how far it stands from another event."""
_OLD_STYLE = re.compile(r"\b(Old Style|O\.\s?S\.|Julian calendar|old-style)", re.I)
_NEW_STYLE = re.compile(r"\b(New Style|N\.\s?S\.|Gregorian calendar|new-style)", re.I)


@dataclass(frozen=True)
class Relative:
    """What a relative expression says about its anchor."""

    unit: str
    """day, week, month, year, season or a month name's number as 'month:<n>'."""
    amount: int
    """Signed offset in units; 0 for 'that', 'the same'."""
    vague: bool = False
    """The count leaves the amount open ('a few days later', 'several years afterward'): `amount` is a guess."""


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    kind: str
    """'absolute', 'partial' (no year) or 'relative'."""
    value: DateValue | None = None
    """Absolute: the date; partial: the date with year 0, to be given one."""
    end_value: DateValue | None = None
    """The end of a range."""
    relative: Relative | None = None
    calendar: str | None = None
    """'julian' or 'gregorian' when the sentence says so."""


def find_expressions(sentence: str) -> list[TimeExpression]:
    """The temporal expressions of a sentence, left to right, none overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    calendar = "julian" if _OLD_STYLE.search(sentence) else "gregorian" if _NEW_STYLE.search(sentence) else None
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            expr = _build(kind, m, sentence, calendar)
            if expr is not None:
                taken.append((m.start(), m.end()))
                found.append(expr)
    return sorted(found, key=lambda e: e.start)


def _build(kind: str, m: re.Match[str], sentence: str, calendar: str | None) -> TimeExpression | None:
    """The expression a pattern of `kind` matched, or None when what it matched is no date."""
    g = m.groupdict()
    text = m.group().strip()
    if kind == "night":  # 'the night of May 3d-4th': its hours after midnight are the second day's
        first, second = int(g["d"]), int(g["d2"])
        if second != first + 1:
            return None
        return TimeExpression(m.start("m"), m.end(), m.string[m.start("m"):m.end()], "partial",
                              DateValue(0, _month(g["m"]), second if g["mid"] else first, "day"), calendar=calendar)
    if kind == "month":
        after = re.match(r"\s+([A-Za-z]+)\b", m.string[m.end():])
        if g["m"] in WORD_MONTHS and after and after.group(1) not in STOP_WORDS:
            return None  # 'in August company', 'by May Sinclair': the word or a name, not the month
        part = {"end": "late", "close": "late", "beginning": "early", "middle": "mid"}.get((g["part"] or "").lower())
        start = m.start() if part or g["qual"] else m.start("m")  # 'in June' is written 'June'
        return TimeExpression(start, m.end(), m.string[start:m.end()], "partial",
                              DateValue(0, _month(g["m"]), precision="month",
                                        qualifier=part or (g["qual"] or "").lower() or None),
                              calendar=calendar)
    if kind in ("mdy", "dmy") and re.search(r"\sin\s", m.group()) and _counted(m):
        return None  # 'on March 12 in 1200 ships'
    if kind.startswith("feast"):
        return _feast(kind, m, g, calendar)
    if kind in ("md", "dm"):
        day = int(g["d"])
        if not 1 <= day <= 31:
            return None
        return TimeExpression(m.start(), m.end(), text, "partial", DateValue(0, _month(g["m"]), day, "day"),
                              calendar=calendar)
    if kind == "day":
        return _day_of_month(m, g, calendar)
    if kind in ("dm_pair", "dm_word"):
        return _day_written_out(kind, m, g, calendar)
    if kind == "century_turn":
        return TimeExpression(m.start(), m.end(), text, "relative", relative=Relative("century_turn", 0))
    if kind in _RELATIVE_KINDS:
        relative = _relative(kind, g)
        return None if relative is None else TimeExpression(m.start(), m.end(), text, "relative",
                                                            relative=relative, calendar=calendar)
    span = _absolute(kind, g)
    return None if span is None else TimeExpression(m.start(), m.end(), text, "absolute", *span, calendar=calendar)


_RELATIVE_KINDS = ("offset", "next_month", "month_next", "next_part", "later_that")
DAY_OF_MONTH = "day_of_month"
_FOLLOWERS = frozenset("and but or i we he she they it the a at in on of to was were had when while with".split())
"""Words that may follow a bare 'the 4th' that is a day ('on the 4th we marched'), as no noun would."""


def _day_of_month(m: re.Match[str], g: dict[str, str | None], calendar: str | None) -> TimeExpression | None:
    """'on the 19th', 'Tuesday the 8th', 'the evening of the 12th turned cold': a day of the narrative's month.

    'the 7th Hussars', 'of the 5th regiment' are no days: after 'of', and after any other word than a
    preposition of time or a weekday, the word that follows must be one no noun phrase goes on with."""
    day = int(g["d"] or 0)
    written = g["after"] or ""
    after = written.strip(" \n\t")
    strong = g["weekday"] or (g["prep"] or "").lower() in ("on", "by", "till", "until", "before", "after", "since")
    ends = not after or not after[0].isalnum() or after.lower() in _FOLLOWERS or (
        after.islower() and after.endswith("ed")) or bool(strong and after[0].isupper())
    if not 1 <= day <= 31 or not ends:
        return None
    start = m.start() if g["weekday"] else m.start() + m.group().index("the", len(g["prep"] or ""))
    end = m.end() - len(written)
    return TimeExpression(start, end, m.string[start:end], "relative", relative=Relative(DAY_OF_MONTH, day),
                          calendar=calendar)


def _day_written_out(kind: str, m: re.Match[str], g: dict[str, str | None],
                     calendar: str | None) -> TimeExpression | None:
    """'the 3d and 4th of October' (the first day, to the second) or 'the fifth day of August', with its year or
    without one (a partial date, as 'the 5th of August')."""
    day = int(g["d"]) if kind == "dm_pair" else DAYS_IN_WORDS[(g["dw"] or "").lower()]
    second = int(g["d2"]) if kind == "dm_pair" else None
    if not 1 <= day <= 31 or (second is not None and not day < second <= 31):
        return None
    month, year = _month(g["m"]), (_year(g) or 0) if g.get("y") else 0
    if g.get("y") and not year:
        return None  # a dual year of two years not one after the other
    end = DateValue(year, month, second, "day") if second and year else None
    text = m.group().strip()
    return TimeExpression(m.start(), m.end(), text, "absolute" if year else "partial",
                          DateValue(year, month, day, "day"), end, calendar=calendar)


def _counted(m: re.Match[str]) -> bool:
    """A noun after the number the match ends with makes it a count, no year ('for 1911 members', 'in 1200 ships')."""
    following = re.match(r"\s+([a-z]+)", m.string[m.end():])
    return bool(following and following.group(1) not in STOP_WORDS)


def _feast(kind: str, m: re.Match[str], g: dict[str, str | None], calendar: str | None) -> TimeExpression | None:
    """The day of a feast, in the year written or without one, written from the feast's name, not the preposition
    before it. What is held for a year ('the Michaelmas rent for 1850', 'a New Year's Eve ball for 1911') is held
    at that year's feast, and an eve the day before its feast: the ball that sees 1911 in is on the last day of 1910.
    A number before a noun is a count, no year ('a Christmas dinner for 1911 members')."""
    if kind == "feast_for" and _counted(m):
        return None
    feast = " ".join((g["f"] or "").replace("’", "'").split())
    month, day = FEASTS[feast]
    year = int(g["y"]) if g.get("y") else 0
    if kind == "feast_for" and feast in EVES:
        month, following = FEASTS[EVES[feast]]
        eve = datetime.date(year, month, following or 1) - datetime.timedelta(days=1)
        year, month, day = eve.year, eve.month, eve.day
    start = m.start("f")
    return TimeExpression(start, m.end(), m.string[start:m.end()], "absolute" if year else "partial",
                          DateValue(year, month, day, "day" if day else "month"), calendar=calendar)


_DIRECTIONS = {"next": 1, "following": 1, "previous": -1, "preceding": -1}
"""The sign of the words that point away from the anchor; the others ('that', 'this', 'same') point at it."""


def _absolute(kind: str, g: dict[str, str | None]) -> tuple[DateValue, DateValue | None] | None:
    """The date (and a range's end) an absolute expression gives, or None when it gives none."""
    qual = _qualifier(g.get("qual"))
    if kind == "range_years":
        return DateValue(int(g["y1"])), DateValue(int(g["y2"]))
    if kind == "range_months":
        y = int(g["y"])
        return DateValue(y, _month(g["m1"]), precision="month"), DateValue(y, _month(g["m2"]), precision="month")
    if kind in ("mdy", "dmy"):
        day, month, year = int(g["d"]), _month(g["m"]), _year({**g, "y": g["y"] or g["yb"]})
        return (DateValue(year, month, day, "day"), None) if 1 <= day <= 31 and year else None
    if kind == "season_year":  # 'the winter of 1862-3' is the winter that ends in 1863
        year = int(g["y"])
        if g.get("dual") and _year(g) is None:
            return None
        return DateValue(year, precision="season", season=_season(g["season"]), qualifier=qual), None
    if kind == "month_year":
        year = _year(g)
        return (DateValue(year, _month(g["m"]), precision="month", qualifier=qual), None) if year else None
    if kind == "dual_year":
        year = _year(g)
        return (DateValue(year), None) if year else None
    if kind == "decade":
        year = int(g["y"])
        return DateValue(year, precision="decade" if year % 100 else "century", qualifier=qual), None
    if kind == "year_span":
        y1, tail = int(g["y1"]), g["y2"]
        y2 = int(str(y1)[: 4 - len(tail)] + tail)
        return (DateValue(y1), DateValue(y2)) if y1 < y2 <= y1 + 100 else None
    if kind == "year":
        return DateValue(int(g["y"]), qualifier=qual), None
    return None


def counted_from(after: str) -> tuple[Relative, str] | None:
    """How far a date stands from another event that the words right after the date name, and those words ('on 3
    May, a week after the flood at Ashby' → 1 week, 'the flood at Ashby'); None where none is counted, or only
    vaguely ('some days after')."""
    m = _COUNTED_FROM.match(after)
    if m is None:
        return None
    relative = _relative("offset", {**m.groupdict(), "way": "later" if m["way"].lower() == "after" else "earlier"})
    return (relative, m["what"].strip()) if relative is not None and not relative.vague else None


def _relative(kind: str, g: dict[str, str | None]) -> Relative | None:
    """What a relative expression says of its anchor, or None ('the same May' says nothing)."""
    if kind == "offset":
        count = g["count"].lower()
        amount = int(count) if count.isdigit() else NUMBERS[count]
        sign = -1 if g["way"].lower() in ("earlier", "previously", "ago") else 1
        unit = g["unit"].lower().rstrip("s")
        if unit == "night":
            unit = "day"
        if unit == "decade":
            unit, amount = "year", amount * 10
        return Relative(unit, sign * amount, vague=count in VAGUE_COUNTS)
    if kind == "month_next":  # 'in June following'
        return Relative(f"month:{_month(g['m'])}", 1)
    if kind == "next_month":
        if g["dir"].lower() in ("same",):
            return None
        return Relative(f"month:{_month(g['m'])}", _DIRECTIONS.get(g["dir"].lower(), 0))
    part = g["part"].lower()
    sign = _DIRECTIONS.get((g.get("dir") or "that").lower(), 0)
    if part in ("morning", "afternoon", "evening", "night"):
        part = "day"
    if part in SEASONS:
        part = "season:" + _season(part)
    return Relative(part, sign)


SEASONS = ("spring", "summer", "autumn", "fall", "winter")


def _year(g: dict[str, str | None]) -> int | None:
    """The year written, or of a dual year ('1690/1') the second, which counts from January; None when the
    two are not consecutive years."""
    year = int(g["y"] or 0)
    dual = g.get("dual")
    if not dual:
        return year
    second = int(str(year)[: 4 - len(dual)] + dual)
    return second if second == year + 1 else None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _season(name: str) -> str:
    name = name.lower()
    return "autumn" if name == "fall" else name


def _qualifier(text: str | None) -> str | None:
    if not text:
        return None
    t = text.lower()
    return "early" if "early" in t else "late" if "late" in t else "mid"
