"""A stored document whole, as a digital edition takes it: its text and layout, every resolved mention and
every temporal expression at its offsets, and the people, places and bodies it names."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import NAME_KINDS
from ..store import ChapterRow, PassageSpan, SourceRow, Store
from ..time.reading import DateReading
from .dates import document_dates
from .people import Entity, entities

__all__ = ["Corpus", "Edition", "Mark", "PassageSpan", "corpus", "edition"]


@dataclass(frozen=True)
class Mark:
    """A span of the cleaned text the edition tags: a name, a reference bound to a person or body, or a time."""

    start: int
    end: int
    kind: str
    """'name', 'reference' (a pronoun or role phrase bound to a person or body) or 'time' (any temporal
    expression)."""
    entity_id: int | None = None
    entity_type: str | None = None
    reading: DateReading | None = None


@dataclass
class Edition:
    """One document ready to encode: `marks` do not overlap and each lies within one passage."""

    source: SourceRow
    chapters: list[ChapterRow]
    passages: list[PassageSpan]
    pages: list[tuple[int, str]]
    marks: list[Mark]
    entity_ids: list[int]
    """The entities the document names, in order of first mention."""


@dataclass
class Corpus:
    """The editions of the chosen documents and every entity any of them names."""

    editions: list[Edition]
    entities: list[Entity]
    geonames: dict[int, int]
    """The GeoNames id of each place that has one."""


def corpus(store: Store, document_ids: list[int] | None = None) -> Corpus:
    """Editions of the given documents (all if None) and the entities they name, with aliases and life dates."""
    ids = store.document_ids() if document_ids is None else document_ids
    editions = [e for e in (edition(store, i) for i in ids) if e is not None]
    named = {i for e in editions for i in e.entity_ids}
    found = [e for e in entities(store) if e.id in named]
    return Corpus(editions, found, store.geonames([e.id for e in found if e.type == "PLACE"]))


def edition(store: Store, document_id: int) -> Edition | None:
    """One stored document for encoding; None if there is no such document."""
    source = store.source_row(document_id)
    if source is None:
        return None
    passages = store.passage_spans(document_id)
    marks = [Mark(m.start, m.end, "name" if m.kind in NAME_KINDS else "reference", m.entity_id, m.entity_type)
             for m in store.resolved_mentions(document_id)]
    marks += [Mark(r.start, r.end, "time", reading=r) for r in document_dates(store, document_id)]
    kept = _within_passages(_without_overlaps(marks), passages)
    entity_ids = list(dict.fromkeys(m.entity_id for m in kept if m.entity_id is not None))
    return Edition(source, store.chapters(document_id), passages, store.page_starts(document_id), kept, entity_ids)


def _without_overlaps(marks: list[Mark]) -> list[Mark]:
    """Marks in text order, the first (and at one start the longest) kept where two overlap."""
    out: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end, m.kind != "name")):
        if m.end <= m.start or (out and m.start < out[-1].end):
            continue
        out.append(m)
    return out


def _within_passages(marks: list[Mark], passages: list[PassageSpan]) -> list[Mark]:
    """Marks that lie wholly inside one passage (an element cannot straddle two paragraphs)."""
    out: list[Mark] = []
    k = 0
    for m in marks:
        while k < len(passages) and passages[k].end <= m.start:
            k += 1
        if k < len(passages) and passages[k].start <= m.start and m.end <= passages[k].end:
            out.append(m)
    return out
