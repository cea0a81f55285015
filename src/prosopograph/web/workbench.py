"""What the pages and the JSON endpoints share: the knowledge base (a FastAPI dependency), templates, input checks."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from ..kb import KnowledgeBase
from ..query.compare import Filters, UnknownSource

T = TypeVar("T")
HERE = resources.files(__package__)
MAX_QUERY_CHARS = 500
"""Longer search or ask text is refused: no one types that much into a box."""

templates = Jinja2Templates(directory=str(HERE.joinpath("templates")))


class Workbench:
    """One read-only knowledge base shared by the requests, one query at a time, each under a time limit."""

    def __init__(self, db: Path, time_limit: float) -> None:
        self.kb = KnowledgeBase(db, read_only=True)
        self.time_limit = time_limit
        self._lock = threading.Lock()
        self.kb.prepare_to_ask()  # the first question would otherwise wait a second or two

    @contextmanager
    def session(self) -> Iterator[KnowledgeBase]:
        with self._lock, self.kb.store.time_limit(self.time_limit):
            yield self.kb

    def run(self, query: Callable[[KnowledgeBase], T]) -> T:
        with self.session() as kb:
            try:
                return query(kb)
            except UnknownSource as exc:  # a source named in the URL, as a missing row is
                raise HTTPException(404, str(exc)) from None

    def stop(self) -> None:
        """Stop the query under way, from any thread (it fails as over time); the server is going away."""
        self.kb.store.db.interrupt()


def workbench(request: Request) -> Workbench:
    """The app's workbench, which `create_app` opened (a dependency, so a route never opens one itself)."""
    bench: Workbench = request.app.state.workbench
    return bench


Bench = Annotated[Workbench, Depends(workbench)]
"""A route's parameter that receives the workbench."""


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """The template `name` rendered for the request (Jinja escapes every value)."""
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def parse_id(text: str) -> int:
    """A row id from the URL; anything else is a 404, as a missing row is."""
    if not text.isdigit() or len(text) > 12:
        raise HTTPException(404, f"{text[:40]!r} is not an id")
    return int(text)


def query_text(q: str) -> str:
    """The search or question text, refused if longer than MAX_QUERY_CHARS."""
    if len(q) > MAX_QUERY_CHARS:
        raise HTTPException(400, f"the question is longer than {MAX_QUERY_CHARS} characters")
    return q.strip()


def compare_filters(sources: list[str] | None, agree: str | None, entity: str | None) -> Filters:
    """The comparison's filters from a request (a source not in the knowledge base is a 404 when it is run)."""
    return Filters(tuple(x for x in sources or () if x), agree or None, query_text(entity) if entity else None)
