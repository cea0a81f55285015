"""People the resolver kept apart, found to be one once the clauses were read ('Mrs. Reed' is Ann Hale)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..model import MentionRecord, Relation, ResolvedEntity, RoleBinding
from ..text import fold


def join_people(entities: list[ResolvedEntity], joined: dict[int, int], stated: list[Relation],
                bindings: list[RoleBinding]) -> tuple[list[Relation], list[RoleBinding]]:
    """Move each joined person's mentions and names (entity index → the one they are) to that one; the relations
    and role bindings that named them, re-pointed."""
    for i, into in joined.items():
        target = entities[into]
        known = {fold(a.alias) for a in target.aliases}
        target.mention_ids += entities[i].mention_ids
        target.aliases += [a for a in entities[i].aliases if fold(a.alias) not in known]
        entities[i].mention_ids, entities[i].aliases, entities[i].same_as = [], [], into
        for e in entities:  # one joined into i before is stored as the one i now is
            if e.same_as == i:
                e.same_as = into
    return ([replace(r, subject=joined.get(r.subject, r.subject), object=joined.get(r.object, r.object))
             for r in stated],
            [replace(b, possessor=joined.get(b.possessor, b.possessor), person=joined.get(b.person, b.person))
             for b in bindings])


def documents_naming(entity_of: Mapping[int, int], mentions: Iterable[MentionRecord]) -> dict[int, set[int]]:
    """Each person (entity index, by `entity_of`: mention id → entity) → the documents that mention them."""
    out: dict[int, set[int]] = defaultdict(set)
    for m in mentions:
        if m.id in entity_of:
            out[entity_of[m.id]].add(m.document_id)
    return out
