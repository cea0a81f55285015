"""Relations between people, each with the sentence that states it."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Citation
from ..store import Store
from .people import find


@dataclass(frozen=True)
class RelationFact:
    subject: str
    relation: str
    object: str
    citations: list[Citation]


def relations(store: Store, person: str | None = None) -> list[RelationFact]:
    """All relations, or those of whoever goes by `person`."""
    ids = None
    if person:
        ids = [e.id for e in find(store, person)]
        if not ids:
            return []
    rows = store.relations(ids)
    cited = store.citations([sid for *_, sid in rows])
    return [RelationFact(s, r, o, [cited[sid]] if sid in cited else []) for s, r, o, sid in rows]
