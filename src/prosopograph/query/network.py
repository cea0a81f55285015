"""The network of people (and, if asked, places and organizations): who is named with whom, how often."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..store import Store


@dataclass(frozen=True)
class Node:
    id: int
    name: str
    type: str
    mentions: int
    lat: float | None = None
    lon: float | None = None


@dataclass
class Edge:
    source: int
    target: int
    weight: int
    """Sentences that name both."""
    relations: list[str] = field(default_factory=list)
    """Stated relations between the two, as 'subject relation object'."""


@dataclass
class Network:
    nodes: list[Node]
    edges: list[Edge]


def network(store: Store, types: tuple[str, ...] = ("PERSON",), min_sentences: int = 2) -> Network:
    """Entities of the given types linked by the sentences they share (at least `min_sentences`)."""
    pairs = store.cooccurrences(list(types), min_sentences)
    stated: dict[tuple[int, int], list[str]] = defaultdict(list)
    ids = {i for a, b, _ in pairs for i in (a, b)}
    for s, rel, o in store.relation_pairs():
        stated[(min(s, o), max(s, o))].append(f"{s} {rel} {o}")
        ids.update((s, o))
    rows = {r.id: r for r in store.entities(ids=sorted(ids))} if ids else {}
    nodes = [Node(r.id, r.name, r.type, r.mentions, r.lat, r.lon) for r in rows.values() if r.type in types]
    keep = {n.id for n in nodes}
    names = {r.id: r.name for r in rows.values()}
    edges = {(a, b): Edge(a, b, n) for a, b, n in pairs if a in keep and b in keep}
    for (a, b), labels in stated.items():
        if a in keep and b in keep:
            edge = edges.setdefault((a, b), Edge(a, b, 0))
            edge.relations = [_name_relation(label, names) for label in labels]
    return Network(nodes, list(edges.values()))


def _name_relation(label: str, names: dict[int, str]) -> str:
    s, rel, o = label.split()
    return f"{names.get(int(s), s)} {rel} {names.get(int(o), o)}"
