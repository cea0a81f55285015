"""A source's cleaned text, one chapter at a time, with the people, places, bodies and dates it names marked."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import DocumentInfo
from ..store import ChapterRow, MarkRow, Store


@dataclass(frozen=True)
class Segment:
    """A run of passage text; `entity_id` set where the run names an entity, `entity_type` DATE for a date."""

    text: str
    start: int
    entity_id: int | None = None
    entity_type: str | None = None


@dataclass(frozen=True)
class ReaderPassage:
    id: int
    kind: str
    page: str | None
    start: int
    end: int
    segments: list[Segment]


@dataclass(frozen=True)
class ReaderView:
    document: DocumentInfo
    chapters: list[ChapterRow]
    chapter: ChapterRow | None
    passages: list[ReaderPassage]


def reader(store: Store, document_id: int, chapter_seq: int | None = None, at: int | None = None) -> ReaderView | None:
    """The chapter numbered `chapter_seq`, or the one holding offset `at`, or the first; None for no such source."""
    document = store.document(document_id)
    if document is None:
        return None
    chapters = store.chapters(document_id)
    chapter = _pick(chapters, chapter_seq, at)
    start, end = (chapter.start, chapter.end) if chapter else (0, document.n_chars)
    marks = store.marks_between(document_id, start, end)
    passages = [ReaderPassage(p.id, p.kind, p.page, p.start, p.end, _segments(p.text, p.start, marks))
                for p in store.passages_between(document_id, start, end)]
    return ReaderView(document, chapters, chapter, passages)


def _pick(chapters: list[ChapterRow], seq: int | None, at: int | None) -> ChapterRow | None:
    if seq is not None:
        return next((c for c in chapters if c.seq == seq), None) or (chapters[0] if chapters else None)
    if at is not None:
        holding = [c for c in chapters if c.start <= at < c.end]
        if holding:
            return holding[0]
    return chapters[0] if chapters else None


def _segments(text: str, offset: int, marks: list[MarkRow]) -> list[Segment]:
    """The passage cut at its marked names, so that a page can link each one."""
    starts = [m.start for m in marks]
    out: list[Segment] = []
    pos = offset
    for m in marks[bisect.bisect_left(starts, offset):]:
        if m.start >= offset + len(text):
            break
        if m.start < pos:
            continue  # overlapping marks: the first wins
        if m.start > pos:
            out.append(Segment(text[pos - offset:m.start - offset], pos))
        out.append(Segment(text[m.start - offset:m.end - offset], m.start, m.entity_id, m.entity_type))
        pos = m.end
    if pos < offset + len(text):
        out.append(Segment(text[pos - offset:], pos))
    return out
