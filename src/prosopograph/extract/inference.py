"""Kinship that follows from two stated relations: a parent's parent is a grandparent, two children of
one parent are siblings, and a grandparent who shares a surname with one parent only is that parent's
parent (surnames pass down a line; a woman's may be her husband's, so hers carries none). Each inferred relation
cites both sentences it follows from."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from ..model import Relation

CLOSE_KIN = frozenset({"parent_of", "child_of", "spouse_of", "sibling_of", "grandparent_of", "grandchild_of"})
"""Relations that rule out inferring another kinship between the same two people."""


def infer_kinship(stated: list[Relation], surname: Callable[[int], str | None] = lambda _: None,
                  name_words: Callable[[int], frozenset[str]] = lambda _: frozenset(),
                  women: frozenset[int] = frozenset()) -> list[Relation]:
    """The grandparents, siblings and parents the stated relations imply, both directions, that no stated
    relation already gives (a stated relation between two people keeps them from being inferred kin). Two
    children of one parent one of whose names holds all the other's words ('Hakon', 'Hakon Dahl') are one child
    the text was read as two, not siblings. `women` are those the text gives a woman's kin noun ('his mother, Ann',
    'her sister'): a surname one of them shares with a grandparent may be her husband's."""
    related = {frozenset((r.subject, r.object)) for r in stated if r.relation in CLOSE_KIN}
    parents = _pairs(stated, "parent_of", "child_of")
    """child → parent → the sentence that says so."""
    by_line = _parents_by_surname(parents, _pairs(stated, "grandparent_of", "grandchild_of"), surname, related,
                                  women)
    for r in by_line:
        if r.relation == "parent_of":
            parents[r.object].setdefault(r.subject, r.sentence_id)
    children: dict[int, dict[int, int]] = defaultdict(dict)
    for child, of in parents.items():
        for parent, sentence in of.items():
            children[parent][child] = sentence
    out: dict[tuple[int, str, int], Relation] = {}

    def add(a: int, relation: str, b: int, inverse: str, first: int, second: int) -> None:
        if a == b or frozenset((a, b)) in related:
            return
        out.setdefault((a, relation, b), Relation(a, relation, b, first, second))
        out.setdefault((b, inverse, a), Relation(b, inverse, a, first, second))

    for child, of in parents.items():
        for parent, said in of.items():
            for grandparent, said_too in parents.get(parent, {}).items():
                add(grandparent, "grandparent_of", child, "grandchild_of", said_too, said)
            for sibling, said_too in children[parent].items():
                if sibling != child and not _one_name(name_words(child), name_words(sibling)):
                    add(child, "sibling_of", sibling, "sibling_of", said, said_too)
    return by_line + list(out.values())


def _one_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """One name's words all among the other's ('Hakon' and 'Hakon Dahl'; not 'Mary Ann' and 'Mary Jane')."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def _pairs(stated: list[Relation], elder: str, younger: str) -> dict[int, dict[int, int]]:
    """younger → elder → the sentence that says so, for one relation and its inverse."""
    out: dict[int, dict[int, int]] = defaultdict(dict)
    for r in stated:
        if r.relation == elder:
            out[r.object].setdefault(r.subject, r.sentence_id)
        elif r.relation == younger:
            out[r.subject].setdefault(r.object, r.sentence_id)
    return out


def _parents_by_surname(parents: dict[int, dict[int, int]], grandparents: dict[int, dict[int, int]],
                        surname: Callable[[int], str | None], related: set[frozenset[int]],
                        women: frozenset[int]) -> list[Relation]:
    """'my grandfather, Tom Reed' and 'my father, Sam Reed' (the mother born an Ames, or a Reed by marriage): Tom
    is Sam's parent; with 'my mother, Ann Reed' the only parent, he may as well be her husband's."""
    out = []
    for child, elders in grandparents.items():
        for elder, said in elders.items():
            name = surname(elder)
            line = [p for p in parents.get(child, {}) if name and p not in women and surname(p) == name]
            if len(line) != 1 or line[0] == elder or frozenset((elder, line[0])) in related or \
                    len(parents.get(line[0], {})) > 1:
                continue
            parent, said_too = line[0], parents[child][line[0]]
            out += [Relation(elder, "parent_of", parent, said, said_too),
                    Relation(parent, "child_of", elder, said, said_too)]
    return out
