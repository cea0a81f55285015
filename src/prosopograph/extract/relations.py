"""Relations between people (and the bodies they led or founded), from the text's own wording.

Kinship nouns with a possessor ('his wife, Maren', 'their son Ivo', 'X's sister Greta', 'had two
daughters, A and B') and a few verbs ('married', 'killed', 'founded', 'edited', 'led', 'joined'),
with the people resolved to entities. Each relation keeps its sentence; symmetric relations are
stated both ways and parent/child, grandparent/grandchild each with their inverse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import MentionRecord, Relation, ResolvedEntity, RoleBinding, SentenceRecord
from ..nlp.rules import KIN, KIN_WORDS
from ..resolve.names import fold
from .context import FEMALE, MALE, genders, passage_people

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
    (re.compile(r"\b(edited|editing|editor of)\b"), "edited", True, "ORG"),
    (re.compile(r"\b(joined|was a member of|became a member of)\b"), "member_of", True, "ORG"),
    (re.compile(r"\b(worked closely with|allied (himself |herself )?with|collaborated with|joined forces with|"
                r"sided with|a close (friend|ally) of)\b"), "ally_of", True, "PERSON"),
    (re.compile(r"\b(condemned|denounced|broke with|quarrell?ed with|feuded with|(a|the) rival of|"
                r"polemics? (with|against))\b"), "rival_of", True, "PERSON"),
]
_BY = {"led": "led", "headed": "led", "chaired": "led", "founded": "founded", "established": "founded",
       "edited": "edited"}
_PASSIVE = re.compile(r"\b(?P<verb>led|headed|chaired|founded|established|edited) by\b")
"""'the commission headed by X': the body before, its person after."""
_ROLE = {"leader": "led", "head": "led", "chairman": "led", "chair": "led", "president": "led", "editor": "edited",
         "founder": "founded"}
_AS_ROLE = re.compile(r"\b[Aa]s (?:the )?(?:[a-z]+ )?(?P<role>leader|head|chairman|chair|president|editor|founder)"
                      r" of\b")
"""'As leader of the Soviet, X …': the body, then its person after the comma."""
_POSSESSOR = r"(?P<pos>his|her|their|(?P<named>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)[’']s?)"
_KIN_PHRASE = re.compile(rf"\b{_POSSESSOR}\s+(?:(?:[a-z-]+\s+){{0,2}})(?P<kin>{KIN_WORDS})\b,?\s+(?:named\s+)?",
                         re.I)
_HAD_CHILDREN = re.compile(rf"\bhad\s+(?:a|an|one|two|three|four|five|six|\w+)\s+(?:[a-z-]+\s+)?(?P<kin>{KIN_WORDS})"
                           r"\b,?\s+", re.I)
_LIST_GAP = re.compile(r"(?:the\s+)?|,\s*(?:and\s+)?|\s+and\s+")
_SUBJECT_PRONOUN = re.compile(r"\b(he|she)\s+(?:(?:had|has|then|also|once|now|openly|publicly)\s+){0,2}$", re.I)
_PRONOUN = re.compile(r"\b(he|she|they|his|her|their)\b", re.I)
PERSON, ORG = "PERSON", "ORG"
NEAR = 60
NEAR_STANCE = 12
"""Characters between a verb and the person doing it, or the thing done, for the verb to join them."""


@dataclass(frozen=True)
class _Context:
    passage_people: dict[int, list[int]]
    """Per sentence, the people its passage named before it, most named first."""
    gender: dict[int, str]
    surname: dict[int, str]
    """Family names of people named with two words or more."""

    def referent(self, sentence_id: int, pronoun: str, candidates: list[int], other: list[int]) -> int | None:
        """Whom 'his', 'her' or 'their' stands for, never one of `other` (the kin, the one acted on):
        one of the kin's family name if the passage has one; else of the fitting candidates, whom the
        passage is about or else the last; else the passage's most named person who fits."""
        want = {"his": MALE, "her": FEMALE}.get(pronoun)
        ranked = [i for i in self.passage_people.get(sentence_id, []) if i not in other]
        fits = [i for i in candidates if self.gender.get(i) in (None, want) and i not in other]
        family = {self.surname.get(k) for k in other} - {None}
        kindred = [i for i in fits + ranked if self.surname.get(i) in family and self.gender.get(i) in (None, want)]
        if kindred:
            return kindred[0]
        if fits:
            return ranked[0] if ranked and ranked[0] in fits else fits[-1]
        sure = [i for i in ranked if want and self.gender.get(i) == want]
        unsure = [i for i in ranked if self.gender.get(i) is None]
        return (sure or unsure or [None])[0] if want else (ranked or [None])[0]


