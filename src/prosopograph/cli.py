"""The command line: parses arguments, calls the library, prints what it returns."""

from __future__ import annotations

import io
import json
import os
import sys
import threading
from dataclasses import asdict
from importlib import resources
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from .build import build as build_kb
from .build import resolve_corpus
from .dating import file_dates
from .engine import ENGINES
from .errors import EngineError, SourceError
from .export.geojson import to_geojson
from .export.graph import write_graph
from .export.lpf import to_lpf
from .export.records import (
    answer_record,
    comparison_record,
    date_reading_record,
    entity_record,
    event_record,
    profile_record,
    relation_record,
    search_record,
)
from .export.tei import to_tei
from .export.timeline import to_csv, to_timelinejs
from .ingest import shown_path
from .kb import KnowledgeBase
from .model import BuildReport, Citation, Declared
from .nlp import DEFAULT_MODEL, ModelError
from .query.compare import Filters, UnknownSource
from .query.people import Profile
from .query.timeline import DateInputError, TimelineEvent
from .settings import DEFAULT_DB, SOURCE_SUFFIXES
from .store import StoreError
from .time.narrative import TimeRules
from .time.reading import DateReading, parse_anchor

err = Console(stderr=True)
out = Console(highlight=False)

db_option = click.option("--db", type=click.Path(dir_okay=False), envvar="PROSOPOGRAPH_DB", default=DEFAULT_DB,
                         show_default=True, help="Knowledge-base file (or PROSOPOGRAPH_DB).")
old_style_option = click.option(
    "--old-style/--no-old-style", default=True, show_default=True,
    help=f"{TimeRules().describe()}; dates the text marks O.S. or N.S. are read as marked.")
