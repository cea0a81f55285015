"""Relations between people (and the bodies they led or founded), from the text's own wording.

Kinship nouns with a possessor ('his wife, Natalia', 'their son Lev', 'X's sister Olga', 'had two
daughters, A and B') and a few verbs ('married', 'killed', 'founded', 'edited', 'led', 'joined'),
with the people resolved to entities. Each relation keeps its sentence; symmetric relations are
stated both ways and parent/child, grandparent/grandchild each with their inverse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.rules import KIN, KIN_WORDS
from ..resolve.records import MentionRecord, ResolvedEntity, SentenceRecord
from .context import protagonists

INVERSE = {"child_of": "parent_of", "parent_of": "child_of", "grandchild_of": "grandparent_of",
           "grandparent_of": "grandchild_of", "spouse_of": "spouse_of", "sibling_of": "sibling_of",
           "cousin_of": "cousin_of", "ally_of": "ally_of", "rival_of": "rival_of"}
# verb → (relation, subject is the agent?, type the object must have)
VERBS: list[tuple[re.Pattern[str], str, bool, str]] = [
    (re.compile(r"\b(married|wed)\b"), "spouse_of", True, "PERSON"),
    (re.compile(r"\b(killed|murdered|assassinated|shot)\b(?! by)"), "killed_by", False, "PERSON"),
    (re.compile(r"\b(was|were) (killed|murdered|assassinated|shot) by\b"), "killed_by", True, "PERSON"),
    (re.compile(r"\b(attacked|assaulted)\b(?! by)"), "attacked_by", False, "PERSON"),
    (re.compile(r"\b(led|headed|presided over|chaired|(?:became )?(?:the )?(?:head|chairman|leader) of)\b"), "led",
     True, "ORG"),
    (re.compile(r"\b(founded|established|helped (to )?(found|establish|create))\b"), "founded", True, "ORG"),
    (re.compile(r"\b(edited|editor of)\b"), "edited", True, "ORG"),
    (re.compile(r"\b(joined|was a member of|became a member of)\b"), "member_of", True, "ORG"),
    (re.compile(r"\b(worked closely with|allied (himself |herself )?with|collaborated with|joined forces with|"
                r"sided with|a close (friend|ally) of)\b"), "ally_of", True, "PERSON"),
    (re.compile(r"\b(condemned|denounced|broke with|quarrell?ed with|feuded with|(a|the) rival of|"
                r"polemics? (with|against))\b"), "rival_of", True, "PERSON"),
]
_POSSESSOR = r"(?P<pos>his|her|their|(?P<named>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)[’']s?)"
_KIN_PHRASE = re.compile(rf"\b{_POSSESSOR}\s+(?:(?:[a-z-]+\s+){{0,2}})(?P<kin>{KIN_WORDS})\b,?\s+(?:named\s+)?",
                         re.I)
_HAD_CHILDREN = re.compile(rf"\bhad\s+(?:a|an|one|two|three|four|five|six|\w+)\s+(?:[a-z-]+\s+)?(?P<kin>{KIN_WORDS})"
                           r"\b,?\s+", re.I)
_LIST_GAP = re.compile(r"(?:the\s+)?|,\s*(?:and\s+)?|\s+and\s+")
_PRONOUN = re.compile(r"\b(he|she|they|his|her|their)\b", re.I)
PERSON, ORG = "PERSON", "ORG"
NEAR = 60
NEAR_STANCE = 12
"""Characters between a verb and the person doing it, or the thing done, for the verb to join them."""


@dataclass(frozen=True)
class Relation:
    subject: int
    relation: str
    object: int
    sentence_id: int


def extract_relations(sentences: list[SentenceRecord], mentions: list[MentionRecord],
                      entities: list[ResolvedEntity]) -> list[Relation]:
    """Relations of the whole corpus, both directions where the relation has an inverse."""
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    by_sentence: dict[int, list[tuple[int, MentionRecord]]] = {}
    for m in mentions:
        if m.id in entity_of:
            by_sentence.setdefault(m.sentence_id, []).append((entity_of[m.id], m))
    protagonist = protagonists(sentences, by_sentence, entities)
    found: dict[tuple[int, str, int], int] = {}
    for s in sentences:
        named = sorted(by_sentence.get(s.id, []), key=lambda p: p[1].start)
        if not named:
            continue
        for rel in _kinship(s, named, entities, protagonist.get(s.id)) + _verbs(s, named, entities):
            if rel.subject == rel.object:
                continue
            for r in (rel, _inverse(rel)):
                if r is not None:
                    found.setdefault((r.subject, r.relation, r.object), r.sentence_id)
    return [Relation(s, rel, o, sid) for (s, rel, o), sid in found.items()]


def _kinship(s: SentenceRecord, named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity],
             protagonist: int | None) -> list[Relation]:
    out: list[Relation] = []
    # A name the model took for a place the gazetteer does not know may still be a person's
    # ('two daughters, Zinaida and Nina'); a name followed by 's owns the kin after it, never is it.
    people = [(i, m) for i, m in named if entities[i].type == PERSON or (
        entities[i].type == "PLACE" and entities[i].lat is None and entities[i].country is None)]
    bare = [(i, m) for i, m in people if not _is_possessive(s, m)]
    for pattern in (_KIN_PHRASE, _HAD_CHILDREN):
        for m in pattern.finditer(s.text):
            relation = KIN[m.group("kin").lower()]
            kin = _names_at(bare, s, s.start + m.end())
            if not kin:
                continue
            owners = _owners(m, s, people, protagonist)
            out += [Relation(k, relation, o, s.id) for k in kin for o in owners if k != o]
    return out


def _is_possessive(s: SentenceRecord, m: MentionRecord) -> bool:
    return s.text[m.end - s.start:m.end - s.start + 2] in ("’s", "'s") or m.text.endswith(("’s", "'s"))


def _names_at(people: list[tuple[int, MentionRecord]], s: SentenceRecord, pos: int) -> list[int]:
    """The person named right at `pos`, and those listed with them ('Zinaida and Nina')."""
    out: list[int] = []
    expect = pos
    for i, m in people:
        if m.start < expect:
            continue
        gap = s.text[expect - s.start:m.start - s.start]
        if not _LIST_GAP.fullmatch(gap) or (not out and gap.strip(" ,")):
            break
        out.append(i)
        expect = m.end
    return out


def _owners(m: re.Match[str], s: SentenceRecord, people: list[tuple[int, MentionRecord]],
            protagonist: int | None) -> list[int]:
    """Whose kin they are: the name before the possessive, or whom 'his', 'her', 'their' stand for."""
    start = s.start + m.start()
    if "named" in m.groupdict() and m.group("named"):
        owner = [i for i, p in people if p.start >= start and p.end <= start + len(m.group("named")) + 1]
        return owner[-1:]
    before = [i for i, p in people if p.end <= start]
    word = (m.groupdict().get("pos") or "their").lower()
    if word == "their" or m.re is _HAD_CHILDREN:
        # 'he and Alexandra had two daughters': both parents, 'he' being whom the passage is about
        clause_at = max(s.text.rfind(",", 0, m.start()), s.text.rfind(";", 0, m.start())) + 1
        clause = s.text[clause_at: m.start()]
        owners = [i for i, p in people if s.start + clause_at <= p.start and p.end <= start]
        if _PRONOUN.search(clause):
            # 'By the time Lev …, he and Alexandra had …': 'he' is the one named earlier in the sentence
            earlier = [i for i, p in people if p.end <= s.start + clause_at]
            referent = earlier[-1] if earlier else protagonist
            if referent is not None:
                owners.append(referent)
        return list(dict.fromkeys(owners))
    if before:
        return [before[-1]]
    # 'his' or 'her' with no one named before it in the sentence: whom the passage is about
    return [protagonist] if protagonist is not None else []


def _verbs(s: SentenceRecord, named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity]) -> list[Relation]:
    out: list[Relation] = []
    for pattern, relation, agent_first, object_type in VERBS:
        for m in pattern.finditer(s.text):
            at, end = s.start + m.start(), s.start + m.end()
            before = [i for i, p in named if entities[i].type == PERSON and 0 <= at - p.end <= NEAR]
            # 'denounced the expulsion of X' is not 'denounced X': a stance takes its person straight after
            reach = NEAR_STANCE if relation in ("ally_of", "rival_of") else NEAR
            after = [i for i, p in named if 0 <= p.start - end <= reach and not _is_possessive(s, p) and (
                entities[i].type == object_type or (object_type == ORG and entities[i].type == ORG))]
            if not before or not after:
                continue
            agent, target = before[-1], after[0]
            if agent_first:
                out.append(Relation(agent, relation, target, s.id))
            else:  # 'X killed Y': Y killed_by X
                out.append(Relation(target, relation, agent, s.id))
    return out


def _inverse(rel: Relation) -> Relation | None:
    inverse = INVERSE.get(rel.relation)
    return Relation(rel.object, inverse, rel.subject, rel.sentence_id) if inverse else None
