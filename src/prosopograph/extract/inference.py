"""Kinship that follows from two stated relations: a parent's parent is a grandparent, two children of
one parent are siblings. Each inferred relation cites both sentences it follows from."""

from __future__ import annotations

from collections import defaultdict

from ..model import Relation

CLOSE_KIN = frozenset({"parent_of", "child_of", "spouse_of", "sibling_of", "grandparent_of", "grandchild_of"})
"""Relations that rule out inferring another kinship between the same two people."""


def infer_kinship(stated: list[Relation]) -> list[Relation]:
    """The grandparents and siblings the stated parent/child relations imply, both directions, that no
    stated relation already gives (a stated relation between two people keeps them from being inferred kin)."""
    related = {frozenset((r.subject, r.object)) for r in stated if r.relation in CLOSE_KIN}
    parents: dict[int, dict[int, int]] = defaultdict(dict)
    """child → parent → the sentence that says so."""
    for r in stated:
        if r.relation == "parent_of":
            parents[r.object].setdefault(r.subject, r.sentence_id)
        elif r.relation == "child_of":
            parents[r.subject].setdefault(r.object, r.sentence_id)
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
                if sibling != child:
                    add(child, "sibling_of", sibling, "sibling_of", said, said_too)
    return list(out.values())
