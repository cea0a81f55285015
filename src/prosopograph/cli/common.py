"""What every command uses to show its results: the two consoles, opening the knowledge base, citations."""

from __future__ import annotations

import json

import click
from rich.console import Console

from ..kb import KnowledgeBase
from ..model import Citation
from ..query.timeline import DateInputError, TimelineEvent
from ..store import StoreError

err = Console(stderr=True)
out = Console(highlight=False)


def print_json(record: object, flush: bool = False) -> None:
    """One JSON Lines object on stdout."""
    print(json.dumps(record, ensure_ascii=False), flush=flush)


def where(c: Citation | None) -> str:
    if c is None:
        return ""
    return ", ".join(x for x in (c.document, c.chapter and f"ch. {c.chapter}", c.page and f"p. {c.page}") if x)


def one_line(text: str) -> str:
    return " ".join(text.split())


class open_kb:  # lower case: used like open(), `with open_kb(db) as kb`
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


def read_timeline(db: str, person: str | None, date_from: str | None, date_to: str | None) -> list[TimelineEvent]:
    """The timeline command's and the timeline exports' events; a date that cannot be read is a bad parameter."""
    with open_kb(db) as kb:
        try:
            return kb.timeline(person, date_from, date_to)
        except DateInputError as exc:
            raise click.BadParameter(str(exc)) from None