def extract_relations(sentences: list[SentenceRecord], mentions: list[MentionRecord],
                      entities: list[ResolvedEntity], bindings: Iterable[RoleBinding] = (),
                      stated: Iterable[Relation] = ()) -> list[Relation]:
    """Relations of the whole corpus, both directions where the relation has an inverse.

    `bindings` are the roles coreference found named ('my father, Tom Reed'): each is a kinship relation;
    `stated` are relations other readings of the parse found.
    """
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    by_sentence: dict[int, list[tuple[int, MentionRecord]]] = {}
    for m in mentions:
        if m.id in entity_of:
            by_sentence.setdefault(m.sentence_id, []).append((entity_of[m.id], m))
    context = _Context(passage_people(sentences, by_sentence, entities), genders(sentences, by_sentence, entities),
                       {i: fold(e.name.split()[-1]) for i, e in enumerate(entities)
                        if e.type == PERSON and len(e.name.split()) >= 2})
    found: dict[tuple[int, str, int], int] = {}
    stated_roles = [Relation(b.person, KIN[b.role], b.possessor, b.sentence_id) for b in bindings
                    if entities[b.possessor].type == PERSON and entities[b.person].type == PERSON]
    for rel in [*stated_roles, *stated]:
        for r in (rel, *_implied(rel)):
            found.setdefault((r.subject, r.relation, r.object), r.sentence_id)
    for s in sentences:
        named = sorted(by_sentence.get(s.id, []), key=lambda p: p[1].start)
        if not named:
            continue
        stated = _kinship(s, named, entities, context) + _verbs(s, named, entities, context)
        for rel in stated + _bodies(s, named, entities):
            if rel.subject == rel.object:
                continue
            for r in (rel, *_implied(rel)):
                found.setdefault((r.subject, r.relation, r.object), r.sentence_id)
    return [Relation(s, rel, o, sid) for (s, rel, o), sid in found.items()]


def _kinship(s: SentenceRecord, named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity],
             context: _Context) -> list[Relation]:
    out: list[Relation] = []
    # A name the model took for a place the gazetteer does not know may still be a person's
    # ('two daughters, Ilse and Petra'); a name followed by 's owns the kin after it, never is it.
    people = [(i, m) for i, m in named if entities[i].type == PERSON or (
        entities[i].type == "PLACE" and entities[i].lat is None and entities[i].country is None)]
    bare = [(i, m) for i, m in people if not _is_possessive(s, m)]
    for pattern in (_KIN_PHRASE, _HAD_CHILDREN):
        for m in pattern.finditer(s.text):
            relation = KIN[m.group("kin").lower()]
            kin = _names_at(bare, s, s.start + m.end())
            if not kin:
                continue
            owners = _owners(m, s, [(i, p) for i, p in people if entities[i].type == PERSON] if not
                             m.groupdict().get("named") else people, context, kin)
            out += [Relation(k, relation, o, s.id) for k in kin for o in owners if k != o]
    return out


def _is_possessive(s: SentenceRecord, m: MentionRecord) -> bool:
    return s.text[m.end - s.start:m.end - s.start + 2] in ("’s", "'s") or m.text.endswith(("’s", "'s"))


