"""The workbench's routes: server-rendered pages, and JSON endpoints that return what the CLI's --json does.

Read-only over the knowledge base; every query runs under a time limit; a bad id is a 404 page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
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
from ..kb import KnowledgeBase
from ..query.reader import Segment
from ..query.timeline import DateInputError
from ..store import QueryTimeout

T = TypeVar("T")
HERE = resources.files(__package__)
MAX_QUERY_CHARS = 500
CLAIMS_PER_PAGE = 100
"""Claims on one page of the comparison (a large archive has tens of thousands)."""
"""Longer search or ask text is refused: no one types that much into a box."""


@dataclass(frozen=True)
class Cited:
    """A reader segment with whether it lies in the cited range."""

    segment: Segment
    cited: bool


class Workbench:
    """One read-only knowledge base shared by the requests, one query at a time, each under a time limit."""

    def __init__(self, db: Path, time_limit: float) -> None:
        self.kb = KnowledgeBase(db, read_only=True)
        self.time_limit = time_limit
        self._lock = threading.Lock()

    @contextmanager
    def session(self) -> Iterator[KnowledgeBase]:
        with self._lock, self.kb.store.time_limit(self.time_limit):
            yield self.kb

    def run(self, query: Callable[[KnowledgeBase], T]) -> T:
        with self.session() as kb:
            return query(kb)


def create_app(db: str | Path, time_limit: float = 10.0) -> FastAPI:
    """The workbench over the knowledge base at `db`, opened read-only."""
    bench = Workbench(Path(db), time_limit)
    app = FastAPI(title="prosopograph", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    templates = Jinja2Templates(directory=str(HERE.joinpath("templates")))
    app.mount("/static", StaticFiles(directory=str(HERE.joinpath("static"))), name="static")

    def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    def error_page(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        return page(request, "error.html", status, status=status, message=message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        fields = ", ".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
        return error_page(request, 400, f"bad request parameter: {fields}")

    @app.exception_handler(QueryTimeout)
    async def too_slow(request: Request, exc: QueryTimeout) -> Response:
        return error_page(request, 503, str(exc))

    @app.exception_handler(DateInputError)
    async def bad_date(request: Request, exc: DateInputError) -> Response:
        return error_page(request, 400, str(exc))

    # -- pages ---------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> Response:
        docs, counts, events = bench.run(lambda kb: (kb.documents(), kb.store.entity_counts(), kb.store.event_count()))
        return page(request, "home.html", documents=docs, counts=counts, events=events)

    @app.get("/ask", response_class=HTMLResponse)
    def ask_page(request: Request, q: str = "") -> Response:
        q = _text(q)
        answer = bench.run(lambda kb: kb.ask(q)) if q else None
        hits = bench.run(lambda kb: kb.search(q, 10)) if q else []
        return page(request, "results.html", q=q, answer=answer, hits=hits)

    @app.get("/source/{doc_id}", response_class=HTMLResponse)
    def source_page(request: Request, doc_id: str, chapter: int | None = None, start: int | None = None,
                    end: int | None = None) -> Response:
        view = bench.run(lambda kb: kb.reader(_id(doc_id), chapter, start))
        if view is None:
            raise HTTPException(404, f"no source with id {doc_id}")
        passages = [(p, _mark(p.segments, start, end)) for p in view.passages]
        return page(request, "reader.html", view=view, passages=passages, start=start, end=end)

    @app.get("/entity/{entity_id}", response_class=HTMLResponse)
    def entity_page(request: Request, entity_id: str) -> Response:
        found = bench.run(lambda kb: kb.entity(_id(entity_id)))
        if found is None:
            raise HTTPException(404, f"no person, place or organization with id {entity_id}")
        name = found.entity.name
        events, relations = bench.run(lambda kb: (kb.timeline(name), kb.relations(name)))
        return page(request, "entity.html", p=found, events=events, relations=relations,
                    record=profile_record(found))

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request) -> Response:
        return page(request, "timeline.html")

    @app.get("/network", response_class=HTMLResponse)
    def network_page(request: Request) -> Response:
        return page(request, "network.html")

    @app.get("/map", response_class=HTMLResponse)
    def map_page(request: Request) -> Response:
        return page(request, "map.html")

    @app.get("/compare", response_class=HTMLResponse)
    def compare_page(request: Request, page_no: int = Query(1, alias="page", ge=1),
                     per: int = Query(CLAIMS_PER_PAGE, ge=1, le=500)) -> Response:
        claims, total = bench.run(lambda kb: (kb.compare(per, (page_no - 1) * per), kb.store.claim_count()))
        if page_no > 1 and not claims:
            raise HTTPException(404, f"there are only {total} claims")
        return page(request, "compare.html", claims=claims, total=total, first=(page_no - 1) * per + 1,
                    page_no=page_no, per=per, last_page=(total + per - 1) // per)

    # -- JSON: the CLI's --json records --------------------------------------------------------

    @app.get("/api/documents")
    def api_documents() -> list[dict[str, Any]]:
        return [asdict(d) for d in bench.run(lambda kb: kb.documents())]

    @app.get("/api/search")
    def api_search(q: str, limit: int = 10) -> list[dict[str, object]]:
        text = _text(q)
        return [search_record(h) for h in bench.run(lambda kb: kb.search(text, max(1, min(limit, 100))))]

    @app.get("/api/ask")
    def api_ask(q: str) -> dict[str, object]:
        text = _text(q)
        return answer_record(bench.run(lambda kb: kb.ask(text)))

    @app.get("/api/people")
    def api_people(type: str | None = None) -> list[dict[str, object]]:
        if type and type.upper() not in ("PERSON", "PLACE", "ORG"):
            raise HTTPException(400, "type must be PERSON, PLACE or ORG")
        return [entity_record(e) for e in bench.run(lambda kb: kb.people(type))]

    @app.get("/api/entity/{entity_id}")
    def api_entity(entity_id: str) -> dict[str, object]:
        found = bench.run(lambda kb: kb.entity(_id(entity_id)))
        if found is None:
            raise HTTPException(404, f"no entity with id {entity_id}")
        return profile_record(found)

    @app.get("/api/timeline")
    def api_timeline(person: str | None = None, date_from: str | None = None,
                     date_to: str | None = None) -> list[dict[str, object]]:
        return [event_record(e) for e in bench.run(lambda kb: kb.timeline(person, date_from, date_to))]

    @app.get("/api/relations")
    def api_relations(person: str | None = None) -> list[dict[str, object]]:
        return [relation_record(r) for r in bench.run(lambda kb: kb.relations(person))]

    @app.get("/api/compare")
    def api_compare(limit: int | None = Query(None, ge=1), offset: int = Query(0, ge=0)) -> list[dict[str, object]]:
        return [comparison_record(c) for c in bench.run(lambda kb: kb.compare(limit, offset))]

    @app.get("/api/network")
    def api_network(min_sentences: int = 2) -> dict[str, Any]:
        net = bench.run(lambda kb: kb.network(("PERSON",), max(1, min_sentences)))
        return {"nodes": [asdict(n) for n in net.nodes], "edges": [asdict(e) for e in net.edges]}

    @app.get("/api/places")
    def api_places() -> dict[str, Any]:
        return bench.run(lambda kb: to_geojson(kb.people("PLACE"), kb.place_dates()))

    return app


def _id(text: str) -> int:
    if not text.isdigit() or len(text) > 12:
        raise HTTPException(404, f"{text[:40]!r} is not an id")
    return int(text)


def _text(q: str) -> str:
    if len(q) > MAX_QUERY_CHARS:
        raise HTTPException(400, f"the question is longer than {MAX_QUERY_CHARS} characters")
    return q.strip()


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


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, time_limit: float = 10.0) -> None:
    """Run the workbench until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db, time_limit), host=host, port=port, log_level="warning")
