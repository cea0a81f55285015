"""build, demo and resolve: reading sources into the knowledge base, its progress bar, summary and exit status."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ..build import build as build_kb
from ..build import resolve_corpus
from ..engine import ENGINES
from ..errors import EngineError
from ..ingest import shown_path
from ..model import BuildReport, Declared
from ..nlp import DEFAULT_MODEL, ModelError
from ..settings import SOURCE_SUFFIXES
from ..store import StoreError
from ..time.narrative import TimeRules
from .common import err, one_line, open_kb, out
from .options import db_option, old_style_option
from .read import print_hits
from .serve import run_server


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="An installed spaCy pipeline.")
@old_style_option
@click.option("--quiet", is_flag=True, help="No progress bar or summary table.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Worker processes on this machine, or Ray (pip install 'prosopograph[ray]').")
@click.option("--address", help="With --engine ray: an existing cluster (ray://head:10001); "
                                "without it Ray starts on this machine's cores.")
@click.option("--subject", help="Whose life these sources tell (instead of what their titles and text say).")
@click.option("--narrator", help="Who says \"I\" in these sources (instead of their author).")
def build(sources: tuple[str, ...], db: str, model: str, old_style: bool, quiet: bool, engine: str,
          address: str | None, subject: str | None, narrator: str | None) -> None:
    """Read SOURCES (files, folders, globs) into the knowledge base; unchanged ones are skipped."""
    if address and engine != "ray":
        raise click.UsageError("--address names a Ray cluster: use it with --engine ray")
    report = run_build(list(sources), db, quiet, model, TimeRules(old_style=old_style), engine, address,
                       Declared(subject, narrator))
    sys.exit(exit_status(report))


def exit_status(report: BuildReport) -> int:
    """0: every source built or unchanged; 1: some failed, the others are stored; 2: nothing could be read."""
    if len(report.failed) == len(report.outcomes):
        return 2
    return 1 if report.failed else 0


@click.command()
@click.option("--db", type=click.Path(dir_okay=False), default="prosopograph-demo.sqlite", show_default=True,
              help="Where to write the demo knowledge base.")
@click.option("--serve/--no-serve", "then_serve", default=True, show_default=True,
              help="Then open the workbench on it in the browser.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def demo(db: str, then_serve: bool, port: int) -> None:
    """Build the sample corpus shipped with prosopograph, show what it holds, and open the workbench."""
    sample = resources.files("prosopograph").joinpath("sample")
    with resources.as_file(sample) as folder:
        run_build([str(folder)], db, quiet=False)
    with open_kb(db) as kb:
        for doc in kb.documents():
            out.print(f"[bold]{doc.title}[/bold] ({doc.format}): {doc.n_words} words, "
                      f"{doc.n_chapters} chapters, {doc.n_passages} passages, {doc.n_sentences} sentences")
        query = "Moscow"
        out.print(f"\nprosopograph search --db {db} {query!r}")
        print_hits(kb, query, 3)
    if then_serve:
        run_server(db, "127.0.0.1", port, open_browser=True)


@click.command()
@db_option
@old_style_option
def resolve(db: str, old_style: bool) -> None:
    """Resolve people, places, organizations and dates again without re-reading any source."""
    try:
        resolve_corpus(db, TimeRules(old_style=old_style))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    with open_kb(db) as kb:
        counts = {t: len(kb.people(t)) for t in ("PERSON", "PLACE", "ORG")}
    err.print(", ".join(f"{n} {t.lower()}" for t, n in counts.items()))


def run_build(sources: list[str], db: str, quiet: bool, model: str = DEFAULT_MODEL,
              rules: TimeRules | None = None, engine: str = "local", address: str | None = None,
              declared: Declared | None = None) -> BuildReport:
    """Build with a progress bar on stderr, then say what failed, or that nothing was read, or the summary."""
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[current]}"), console=err, disable=quiet, transient=True) as bar:
        task = bar.add_task("building", total=None, current="")

        def progress(done: int, total: int, path: str) -> None:
            bar.update(task, completed=done, total=total, current=Path(path).name)

        try:
            report = build_kb(sources, db, progress=progress, model=model, rules=rules, engine=engine,
                              address=address, declared=declared)
        except (StoreError, ModelError, EngineError) as exc:
            raise click.ClickException(str(exc)) from None
    for o in report.failed:
        # as Text, not markup: a file name may hold brackets
        err.print(Text.assemble(("failed", "red"), f" {o.path}: {one_line(o.reason)}"), soft_wrap=True)
    if not report.outcomes:
        endings = ", ".join(sorted(SOURCE_SUFFIXES))
        err.print(Text(f"nothing was found to read in {' '.join(map(shown_path, sources))} "
                       f"(files ending {endings})"), soft_wrap=True)
        return report
    if len(report.failed) == len(report.outcomes):
        err.print(Text(f"nothing could be read: every source failed; {db} was not written"), soft_wrap=True)
        return report
    if not quiet:
        print_summary(report)
        err.print(Text(f"knowledge base: {db}"))
    return report


def print_summary(report: BuildReport) -> None:
    table = Table(title=f"built in {report.seconds:.2f} s", title_justify="left")
    table.add_column("status")
    table.add_column("sources", justify="right")
    table.add_column("words", justify="right")
    for status in ("added", "replaced", "unchanged", "duplicate", "failed"):
        n = report.count(status)
        if n:
            words = sum(o.words for o in report.outcomes if o.status == status)
            table.add_row(status, str(n), str(words) if words else "")
    err.print(table)
