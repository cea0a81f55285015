"""Sentence bounds: the model's where it runs, checked against English orthography; by rule where it does not."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

# Titles and short forms that take a full stop and are usually followed by a capital.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof rev gen col lt capt maj sgt adm cmdr gov sen rep pres st ste mt ft jr sr no nos vol vols pp"
    " ch chap fig ed eds trans cf vs etc al approx ca esp dept univ co corp inc ltd bros jan feb mar apr jun jul aug"
    " sep sept oct nov dec mme mlle messrs hon".split()
)
CLOSING = frozenset("jr sr etc al co corp inc ltd bros".split())
"""Short forms that also close a phrase ('and so on, etc.'), so a sentence may end after them: the rules never cut
there, the model may."""
_NUMERO = frozenset({"no", "nos"})
"""'No.' is a short form only before a figure ('No. 4'); elsewhere it is the word."""
LONGEST = 2000
"""Characters past which a 'sentence' is a text without stops (a table, a list, a damaged file): it is
cut at the last semicolon, comma or space before the limit, so that a citation stays readable."""
_BREAKS = ("; ", ", ", " ")
_CLOSERS = "\"”’)]"
_STOPS = ".!?…" + _CLOSERS
_CANDIDATE = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-Þ])")
_END = re.compile(r"[.!?…]+[\"”’)\]]*$")
_OPENERS = "\"“‘'([¿¡"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?$")
_DOTTED = re.compile(r"\b[a-z]\.[a-z]$")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], as offsets into `text`, spaces trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _CANDIDATE.finditer(text, start, end):
        single_stop = m.group().rstrip(_CLOSERS) == "."
        if single_stop and _is_abbreviation(text, begin, m.start()):
            continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, end))
    return _capped(text, spans)


def model_sentence_spans(text: str, starts: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text` from the offsets where the model starts one.

    A start stands only where the text before it ends with a stop that is no initial's or title's and
    the text after it begins as a sentence does (a capital, a figure, an opening quote): the model also
    starts sentences after 'V.' or 'Gen.', inside an ellipsis, before a lower-case word, or with no stop.
    """
    bounds = [0]
    for model_start in starts:
        at = _past_closers(text, model_start)
        if bounds[-1] < at < len(text) and _ends_here(text, bounds[-1], at):
            bounds.append(at)
    bounds.append(len(text))
    return _capped(text, list(itertools.pairwise(bounds)))


def _past_closers(text: str, at: int) -> int:
    """`at` moved past stops, closing quotes and brackets (and spaces) the model put before the next sentence."""
    while at < len(text) and (text[at].isspace() or (text[at] in _STOPS and not _opens_quote(text, at))):
        at += 1
    return at


def _opens_quote(text: str, at: int) -> bool:
    """Whether the straight quote at `at` opens a quotation (a word follows it) rather than closing one."""
    return text[at] == '"' and at + 1 < len(text) and text[at + 1].isalnum()


def _ends_here(text: str, begin: int, at: int) -> bool:
    """Whether a sentence that began at `begin` may end just before `at` (white space between them)."""
    _, stop = _trim(text, begin, at)
    if stop == at or not _begins_sentence(text, at):
        return False  # no space between, or the next word is not a sentence's first
    m = _END.search(text, max(begin, stop - 40), stop)
    if m is None:
        return False
    if m.group() != ".":
        return True  # '?', '!', or a stop inside a closing quote: no short form takes those
    word = _WORD_BEFORE.search(text, max(begin, m.start() - 12), m.start())
    short = word.group(1).lower() if word else ""
    if short in CLOSING or _dotted(text, begin, m.start()) or (short in _NUMERO and not text[at].isdigit()):
        return True  # 'etc.', 'a.m.', a 'No.' before no figure: the model, which reads what follows, decides
    return not _is_abbreviation(text, begin, m.start())


def _begins_sentence(text: str, at: int) -> bool:
    """Whether text[at:] begins as a sentence does: a capital or a figure, after at most one opening mark."""
    if text[at] in _OPENERS:
        at += 1
    return at < len(text) and (text[at].isupper() or text[at].isdigit())


def _capped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans trimmed, each longer than LONGEST cut in readable pieces, empty ones left out."""
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
    return word.lower() in ABBREVIATIONS or _dotted(text, begin, stop)


def _dotted(text: str, begin: int, stop: int) -> bool:
    """Whether the stop at `stop` closes a dotted short form ('i.e', 'a.m')."""
    return bool(_DOTTED.search(text[max(begin, stop - 4):stop]))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
