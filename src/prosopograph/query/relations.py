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
    inferred: bool = False
    """Follows from two stated relations (both cited), rather than stated by one sentence."""


def relations(store: Store, person: str | None = None) -> list[RelationFact]:
    """All relations, or those of whoever goes by `person`."""
    ids = None
    if person:
        ids = [e.id for e in find(store, person)]
        if not ids:
            return []
    return _facts(store, ids)


def of_entity(store: Store, entity_id: int) -> list[RelationFact]:
    """The relations one entity stands in, either way round."""
    return _facts(store, [entity_id])


def _facts(store: Store, ids: list[int] | None) -> list[RelationFact]:
    rows = store.relations(ids)
    cited = store.citations([sid for *_, first, second in rows for sid in (first, second) if sid is not None])
    return [RelationFact(s, r, o, [cited[sid] for sid in dict.fromkeys((first, second)) if sid in cited],
                         second is not None) for s, r, o, first, second in rows]
