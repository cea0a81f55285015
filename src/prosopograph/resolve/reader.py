"""What coreference keeps while it reads a document: the people met so far, the sentence at hand, the bound mentions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import MentionRecord, ResolvedEntity, RoleBinding, SentenceRecord
from ..nlp.parse import Token
from ..nlp.rules import KIN, is_person_word
from .gender import pronoun_gender

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "thou", "thee", "thy", "thine"})


@dataclass
class References:
    """What coreference found in the corpus: the bound mentions (with negative ids) and the roles named."""

    mentions: list[MentionRecord] = field(default_factory=list)
    entity_of: dict[int, int] = field(default_factory=dict)
    bindings: list[RoleBinding] = field(default_factory=list)
    designations: list[tuple[int, str, int]] = field(default_factory=list)
    """(entity, phrase, sentence id) of the roles that single a person out: 'my wife', 'Anna's son Tom'."""
    called: list[tuple[int, str, int]] = field(default_factory=list)
    """(entity, name, sentence id) of the names a person is called by when spoken to ('"Tom, come here"')."""
    named: list[tuple[int, str, int]] = field(default_factory=list)
    """(entity, name, sentence id) of the names the text gives a person with a verb of naming ('called him Tom')."""
    joined: list[tuple[int, int, int]] = field(default_factory=list)
    """(entity, person, sentence id) of a name the text gives a person that was resolved to another entity."""
    titled: list[tuple[int, str, int]] = field(default_factory=list)
    """(entity, phrase, sentence id) of each 'the King' bound to a person."""


@dataclass
class Seen:
    """A person named or meant at one place of the text, as a pronoun may look back at it."""

    entity: int
    sentence: int
    """Ordinal of the sentence in the document."""
    sentence_id: int
    token: Token
    subject: bool


@dataclass
class Reader:
    """The state of reading one document."""

    document_id: int
    narrator: int | None
    subject: int | None
    entities: list[ResolvedEntity]
    gender: dict[int, str]
    out: References
    ids: Iterator[int]
    seen: list[Seen] = field(default_factory=list)
    roles: dict[tuple[int, str], tuple[int, int]] = field(default_factory=dict)
    """(possessor, role) → (person, sentence id) of the last naming."""
    titles: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """title → (person, sentence ordinal, sentence id) of the last 'King Olaf'."""
    bodies: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """last word of a body's name → (body, sentence ordinal, sentence id) of the last 'Harbour Council'."""
    sole_bodies: dict[str, tuple[int, int]] = field(default_factory=dict)
    """last word of a body's name → (body, sentence id naming it) where the chapter names only that one."""
    subject_titles: dict[str, int] = field(default_factory=dict)
    """Titles the document gives its subject ('King Olaf' in a life of Olaf) → the sentence id first giving it."""
    unnamed: list[tuple[tuple[int, ...], str, int]] = field(default_factory=list)
    """(possessors, role, sentence ordinal) of kin the text brings in without a name ('she bore him a daughter'), for
    the next sentences to name ('The name of that daughter was …', 'Her name was …')."""
    known_roles: dict[tuple[int, str], tuple[int, int]] = field(default_factory=dict)
    """Roles one has only one holder of ('my mother'), as the whole document names them: a 'my mother'
    before 'my mother, Ann Reed' is her too."""
    strangers: list[tuple[str, int]] = field(default_factory=list)
    """(sex, sentence ordinal) of each man or woman the text brings in without a name ('a girl knocked', 'a
    daughter from his first marriage'), whom a 'the girl' just after means."""


@dataclass
class Sentence:
    """One sentence being read: its tokens, which of them are quoted or names, and what is bound so far."""

    record: SentenceRecord
    ordinal: int
    tokens: list[Token]
    passage: list[Token]
    quoted: dict[int, bool]
    name_at: dict[int, tuple[int, Token]]
    children: dict[int, list[Token]]
    bound: dict[int, int] = field(default_factory=dict)
    unplaced: dict[int, tuple[int, Token]] = field(default_factory=dict)
    """Names of places the gazetteer does not know: a kin noun may give one as a person ('his son, Orel')."""
    tagged: set[int] = field(default_factory=set)
    """Positions of the words any mention covers (a person's, a place's, a body's name)."""


def bind(r: Reader, at: Sentence, t: Token, start: int, kind: str, entity: int, via: int | None) -> None:
    """Make the words from `start` to the end of `t` a mention of `entity`, bound through sentence `via`."""
    at.bound[t.i] = entity
    if kind not in ("narrator", "hearer"):  # neither 'I' nor a quotation's 'you' is whom a later 'he' means
        r.seen.append(Seen(entity, at.ordinal, at.record.id, t, is_subject(t, at.passage)))
    if kind == "pronoun" and entity not in r.gender:  # 'Tom … he' says Tom is a man for the pronouns after
        r.gender[entity] = pronoun_gender(t.text) or ""
    mention = MentionRecord(next(r.ids), r.document_id, at.record.id, start, t.end, s_text(at.record, start, t.end),
                            "PERSON", kind, via)
    r.out.mentions.append(mention)
    r.out.entity_of[mention.id] = entity


def is_subject(t: Token, passage: list[Token]) -> bool:
    """The subject of its clause, joined to it ('Tom and Ann met') or set beside a singular noun of a person that is
    ('Ann's son Tom wrote'). Not beside a plural ('her parents, Tom and Ann, wrote': the two are, whom no 'he'
    continues), nor a thing ('his novel, Tom Jones, appeared'), nor a noun 'his' or 'her' owns ('Her mother, Ann,
    sang. Her father …': the owner is whom the text goes on about)."""
    if t.dep == "conj" and 0 <= t.head < len(passage):
        t = passage[t.head]
    noun = passage[t.head] if t.dep == "appos" and 0 <= t.head < len(passage) else None
    if noun is not None and noun.tag == "NN" and (noun.lower in KIN or is_person_word(noun.lower)) and not any(
            c.head == noun.i and c.dep == "poss" and c.tag == "PRP$" and c.lower not in FIRST_PERSON
            for c in passage[max(0, noun.i - 6):noun.i]):
        t = noun
    return t.dep in SUBJECT_DEPS


def descendants(t: Token, at: Sentence) -> list[int]:
    """Positions of every word that hangs on `t`, however deep, within the sentence."""
    out, frontier = [], [t.i]
    while frontier:
        kids = [c.i for i in frontier for c in at.children.get(i, [])]
        out += kids
        frontier = kids
    return out


def s_text(s: SentenceRecord, start: int, end: int) -> str:
    """The text of a sentence between two document offsets."""
    return s.text[max(0, start - s.start):max(0, end - s.start)]
