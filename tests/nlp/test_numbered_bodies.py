"""A numeral's ordinal before a place's name is a body numbered among that place's ('the 14th Ohio'): small texts
of our own in three registers, built with the real CLI and model."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from prosopograph.cli import main

TEXTS = {
    "memoir.txt": """The Project Gutenberg EBook of Camp Fires, by Hiram Doyle

Title: Camp Fires

Author: Hiram Doyle

*** START OF THE PROJECT GUTENBERG EBOOK CAMP FIRES ***

I was born in Ohio in 1830, and I kept a store at Dayton until the war. The governor asked me to muster the
new regiments of Ohio. In June I was appointed colonel of the 14th Ohio infantry by the governor. The 9th Ohio
was mustered a week later. On my 2nd Ohio visit I met the governor.
""",
    "modern.md": """# Rosa Alvarez

Rosa Alvarez was born in Texas in 1919. In 1943 she joined the 6th Texas as a nurse, and the 6th Texas sailed
for Italy that winter. After the war she kept a clinic on 42nd Street in New York.
""",
    "victorian.md": """# Annals of the Border Militia

In the year 1803 the men of Lancashire were called out. The 2d Lancashire regiment marched to Canterbury in
the autumn.
""",
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("numbered")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "kb.sqlite"
    assert CliRunner().invoke(main, ["build", str(folder), "--db", str(db), "--quiet"]).exit_code == 0
    return db


def _types(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT name, type FROM entities").fetchall())


def test_a_numbered_body_of_a_place_is_a_body(kb: Path) -> None:
    types = _types(kb)
    for body in ("14th Ohio", "9th Ohio", "6th Texas", "2d Lancashire"):
        assert types.get(body) == "ORG", body
    relations = {(r["subject"], r["relation"], r["object"]) for r in map(
        json.loads, CliRunner().invoke(main, ["relations", "--db", str(kb), "--json"]).stdout.splitlines())}
    assert ("Hiram Doyle", "led", "14th Ohio") in relations  # 'appointed colonel of the 14th Ohio infantry'
    assert ("Rosa Alvarez", "member_of", "6th Texas") in relations


def test_no_body_where_another_noun_follows_or_a_street_is_meant(kb: Path) -> None:
    types = _types(kb)
    assert "2nd Ohio" not in types and types.get("Ohio") == "PLACE"  # 'my 2nd Ohio visit'
    assert types.get("42nd Street") != "ORG"
