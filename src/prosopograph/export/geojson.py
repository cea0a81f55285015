"""Places with coordinates as a GeoJSON FeatureCollection of points, for maps."""

from __future__ import annotations

from typing import Any

from ..query.people import Entity


def to_geojson(places: list[Entity], dated: dict[int, tuple[str, str]]) -> dict[str, Any]:
    """One Point per located place: name, aliases, mentions, and the first and last dated event there."""
    features = []
    for p in places:
        if p.lat is None or p.lon is None:
            continue
        props: dict[str, Any] = {"name": p.name, "aliases": [a.name for a in p.aliases], "mentions": p.mentions,
                                 "country": p.country}
        if p.id in dated:
            props["first_event"], props["last_event"] = dated[p.id]
        features.append({"type": "Feature", "id": p.id, "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}
