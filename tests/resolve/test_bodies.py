"""Bodies as a text names them: 'the Council' for the council it named, and the short name it gives one.

Three small texts written here, in three registers, each built once with the real CLI and model.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from prosopograph.cli import main

MODERN = """# The Organizer

Paul Ortega moved to Tacoma in 1934 and found work at the mills. Within a month of his arrival the Council
had named Ortega its vice president, over the grumbling of older men. For two years the Lumber Workers Council met in
a hall on the waterfront, and Ortega spoke at most of its meetings. In 1937 the Council sent him to Seattle.

In 1938 Ortega and two friends set up the Federation of Mill Hands (or Fedmill) above a bakery. Fedmill grew
quickly, and Ortega wrote for the paper of Fedmill. Fedmill struck the mills in 1939.
"""

VICTORIAN = """# Annals of the Parish

In the year 1841 the Select Vestry (the old name for the Ashby Parish Council) met in the schoolroom, and the
Council elected Josiah Crane its chairman. The Harbour Council of the town met at the quay. The Council then
voted a new rate for the moorings, and the Council of Trade in London approved it. Mr. Crane sat in the Council
room every Tuesday.
"""

MEMOIR = """The Project Gutenberg EBook of Winter Years, by Amos Webb

Title: Winter Years

Author: Amos Webb

*** START OF THE PROJECT GUTENBERG EBOOK WINTER YEARS ***

In the winter of 1862 I joined the Mutual Aid League, or Mutual, as a clerk. The Relief Committee of the town
met in the church hall, and the Committee made me its president in the spring. Mutual fed forty families that
year. My brother Walter never joined Mutual. The voters of the county elected him president of nothing at all.
"""


def _build(folder: Path, name: str, text: str) -> Path:
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]  # one line each, as the sources write them
    (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    db = folder / f"{name}.sqlite"
    result = CliRunner().invoke(main, ["build", str(folder / name), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bodies")
    return {"modern": _build(folder, "modern.md", MODERN), "victorian": _build(folder, "victorian.md", VICTORIAN),
            "memoir": _build(folder, "memoir.txt", MEMOIR)}


def _body_at(db: Path, phrase: str) -> str | None:
    """The body a 'the Council' starting the unique `phrase` stands for, if the resolution bound it."""
    with sqlite3.connect(db) as con:
        text = con.execute("SELECT text FROM documents").fetchone()[0]
        assert text.count(phrase) == 1, phrase
        row = con.execute("SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.start_char = ?"
                          " AND e.type = 'ORG'", (text.index(phrase),)).fetchone()
    return row[0] if row else None


def _bodies(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT name, mentions FROM entities WHERE type = 'ORG'").fetchall())


def _relations(db: Path) -> set[tuple[str, str, str]]:
    rows = CliRunner().invoke(main, ["relations", "--db", str(db), "--json"]).stdout.splitlines()
    return {(r["subject"], r["relation"], r["object"]) for r in map(json.loads, rows)}


def test_the_council_is_the_one_the_chapter_names_even_before_it_names_it(kbs: dict[str, Path]) -> None:
    db = kbs["modern"]
    assert _body_at(db, "the Council had named") == "Lumber Workers Council"
    assert _body_at(db, "the Council sent him") == "Lumber Workers Council"
    assert "Council" not in _bodies(db)  # the common word is no body of its own
    assert ("Paul Ortega", "member_of", "Lumber Workers Council") in _relations(db)  # 'named Ortega its vice president'


def test_the_council_is_the_last_one_named_unless_it_says_which(kbs: dict[str, Path]) -> None:
    db = kbs["victorian"]
    assert _body_at(db, "the Council elected Josiah") == "Ashby Parish Council"
    assert _body_at(db, "The Council then voted") == "Harbour Council"  # the nearer of two councils
    assert _body_at(db, "the Council of Trade") == "Council of Trade"  # says which: a body of its own
    assert _body_at(db, "the Council room") is None  # a word describing a room
    assert ("Josiah Crane", "led", "Ashby Parish Council") in _relations(db)  # 'elected X its chairman'


def test_the_narrator_made_president_by_the_committee_led_it(kbs: dict[str, Path]) -> None:
    db = kbs["memoir"]
    assert _body_at(db, "the Committee made me") == "Relief Committee"
    found = _relations(db)
    assert ("Amos Webb", "led", "Relief Committee") in found
    # the voters are no body: his office is of nothing the text names
    assert not any(s == "Walter" and r in ("led", "member_of") for s, r, _ in found)


def test_a_short_name_the_text_gives_a_body_is_that_bodys(kbs: dict[str, Path]) -> None:
    assert _bodies(kbs["modern"]).get("Fedmill") == 5  # the full name once, then the short one it goes by, 4 times
    with sqlite3.connect(kbs["victorian"]) as con:  # 'the Select Vestry (the old name for …)'
        owners = con.execute("SELECT e.name FROM aliases a JOIN entities e ON e.id = a.entity_id"
                             " WHERE a.alias = 'Select Vestry'").fetchall()
    assert owners == [("Ashby Parish Council",)]
    memoir = _bodies(kbs["memoir"])
    assert memoir.get("Mutual") == 4
    assert ("Amos Webb", "member_of", "Mutual") in _relations(kbs["memoir"])
    assert not any(s == "Walter" and r == "member_of" for s, r, _ in _relations(kbs["memoir"]))  # 'never joined'
