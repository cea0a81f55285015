"""Whose life a document tells (its subject) and who says "I" in it (its narrator).

The narrator exists only where the narrative itself speaks in the first person (many "I", "my", "me"
outside quotation marks); who it is comes from what the user declared, else the document's author,
else a name its title gives ("The Memoirs of Anna Reed"). The subject is what the user declared, else
the person the title names ("The Life of Tom Reed"), else the narrator, else the person the document
names far more than anyone else.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..text import fold
from .names import initial_of, is_personal_name, name_tokens
from .records import AliasEvidence, DocumentRecord, MentionRecord, ResolvedEntity, SentenceRecord

FIRST_PERSON_RATE = 6.0
"""First-person words outside quotations per thousand words of running text that make a first-person narrative."""
SUBJECT_LEAD = 1.5
"""How many times more often than the next person the subject of an untitled document must be named."""
SUBJECT_MIN = 10
_CURLY = re.compile(r"“[^”\"]*(?:[”\"]|$)")
_STRAIGHT = re.compile(r"\"[^\"]*\"")
_FEET_INCHES = re.compile(r"(\d)'(\s?\d{1,2})\"")
_FIRST = re.compile(r"\b(?:I(?= [a-z])|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)\b")
_TITLE_NAME = re.compile(r"\b(?:life|lives|memoirs?|autobiography|biography|recollections|reminiscences|story|"
                         r"diary|journals?|letters|confessions|childhood|youth|days)\s+of\s+(?P<name>.+)$", re.I)
_NAME_END = re.compile(r"\s*(?:[,:;(—–]|\s-\s|\bby\b|\bcomplete\b|\bvol(?:ume)?\b).*$", re.I)
_RUNNING_KINDS = frozenset({"paragraph"})


@dataclass(frozen=True)
class DocumentRoles:
    """The subject and narrator of a document as entity indexes (None where there is none)."""

    subject: int | None
    narrator: int | None


def first_person_rate(sentences: list[SentenceRecord]) -> float:
    """First-person words outside quotation marks per thousand words of a document's running text. Quotations are
    read across a paragraph's sentences (a speech runs over several, “I went. I saw.”), and one left open at its
    paragraph's end runs to that end, as a speech that goes on in the next paragraph is written."""
    paragraphs: dict[int, list[str]] = defaultdict(list)
    for s in sentences:
        if s.kind in _RUNNING_KINDS:
            paragraphs[s.passage_id].append(s.text)
    words = hits = 0
    for texts in paragraphs.values():
        text = " ".join(texts)
        words += len(text.split())
        hits += len(_FIRST.findall(_unquoted(text)))
    return 1000.0 * hits / words if words else 0.0


def _unquoted(paragraph: str) -> str:
    """A paragraph without its quotations: curly ones, and one left open to the paragraph's end; straight ones in
    pairs, and the last left open only where the paragraph opens with one (a speech going on into the next); the
    marks of feet and inches ('6' 2"') are a measure, not a quotation (but '"in 1840"' is one)."""
    text = _STRAIGHT.sub(" ", _CURLY.sub(" ", _FEET_INCHES.sub(r"\1 \2 ", paragraph)))
    if paragraph.lstrip().startswith('"') and '"' in text:
        text = text[:text.index('"')]
    return text


def title_name(title: str) -> str | None:
    """The person a title names: 'The Early Life of Anna Reed, Volume 2' → 'Anna Reed'."""
    m = _TITLE_NAME.search(title)
    if not m:
        return None
    name = _NAME_END.sub("", m.group("name")).strip(" .")
    return name if name[:1].isupper() else None


def name_title(title: str) -> str | None:
    """A title that is a person's name and nothing more: 'Ivo the Bold', 'Anna Reed: A Study' → 'Anna Reed' (not
    one word alone: 'Lisbon' or 'Nelson' may be the book of a town or a ship)."""
    name = _NAME_END.sub("", title).strip(" .")
    words = name_tokens(name)
    return name if name[:1].isupper() and len(words) >= 2 and is_personal_name(words) else None


def subject_name(doc: DocumentRecord) -> str | None:
    """The name of the person whose life a document tells, as the user or its title gives it."""
    return doc.declared_subject or title_name(doc.title) or name_title(doc.title)


def document_roles(doc: DocumentRecord, sentences: list[SentenceRecord], mentions: list[MentionRecord],
                   entity_of: dict[int, int], entities: list[ResolvedEntity]) -> DocumentRoles:
    """The subject and narrator of one document; a person named only in its header is added to `entities`."""
    narrator = None
    if doc.declared_narrator or first_person_rate(sentences) >= FIRST_PERSON_RATE:
        name = doc.declared_narrator or doc.author or title_name(doc.title)
        if name:
            narrator = person_named(name, entities, sentences, "narrator of the document")
    subject = None
    named = doc.declared_subject or title_name(doc.title)
    if named:
        subject = person_named(named, entities, sentences, "whom the document's title names")
    elif bare := name_title(doc.title):
        # a title of capitalized words may name no one ('Harbour Tales'): only a person the text names is meant
        subject = _agreeing(bare, entities)
    if subject is None:
        subject = narrator if narrator is not None else _most_named(mentions, entity_of, entities)
    return DocumentRoles(subject, narrator)


def person_named(name: str, entities: list[ResolvedEntity], sentences: list[SentenceRecord],
                 reason: str) -> int | None:
    """The person `name` stands for: the most named person whose names agree with it, else a new one."""
    words = name_tokens(name)
    if not words:
        return None
    best = _agreeing(name, entities)
    first = sentences[0].id if sentences else 0
    if best is None:
        entities.append(ResolvedEntity("PERSON", name, [], [AliasEvidence(name, reason, first)]))
        return len(entities) - 1
    entity = entities[best]
    if len(words) > len(entity.name.split()) or entity.name.isupper():
        entity.name = name  # the header's 'Anna M. Reed' is fuller than the text's 'Reed' or a signature's 'A. REED'
    if not any(fold(a.alias) == fold(name) for a in entity.aliases):
        entity.aliases.append(AliasEvidence(name, reason, first))
    return best


def _agreeing(name: str, entities: list[ResolvedEntity]) -> int | None:
    """The most named person whose names agree with `name`, None if no one's do."""
    words = [fold(w) for w in name_tokens(name)]
    if not words:
        return None
    best, best_mentions = None, -1
    for i, e in enumerate(entities):
        if e.type != "PERSON":
            continue
        names = [e.name, *(a.alias for a in e.aliases)]
        if len(e.mention_ids) > best_mentions and any(_agrees(words, [fold(w) for w in name_tokens(n)]) for n in names):
            best, best_mentions = i, len(e.mention_ids)
    return best


def _agrees(full: list[str], other: list[str]) -> bool:
    """'ulysses s grant' agrees with 'u s grant' and with 'grant', not with 'jesse r grant'."""
    if not other or full[-1] != other[-1]:
        return False
    given, other_given = full[:-1], other[:-1]
    if len(other_given) > len(given):
        return False
    return all(initial_of(a, b) for a, b in zip(other_given, given))


def _most_named(mentions: list[MentionRecord], entity_of: dict[int, int],
                entities: list[ResolvedEntity]) -> int | None:
    counts = Counter(entity_of[m.id] for m in mentions if m.id in entity_of
                     and entities[entity_of[m.id]].type == "PERSON")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < SUBJECT_MIN:
        return None
    if len(ranked) > 1 and ranked[0][1] < SUBJECT_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]
