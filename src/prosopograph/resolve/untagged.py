"""Names the model missed: a person's or place's one-word name, written where the model tagged nothing.

A small model tags a name most times it is written, not every time: 'Ottar was born in …' at a sentence's
start, or a surname in a long list, goes untagged, and so the sentence tells nothing of anyone. Once the
resolver has made a person or a place of a name, the name's other uses are that entity's too, where nothing
makes them something else: the name is the one entity's alone (no other's name holds it: 'Ottar' is not taken
for the son where the father is 'Ottar Lund'), the model tagged it often, the corpus never writes it in lower
case (a 'Marsh' that is also a marsh, a 'Crane' that is also a crane, stay as the model left them), and the
entity's kind is sure (a place the gazetteer placed; a person not named like a large town). A word next to
another capitalized word is part of a longer name and left alone, unless that word is a title ('Prince Ottar').
Names joined by 'and' or 'or' that the model took for one title ('Ottar and Ivar' tagged as a work) are read one
by one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..model import UNTAGGED
from ..text import fold
from .gazetteer import Gazetteer
from .names import TITLES, lower_case_words
from .records import MentionRecord, ResolvedEntity, SentenceRecord

TAGGED_AT_LEAST = 3
"""How often the model must have tagged the name itself before its untagged uses are taken as it."""
TYPES = frozenset({"PERSON", "PLACE"})
_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]+(?![\w’-])")
_LABEL = {"PERSON": "PERSON", "PLACE": "GPE"}
_JOINED = re.compile(r"\s(?:and|or)\s")
"""A mention no entity holds (of whatever label) that joins words with 'and' or 'or' may be names taken together for
one title; its words are read as names where they are sure ones ('Stars and Stripes' holds none)."""


def untagged_names(entities: list[ResolvedEntity], mentions: list[MentionRecord],
                   sentences: Iterable[SentenceRecord], gazetteer: Gazetteer) -> list[MentionRecord]:
    """Mentions of the one-word names the model missed, each added to its entity's mentions (ids below every
    mention id given)."""
    sentences = list(sentences)
    lower = lower_case_words(sentences)
    names = {word: entity for word, entity in _names(entities, mentions, lower).items()
             if _sure_of(entities[entity], word, gazetteer)}
    if not names:
        return []
    held = {mid for e in entities for mid in e.mention_ids}
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        if m.id in held or not _JOINED.search(m.text):
            taken[m.sentence_id].append((m.start, m.end))
    next_id = min([0, *(m.id for m in mentions)]) - 1
    out: list[MentionRecord] = []
    for s in sentences:
        for hit in _WORD.finditer(s.text):
            entity = names.get(hit.group())
            start, end = s.start + hit.start(), s.start + hit.end()
            if entity is None or any(a < end and start < b for a, b in taken[s.id]) or \
                    _in_longer_name(s.text, hit, lower):
                continue
            m = MentionRecord(next_id - len(out), s.document_id, s.id, start, end, hit.group(),
                              _LABEL[entities[entity].type], UNTAGGED)
            out.append(m)
            entities[entity].mention_ids.append(m.id)
    return out


def _names(entities: list[ResolvedEntity], mentions: list[MentionRecord], lower: Counter[str]) -> dict[str, int]:
    """One-word names, as written, that stand for one person or place only: entity index by name."""
    entity_of = {mid: i for i, e in enumerate(entities) if e.same_as is None for mid in e.mention_ids}
    holders: dict[str, Counter[int]] = defaultdict(Counter)
    for m in mentions:
        if " " not in m.text and m.id in entity_of:
            holders[m.text][entity_of[m.id]] += 1
    # how many people's and places' names hold each word: a body's or a work's ('the Ottar Fund', an index line
    # 'Lund, Ottar' taken for one) is written with its other words, which keep the bare word out of it
    named_by = Counter(w for e in entities if e.same_as is None and e.type in TYPES
                       for w in {w for a in e.aliases for w in a.alias.split()})
    out: dict[str, int] = {}
    for word, counts in holders.items():
        (entity, n), = counts.most_common(1)
        if len(counts) == 1 and n >= TAGGED_AT_LEAST and entities[entity].type in TYPES and _WORD.fullmatch(word) \
                and not lower[word.lower()] and fold(word) not in TITLES and named_by[word] <= 1:
            out[word] = entity
    return out


def _sure_of(entity: ResolvedEntity, word: str, gazetteer: Gazetteer) -> bool:
    """A place the gazetteer placed; a person whose name is no large town's: the type of neither is in doubt."""
    if entity.type == "PLACE":
        return entity.lat is not None
    return not gazetteer.is_sizeable_place(word)


def _in_longer_name(text: str, hit: re.Match[str], lower: Counter[str]) -> bool:
    """'Ottar Lund', 'Fort Ottar': a capitalized word right before or after makes the word part of another name,
    unless the one before is a title ('Prince Ottar') or a common word capitalized ('Then Ottar')."""
    if re.match(r"\s+[A-Z]", text[hit.end():]):
        return True
    before = re.search(r"([A-Z][\w’'.-]*)\s+$", text[:hit.start()])
    if before is None:
        return False
    word = before.group(1).rstrip(".")
    return fold(word) not in TITLES and not lower[word.lower()]
