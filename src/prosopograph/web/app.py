"""The workbench assembled: server-rendered pages (`pages`), JSON endpoints that return what the CLI's --json
does (`api`), static files, and one error page for every failure.

Read-only over the knowledge base; every query runs under a time limit; a bad id is a 404 page.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from ..query.timeline import DateInputError
from ..store import QueryTimeout
from . import api, pages
from .workbench import HERE, Workbench, page


def create_app(db: str | Path, time_limit: float = 10.0) -> FastAPI:
    """The workbench over the knowledge base at `db`, opened read-only."""
    app = FastAPI(title="prosopograph", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.workbench = Workbench(Path(db), time_limit)
    app.mount("/static", StaticFiles(directory=str(HERE.joinpath("static"))), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    _handle_errors(app)
    return app


def _handle_errors(app: FastAPI) -> None:
    """Every failure as one error page (or, under /api/, one JSON object) with the status it deserves."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        fields = ", ".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
        return _error_page(request, 400, f"bad request parameter: {fields}")

    @app.exception_handler(QueryTimeout)
    async def too_slow(request: Request, exc: QueryTimeout) -> Response:
        return _error_page(request, 503, str(exc))

    @app.exception_handler(DateInputError)
    async def bad_date(request: Request, exc: DateInputError) -> Response:
        return _error_page(request, 400, str(exc))


def _error_page(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status)
    return page(request, "error.html", status, status=status, message=message)


SHUTDOWN_GRACE_S = 0.3
"""After Ctrl-C, how long requests under way may take to finish before they are cancelled: together with
the server's own steps (0.1 s ticks, 0.1 s for connections to close) it keeps `serve` within a second."""


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, time_limit: float = 10.0) -> None:
    """Run the workbench until interrupted (Ctrl-C stops it within a second)."""
    import uvicorn

    app = create_app(db, time_limit)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning",
                            timeout_graceful_shutdown=SHUTDOWN_GRACE_S)
    try:
        uvicorn.Server(config).run()
    except KeyboardInterrupt:
        pass  # the server stopped on Ctrl-C and raises it again for whoever called it: stopping is the normal end
    finally:
        # a cancelled request's query goes on in its worker thread, which the interpreter waits for on exit
        # (up to --time-limit): stop it now
        app.state.workbench.stop()
