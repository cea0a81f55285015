"""dates: every date, time, duration and recurring time in files or a stored source; no knowledge base is built."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.table import Table
from rich.text import Text

from ..dating import file_dates
from ..errors import SourceError
from ..export.records import date_reading_record
from ..settings import DEFAULT_DB
from ..time.reading import DateReading, parse_anchor
from .common import err, one_line, open_kb, out, print_json
from .options import json_option


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--anchor", help="The narrative's 'now' before the first date, YYYY-MM-DD (a story's day of "
                                "publication).")
@click.option("--db", type=click.Path(dir_okay=False), envvar="PROSOPOGRAPH_DB", default=DEFAULT_DB,
              help="With --document: the knowledge base (or PROSOPOGRAPH_DB).")
@click.option("--document", "document_id", type=int, help="Read a stored source instead of FILES (offsets into "
                                                          "its cleaned text).")
@json_option
def dates(files: tuple[str, ...], anchor: str | None, db: str, document_id: int | None, as_json: bool) -> None:
    """Every date, time, duration and recurring time in FILES, with its value; no knowledge base is built.

    Offsets point into the file as given for plain text, into the text the reader extracted otherwise.
    """
    if bool(files) == (document_id is not None):
        raise click.UsageError("give FILES to read, or --document ID (with --db) for a stored source")
    try:
        now = parse_anchor(anchor) if anchor else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--anchor") from None
    if document_id is not None:
        with open_kb(db) as kb:
            if kb.store.document(document_id) is None:
                raise click.BadParameter(f"no source with id {document_id}", param_hint="--document")
            print_dates({"document": document_id}, kb.dates(document_id, now), as_json)
        return
    failed = 0
    for name in files:
        try:
            found = file_dates(Path(name), now)
        except SourceError as exc:
            failed += 1
            err.print(Text.assemble(("failed", "red"), f" {name}: {one_line(str(exc))}"), soft_wrap=True)
            continue
        print_dates({"file": found.path, "offsets": found.offsets_in}, found.readings, as_json)
    sys.exit(2 if failed == len(files) else 1 if failed else 0)


def print_dates(where: dict[str, object], readings: list[DateReading], as_json: bool) -> None:
    if as_json:
        for r in readings:
            print_json(date_reading_record(r, where))
        return
    table = Table("where", "as written", "kind", "value", "precision", "counted from",
                  title=" ".join(str(v) for v in where.values()), title_justify="left")
    for r in readings:
        counted = r.counted_from.text or f"{r.counted_from.value} (given)" if r.counted_from else ""
        table.add_row(f"{r.start}-{r.end}", r.text, r.kind, r.value or "?", r.precision or "", counted)
    out.print(table)
