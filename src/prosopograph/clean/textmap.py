"""Text built piece by piece, with a map from every cleaned offset back to the source text."""

from __future__ import annotations

import bisect
import re

LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
             "\ufb05": "st", "\ufb06": "st"}
# One pass over a line: ligatures expanded, soft hyphens and U+FFFE dropped, runs of white space
# folded, and footnote reference marks that follow a word removed.
_SPECIAL = re.compile(r"[\ufb00-\ufb06]|[\u00ad\ufffe\u200b]|[ \t\u00a0]{2,}|\u00a0"
                      r"|(?<=[\w.,;:!?\"”’)])[*†‡]+(?=[\s.,;:!?\"”’—)]|$)")


class MappedText:
    """Appends pieces of text, each remembered with the source offset it was copied from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._clean_starts: list[int] = []
        self._raw_starts: list[int] = []
        self._raw_lens: list[int] = []
        self.length = 0

    def add(self, text: str, raw_start: int, raw_len: int | None = None) -> None:
        """Append `text`, which stands for `raw_len` source characters from `raw_start`."""
        if not text:
            return
        self._parts.append(text)
        self._clean_starts.append(self.length)
        self._raw_starts.append(raw_start)
        self._raw_lens.append(len(text) if raw_len is None else raw_len)
        self.length += len(text)

    def add_source(self, source: str, start: int, end: int) -> None:
        """Append source[start:end] cleaned of ligatures, stray marks and doubled white space."""
        pos = start
        for m in _SPECIAL.finditer(source, start, end):
            self.add(source[pos:m.start()], pos)
            ch = m.group()
            if ch in LIGATURES:
                self.add(LIGATURES[ch], m.start(), 1)
            elif ch[0] in " \t\u00a0":
                self.add(" ", m.start(), len(ch))
            pos = m.end()
        self.add(source[pos:end], pos)

    def endswith(self, suffix: str) -> bool:
        return bool(self._parts) and "".join(self._parts[-3:]).endswith(suffix)

    def text(self) -> str:
        return "".join(self._parts)

    def to_clean(self, raw_offset: int) -> int:
        """First cleaned offset whose source offset is at or after `raw_offset`."""
        i = bisect.bisect_left(self._raw_starts, raw_offset)
        if i > 0 and raw_offset < self._raw_starts[i - 1] + self._raw_lens[i - 1]:
            i -= 1
            return self._clean_starts[i] + min(raw_offset - self._raw_starts[i], len(self._parts[i]))
        return self._clean_starts[i] if i < len(self._clean_starts) else self.length

    def to_raw(self, clean_offset: int) -> int:
        """Source offset of the character at `clean_offset` (a folded run of spaces maps to its first)."""
        i = bisect.bisect_right(self._clean_starts, clean_offset) - 1
        if i < 0:
            return self._raw_starts[0] if self._raw_starts else 0
        inside = clean_offset - self._clean_starts[i]
        if self._raw_lens[i] == len(self._parts[i]):
            return self._raw_starts[i] + inside
        # an expanded ligature or a folded space: the piece stands for its source run as a whole
        return self._raw_starts[i] + min(inside, max(self._raw_lens[i] - 1, 0))

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The source span that the cleaned span [start, end) came from."""
        raw = self.to_raw(start)
        return (raw, raw) if end <= start else (raw, self.to_raw(end - 1) + 1)
