"""Sentence bounds by rule: stops that end a sentence, not those of abbreviations or initials."""

from __future__ import annotations

import re

# Titles and short forms that take a full stop and are usually followed by a capital.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof rev gen col lt capt maj sgt adm cmdr gov sen rep pres st ste mt ft jr sr no nos vol vols pp"
    " ch chap fig ed eds trans cf vs etc al approx ca esp dept univ co corp inc ltd bros jan feb mar apr jun jul aug"
    " sep sept oct nov dec mme mlle messrs hon".split()
)
LONGEST = 2000
"""Characters past which a 'sentence' is a text without stops (a table, a list, a damaged file): it is
cut at the last semicolon, comma or space before the limit, so that a citation stays readable."""
_BREAKS = ("; ", ", ", " ")
_CANDIDATE = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-Þ])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?$")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], as offsets into `text`, spaces trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _CANDIDATE.finditer(text, start, end):
        single_stop = m.group().rstrip("\"”’)]") == "."
        if single_stop and _is_abbreviation(text, begin, m.start()):
            continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, end))
    return [s for a, b in spans for s in _bounded(text, a, b) if s[1] > s[0]]


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence text[a:b], trimmed, cut in pieces of at most LONGEST characters if it is longer."""
    out = []
    a, b = _trim(text, a, b)
    while b - a > LONGEST:
        cut = next((k + 1 for sep in _BREAKS if (k := text.rfind(sep, a + LONGEST // 2, a + LONGEST)) > 0),
                   a + LONGEST)
        out.append(_trim(text, a, cut))
        a, b = _trim(text, cut, b)
    out.append((a, b))
    return out


def _is_abbreviation(text: str, begin: int, stop: int) -> bool:
    m = _WORD_BEFORE.search(text, max(begin, stop - 12), stop)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: 'V. I. Lenin'
    return word.lower() in ABBREVIATIONS or bool(re.search(r"\b[a-z]\.[a-z]$", text[max(begin, stop - 4):stop]))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
