"""The read-only commands: search, documents, people, person, ask, relations and timeline."""

from __future__ import annotations

import io
from dataclasses import asdict

import click
from rich.table import Table

from ..export.records import answer_record, entity_record, event_record, profile_record, relation_record, search_record
from ..kb import KnowledgeBase
from ..query.people import Profile
from .common import open_kb, out, print_json, read_timeline, where
from .options import db_option, json_option, with_timeline_filters


@click.command()
@click.argument("query", nargs=-1, required=True)
@db_option
@json_option
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
def search(query: tuple[str, ...], db: str, as_json: bool, limit: int) -> None:
    """Ranked passages for QUERY (plain words; no search syntax needed), each with its citation."""
    text = " ".join(query)
    with open_kb(db) as kb:
        if as_json:
            for hit in kb.search(text, limit):
                print_json(search_record(hit))
        else:
            print_hits(kb, text, limit)


@click.command()
@db_option
@json_option
def documents(db: str, as_json: bool) -> None:
    """The documents in the knowledge base, with their sizes."""
    with open_kb(db) as kb:
        docs = kb.documents()
    if as_json:
        for doc in docs:
            print_json(asdict(doc))
        return
    table = Table("id", "title", "format", "words", "pages", "chapters", "passages")
    for doc in docs:
        table.add_row(str(doc.id), doc.title, doc.format, str(doc.n_words), str(doc.n_pages),
                      str(doc.n_chapters), str(doc.n_passages))
    out.print(table)


@click.command()
@db_option
@json_option
@click.option("--type", "type_", type=click.Choice(["PERSON", "PLACE", "ORG"], case_sensitive=False),
              help="Only entities of this type.")
@click.option("--min-mentions", default=1, show_default=True, type=click.IntRange(1))
@click.option("--limit", default=0, type=click.IntRange(0), help="At most this many (0: all).")
def people(db: str, as_json: bool, type_: str | None, min_mentions: int, limit: int) -> None:
    """People, places and organizations with every name they go by, most mentioned first."""
    with open_kb(db) as kb:
        found = kb.people(type_, min_mentions)
    found = found[:limit] if limit else found
    if as_json:
        for e in found:
            print_json(entity_record(e))
        return
    table = Table("name", "type", "mentions", "aliases", "where")
    for e in found:
        place = f"{e.lat:.2f}, {e.lon:.2f}" if e.lat is not None and e.lon is not None else (e.country or "")
        table.add_row(e.name, e.type, str(e.mentions), ", ".join(a.name for a in e.aliases[:8] if a.name != e.name),
                      place)
    out.print(table)


@click.command()
@click.argument("name", nargs=-1, required=True)
@db_option
@json_option
def person(name: tuple[str, ...], db: str, as_json: bool) -> None:
    """Profile of whoever goes by NAME: aliases with citations, mentions, dates, who and where is near."""
    text = " ".join(name)
    with open_kb(db) as kb:
        found = kb.person(text)
    if found is None:
        if as_json:
            return
        raise click.ClickException(f"no one in the knowledge base goes by {text!r}")
    if as_json:
        print_json(profile_record(found))
    else:
        print_profile(found)


@click.command()
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
    with open_kb(db) as kb:
        for question in asked:
            answer = kb.ask(question)
            if as_json:
                print_json(answer_record(answer), flush=True)
                continue
            out.print(f"[bold]{answer.question}[/bold]")
            out.print(f"  {answer.answer or 'not found in the sources'}  [dim](confidence {answer.confidence})[/dim]")
            for c in answer.citations:
                out.print(f"  [dim]{where(c)}:[/dim] {c.quote}", soft_wrap=True)


@click.command()
@db_option
@json_option
@click.option("--person", help="Only relations of whoever goes by this name.")
def relations(db: str, as_json: bool, person: str | None) -> None:
    """Relations between people (kin, marriage, who killed whom, who led or founded what), each cited."""
    with open_kb(db) as kb:
        found = kb.relations(person)
    if as_json:
        for r in found:
            print_json(relation_record(r))
        return
    table = Table("subject", "relation", "object", "source")
    for r in found:
        relation = f"{r.relation} (inferred)" if r.inferred else r.relation
        table.add_row(r.subject, relation, r.object, " / ".join(c.quote for c in r.citations))
    out.print(table)


@click.command()
@db_option
@json_option
@with_timeline_filters
def timeline(db: str, as_json: bool, person: str | None, date_from: str | None, date_to: str | None) -> None:
    """Dated events in time order, each with its date as written, both calendars where they differ, and a citation."""
    events = read_timeline(db, person, date_from, date_to)
    if as_json:
        for e in events:
            print_json(event_record(e))
        return
    table = Table("date", "as written", "event", "who", "where", "source")
    for e in events:
        date = e.date + (f" ({e.detail})" if e.detail else "")
        if e.date_gregorian and e.date_julian:
            date = f"{e.date_julian} O.S.\n{e.date_gregorian} N.S."
        c = e.citations[0] if e.citations else None
        table.add_row(date, e.date_text + (" (relative)" if e.relative else ""), e.event,
                      ", ".join(e.participants[:3]), e.place or "", where(c))
    out.print(table)


def print_hits(kb: KnowledgeBase, text: str, limit: int) -> None:
    hits = kb.search(text, limit)
    if not hits:
        out.print("no passage matches")
    for hit in hits:
        c = hit.citation
        out.print(f"[bold]{hit.rank}.[/bold] [cyan]{where(c)}[/cyan] [dim][{c.start}:{c.end}][/dim]")
        out.print(f"   {c.quote}\n", soft_wrap=True)


def print_profile(p: Profile) -> None:
    e = p.entity
    out.print(f"[bold]{e.name}[/bold] ({e.type}), {e.mentions} mentions")
    for label, life in (("born", e.born), ("died", e.died)):
        if life:
            out.print(f"{label}: {life.date_text}  [dim]{where(life.citation)}[/dim]")
    out.print("\n[bold]names[/bold]")
    for a in e.aliases:
        out.print(f"  {a.name} ({a.mentions}) — {a.reason}  [dim]{where(a.citation)}[/dim]")
        if a.citation and a.reason != "name without title":
            out.print(f"      [italic]{a.citation.quote}[/italic]", soft_wrap=True)
    for label, c in (("first mention", p.first_mention), ("last mention", p.last_mention)):
        if c:
            out.print(f"\n[bold]{label}[/bold] [dim]{where(c)}[/dim]\n  {c.quote}", soft_wrap=True)
    # 'A child of B' says what 'B parent of A' does: a relation told from this side hides its inverse
    told = {r.object for r in p.relations if r.subject == e.name}
    shown = [r for r in p.relations if r.subject == e.name or r.subject not in told]
    if shown:
        out.print("\n[bold]relations[/bold]")
    for r in shown:
        how = " (inferred)" if r.inferred else ""
        out.print(f"  {r.subject} {r.relation.replace('_', ' ')} {r.object}{how}  "
                  f"[dim]{where(r.citations[0]) if r.citations else ''}[/dim]")
    for label, group in (("people near", p.people), ("places near", p.places)):
        if group:
            out.print(f"\n[bold]{label}[/bold]: " + ", ".join(f"{n.name} ({n.shared_sentences})" for n in group))
