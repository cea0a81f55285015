"""Places as a gazetteer takes them: every name with its citation, where they lie, the dates the sources
mention them with, and the sentences that attest them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Citation
from ..store import PlaceDateRow, Store
from ..time.reading import iso_day
from .people import Entity, entities

ATTESTATIONS_PER_PLACE = 25
"""Sentences naming a place cited with it at most (the first ones, in document order): a capital named a
thousand times would otherwise fill the file."""


@dataclass(frozen=True)
class PlaceDate:
    """A date a sentence naming the place gives, at its precision, with that sentence's citation."""

    date: str
    precision: str
    date_text: str
    earliest: str
    """First and last Gregorian day the date (or its range) covers."""
    latest: str
    citation: Citation | None
    date_end: str | None = None
    date_julian: str | None = None
    date_gregorian: str | None = None


@dataclass
class AttestedPlace:
    place: Entity
    geonameid: int | None
    dates: list[PlaceDate] = field(default_factory=list)
    attestations: list[Citation] = field(default_factory=list)
    """The first sentences that name the place (at most ATTESTATIONS_PER_PLACE)."""


def attested_places(store: Store, limit: int = ATTESTATIONS_PER_PLACE) -> list[AttestedPlace]:
    """Every place, most mentioned first, with its dates and attestations."""
    places = entities(store, "PLACE")
    geonames = store.geonames([p.id for p in places])
    dated: dict[int, list[PlaceDateRow]] = defaultdict(list)
    for row in store.place_dates_cited():
        dated[row.place_id].append(row)
    sentences = {p.id: store.mention_sentences(p.id)[:limit] for p in places}
    wanted = [s for ids in sentences.values() for s in ids] + [r.sentence_id for rows in dated.values() for r in rows]
    cited = store.citations(wanted)
    return [AttestedPlace(p, geonames.get(p.id), [_date(r, cited.get(r.sentence_id)) for r in dated[p.id]],
                          [cited[s] for s in sentences[p.id] if s in cited]) for p in places]


def _date(r: PlaceDateRow, citation: Citation | None) -> PlaceDate:
    return PlaceDate(r.date, r.precision, r.date_text, iso_day(r.first_day), iso_day(r.last_day), citation,
                     r.date_end, r.date_julian, r.date_gregorian)
