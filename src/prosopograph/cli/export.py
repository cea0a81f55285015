"""export: the timeline, the network and the places, and the sources as TEI, in formats other tools open."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..export.geojson import to_geojson
from ..export.graph import write_graph
from ..export.lpf import to_lpf
from ..export.tei import to_tei
from ..export.timeline import to_csv, to_timelinejs
from .common import err, open_kb, read_timeline
from .options import db_option, with_timeline_filters


@click.group()
def export() -> None:
    """Write what the knowledge base holds in formats other tools open."""


@export.command("timelinejs")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The JSON file to write.")
@with_timeline_filters
def export_timelinejs(db: str, output: str, person: str | None, date_from: str | None, date_to: str | None) -> None:
    """The timeline as a TimelineJS 3 JSON file."""
    events = read_timeline(db, person, date_from, date_to)
    title = f"Timeline of {person}" if person else f"Timeline of {Path(db).stem}"
    Path(output).write_text(json.dumps(to_timelinejs(events, title), ensure_ascii=False, indent=1), encoding="utf-8")
    err.print(f"{len(events)} events written to {output}")


@export.command("csv")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The CSV file to write.")
@with_timeline_filters
def export_csv(db: str, output: str, person: str | None, date_from: str | None, date_to: str | None) -> None:
    """The timeline as CSV, one row per event with its citation."""
    events = read_timeline(db, person, date_from, date_to)
    Path(output).write_text(to_csv(events), encoding="utf-8", newline="")
    err.print(f"{len(events)} events written to {output}")


def _graph_options(f):  # type: ignore[no-untyped-def]
    for option in reversed([
        db_option,
        click.option("-o", "--output", type=click.Path(dir_okay=False), required=True),
        click.option("--with-places", is_flag=True, help="Places and organizations as nodes too."),
        click.option("--min-sentences", default=2, show_default=True, type=click.IntRange(1),
                     help="Link two entities named together in at least this many sentences."),
    ]):
        f = option(f)
    return f


@export.command("gexf")
@_graph_options
def export_gexf(db: str, output: str, with_places: bool, min_sentences: int) -> None:
    """The network of people as GEXF (Gephi)."""
    _export_graph(db, output, "gexf", with_places, min_sentences)


@export.command("graphml")
@_graph_options
def export_graphml(db: str, output: str, with_places: bool, min_sentences: int) -> None:
    """The network of people as GraphML."""
    _export_graph(db, output, "graphml", with_places, min_sentences)


def _export_graph(db: str, output: str, fmt: str, with_places: bool, min_sentences: int) -> None:
    types = ("PERSON", "PLACE", "ORG") if with_places else ("PERSON",)
    with open_kb(db) as kb:
        net = kb.network(types, min_sentences)
    write_graph(net, output, fmt)
    err.print(f"{len(net.nodes)} nodes and {len(net.edges)} links written to {output}")


@export.command("geojson")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True)
def export_geojson(db: str, output: str) -> None:
    """Places with coordinates as a GeoJSON FeatureCollection (name, aliases, mentions, first/last event)."""
    with open_kb(db) as kb:
        doc = to_geojson(kb.people("PLACE"), kb.place_dates())
    Path(output).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    err.print(f"{len(doc['features'])} places written to {output}")


@export.command("tei")
@db_option
@click.option("--document", "document_id", type=int, help="Only this source (its id in `documents`).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The XML file to write.")
def export_tei(db: str, document_id: int | None, output: str) -> None:
    """TEI P5 XML: each source's text with its names and dates tagged, people, places and bodies in a standOff.

    With --document, one TEI document; without it, every source in one teiCorpus whose standOff lists each
    entity once.
    """
    with open_kb(db) as kb:
        if document_id is not None and kb.store.document(document_id) is None:
            raise click.BadParameter(f"no source with id {document_id} (see: prosopograph documents)")
        corpus = kb.edition([document_id] if document_id is not None else None)
    if not corpus.editions:
        raise click.ClickException(f"{db} holds no source to export")
    Path(output).write_bytes(to_tei(corpus, f"Sources of {Path(db).stem}"))
    err.print(f"{len(corpus.editions)} source(s) and {len(corpus.entities)} entities written to {output}")


@export.command("lpf")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The JSON file to write.")
@click.option("--base", help="Prefix of the places' identifiers (default urn:prosopograph:<knowledge base>:).")
def export_lpf(db: str, output: str, base: str | None) -> None:
    """Places in Linked Places Format (GeoJSON-LD) for the World Historical Gazetteer: names, dates, citations."""
    with open_kb(db) as kb:
        doc = to_lpf(kb.attested_places(), base or f"urn:prosopograph:{Path(db).stem}:")
    Path(output).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    err.print(f"{len(doc['features'])} places written to {output}")