def _names_at(people: list[tuple[int, MentionRecord]], s: SentenceRecord, pos: int) -> list[int]:
    """The person named right at `pos`, and those listed with them ('Ilse and Petra')."""
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
            context: _Context, kin: list[int]) -> list[int]:
    """Whose kin they are: the name before the possessive, or whom 'his', 'her', 'their' stand for."""
    start = s.start + m.start()
    if "named" in m.groupdict() and m.group("named"):
        owner = [i for i, p in people if p.start >= start and p.end <= start + len(m.group("named")) + 1]
        return owner[-1:]
    word = (m.groupdict().get("pos") or "their").lower()
    if word == "their" or m.re is _HAD_CHILDREN:
        # 'he and Alexandra had two daughters': both parents, 'he' being whom the passage is about
        clause_at = max(s.text.rfind(",", 0, m.start()), s.text.rfind(";", 0, m.start())) + 1
        clause = s.text[clause_at: m.start()]
        owners = [i for i, p in people if s.start + clause_at <= p.start and p.end <= start]
        if _PRONOUN.search(clause):
            # 'By the time Lev …, he and Alexandra had …': 'he' is the one named earlier in the sentence
            earlier = [i for i, p in people if p.end <= s.start + clause_at]
            referent = earlier[-1] if earlier else context.referent(s.id, "their", [], kin)
            if referent is not None:
                owners.append(referent)
        return list(dict.fromkeys(owners))
    # the last person named before it who may be a 'his' or 'her', else whom the passage is about
    referent = context.referent(s.id, word, [i for i, p in people if p.end <= start], kin)
    return [referent] if referent is not None else []


def _verbs(s: SentenceRecord, named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity],
           context: _Context) -> list[Relation]:
    out: list[Relation] = []
    for pattern, relation, agent_first, object_type in VERBS:
        for m in pattern.finditer(s.text):
            at, end = s.start + m.start(), s.start + m.end()
            before = [i for i, p in named if entities[i].type == PERSON and 0 <= at - p.end <= NEAR]
            # 'denounced the expulsion of X' is not 'denounced X': a stance takes its person straight after
            reach = NEAR_STANCE if relation in ("ally_of", "rival_of") else NEAR
            after = [i for i, p in named if 0 <= p.start - end <= reach and not _is_possessive(s, p) and (
                entities[i].type == object_type or (object_type == ORG and entities[i].type == ORG))]
            if not before and (pronoun := _SUBJECT_PRONOUN.search(s.text, 0, m.start())):
                # 'he condemned X': whom the passage is about, if that one may be a 'he'
                referent = context.referent(s.id, "his" if pronoun.group(1).lower() == "he" else "her", [], after[:1])
                before = [referent] if referent is not None else []
            if not before or not after:
                continue
            agent, target = before[-1], after[0]
            if agent_first:
                out.append(Relation(agent, relation, target, s.id))
            else:  # 'X killed Y': Y killed_by X
                out.append(Relation(target, relation, agent, s.id))
    return out


def _bodies(s: SentenceRecord, named: list[tuple[int, MentionRecord]],
            entities: list[ResolvedEntity]) -> list[Relation]:
    """Who led, founded or edited a body, where the body is named first ('the party founded by X',
    'As head of the party, X')."""
    out: list[Relation] = []
    for pattern, group, table in ((_PASSIVE, "verb", _BY), (_AS_ROLE, "role", _ROLE)):
        for m in pattern.finditer(s.text):
            at, end = s.start + m.start(), s.start + m.end()
            if pattern is _PASSIVE:
                body = [i for i, p in named if entities[i].type == ORG and 0 <= at - p.end <= NEAR_STANCE][-1:]
                person = [i for i, p in named if entities[i].type == PERSON and 0 <= p.start - end <= NEAR_STANCE][:1]
            else:
                bodies = [(i, p) for i, p in named if entities[i].type == ORG and 0 <= p.start - end <= NEAR_STANCE][:1]
                body = [i for i, _ in bodies]
                person = [i for i, p in named for _, b in bodies
                          if entities[i].type == PERSON and 0 <= p.start - b.end <= NEAR_STANCE][:1]
            out += [Relation(p, table[m.group(group)], b, s.id) for p in person for b in body]
    return out


def _implied(rel: Relation) -> list[Relation]:
    """What a relation says besides itself: its inverse, and that whoever led a body was in it."""
    inverse = INVERSE.get(rel.relation)
    out = [Relation(rel.object, inverse, rel.subject, rel.sentence_id)] if inverse else []
    if rel.relation == "led":
        out.append(Relation(rel.subject, "member_of", rel.object, rel.sentence_id))
    return out
