"""Options several commands share: the knowledge base, --json, the calendar rule, the timeline's filters."""

from __future__ import annotations

import click

from ..settings import DEFAULT_DB
from ..time.narrative import TimeRules

db_option = click.option("--db", type=click.Path(dir_okay=False), envvar="PROSOPOGRAPH_DB", default=DEFAULT_DB,
                         show_default=True, help="Knowledge-base file (or PROSOPOGRAPH_DB).")
old_style_option = click.option(
    "--old-style/--no-old-style", default=True, show_default=True,
    help=f"{TimeRules().describe()}; dates the text marks O.S. or N.S. are read as marked.")
json_option = click.option("--json", "as_json", is_flag=True, help="JSON Lines on stdout, one object per result.")

timeline_filters = [
    click.option("--person", help="Only events naming whoever goes by this name."),
    click.option("--from", "date_from", help="From this date (1917, 1917-10, 1917-10-25, 'October 1917')."),
    click.option("--to", "date_to", help="Up to and including this date."),
]


def with_timeline_filters(f):  # type: ignore[no-untyped-def]
    for option in reversed(timeline_filters):
        f = option(f)
    return f