json_option = click.option("--json", "as_json", is_flag=True, help="JSON Lines on stdout, one object per result.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="prosopograph")
def main() -> None:
    """Turn biographies and other sources into a cited, queryable record of a life."""


@main.command()
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
    report = _run_build(list(sources), db, quiet, model, TimeRules(old_style=old_style), engine, address,
                        Declared(subject, narrator))
    sys.exit(_exit_status(report))


def _exit_status(report: BuildReport) -> int:
    """0: every source built or unchanged; 1: some failed, the others are stored; 2: nothing could be read."""
    if len(report.failed) == len(report.outcomes):
        return 2
    return 1 if report.failed else 0


@main.command()
@click.option("--db", type=click.Path(dir_okay=False), default="prosopograph-demo.sqlite", show_default=True,
              help="Where to write the demo knowledge base.")
@click.option("--serve/--no-serve", "then_serve", default=True, show_default=True,
              help="Then open the workbench on it in the browser.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def demo(db: str, then_serve: bool, port: int) -> None:
    """Build the sample corpus shipped with prosopograph, show what it holds, and open the workbench."""
    sample = resources.files("prosopograph").joinpath("sample")
    with resources.as_file(sample) as folder:
        _run_build([str(folder)], db, quiet=False)
    with _open(db) as kb:
        for doc in kb.documents():
            out.print(f"[bold]{doc.title}[/bold] ({doc.format}): {doc.n_words} words, "
                      f"{doc.n_chapters} chapters, {doc.n_passages} passages, {doc.n_sentences} sentences")
        query = "Moscow"
        out.print(f"\nprosopograph search --db {db} {query!r}")
        _print_hits(kb, query, 3)
    if then_serve:
        _serve(db, "127.0.0.1", port, open_browser=True)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (this machine only by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--time-limit", default=10.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds a query may run before it is stopped.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the browser.")
def serve(db: str, host: str, port: int, time_limit: float, open_browser: bool) -> None:
    """The workbench: a local web page to read, search, ask, and see the timeline, network and map."""
    _serve(db, host, port, open_browser, time_limit)


def _serve(db: str, host: str, port: int, open_browser: bool, time_limit: float = 10.0) -> None:
    from .web import serve as run_server

    with _open(db):
        pass  # a clear error now, rather than from the first request
    url = f"http://{host}:{port}/"
    err.print(f"prosopograph workbench on {url} (Ctrl-C to stop)")
    if open_browser:
        import webbrowser

        threading.Timer(1.0, webbrowser.open, (url,)).start()
    run_server(db, host, port, time_limit)
    # stopped (Ctrl-C), and the knowledge base was only read: end now rather than wait for Python to tear
    # down the web stack's modules, which takes the better part of a second on a busy machine
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@main.command()
@click.argument("query", nargs=-1, required=True)
@db_option
@json_option
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
def search(query: tuple[str, ...], db: str, as_json: bool, limit: int) -> None:
    """Ranked passages for QUERY (plain words; no search syntax needed), each with its citation."""
    text = " ".join(query)
    with _open(db) as kb:
        if as_json:
            for hit in kb.search(text, limit):
                print(json.dumps(search_record(hit), ensure_ascii=False))
        else:
            _print_hits(kb, text, limit)


@main.command()
@db_option
@json_option
def documents(db: str, as_json: bool) -> None:
    """The documents in the knowledge base, with their sizes."""
    with _open(db) as kb:
        docs = kb.documents()
    if as_json:
        for doc in docs:
            print(json.dumps(asdict(doc), ensure_ascii=False))
        return
    table = Table("id", "title", "format", "words", "pages", "chapters", "passages")
    for doc in docs:
        table.add_row(str(doc.id), doc.title, doc.format, str(doc.n_words), str(doc.n_pages),
                      str(doc.n_chapters), str(doc.n_passages))
    out.print(table)


@main.command()
@db_option
@old_style_option
def resolve(db: str, old_style: bool) -> None:
    """Resolve people, places, organizations and dates again without re-reading any source."""
    try:
        resolve_corpus(db, TimeRules(old_style=old_style))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    with _open(db) as kb:
        counts = {t: len(kb.people(t)) for t in ("PERSON", "PLACE", "ORG")}
    err.print(", ".join(f"{n} {t.lower()}" for t, n in counts.items()))


@main.command()
@db_option
@json_option
@click.option("--type", "type_", type=click.Choice(["PERSON", "PLACE", "ORG"], case_sensitive=False),
              help="Only entities of this type.")
@click.option("--min-mentions", default=1, show_default=True, type=click.IntRange(1))
@click.option("--limit", default=0, type=click.IntRange(0), help="At most this many (0: all).")
def people(db: str, as_json: bool, type_: str | None, min_mentions: int, limit: int) -> None:
    """People, places and organizations with every name they go by, most mentioned first."""
    with _open(db) as kb:
        found = kb.people(type_, min_mentions)
    found = found[:limit] if limit else found
    if as_json:
        for e in found:
            print(json.dumps(entity_record(e), ensure_ascii=False))
        return
    table = Table("name", "type", "mentions", "aliases", "where")
    for e in found:
        where = f"{e.lat:.2f}, {e.lon:.2f}" if e.lat is not None and e.lon is not None else (e.country or "")
        table.add_row(e.name, e.type, str(e.mentions), ", ".join(a.name for a in e.aliases[:8] if a.name != e.name),
                      where)
    out.print(table)


@main.command()
@click.argument("name", nargs=-1, required=True)
@db_option
@json_option
def person(name: tuple[str, ...], db: str, as_json: bool) -> None:
    """Profile of whoever goes by NAME: aliases with citations, mentions, dates, who and where is near."""
    text = " ".join(name)
    with _open(db) as kb:
        found = kb.person(text)
    if found is None:
        if as_json:
            return
        raise click.ClickException(f"no one in the knowledge base goes by {text!r}")
    if as_json:
        print(json.dumps(profile_record(found), ensure_ascii=False))
    else:
        _print_profile(found)


@main.command()
@click.argument("questions", nargs=-1)
@db_option
@json_option
@click.option("--file", "question_file", type=click.File("r", encoding="utf-8"),
              help="Questions, one per line ('-' for stdin).")
def ask(questions: tuple[str, ...], db: str, as_json: bool, question_file: io.TextIOBase | None) -> None:
    """Answer plain questions from the sources, each answer with the sentences that support it."""
    if any(not q.strip() for q in questions):
        raise click.UsageError("the question is empty: ask something, e.g. \"Where was he born?\"")
    asked = list(questions) + ([line.strip() for line in question_file if line.strip()] if question_file else [])
    if not asked:
        raise click.UsageError("give a question, or --file with one question per line")
    with _open(db) as kb:
        for question in asked:
            answer = kb.ask(question)
            if as_json:
                print(json.dumps(answer_record(answer), ensure_ascii=False), flush=True)
                continue
            out.print(f"[bold]{answer.question}[/bold]")
            out.print(f"  {answer.answer or 'not found in the sources'}  [dim](confidence {answer.confidence})[/dim]")
            for c in answer.citations:
                out.print(f"  [dim]{_where(c)}:[/dim] {c.quote}", soft_wrap=True)


@main.command()
@db_option
@json_option
@click.option("--person", help="Only relations of whoever goes by this name.")
def relations(db: str, as_json: bool, person: str | None) -> None:
    """Relations between people (kin, marriage, who killed whom, who led or founded what), each cited."""
    with _open(db) as kb:
        found = kb.relations(person)
    if as_json:
        for r in found:
            print(json.dumps(relation_record(r), ensure_ascii=False))
        return
    table = Table("subject", "relation", "object", "source")
    for r in found:
        relation = f"{r.relation} (inferred)" if r.inferred else r.relation
        table.add_row(r.subject, relation, r.object, " / ".join(c.quote for c in r.citations))
    out.print(table)


@main.command("compare")
@db_option
@json_option
@click.option("--source", "sources", multiple=True,
              help="Only what these sources say (id, path, file name or title); twice to compare two.")
@click.option("--agree", type=click.Choice(["true", "false", "partial"]), help="Only claims with this label.")
@click.option("--entity", help="Only claims about whoever or wherever goes by this name.")
def compare_command(db: str, as_json: bool, sources: tuple[str, ...], agree: str | None, entity: str | None) -> None:
    """Where the sources agree, where one is more precise, and where they contradict each other."""
    with _open(db) as kb:
        try:
            found = kb.compare(filters=Filters(sources, agree, entity))
        except UnknownSource as exc:
            raise click.UsageError(str(exc)) from None
    if as_json:
        for c in found:
            print(json.dumps(comparison_record(c), ensure_ascii=False))
        return
    for c in found:
        label = {True: "[green]agree[/green]", False: "[red]disagree[/red]"}.get(c.agree, "[yellow]partial[/yellow]")  # type: ignore[call-overload]
        out.print(f"{label}  [bold]{c.claim}[/bold]" + (f"  [dim]({escape(c.reason)})[/dim]" if c.reason else ""))
        for x, value in zip(c.citations, c.values or [None] * len(c.citations)):
            said = f"[bold]{escape(value)}[/bold] — " if value else ""
            out.print(f"    [dim]{_where(x)}:[/dim] {said}{x.quote}", soft_wrap=True)


timeline_filters = [
    click.option("--person", help="Only events naming whoever goes by this name."),
    click.option("--from", "date_from", help="From this date (1917, 1917-10, 1917-10-25, 'October 1917')."),
    click.option("--to", "date_to", help="Up to and including this date."),
]


def _with_timeline_filters(f):  # type: ignore[no-untyped-def]
    for option in reversed(timeline_filters):
        f = option(f)
    return f


@main.command()
@db_option
@json_option
@_with_timeline_filters
def timeline(db: str, as_json: bool, person: str | None, date_from: str | None, date_to: str | None) -> None:
    """Dated events in time order, each with its date as written, both calendars where they differ, and a citation."""
    events = _timeline(db, person, date_from, date_to)
    if as_json:
        for e in events:
            print(json.dumps(event_record(e), ensure_ascii=False))
        return
    table = Table("date", "as written", "event", "who", "where", "source")
    for e in events:
        date = e.date + (f" ({e.detail})" if e.detail else "")
        if e.date_gregorian and e.date_julian:
            date = f"{e.date_julian} O.S.\n{e.date_gregorian} N.S."
        c = e.citations[0] if e.citations else None
        table.add_row(date, e.date_text + (" (relative)" if e.relative else ""), e.event,
                      ", ".join(e.participants[:3]), e.place or "", _where(c))
    out.print(table)


@main.group()
def export() -> None:
    """Write what the knowledge base holds in formats other tools open."""


@export.command("timelinejs")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The JSON file to write.")
@_with_timeline_filters
def export_timelinejs(db: str, output: str, person: str | None, date_from: str | None, date_to: str | None) -> None:
    """The timeline as a TimelineJS 3 JSON file."""
    events = _timeline(db, person, date_from, date_to)
    title = f"Timeline of {person}" if person else f"Timeline of {Path(db).stem}"
    Path(output).write_text(json.dumps(to_timelinejs(events, title), ensure_ascii=False, indent=1), encoding="utf-8")
    err.print(f"{len(events)} events written to {output}")


@export.command("csv")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The CSV file to write.")
@_with_timeline_filters
def export_csv(db: str, output: str, person: str | None, date_from: str | None, date_to: str | None) -> None:
    """The timeline as CSV, one row per event with its citation."""
    events = _timeline(db, person, date_from, date_to)
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


@export.command("geojson")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True)
def export_geojson(db: str, output: str) -> None:
    """Places with coordinates as a GeoJSON FeatureCollection (name, aliases, mentions, first/last event)."""
    with _open(db) as kb:
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
    with _open(db) as kb:
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
    with _open(db) as kb:
        doc = to_lpf(kb.attested_places(), base or f"urn:prosopograph:{Path(db).stem}:")
    Path(output).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    err.print(f"{len(doc['features'])} places written to {output}")


@main.command()
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
        with _open(db) as kb:
            if kb.store.document(document_id) is None:
                raise click.BadParameter(f"no source with id {document_id}", param_hint="--document")
            _print_dates({"document": document_id}, kb.dates(document_id, now), as_json)
        return
    failed = 0
    for name in files:
        try:
            found = file_dates(Path(name), now)
        except SourceError as exc:
            failed += 1
            err.print(Text.assemble(("failed", "red"), f" {name}: {_one_line(str(exc))}"), soft_wrap=True)
            continue
        _print_dates({"file": found.path, "offsets": found.offsets_in}, found.readings, as_json)
    sys.exit(2 if failed == len(files) else 1 if failed else 0)


def _print_dates(where: dict[str, object], readings: list[DateReading], as_json: bool) -> None:
    if as_json:
        for r in readings:
            print(json.dumps(date_reading_record(r, where), ensure_ascii=False))
        return
    table = Table("where", "as written", "kind", "value", "precision", "counted from",
                  title=" ".join(str(v) for v in where.values()), title_justify="left")
    for r in readings:
        counted = r.counted_from.text or f"{r.counted_from.value} (given)" if r.counted_from else ""
        table.add_row(f"{r.start}-{r.end}", r.text, r.kind, r.value or "?", r.precision or "", counted)
    out.print(table)


def _export_graph(db: str, output: str, fmt: str, with_places: bool, min_sentences: int) -> None:
    types = ("PERSON", "PLACE", "ORG") if with_places else ("PERSON",)
    with _open(db) as kb:
        net = kb.network(types, min_sentences)
    write_graph(net, output, fmt)
    err.print(f"{len(net.nodes)} nodes and {len(net.edges)} links written to {output}")


def _timeline(db: str, person: str | None, date_from: str | None, date_to: str | None) -> list[TimelineEvent]:
    with _open(db) as kb:
        try:
            return kb.timeline(person, date_from, date_to)
        except DateInputError as exc:
            raise click.BadParameter(str(exc)) from None





def _print_profile(p: Profile) -> None:
    e = p.entity
    out.print(f"[bold]{e.name}[/bold] ({e.type}), {e.mentions} mentions")
    for label, life in (("born", e.born), ("died", e.died)):
        if life:
            out.print(f"{label}: {life.date_text}  [dim]{_where(life.citation)}[/dim]")
    out.print("\n[bold]names[/bold]")
    for a in e.aliases:
        out.print(f"  {a.name} ({a.mentions}) — {a.reason}  [dim]{_where(a.citation)}[/dim]")
        if a.citation and a.reason != "name without title":
            out.print(f"      [italic]{a.citation.quote}[/italic]", soft_wrap=True)
    for label, c in (("first mention", p.first_mention), ("last mention", p.last_mention)):
        if c:
            out.print(f"\n[bold]{label}[/bold] [dim]{_where(c)}[/dim]\n  {c.quote}", soft_wrap=True)
    for label, group in (("people near", p.people), ("places near", p.places)):
        if group:
            out.print(f"\n[bold]{label}[/bold]: " + ", ".join(f"{n.name} ({n.shared_sentences})" for n in group))


def _where(c: Citation | None) -> str:
    if c is None:
        return ""
    return ", ".join(x for x in (c.document, c.chapter and f"ch. {c.chapter}", c.page and f"p. {c.page}") if x)


def _run_build(sources: list[str], db: str, quiet: bool, model: str = DEFAULT_MODEL,
               rules: TimeRules | None = None, engine: str = "local", address: str | None = None,
               declared: Declared | None = None) -> BuildReport:
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
        err.print(Text.assemble(("failed", "red"), f" {o.path}: {_one_line(o.reason)}"), soft_wrap=True)
    if not report.outcomes:
        endings = ", ".join(sorted(SOURCE_SUFFIXES))
        err.print(Text(f"nothing was found to read in {' '.join(map(shown_path, sources))} "
                       f"(files ending {endings})"), soft_wrap=True)
        return report
    if len(report.failed) == len(report.outcomes):
        err.print(Text(f"nothing could be read: every source failed; {db} was not written"), soft_wrap=True)
        return report
    if not quiet:
        _print_summary(report)
        err.print(Text(f"knowledge base: {db}"))
    return report


def _print_summary(report: BuildReport) -> None:
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


def _print_hits(kb: KnowledgeBase, text: str, limit: int) -> None:
    hits = kb.search(text, limit)
    if not hits:
        out.print("no passage matches")
    for hit in hits:
        c = hit.citation
        out.print(f"[bold]{hit.rank}.[/bold] [cyan]{_where(c)}[/cyan] [dim][{c.start}:{c.end}][/dim]")
        out.print(f"   {c.quote}\n", soft_wrap=True)



def _one_line(text: str) -> str:
    return " ".join(text.split())


class _open:
    """Open the knowledge base for a query command, or exit with one clear line."""

    def __init__(self, db: str) -> None:
        self.db = db

    def __enter__(self) -> KnowledgeBase:
        try:
            self.kb = KnowledgeBase(self.db)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None
        return self.kb

    def __exit__(self, *exc: object) -> None:
        self.kb.close()


if __name__ == "__main__":  # pragma: no cover
    main(prog_name=os.path.basename(sys.argv[0]))
