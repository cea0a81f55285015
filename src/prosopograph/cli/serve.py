"""serve: the workbench on a local port, until Ctrl-C."""

from __future__ import annotations

import os
import sys
import threading

import click

from .common import err, open_kb
from .options import db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (this machine only by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--time-limit", default=10.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds a query may run before it is stopped.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the browser.")
def serve(db: str, host: str, port: int, time_limit: float, open_browser: bool) -> None:
    """The workbench: a local web page to read, search, ask, and see the timeline, network and map."""
    run_server(db, host, port, open_browser, time_limit)


def run_server(db: str, host: str, port: int, open_browser: bool, time_limit: float = 10.0) -> None:
    from ..web import serve as serve_web

    with open_kb(db):
        pass  # a clear error now, rather than from the first request
    url = f"http://{host}:{port}/"
    err.print(f"prosopograph workbench on {url} (Ctrl-C to stop)")
    if open_browser:
        import webbrowser

        threading.Timer(1.0, webbrowser.open, (url,)).start()
    serve_web(db, host, port, time_limit)
    # stopped (Ctrl-C), and the knowledge base was only read: end now rather than wait for Python to tear
    # down the web stack's modules, which takes the better part of a second on a busy machine
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
