"""The command line: parses arguments, calls the library, prints what it returns.

One module per concern: `options` and `common` are shared by the commands; `build` (build, demo, resolve),
`serve`, `read` (search, documents, people, person, ask, relations, timeline), `compare`, `export` and
`dates` hold the commands. They present what `KnowledgeBase` returns and compute nothing themselves.
"""

from __future__ import annotations

import click

from . import build, compare, dates, export, read, serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="prosopograph")
def main() -> None:
    """Turn biographies and other sources into a cited, queryable record of a life."""


for _command in (build.build, build.demo, serve.serve, read.search, read.documents, build.resolve, read.people,
                 read.person, read.ask, read.relations, compare.compare_command, read.timeline, export.export,
                 dates.dates):
    main.add_command(_command)

__all__ = ["main"]
