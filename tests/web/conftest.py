"""Knowledge bases for the workbench's tests: a small source written here with hostile text in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from prosopograph.build import build
from prosopograph.settings import Limits

PAYLOAD = "<img src=x onerror=window.XSS=1>"
SCRIPT = "<script>window.XSS=2</script>"

HOSTILE_SOURCE = f"""---
title: The {PAYLOAD} Harbour Papers {SCRIPT}
author: prosopograph tests
---

# The Harbour Papers

## Chapter 1. The School

John Harper was born in Boston on 3 March 1850. In 1875 John Harper founded the harbour school in Boston,
and his wife, Mary Harper, taught there for twenty years. {PAYLOAD} The school moved to Chicago in 1890.

## Chapter 2. The Quarrel

On 12 May 1901 Thomas Whitfield denounced John Harper in Chicago. {SCRIPT} John Harper died in Chicago on
9 June 1910. Mary Harper wrote to Thomas Whitfield from Boston in 1911.
"""


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base whose source title, text, and every person's and place's name carry script payloads.

    Names are given their payloads in the file itself, as anyone who can edit the SQLite file could.
    """
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "harbour.md").write_text(HOSTILE_SOURCE, encoding="utf-8")
    db = folder / "kb.sqlite"
    report = build([str(folder / "harbour.md")], db, Limits())
    assert not report.failed, report.failed
    with sqlite3.connect(db) as con:
        con.execute("UPDATE entities SET name = name || ? WHERE type IN ('PERSON', 'PLACE')", (" " + PAYLOAD,))
        con.execute("UPDATE aliases SET alias = alias || ?", (" " + SCRIPT,))
    return db
