"""Ages a sentence gives someone ('when he was ten years old', 'at the age of seventeen', 'in her twentieth
year'): a time of their life, which their birth turns into a year; and years counted from a birth or a death ('two
years before his death'), which the record's date of it turns into one."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_TEENS = """tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth
nineteenth""".split()


def _words() -> tuple[dict[str, int], dict[str, int]]:
    """Counts and ordinals in words, one to ninety-nine ('seventeen', 'twenty-two'; 'seventeenth')."""
    counts = {w: i for i, w in enumerate(_UNITS, 1)} | {w: i for i, w in enumerate(_TEENS, 10)}
    ordinals = {w: i for i, w in enumerate(_ORDINAL_UNITS, 1)} | {w: i for i, w in enumerate(_ORDINAL_TEENS, 10)}
    for tens, n in _TENS.items():
        counts[tens] = n
        ordinals[tens[:-1] + "ieth"] = n
        for i, (unit, ordinal) in enumerate(zip(_UNITS, _ORDINAL_UNITS), 1):
            counts[f"{tens}-{unit}"] = ordinals[f"{tens}-{ordinal}"] = n + i
    return counts, ordinals


COUNTS, ORDINALS = _words()
_COUNT = "(?P<n>" + "|".join(sorted(COUNTS, key=len, reverse=True)) + r"|\d{1,2})"
_ORDINAL = "(?P<o>" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th|d))"
PATTERNS = [
    re.compile(rf"\bat\s+the\s+(?:\w+\s+)?age\s+of\s+{_COUNT}\b", re.I),
    re.compile(rf"\b{_COUNT}\s+years?\s+(?:old|of\s+age)\b", re.I),
    re.compile(rf"\baged\s+{_COUNT}\b(?!\s+(?:days?|weeks?|months?)\b)", re.I),
    # 'in his seventeenth year': sixteen years old
    re.compile(rf"\bin\s+(?:his|her|my|their)\s+{_ORDINAL}\s+year\b", re.I),
]


_SAYS_AGE = re.compile(r"\b(?:old|age|aged|year)\b", re.I)


@dataclass(frozen=True)
class Age:
    """An age a sentence gives, in whole years, where it stands in the sentence; or the years after the `event` (a
    birth or a death) of the one whose possessive the phrase holds (`owned`), negative for years before it."""

    start: int
    end: int
    text: str
    years: int
    event: str = "birth"
    owned: bool = False


def find_ages(sentence: str) -> list[Age]:
    """The ages a sentence gives, left to right: 'ten years old' → 10, 'in her twentieth year' → 19."""
    found: list[Age] = []
    if not _SAYS_AGE.search(sentence):
        return found  # most sentences give none: one look for the words every age is said with
    for pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if any(a.start < m.end() and m.start() < a.end for a in found):
                continue
            years = _years(m)
            if years is not None:
                found.append(Age(m.start(), m.end(), m.group(), years))
    return sorted(found, key=lambda a: a.start)


_FROM_LIFE_EVENT = re.compile(
    rf"\b(?:{_COUNT}\s+years?|(?P<one>a|one)\s+year|(?P<the>the)\s+year)\s+(?P<way>before|after)\s+"
    r"(?:his|her|my|their)\s+(?P<event>death|birth)\b", re.I)


def find_years_from_life_events(sentence: str) -> list[Age]:
    """The years a sentence counts from someone's birth or death: 'two years before his death' → -2 from the death,
    'the year after her birth' → 1 from the birth."""
    found = []
    for m in _FROM_LIFE_EVENT.finditer(sentence):
        years = 1 if m.group("one") or m.group("the") else _years(m)
        if years is not None:
            sign = -1 if m.group("way").lower() == "before" else 1
            found.append(Age(m.start(), m.end(), m.group(), sign * years, m.group("event").lower(), owned=True))
    return found


def _years(m: re.Match[str]) -> int | None:
    if m.groupdict().get("o"):
        word = m.group("o").lower()
        n = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
        return n - 1 if 1 <= n <= 120 else None
    word = m.group("n").lower()
    n = COUNTS.get(word) or int(word if word.isdigit() else 0)
    return n if 1 <= n <= 120 else None
