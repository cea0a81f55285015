"""The people network as files Gephi and other graph tools open (networkx's GEXF and GraphML writers)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..query.network import Network


def to_graph(net: Network) -> nx.Graph:
    """A weighted undirected graph; node and edge attributes are plain strings and numbers."""
    graph = nx.Graph()
    for n in net.nodes:
        attrs: dict[str, object] = {"label": n.name, "type": n.type, "mentions": n.mentions}
        if n.lat is not None and n.lon is not None:
            attrs.update(lat=n.lat, lon=n.lon)
        graph.add_node(str(n.id), **attrs)
    for e in net.edges:
        graph.add_edge(str(e.source), str(e.target), weight=e.weight, relations="; ".join(e.relations))
    return graph


def write_graph(net: Network, path: str | Path, fmt: str) -> None:
    """Write the network as 'gexf' or 'graphml'."""
    graph = to_graph(net)
    if fmt == "gexf":
        nx.write_gexf(graph, path)
    elif fmt == "graphml":
        nx.write_graphml(graph, path)
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
