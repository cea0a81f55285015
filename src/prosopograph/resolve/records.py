"""What the resolver reads from the store and what it gives back."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MentionRecord:
    id: int
    document_id: int
    sentence_id: int
    start: int
    end: int
    text: str
    label: str
    kind: str = "name"
    """'name' for what the model tagged; 'narrator', 'pronoun' or 'role' for a reference the resolver bound."""
    via_sentence_id: int | None = None
    """For a reference: the sentence that says whom it stands for (the antecedent, the 'my father, X')."""


@dataclass(frozen=True)
class DocumentRecord:
    """What the resolver knows of a document besides its sentences."""

    id: int
    title: str
    author: str | None
    declared_subject: str | None = None
    declared_narrator: str | None = None


@dataclass(frozen=True)
class SentenceRecord:
    id: int
    document_id: int
    chapter_id: int | None
    passage_id: int
    start: int
    end: int
    text: str
    kind: str = "paragraph"
    """The kind of passage the sentence stands in: 'paragraph', 'heading', 'note' or 'apparatus'."""


@dataclass
class AliasEvidence:
    """A name an entity goes by, why the resolver gave it that name, and where."""

    alias: str
    reason: str
    sentence_id: int
    mentions: int = 0


@dataclass
class ResolvedEntity:
    type: str
    """PERSON, PLACE or ORG."""
    name: str
    mention_ids: list[int] = field(default_factory=list)
    aliases: list[AliasEvidence] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    geonameid: int | None = None
    born: tuple[str, int] | None = None
    """(date as written, sentence id)."""
    died: tuple[str, int] | None = None
