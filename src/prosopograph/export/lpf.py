"""Places in Linked Places Format (LPF, GeoJSON-LD), as the World Historical Gazetteer imports them.

Each place is a Feature: its title, every name it goes by (`names[].toponym`) with the sentence that
justified the name as a citation, a Point where its coordinates are known (geometry null where they
are not), `when` from the dates the sources mention it with, a GeoNames closeMatch link, and
`attestations`: the dated sentences that name it (each with its date), then the first other sentences
that name it, each cited as prosopograph cites (document, chapter, page, start, end, quote).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..model import Citation
from ..query.places import AttestedPlace, PlaceDate

LPF_CONTEXT = "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld"
PLAIN_PRECISIONS = frozenset({"day", "month", "year"})


def to_lpf(places: list[AttestedPlace], base: str) -> dict[str, Any]:
    """A FeatureCollection of every place; `base` prefixes the places' and citations' identifiers."""
    return {"type": "FeatureCollection", "@context": LPF_CONTEXT,
            "features": [_feature(p, base) for p in places]}


def _feature(p: AttestedPlace, base: str) -> dict[str, Any]:
    e = p.place
    feature: dict[str, Any] = {
        "@id": f"{base}place/{e.id}",
        "type": "Feature",
        "properties": {"title": e.name, **({"ccodes": [e.country]} if e.country else {})},
        "geometry": ({"type": "Point", "coordinates": [e.lon, e.lat]}
                     if e.lat is not None and e.lon is not None else None),
        "names": [{"toponym": a, "citations": [_citation(c, base)] if c else []}
                  for a, c in _names(p)],
    }
    spans = list({_timespan_key(d): _timespan(d) for d in p.dates}.values())
    if spans:
        feature["when"] = {"timespans": spans, "label": "dates the sources mention the place with"}
    if p.geonameid is not None:
        feature["links"] = [{"type": "closeMatch", "identifier": f"gn:{p.geonameid}"}]
    feature["attestations"] = _attestations(p, base)
    return feature


def _attestations(p: AttestedPlace, base: str) -> list[dict[str, Any]]:
    """The dated sentences naming the place (with their dates), then the other sentences that name it."""
    out = [{**_citation(d.citation, base), **_when_record(d)} for d in p.dates if d.citation]
    seen = {(a["document_id"], a["start"]) for a in out}
    out += [_citation(c, base) for c in p.attestations if (c.document_id, c.start) not in seen]
    return out


def _names(p: AttestedPlace) -> list[tuple[str, Citation | None]]:
    """The place's name, then every alias, each once, with the sentence that gave it."""
    named: dict[str, Citation | None] = {p.place.name: None}
    for a in p.place.aliases:
        if named.get(a.name) is None:
            named[a.name] = a.citation
    if named[p.place.name] is None and p.attestations:
        named[p.place.name] = p.attestations[0]
    return list(named.items())


def _timespan_key(d: PlaceDate) -> tuple[str, str]:
    return d.earliest, d.latest


def _timespan(d: PlaceDate) -> dict[str, Any]:
    """LPF's start and end: 'in' at the precision the text gives, else the earliest and latest day."""
    if d.precision in PLAIN_PRECISIONS:
        start = d.date_gregorian or d.date  # LPF's dates are Gregorian
        return {"start": {"in": start}, "end": {"in": d.date_end or start}}
    return {"start": {"earliest": d.earliest}, "end": {"latest": d.latest}}


def _when_record(d: PlaceDate) -> dict[str, Any]:
    record: dict[str, Any] = {"date": d.date, "precision": d.precision, "date_text": d.date_text}
    for key in ("date_end", "date_julian", "date_gregorian"):
        if getattr(d, key):
            record[key] = getattr(d, key)
    return record


def _citation(c: Citation, base: str) -> dict[str, Any]:
    """LPF's citation (label and @id) carrying prosopograph's own citation fields."""
    where = ", ".join(x for x in (c.document, c.chapter and f"ch. {c.chapter}", c.page and f"p. {c.page}") if x)
    return {"label": where, "@id": f"{base}document/{c.document_id}#{c.start}-{c.end}", **asdict(c)}
