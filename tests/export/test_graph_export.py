"""Network and map exports load back in the tools' own readers and formats."""

from pathlib import Path

import jsonschema
import networkx as nx
import pytest

from prosopograph.export.geojson import to_geojson
from prosopograph.export.graph import write_graph
from prosopograph.query.network import Edge, Network, Node
from prosopograph.query.people import Alias, Entity

NET = Network([Node(1, "Anna Holm", "PERSON", 12), Node(2, "Erik Holm", "PERSON", 4),
               Node(3, "Bergen", "PLACE", 5, 60.39, 5.32)],
              [Edge(1, 2, 3, ["Erik Holm sibling_of Anna Holm"]), Edge(1, 3, 2)])
POINT_COLLECTION = {
    "type": "object", "required": ["type", "features"],
    "properties": {"type": {"const": "FeatureCollection"}, "features": {"type": "array", "items": {
        "type": "object", "required": ["type", "geometry", "properties"],
        "properties": {"type": {"const": "Feature"}, "properties": {"type": "object"}, "geometry": {
            "type": "object", "required": ["type", "coordinates"],
            "properties": {"type": {"const": "Point"}, "coordinates": {
                "type": "array", "minItems": 2, "maxItems": 2,
                "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                                {"type": "number", "minimum": -90, "maximum": 90}]}}}}}}},
}


@pytest.mark.parametrize(("fmt", "read"), [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_graph_files_load_back(tmp_path: Path, fmt: str, read) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"people.{fmt}"
    write_graph(NET, path, fmt)
    graph = read(path)
    assert graph.number_of_nodes() == 3 and graph.number_of_edges() == 2
    labels = {graph.nodes[n].get("label") for n in graph.nodes}
    assert {"Anna Holm", "Erik Holm", "Bergen"} <= labels
    weights = sorted(int(d["weight"]) for _, _, d in graph.edges(data=True))
    assert weights == [2, 3]


def test_geojson_is_a_feature_collection_of_points() -> None:
    aliases = [Alias("Bergen", "name", 5, None), Alias("Bjørgvin", "gazetteer", 1, None)]
    places = [Entity(3, "PLACE", "Bergen", 5, aliases, lat=60.39, lon=5.32, country="NO"),
              Entity(4, "PLACE", "Somewhere", 1, [], lat=None, lon=None)]
    doc = to_geojson(places, {3: ("1880-05-04", "1931-03-01")})
    jsonschema.validate(doc, POINT_COLLECTION)
    (feature,) = doc["features"]
    assert feature["geometry"]["coordinates"] == [5.32, 60.39]  # GeoJSON is longitude first
    assert feature["properties"]["aliases"] == ["Bergen", "Bjørgvin"]
    assert feature["properties"]["first_event"] == "1880-05-04"
