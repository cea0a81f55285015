"""Places: mentions of the same place under any of its names (Petrograd, Leningrad) become one entity."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..text import fold
from .gazetteer import Gazetteer, Place
from .names import surface
from .records import AliasEvidence, MentionRecord, ResolvedEntity

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def resolve_places(mentions: list[MentionRecord], gazetteer: Gazetteer) -> list[ResolvedEntity]:
    """One entity per gazetteer entry (or per unknown name), with coordinates where the gazetteer has them."""
    countries = _document_countries(mentions, gazetteer)
    groups: dict[str, list[MentionRecord]] = defaultdict(list)
    found: dict[str, Place] = {}
    for m in mentions:
        name = surface(m.text)
        if not name or not name[0].isupper():
            continue
        place = gazetteer.best(name, countries[m.document_id])
        key = place.key if place else "name:" + fold(name)
        if place:
            found[key] = place
        groups[key].append(m)
    entities = []
    for key, group in groups.items():
        names = Counter(surface(m.text) for m in group)
        place = found.get(key)
        entity = ResolvedEntity("PLACE", place.name if place else names.most_common(1)[0][0],
                                [m.id for m in group])
        if place:
            entity.lat, entity.lon = place.lat, place.lon
            entity.country, entity.geonameid = place.country, place.geonameid
        first = {}
        for m in group:
            first.setdefault(surface(m.text), m.sentence_id)
        entity.aliases = [AliasEvidence(n, "name" if not place or fold(n) == fold(place.name) else
                                        f"gazetteer: a name of {place.name}", first[n], c)
                          for n, c in names.most_common()]
        entities.append(entity)
    return entities


def _document_countries(mentions: list[MentionRecord], gazetteer: Gazetteer) -> dict[int, Counter[str]]:
    """Per document, the countries of the places it names by their main names without ambiguity, each name
    once (a town named a hundred times is one town): the context for the rest."""
    out: dict[int, Counter[str]] = defaultdict(Counter)
    seen: set[tuple[int, str]] = set()
    for m in mentions:
        name = fold(surface(m.text))
        found = gazetteer.candidates(name, primary_only=True)
        if len({p.country for p in found}) == 1 and (m.document_id, name) not in seen:
            seen.add((m.document_id, name))
            out[m.document_id][found[0].country or ""] += 1
    return out
