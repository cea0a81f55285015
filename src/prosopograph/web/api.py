"""The workbench's JSON endpoints: each returns what the CLI's --json prints for the same question."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from starlette.exceptions import HTTPException

from ..export.geojson import to_geojson
from ..export.records import (
    answer_record,
    comparison_record,
    entity_record,
    event_record,
    profile_record,
    relation_record,
    search_record,
)
from ..export.tei import to_tei
from .workbench import Bench, compare_filters, parse_id, query_text

router = APIRouter(prefix="/api")


@router.get("/documents")
def api_documents(bench: Bench) -> list[dict[str, Any]]:
    return [asdict(d) for d in bench.run(lambda kb: kb.documents())]


@router.get("/search")
def api_search(bench: Bench, q: str, limit: int = 10) -> list[dict[str, object]]:
    text = query_text(q)
    return [search_record(h) for h in bench.run(lambda kb: kb.search(text, max(1, min(limit, 100))))]


@router.get("/ask")
def api_ask(bench: Bench, q: str) -> dict[str, object]:
    text = query_text(q)
    return answer_record(bench.run(lambda kb: kb.ask(text)))


@router.get("/people")
def api_people(bench: Bench, type: str | None = None) -> list[dict[str, object]]:
    if type and type.upper() not in ("PERSON", "PLACE", "ORG"):
        raise HTTPException(400, "type must be PERSON, PLACE or ORG")
    return [entity_record(e) for e in bench.run(lambda kb: kb.people(type))]


@router.get("/entity/{entity_id}")
def api_entity(bench: Bench, entity_id: str) -> dict[str, object]:
    found = bench.run(lambda kb: kb.entity(parse_id(entity_id)))
    if found is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    return profile_record(found)


@router.get("/timeline")
def api_timeline(bench: Bench, person: str | None = None, date_from: str | None = None,
                 date_to: str | None = None) -> list[dict[str, object]]:
    return [event_record(e) for e in bench.run(lambda kb: kb.timeline(person, date_from, date_to))]


@router.get("/relations")
def api_relations(bench: Bench, person: str | None = None) -> list[dict[str, object]]:
    return [relation_record(r) for r in bench.run(lambda kb: kb.relations(person))]


@router.get("/compare")
def api_compare(bench: Bench, limit: int | None = Query(None, ge=1), offset: int = Query(0, ge=0),
                source: Annotated[list[str] | None, Query()] = None,
                agree: str | None = Query(None, pattern="^(true|false|partial)?$"),
                entity: str | None = None) -> list[dict[str, object]]:
    filters = compare_filters(source, agree, entity)
    return [comparison_record(c) for c in bench.run(lambda kb: kb.compare(limit, offset, filters))]


@router.get("/network")
def api_network(bench: Bench, min_sentences: int = 2) -> dict[str, Any]:
    net = bench.run(lambda kb: kb.network(("PERSON",), max(1, min_sentences)))
    return {"nodes": [asdict(n) for n in net.nodes], "edges": [asdict(e) for e in net.edges]}


@router.get("/places")
def api_places(bench: Bench) -> dict[str, Any]:
    return bench.run(lambda kb: to_geojson(kb.people("PLACE"), kb.place_dates()))


@router.get("/source/{doc_id}/tei")
def api_source_tei(bench: Bench, doc_id: str) -> Response:
    """The source as TEI P5 XML, offered as a download (what `prosopograph export tei --document` writes)."""
    document_id = parse_id(doc_id)
    corpus = bench.run(lambda kb: kb.edition([document_id]) if kb.store.document(document_id) else None)
    if corpus is None or not corpus.editions:
        raise HTTPException(404, f"no source with id {doc_id}")
    xml = to_tei(corpus, corpus.editions[0].source.title)
    return Response(xml, media_type="application/tei+xml",
                    headers={"Content-Disposition": f'attachment; filename="source-{document_id}.tei.xml"'})
