"""People, places and organizations as the resolver left them, each name and fact with its citation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Citation
from ..store import EntityRow, Store

if TYPE_CHECKING:  # relations find people by name: the import goes that way only
    from .relations import RelationFact


@dataclass(frozen=True)
class Alias:
    name: str
    reason: str
    mentions: int
    citation: Citation | None


@dataclass(frozen=True)
class LifeDate:
    date_text: str
    citation: Citation | None


@dataclass
class Entity:
    id: int
    type: str
    name: str
    mentions: int
    aliases: list[Alias]
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    born: LifeDate | None = None
    died: LifeDate | None = None
    citations: list[Citation] = field(default_factory=list)


@dataclass(frozen=True)
class Neighbour:
    id: int
    type: str
    name: str
    shared_sentences: int


@dataclass
class Profile:
    entity: Entity
    first_mention: Citation | None
    last_mention: Citation | None
    people: list[Neighbour]
    places: list[Neighbour]
    relations: list[RelationFact] = field(default_factory=list)
    """Kin, commands and the rest, each with the sentence that states it."""


def entities(store: Store, type_: str | None = None, min_mentions: int = 1) -> list[Entity]:
    """All entities (of one type), most mentioned first, each with its aliases and their citations."""
    rows = [r for r in store.entities(type_.upper() if type_ else None) if r.mentions >= min_mentions]
    return _entities(store, rows)


def most_mentioned(store: Store, limit: int) -> dict[str, list[EntityRow]]:
    """Per type (PERSON, PLACE, ORG), the `limit` entities most often mentioned."""
    return {kind: store.entities(kind)[:limit] for kind in ("PERSON", "PLACE", "ORG")}


def find(store: Store, name: str) -> list[Entity]:
    """Entities that go by `name`, most mentioned first."""
    ids = store.entities_named(name.strip().removeprefix("the ").removeprefix("The "))
    return _entities(store, store.entities(ids=ids)) if ids else []


def by_id(store: Store, entity_id: int) -> Entity | None:
    """The entity with this id, if there is one."""
    rows = store.entities(ids=[entity_id])
    return _entities(store, rows)[0] if rows else None


def profile(store: Store, entity: Entity, neighbours: int = 10) -> Profile:
    """First and last mention, and the people and places most often named in the same sentences."""
    sentences = store.mention_sentences(entity.id)
    cited = store.citations(sentences[:1] + sentences[-1:])
    near = store.neighbours(entity.id, 4 * neighbours)
    rows = {r.id: r for r in store.entities(ids=[i for i, _ in near])} if near else {}
    found = [Neighbour(i, rows[i].type, rows[i].name, n) for i, n in near if i in rows]
    return Profile(entity, cited.get(sentences[0]) if sentences else None,
                   cited.get(sentences[-1]) if sentences else None,
                   [n for n in found if n.type == "PERSON"][:neighbours],
                   [n for n in found if n.type == "PLACE"][:neighbours])


def _entities(store: Store, rows: list[EntityRow]) -> list[Entity]:
    aliases = store.aliases([r.id for r in rows])
    wanted = [a.sentence_id for group in aliases.values() for a in group if a.sentence_id]
    wanted += [s for r in rows for s in (r.born_sentence_id, r.died_sentence_id) if s]
    cited = store.citations(wanted)
    out = []
    for r in rows:
        names = [Alias(a.alias, a.reason, a.mentions, cited.get(a.sentence_id or -1)) for a in aliases[r.id]]
        entity = Entity(r.id, r.type, r.name, r.mentions, names, r.lat, r.lon, r.country)
        if r.born:
            entity.born = LifeDate(r.born, cited.get(r.born_sentence_id or -1))
        if r.died:
            entity.died = LifeDate(r.died, cited.get(r.died_sentence_id or -1))
        first = next((a.citation for a in names if a.citation), None)
        entity.citations = [first] if first else []
        out.append(entity)
    return out
