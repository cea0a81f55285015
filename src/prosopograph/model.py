"""Records that move between the stages: read → clean → segment → annotate → resolve → extract → store → query.

They live here, below every stage, so that the store can write and read them without importing the
stages that make them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only an annotation here: time/ imports this module, so a runtime import would be circular
    from .time.narrative import DatedExpression


@dataclass
class SourceText:
    """What every reader returns: the extracted text of one source and what is known of its layout."""

    path: str
    format: str
    content_hash: str
    size_bytes: int
    text: str
    """Extracted text; where the format has pages, pages are separated by form feeds (\\f)."""
    title: str | None = None
    author: str | None = None
    page_labels: list[str] = field(default_factory=list)
    """Printed label of each \\f-separated page (e.g. 'ix', '12'), when the format gives them."""
    sections: list[tuple[int, str]] = field(default_factory=list)
    """(offset into text, title) of chapters the format declares (PDF outline, EPUB spine)."""
    line_per_paragraph: bool = False
    """True when each non-blank line is already a whole paragraph (HTML, EPUB, DOCX)."""


@dataclass
class Block:
    """A run of cleaned text: a heading, a paragraph, or a footnote cut out of the running text."""

    kind: str
    """'heading', 'paragraph', 'note', 'apparatus' (index, appendix, editors' matter), 'contents' (an entry of a
    contents list or a list of illustrations) or 'argument' (the list of topics set under a chapter's heading)."""
    start: int
    end: int
    raw_start: int
    """Offset into the source's extracted text, through the cleaner's offset map."""
    raw_end: int
    page: str | None = None
    anchor: int | None = None
    """For a note: the offset in the cleaned text where it was cut out."""


@dataclass
class CleanText:
    """The cleaner's output: text without extraction artifacts, cut into blocks."""

    text: str
    blocks: list[Block]
    pages: list[tuple[int, str]] = field(default_factory=list)
    """(cleaned offset where a page starts, its label)."""
    sections: list[tuple[int, str]] = field(default_factory=list)
    """(cleaned offset, title) of the chapters the source format declares."""
    emphasis: list[tuple[int, int]] = field(default_factory=list)
    """(start, end) of text the source set in italics (`_so_` in plain text): often a work's or a ship's name."""


@dataclass
class Chapter:
    seq: int
    title: str
    start: int
    end: int
    page: str | None = None


@dataclass
class Passage:
    """A paragraph or note with its sentences, ready to store."""

    seq: int
    kind: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    chapter_seq: int | None
    page: str | None
    sentences: list[tuple[int, int]]
    """(start, end) offsets of each sentence in the cleaned text."""
    anchor: int | None = None


@dataclass(frozen=True)
class Mention:
    """A span the NLP model tagged: a person, place, organization, date..."""

    start: int
    end: int
    text: str
    label: str


@dataclass
class PreparedDocument:
    """A source read, cleaned and segmented: everything the store writes for one document."""

    path: str
    format: str
    content_hash: str
    size_bytes: int
    title: str
    author: str | None
    text: str
    chapters: list[Chapter]
    passages: list[Passage]
    pages: list[tuple[int, str]]
    emphasis: list[tuple[int, int]] = field(default_factory=list)
    """(start, end) of text the source set in italics."""
    mentions: list[Mention] = field(default_factory=list)
    parses: dict[int, str] = field(default_factory=dict)
    """The model's parse of each passage (index into `passages`), encoded by nlp.parse."""
    model: str | None = None
    """The NLP pipeline that produced `mentions` and `parses`."""

    @property
    def n_words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Relation:
    """`subject` stands in `relation` to `object` (indexes into the resolver's entities), as a sentence says."""

    subject: int
    relation: str
    object: int
    sentence_id: int
    via_sentence_id: int | None = None
    """For a relation inferred from two stated ones, the second one's sentence."""

    @property
    def inferred(self) -> bool:
        return self.via_sentence_id is not None


@dataclass(frozen=True)
class Citation:
    """Where a fact comes from: the exact cleaned sentence(s) and their place in the source."""

    document: str
    document_id: int
    chapter: str | None
    page: str | None
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class SearchHit:
    rank: int
    score: float
    citation: Citation
    passage: str
    """The whole paragraph the quote stands in, for context."""


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    path: str
    title: str
    author: str | None
    format: str
    size_bytes: int
    n_chars: int
    n_words: int
    n_pages: int
    n_chapters: int
    n_passages: int
    n_sentences: int
    subject: str | None = None
    """The person whose life the document tells, and the one who says "I" in it (None where nobody does)."""
    narrator: str | None = None


@dataclass(frozen=True)
class Declared:
    """What the user says of the sources of a build: whose life they tell, who says "I" in them."""

    subject: str | None = None
    narrator: str | None = None


@dataclass
class BuildOutcome:
    """What happened to one source during a build."""

    path: str
    status: str
    """'added', 'replaced', 'unchanged' or 'failed'."""
    reason: str = ""
    words: int = 0


@dataclass
class BuildReport:
    outcomes: list[BuildOutcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def failed(self) -> list[BuildOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]


# -- what the resolver reads from the store and gives back (re-exported by resolve.records) ---------


@dataclass(frozen=True, slots=True)
class MentionRecord:
    id: int
    document_id: int
    sentence_id: int
    start: int
    end: int
    text: str
    label: str
    kind: str = "name"
    """'name' for what the model tagged; 'defined' for a name the model missed that the text defines (see
    `resolve.defined`); 'untagged' for one it missed elsewhere (`resolve.untagged`); 'narrator', 'pronoun',
    'hearer' (a quotation's 'you') or 'role' for a reference the resolver bound."""
    via_sentence_id: int | None = None
    """For a reference: the sentence that says whom it stands for (the antecedent, the 'my father, X')."""


DEFINED = "defined"
"""The kind of a name mention the resolver found from a text's definition (see `resolve.defined`)."""
UNTAGGED = "untagged"
"""The kind of a name mention the model missed where the name is one entity's alone (see `resolve.untagged`)."""
NAME_KINDS = frozenset({"name", DEFINED, UNTAGGED})
"""The kinds of mention that are names, not references."""


@dataclass(frozen=True)
class DocumentRecord:
    """What the resolver knows of a document besides its sentences."""

    id: int
    title: str
    author: str | None
    declared_subject: str | None = None
    declared_narrator: str | None = None


@dataclass(frozen=True, slots=True)
class SentenceRecord:
    id: int
    document_id: int
    chapter_id: int | None
    passage_id: int
    start: int
    end: int
    text: str
    kind: str = "paragraph"
    """The kind of passage the sentence stands in: 'paragraph', 'heading', 'note', 'apparatus', 'contents' or
    'argument'."""


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
    same_as: int | None = None
    """The entity this one was found to be once the clauses were read ('Mrs. Reed' → Ann Hale): its mentions
    and names moved there, and it is stored as that one."""


# -- facts extracted from resolved sentences (re-exported by extract.events and extract.claims) --------


LETTER = "letter"
"""The kind of event a letter's dateline gives: the day it was written, not the day of what it tells."""


@dataclass
class Event:
    """One dated event, with the entities it involves (indexes into the resolver's entity list)."""

    dated: DatedExpression
    sentence_id: int
    description: str
    kind: str
    participants: list[int] = field(default_factory=list)
    place: int | None = None
    subject: int | None = None
    """The person named just before the word that gives the kind ('X died'), if any."""


@dataclass(frozen=True)
class Fact:
    """What one source states of one thing: a value of `about`, in one sentence."""

    key: tuple[object, ...]
    """What the fact is about, comparable across sources: ('died', 'date', person), ('instrument', person, day)."""
    about: str
    """The key in words: 'date of death of Anna Holm'."""
    kind: str
    """What the value is: 'date', 'place', 'person', 'quantity', 'thing' or 'relation' (stated or not)."""
    value: str
    """Comparable form: an ISO date, an entity index, a number, a lemma."""
    shown: str
    """The value as the source writes it."""
    document_id: int
    sentence_id: int
    approximate: bool = False
    """A quantity the source gives loosely ('about four hundred')."""
    several: bool = False
    """A fact that holds of several values at once (those behind a deed): another value adds to it, not against it."""


@dataclass(frozen=True, slots=True)
class Claim:
    claim: str
    agree: bool | str
    sentence_ids: tuple[int, ...]
    """One sentence per source, longer source first."""
    values: tuple[str, ...] = ()
    """What each source says of the fact, in the order of `sentence_ids` (empty for a parallel telling)."""
    reason: str = ""
    """Why the claim is labelled as it is."""
    pairs: tuple[tuple[int, int, bool | str], ...] = ()
    """The label of each two of its sources (positions in `sentence_ids`), so that a narrower view can say it."""


@dataclass(frozen=True)
class RoleBinding:
    """The text names `person` as the `role` ('father', 'wife') of `possessor`: 'my father, Tom Reed'."""

    possessor: int
    role: str
    person: int
    sentence_id: int
    by_pronoun: bool = False
    """The possessor is a 'his' or 'her' that coreference bound, not 'my' or a name: likelier wrong."""
    rank: str | None = None
    """The adjective that ranks the person among the possessor's kin of the role: 'first' of 'his first wife',
    'eldest surviving' of 'her eldest surviving son'; None for none, or for kin of either sex."""
