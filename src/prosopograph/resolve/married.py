"""A wife called by her husband's name ('Mrs. Reed') is the woman the text says a Reed married.

The resolver keeps 'Mrs. Reed' apart from 'Tom Reed' (she is not he) and cannot know whom she is until the
clauses have been read: 'In 1848 I married Ann Dent', 'Tom Reed and Ann Hale were married'. Once they are, her
names and mentions join the wife's, where one Reed is meant: the narrator or subject of the text if a Reed, or
else the only Reed with a wife. Two married Reeds and no telling which leaves 'Mrs. Reed' as she was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..model import Relation, ResolvedEntity, RoleBinding
from ..text import fold
from .names import MARRIED_TITLES, family_name

PERSON = "PERSON"


def join_wives(entities: list[ResolvedEntity], stated: list[Relation], bindings: list[RoleBinding],
               holders: Iterable[int]) -> tuple[list[Relation], list[RoleBinding]]:
    """Join each 'Mrs. Reed' to the wife she is (`married_names`); the relations and role bindings that named
    her, re-pointed."""
    wives = married_names(entities, stated, holders)
    join(entities, wives)
    return ([replace(r, subject=wives.get(r.subject, r.subject), object=wives.get(r.object, r.object)) for r in stated],
            [replace(b, possessor=wives.get(b.possessor, b.possessor), person=wives.get(b.person, b.person))
             for b in bindings])


def married_names(entities: list[ResolvedEntity], relations: Iterable[Relation], holders: Iterable[int],
                  ) -> dict[int, int]:
    """Each 'Mrs. Reed' (entity index) → the wife it is, by the stated marriages; `holders` are the
    documents' narrators and subjects, the Reed meant first."""
    spouses: dict[int, set[int]] = defaultdict(set)
    for r in relations:
        if r.relation == "spouse_of":
            spouses[r.subject].add(r.object)
            spouses[r.object].add(r.subject)
    meant = set(holders)
    out: dict[int, int] = {}
    for i, e in enumerate(entities):
        surname = _husbands_name(e)
        if surname is None:
            continue
        husbands = [j for j, wives in spouses.items() if len(wives) == 1 and j != i and entities[j].type == PERSON
                    and family_name(entities[j].name) == surname and not _is_a_wife(entities[j])]
        husbands = [j for j in husbands if j in meant] or husbands
        if len(husbands) == 1 and (wife := next(iter(spouses[husbands[0]]))) != i and \
                _husbands_name(entities[wife]) is None:
            out[i] = wife
    return out


def join(entities: list[ResolvedEntity], joined: dict[int, int]) -> None:
    """Give each joined entity's mentions and names to the one it is, leaving it without either."""
    for i, into in joined.items():
        target = entities[into]
        known = {fold(a.alias) for a in target.aliases}
        target.mention_ids += entities[i].mention_ids
        target.aliases += [a for a in entities[i].aliases if fold(a.alias) not in known]
        entities[i].mention_ids, entities[i].aliases = [], []


def _husbands_name(e: ResolvedEntity) -> str | None:
    """'Reed' of an entity every name of which is 'Mrs. Reed' (a married title and one name)."""
    names = {e.name, *(a.alias for a in e.aliases)}
    split = [n.replace(".", "").split() for n in names]
    if not all(len(words) == 2 and fold(words[0]) in MARRIED_TITLES for words in split):
        return None
    found = {fold(words[1]) for words in split}
    return found.pop() if len(found) == 1 else None


def _is_a_wife(e: ResolvedEntity) -> bool:
    """Called 'Mrs.' or 'Miss' by some name: no husband of a 'Mrs. Reed'."""
    return any(fold(a.alias.replace(".", "").split()[0]) in MARRIED_TITLES | {"miss"} for a in e.aliases
               if a.alias.split())
