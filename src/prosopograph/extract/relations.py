"""Relations between people (and the bodies they led or founded), as the parse and coreference give them.

Kinship comes from the roles coreference bound ('his wife, Maren', 'Tom and Ann had two sons, …'), the
other relations from the clauses (extract/clauses.py); each keeps its sentence. Symmetric kinship is
stated both ways, parent/child and grandparent/grandchild each with their inverse, and kinship that
follows from two stated relations is added, marked inferred (extract/inference.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import Relation, ResolvedEntity, RoleBinding
from ..nlp.rules import FEMALE_KIN, KIN, MALE_KIN
from ..resolve.names import family_name, name_tokens
from ..text import fold
from .inference import CLOSE_KIN, infer_kinship

GENDERED_KIN = MALE_KIN | FEMALE_KIN
"""Kin nouns that say which parent or spouse ('father', 'wife'), unlike 'parents'."""

INVERSE = {"child_of": "parent_of", "parent_of": "child_of", "grandchild_of": "grandparent_of",
           "grandparent_of": "grandchild_of", "spouse_of": "spouse_of", "sibling_of": "sibling_of",
           "cousin_of": "cousin_of"}
"""Kinship both ways round; an alliance or a rivalry is kept the way the sentence states it (who worked with, who
denounced whom), since a person's relations are read either way round."""
PERSON = "PERSON"
PARENT, CHILD = "parent_of", "child_of"


def extract_relations(entities: list[ResolvedEntity], bindings: Iterable[RoleBinding] = (),
                      stated: Iterable[Relation] = ()) -> list[Relation]:
    """Relations of the whole corpus, both directions where the relation has an inverse, and the kinship
    they imply.

    `bindings` are the roles coreference found named ('my father, Tom Reed'): each is a kinship relation;
    `stated` are the relations the clauses state.
    """
    found: dict[tuple[int, str, int], int] = {}
    said: Counter[tuple[int, str, int]] = Counter()
    # a relation said by several sentences cites the first that says the most: 'her father, Tom' before 'her
    # parents, Tom and Ann', which does not say which of them is the father
    bound = sorted(bindings, key=lambda b: b.role not in GENDERED_KIN)
    roles = [Relation(b.person, KIN[b.role], b.possessor, b.sentence_id) for b in bound
             if b.role in KIN and entities[b.possessor].type == PERSON and entities[b.person].type == PERSON]
    stated = list(stated)
    kin = {frozenset((r.subject, r.object)) for r in [*roles, *stated] if r.relation in CLOSE_KIN}
    for rel in [*roles, *stated]:
        if rel.subject == rel.object or (rel.relation == "ally_of" and frozenset((rel.subject, rel.object)) in kin):
            continue  # 'with the help of his son': a son's help makes him no ally
        for r in (rel, *_implied(rel)):
            found.setdefault((r.subject, r.relation, r.object), r.sentence_id)
            said[(r.subject, r.relation, r.object)] += 1
    for key in _each_others_parent(said):
        del found[key]
    out = [Relation(s, rel, o, sid) for (s, rel, o), sid in found.items()]
    women = frozenset(b.person for b in bound if b.role in FEMALE_KIN)
    return out + infer_kinship(out, lambda i: _surname(entities[i]), lambda i: _name_words(entities[i]), women)


def _each_others_parent(said: Counter[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """The parent and child relations of two people said each to be the other's parent, which is no reading of a
    life but two namesakes taken for one ('his father Tom' … 'his son Tom'): the side said at least twice as
    often stands, else neither does."""
    out: list[tuple[int, str, int]] = []
    for (a, relation, b), n in list(said.items()):
        m = said.get((b, PARENT, a), 0)
        if relation != PARENT or not m or a > b:
            continue
        for parent, child, count, other in ((a, b, n, m), (b, a, m, n)):
            if 2 * other > count:  # this side is not said twice as often as the other: it goes
                out += [(parent, PARENT, child), (child, CHILD, parent)]
    return out


def _surname(entity: ResolvedEntity) -> str | None:
    """The last word of a person's name ('Reed' of 'Major Tom Reed'); None for a single name or a body."""
    return family_name(entity.name) if entity.type == PERSON else None


def _name_words(entity: ResolvedEntity) -> frozenset[str]:
    """The words of a person's name without titles ('tom', 'reed' of 'Major Tom Reed'); none for a body."""
    return frozenset(fold(w) for w in name_tokens(entity.name)) if entity.type == PERSON else frozenset()


def _implied(rel: Relation) -> list[Relation]:
    """What a relation says besides itself: its inverse."""
    inverse = INVERSE.get(rel.relation)
    return [Relation(rel.object, inverse, rel.subject, rel.sentence_id)] if inverse else []
