"""Which page of the original a source offset stood on.

Paged sources (PDF) give their pages exactly. Text extracted from a PDF keeps only some page
numbers, each on a line of its own (or glued to a line's last word) where its page ended; between
two such numbers the page is estimated from the position, and the estimate never leaves their range.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .layout import Line

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_MAX_JUMP = 60
"""A number more than this many pages past the previous one is not a page number."""


def roman_value(text: str) -> int | None:
    """Value of a lower- or upper-case Roman numeral, None if it is not one."""
    t = text.lower()
    if not t or any(ch not in _ROMAN for ch in t):
        return None
    total = 0
    for a, b in zip(t, t[1:] + " "):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def to_roman(value: int) -> str:
    out = ""
    for v, s in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                 (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= v:
            out, value = out + s, value - v
    return out


@dataclass(frozen=True)
class _Marker:
    pos: int
    """Source offset just after the page's last line."""
    value: int
    roman: bool

    def label(self, value: int | None = None) -> str:
        v = self.value if value is None else value
        return to_roman(v) if self.roman else str(v)


class PageLocator:
    """Maps source offsets to printed page labels."""

    def __init__(self, starts: list[int], labels: list[str], markers: list[_Marker]) -> None:
        self._starts = starts
        self._labels = labels
        self._markers = markers
        self._marker_pos = [m.pos for m in markers]

    @classmethod
    def from_lines(cls, lines: list[Line], raw: str, page_labels: list[str], paged: bool) -> PageLocator:
        if paged:
            starts = [0] + [m.end() for m in re.finditer("\f", raw)]
            labels = [page_labels[i] if i < len(page_labels) else str(i + 1) for i in range(len(starts))]
            return cls(starts, labels, [])
        return cls([], [], _sequence(_markers(lines)))

    def page_at(self, pos: int) -> str | None:
        """Label of the page the source offset `pos` lies on; None where nothing is known."""
        if self._starts:
            return self._labels[max(0, bisect.bisect_right(self._starts, pos) - 1)]
        if not self._markers:
            return None
        i = bisect.bisect_left(self._marker_pos, pos)
        if i == len(self._markers):
            last = self._markers[-1]
            return last.label(last.value + 1)
        after = self._markers[i]
        if i == 0:
            return after.label()
        before = self._markers[i - 1]
        if before.roman != after.roman or after.value - before.value <= 1:
            return after.label()
        share = (pos - before.pos) / max(after.pos - before.pos, 1)
        estimate = before.value + 1 + int(share * (after.value - before.value))
        return after.label(min(estimate, after.value))

    def boundaries(self) -> list[tuple[int, str]]:
        """(source offset, label) where each known page starts."""
        if self._starts:
            return list(zip(self._starts, self._labels))
        if not self._markers:
            return []
        first = self.page_at(0)
        out = [(0, first)] if first else []
        for m in self._markers:
            label = self.page_at(m.pos + 1)
            if label:
                out.append((m.pos, label))
        return out


def _markers(lines: list[Line]) -> list[_Marker]:
    out: list[_Marker] = []
    for line in lines:
        label = line.stripped if line.kind == "page" else line.glued_page
        if not label:
            continue
        if label.isdigit():
            out.append(_Marker(line.end, int(label), False))
        else:
            value = roman_value(label)
            if value is not None:
                out.append(_Marker(line.end, value, True))
    return out


def _sequence(markers: list[_Marker]) -> list[_Marker]:
    """Keep the markers that read as a rising page sequence (roman front matter, then arabic)."""
    kept: list[_Marker] = []
    for m in markers:
        prev = next((k for k in reversed(kept) if k.roman == m.roman), None)
        if prev is None:
            if m.roman and any(not k.roman for k in kept):
                continue  # roman numbers after the arabic ones began are not front matter
            if not m.roman and m.value > _MAX_JUMP * 4:
                continue
            kept.append(m)
        elif prev.value < m.value <= prev.value + _MAX_JUMP:
            kept.append(m)
    return kept
