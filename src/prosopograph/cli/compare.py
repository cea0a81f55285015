"""compare: where the sources agree, where one is more precise, and where they contradict each other."""

from __future__ import annotations

import click
from rich.markup import escape

from ..export.records import comparison_record
from ..query.compare import Filters, UnknownSource
from .common import open_kb, out, print_json, where
from .options import db_option, json_option


@click.command("compare")
@db_option
@json_option
@click.option("--source", "sources", multiple=True,
              help="Only what these sources say (id, path, file name or title); twice to compare two.")
@click.option("--agree", type=click.Choice(["true", "false", "partial"]), help="Only claims with this label.")
@click.option("--entity", help="Only claims about whoever or wherever goes by this name.")
def compare_command(db: str, as_json: bool, sources: tuple[str, ...], agree: str | None, entity: str | None) -> None:
    """Where the sources agree, where one is more precise, and where they contradict each other."""
    with open_kb(db) as kb:
        try:
            found = kb.compare(filters=Filters(sources, agree, entity))
        except UnknownSource as exc:
            raise click.UsageError(str(exc)) from None
    if as_json:
        for c in found:
            print_json(comparison_record(c))
        return
    for c in found:
        label = {True: "[green]agree[/green]", False: "[red]disagree[/red]"}.get(c.agree, "[yellow]partial[/yellow]")  # type: ignore[call-overload]
        out.print(f"{label}  [bold]{c.claim}[/bold]" + (f"  [dim]({escape(c.reason)})[/dim]" if c.reason else ""))
        for x, value in zip(c.citations, c.values or [None] * len(c.citations)):
            said = f"[bold]{escape(value)}[/bold] — " if value else ""
            out.print(f"    [dim]{where(x)}:[/dim] {said}{x.quote}", soft_wrap=True)
