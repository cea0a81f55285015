"""The model's parse of a passage, kept compactly: each token's place, lemma, tags and head.

The parse is stored with the document (one text column per passage) so that the corpus-level stages
(narrator, coreference, relations) and questions read it without running the model again.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

_FIELDS = 8


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a passage as the model read it; `start`/`end` index the document's cleaned text."""

    i: int
    """Position in the passage; `head` is the position of the word this one depends on."""
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent_start: bool

    @property
    def lower(self) -> str:
        return self.text.lower()


Row = tuple[int, int, int, str, str, str, str, int, bool]
"""(position, start, end, lemma, pos, tag, dep, head position, sentence start) of one token."""


def tokens_of(parsed: Any, offset: int = 0, first: int = 0) -> list[Row]:
    """The rows of a spaCy Doc's tokens, white space left out.

    `offset` is added to character offsets and `first` to token positions, for a text parsed in pieces. A
    sentence the model starts on white space (a piece that begins with a space) starts on the word after it.
    """
    rows: list[Row] = []
    starts = False
    for t in parsed:
        starts = starts or bool(t.is_sent_start)
        if not t.is_space:
            rows.append((first + t.i, offset + t.idx, offset + t.idx + len(t.text), t.lemma_, t.pos_, t.tag_, t.dep_,
                         first + t.head.i, starts))
            starts = False
    return rows


def with_sentence_starts(rows: list[Row], spans: list[tuple[int, int]]) -> list[Row]:
    """The rows with a sentence start on the first token of each span and on no other."""
    token_starts = [row[1] for row in rows]
    firsts = {bisect.bisect_left(token_starts, start) for start, _ in spans}
    return [row if row[8] == (k in firsts) else (*row[:8], k in firsts) for k, row in enumerate(rows)]


def encode(rows: list[Row]) -> str:
    """Rows as one line each of tab-separated fields, heads renumbered to positions among the rows."""
    index = {row[0]: k for k, row in enumerate(rows)}
    return "\n".join("\t".join((str(start), str(end - start), _clean(lemma), pos, tag, dep, str(index.get(head, -1)),
                                "1" if sent else ""))
                     for _, start, end, lemma, pos, tag, dep, head, sent in rows)


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ") or "_"


def decode(data: str, text: str, base: int = 0) -> list[Token]:
    """Tokens of an encoded parse; `text` is the document's cleaned text, `base` the passage's start."""
    if not data:
        return []
    return [t for i, line in enumerate(data.split("\n")) if (t := _token(i, line, text, base)) is not None]


def _token(i: int, line: str, text: str, base: int) -> Token | None:
    f = line.split("\t")
    if len(f) != _FIELDS:
        return None
    start = base + int(f[0])
    end = start + int(f[1])
    return Token(i, start, end, text[start:end], f[2], f[3], f[4], f[5], int(f[6]), f[7] == "1")


class LazyParse(Sequence[Token]):
    """A passage's tokens decoded as they are asked for, by position: a question reads a sentence or two
    of a long passage, and a word's head, not the whole parse."""

    def __init__(self, data: str, text: str) -> None:
        self._lines = data.split("\n") if data else []
        self._text = text
        self._memo: dict[int, Token | None] = {}
        self._starts: list[int] | None = None

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, i: int) -> Token:  # type: ignore[override]  # by position only, no slices
        if i not in self._memo:
            self._memo[i] = _token(i, self._lines[i], self._text, 0) if 0 <= i < len(self._lines) else None
        token = self._memo[i]
        if token is None:
            raise IndexError(i)
        return token

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens that start in text[start:end]."""
        if self._starts is None:
            self._starts = [int(line[:line.find("\t")] or -1) for line in self._lines]
        first, last = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [self[i] for i in range(first, last)]


def sentences(tokens: list[Token]) -> Iterator[list[Token]]:
    """The tokens of a passage cut where the model starts a sentence."""
    current: list[Token] = []
    for t in tokens:
        if t.sent_start and current:
            yield current
            current = []
        current.append(t)
    if current:
        yield current


def tokens_by_sentence(tokens: list[Token], sentences: Sequence[Any]) -> list[list[Token]]:
    """The tokens of a passage grouped by the sentences (anything with `.start`, in order) they start in."""
    starts = [s.start for s in sentences]
    out: list[list[Token]] = [[] for _ in sentences]
    for t in tokens:
        k = bisect.bisect_right(starts, t.start) - 1
        if k >= 0:
            out[k].append(t)
    return out


def first_conjunct(t: Token, head_of: Callable[[Token], Token | None]) -> Token:
    """The first of the words 'and' joins this one to ('the wife of Tom, and the mother of Ned' → wife)."""
    while t.dep == "conj" and (above := head_of(t)) is not None and above.i != t.i:
        t = above
    return t
