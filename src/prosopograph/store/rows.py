"""The rows the store's readers return: plain frozen dataclasses, one per kind of answer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PassageRow:
    id: int
    document_id: int
    document: str
    kind: str
    chapter: str | None
    page: str | None
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True)
class SentenceRow:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SentenceHit:
    id: int
    document_id: int
    passage_id: int
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True)
class ChapterRow:
    id: int
    seq: int
    title: str
    start: int
    end: int
    page: str | None


@dataclass(frozen=True)
class MarkRow:
    start: int
    end: int
    entity_id: int | None
    entity_type: str
    """The entity's type, or DATE for a date."""
    entity_name: str | None


@dataclass(frozen=True)
class EntityRow:
    id: int
    type: str
    name: str
    mentions: int
    lat: float | None
    lon: float | None
    country: str | None
    born: str | None
    born_sentence_id: int | None
    died: str | None
    died_sentence_id: int | None


@dataclass(frozen=True)
class AliasRow:
    alias: str
    reason: str
    sentence_id: int | None
    mentions: int


@dataclass(frozen=True)
class MentionRow:
    sentence_id: int
    start: int
    end: int
    text: str
    label: str
    entity_id: int | None
    entity_type: str | None
    entity_name: str | None
    known_place: bool
    """The gazetteer knows the entity as a place."""
    entity_mentions: int
    country: bool = False
    """The gazetteer knows the entity as a country, no town."""


@dataclass(frozen=True)
class EventRow:
    id: int
    sentence_id: int
    date: str
    precision: str
    detail: str | None
    date_end: str | None
    date_text: str
    date_julian: str | None
    date_gregorian: str | None
    calendar_note: str | None
    relative: int
    anchor_sentence_id: int | None
    kind: str
    description: str
    place: str | None


@dataclass(frozen=True)
class SourceRow:
    id: int
    path: str
    format: str
    content_hash: str
    title: str
    author: str | None
    text: str
    """The cleaned text every offset indexes."""


@dataclass(frozen=True)
class PassageSpan:
    kind: str
    start: int
    end: int
    chapter_seq: int | None
    page: str | None
    anchor: int | None
    """For a note: the cleaned offset where it was cut out of the running text."""


@dataclass(frozen=True)
class AnnotationRow:
    start: int
    end: int
    kind: str
    """'name' for a name the model tagged, 'defined' for one the text defines, 'untagged' for one the model missed
    where the name is one entity's alone; 'narrator', 'pronoun', 'hearer' or 'role'
    for a reference bound to a person or, for 'role', a body ('the Council')."""
    entity_id: int
    entity_type: str


@dataclass(frozen=True)
class PlaceDateRow:
    place_id: int
    sentence_id: int
    date: str
    precision: str
    date_end: str | None
    date_text: str
    date_julian: str | None
    date_gregorian: str | None
    first_day: int
    """First and last day covered, as Gregorian Julian Day Numbers."""
    last_day: int


@dataclass(frozen=True)
class ClaimRow:
    """A claim with, for each source in order, its sentence, document and value."""

    id: int
    claim: str
    agree: str
    reason: str | None
    sentence_ids: list[int]
    document_ids: list[int]
    values: list[str | None]
    pairs: dict[tuple[int, int], str]
    """The label of two of its sources (positions in `sentence_ids`)."""
