"""Linked Places Format: the places as GeoJSON-LD the World Historical Gazetteer takes, every name cited."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from prosopograph.cli import main
from prosopograph.export.lpf import LPF_CONTEXT, to_lpf
from prosopograph.kb import KnowledgeBase

POSITION = {"type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "number"}}
POINT = {"type": "object", "required": ["type", "coordinates"],
         "properties": {"type": {"const": "Point"}, "coordinates": POSITION}}
CITATION = {"type": "object", "required": ["label", "@id", "document", "start", "end", "quote"],
            "properties": {"label": {"type": "string"}, "@id": {"type": "string"}, "quote": {"type": "string"},
                           "start": {"type": "integer"}, "end": {"type": "integer"}}}
BOUND = {"type": "object", "minProperties": 1, "additionalProperties": False,
         "properties": {"in": {"type": "string", "pattern": r"^-?\d{4}(-\d\d){0,2}$"},
                        "earliest": {"type": "string", "pattern": r"^-?\d{4}-\d\d-\d\d$"},
                        "latest": {"type": "string", "pattern": r"^-?\d{4}-\d\d-\d\d$"}}}
# RFC 7946's FeatureCollection (Point geometries, as prosopograph writes them) with LPF's required members
LPF = {
    "type": "object", "required": ["type", "@context", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "@context": {"const": LPF_CONTEXT},
        "features": {"type": "array", "items": {
            "type": "object", "required": ["@id", "type", "properties", "geometry", "names"],
            "properties": {
                "type": {"const": "Feature"},
                "@id": {"type": "string", "pattern": "^[a-z]+:"},
                "properties": {"type": "object", "required": ["title"]},
                "geometry": {"oneOf": [{"type": "null"}, POINT]},
                "names": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["toponym", "citations"],
                    "properties": {"toponym": {"type": "string", "minLength": 1},
                                   "citations": {"type": "array", "items": CITATION}}}},
                "when": {"type": "object", "required": ["timespans"], "properties": {"timespans": {
                    "type": "array", "minItems": 1,
                    "items": {"type": "object", "required": ["start"], "properties": {"start": BOUND, "end": BOUND}}}}},
                "links": {"type": "array", "items": {"type": "object", "required": ["type", "identifier"]}},
                "attestations": {"type": "array", "items": CITATION},
            }}},
    },
}


def lpf(db: Path) -> dict:
    with KnowledgeBase(db) as kb:
        return to_lpf(kb.attested_places(), "urn:prosopograph:test:")


def test_places_validate_as_geojson_with_the_lpf_context(registers_db: Path) -> None:
    doc = lpf(registers_db)
    jsonschema.validate(doc, LPF)
    titles = {f["properties"]["title"]: f for f in doc["features"]}
    assert {"Venice", "Milan", "Bristol", "Riga"} <= set(titles)
    venice = titles["Venice"]
    lon, lat = venice["geometry"]["coordinates"]
    assert 45 < lat < 46 and 12 < lon < 13  # GeoJSON puts longitude first
    assert venice["links"][0]["identifier"].startswith("gn:")


def test_a_place_the_gazetteer_does_not_know_has_no_geometry(registers_db: Path) -> None:
    titles = {f["properties"]["title"]: f for f in lpf(registers_db)["features"]}
    assert titles["Elmsworth"]["geometry"] is None
    assert "links" not in titles["Elmsworth"]


def test_names_and_dates_are_cited(registers_db: Path) -> None:
    titles = {f["properties"]["title"]: f for f in lpf(registers_db)["features"]}
    milan = titles["Milan"]
    cited = [c for n in milan["names"] for c in n["citations"]]
    assert cited and all("Milan" in c["quote"] for c in cited)
    spans = milan["when"]["timespans"]
    assert {"start": {"in": "1958-06"}, "end": {"in": "1958-06"}} in spans
    assert {"start": {"in": "2004-03-30"}, "end": {"in": "2004-03-30"}} in spans
    dated = [a for a in milan["attestations"] if a.get("date") == "2004-03-30"]
    assert dated and "died" in dated[0]["quote"]


def test_an_old_style_date_is_placed_in_time_by_its_gregorian_day(registers_db: Path) -> None:
    riga = next(f for f in lpf(registers_db)["features"] if f["properties"]["title"] == "Riga")
    assert {"start": {"in": "1868-02-26"}, "end": {"in": "1868-02-26"}} in riga["when"]["timespans"]


def test_the_command_writes_the_file(registers_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "places.json"
    result = CliRunner().invoke(main, ["export", "lpf", "--db", str(registers_db), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(doc, LPF)
    assert doc["features"][0]["@id"].startswith(f"urn:prosopograph:{registers_db.stem}:place/")
