"""The workbench's HTML pages, rendered on the server; the views fill themselves from the JSON endpoints."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException

from ..export.records import profile_record
from ..model import Citation
from ..query.compare import Comparison
from ..query.people import most_mentioned
from ..query.reader import Segment
from .workbench import Bench, compare_filters, page, parse_id, query_text

HOME_ENTITIES = 25
"""People, places and organizations the home page lists of each, the most mentioned first."""
CLAIMS_PER_PAGE = 100
"""Claims on one page of the comparison (a large archive has tens of thousands)."""

router = APIRouter()


@dataclass(frozen=True)
class Cited:
    """A reader segment with whether it lies in the cited range."""

    segment: Segment
    cited: bool


@router.get("/", response_class=HTMLResponse)
def home(request: Request, bench: Bench) -> Response:
    docs, counts, events, top = bench.run(lambda kb: (kb.documents(), kb.store.entity_counts(), kb.store.event_count(),
                                                      most_mentioned(kb.store, HOME_ENTITIES)))
    return page(request, "home.html", documents=docs, counts=counts, events=events, top=top)


@router.get("/ask", response_class=HTMLResponse)
def ask_page(request: Request, bench: Bench, q: str = "") -> Response:
    q = query_text(q)
    answer = bench.run(lambda kb: kb.ask(q)) if q else None
    hits = bench.run(lambda kb: kb.search(q, 10)) if q else []
    return page(request, "results.html", q=q, answer=answer, hits=hits)


@router.get("/source/{doc_id}", response_class=HTMLResponse)
def source_page(request: Request, bench: Bench, doc_id: str, chapter: int | None = None, start: int | None = None,
                end: int | None = None) -> Response:
    view = bench.run(lambda kb: kb.reader(parse_id(doc_id), chapter, start))
    if view is None:
        raise HTTPException(404, f"no source with id {doc_id}")
    passages = [(p, _mark(p.segments, start, end)) for p in view.passages]
    return page(request, "reader.html", view=view, passages=passages, start=start, end=end)


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, bench: Bench, entity_id: str) -> Response:
    found = bench.run(lambda kb: kb.entity(parse_id(entity_id)))
    if found is None:
        raise HTTPException(404, f"no person, place or organization with id {entity_id}")
    name = found.entity.name
    events, relations = bench.run(lambda kb: (kb.timeline(name), kb.relations(name)))
    return page(request, "entity.html", p=found, events=events, relations=relations, record=profile_record(found))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request) -> Response:
    return page(request, "timeline.html")


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> Response:
    return page(request, "network.html")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> Response:
    return page(request, "map.html")


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, bench: Bench, page_no: int = Query(1, alias="page", ge=1),
                 per: int = Query(CLAIMS_PER_PAGE, ge=1, le=500), source: Annotated[list[str] | None, Query()] = None,
                 agree: str | None = Query(None, pattern="^(true|false|partial)?$"),
                 entity: str | None = None) -> Response:
    filters = compare_filters(source, agree, entity)
    claims, total = bench.run(lambda kb: (kb.compare(per, (page_no - 1) * per, filters), kb.compare_count(filters)))
    if page_no > 1 and not claims:
        raise HTTPException(404, f"there are only {total} claims")
    columns = list(dict.fromkeys((c.document_id, c.document) for claim in claims for c in claim.citations))
    rows = [FactRow(claim, {c.document_id: (v, c) for c, v in zip(claim.citations, claim.values or
                                                                     [None] * len(claim.citations))})
            for claim in claims]
    kept = urlencode([("source", x) for x in filters.sources] + [("agree", filters.agree or ""),
                                                                  ("entity", filters.entity or "")])
    return page(request, "compare.html", rows=rows, columns=columns, total=total, first=(page_no - 1) * per + 1,
                page_no=page_no, per=per, last_page=(total + per - 1) // per, filters=filters, kept=kept)


@dataclass(frozen=True)
class FactRow:
    """One claim as a row of the comparison: each source's value and citation by document id."""

    claim: Comparison
    sides: dict[int, tuple[str | None, Citation]]


def _mark(segments: list[Segment], start: int | None, end: int | None) -> list[Cited]:
    """The segments cut at the cited range's ends, each marked in or out of it."""
    if start is None or end is None:
        return [Cited(s, False) for s in segments]
    out = []
    for s in segments:
        stop = s.start + len(s.text)
        cuts = sorted({s.start, stop, *(x for x in (start, end) if s.start < x < stop)})
        for a, b in pairwise(cuts):
            piece = Segment(s.text[a - s.start:b - s.start], a, s.entity_id, s.entity_type)
            out.append(Cited(piece, start <= a and b <= end))
    return out
