"""'Mrs. Reed' is the woman the text says a Reed married: small texts of our own in three registers, each
built once with the real CLI and model."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import build_texts, person_names
from prosopograph.cli import main

TEXTS = {
    "modern.md": """# Tom Reed

Tom Reed was born in Leeds in 1921. In 1950 Tom Reed married Ann Hale, a nurse from York. Mrs. Reed opened a
bakery in Leeds in 1955, and Mrs. Reed ran it for twenty years. Mrs. Lyle, a neighbour, bought bread there every
day.
""",
    "families.md": """# The Harbour Families

Peter Reed married Clara Voss in 1890. His son Samuel Reed married Edith Moore in 1921. In the town everyone
knew Mrs. Reed by her red hat.
""",
    "victorian.md": """# Memorials of the Crane Family

In the year 1840 Josiah Crane married Martha Bell, the daughter of the miller, at the parish church of Ashby.
For thirty years Mrs. Crane kept the accounts of the mill.
""",
    "memoir.txt": """The Project Gutenberg EBook of Winter Years, by Amos Webb

Title: Winter Years

Author: Amos Webb

*** START OF THE PROJECT GUTENBERG EBOOK WINTER YEARS ***

My father, Silas Webb, married Mary Lee in 1820. In the spring of 1848 I married Miss Ellen Dodd, the daughter
of a miller. The next year Mrs. Webb came with me to the coast, and we lived there until 1860.
""",
}


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, set[str]]]:
    """For each text, built alone: each person's name → the names they go by."""
    return {name: person_names(build_texts(tmp_path_factory.mktemp("married"), {name: text}))
            for name, text in TEXTS.items()}


def test_mrs_reed_is_the_wife_of_the_reed_the_text_says_married(people: dict[str, dict[str, set[str]]]) -> None:
    assert "Mrs. Reed" in people["modern.md"]["Ann Hale"]
    assert "Mrs. Crane" in people["victorian.md"]["Martha Bell"]  # '… married Martha Bell, the daughter of the miller'
    # of two married Webbs, the one who tells the story: 'I married Miss Ellen Dodd'
    assert "Mrs. Webb" in people["memoir.txt"]["Ellen Dodd"]
    assert "Mrs. Reed" not in people["modern.md"]  # no longer a person of her own


def test_mrs_reed_stays_herself_when_no_married_reed_or_two(people: dict[str, dict[str, set[str]]]) -> None:
    assert "Mrs. Lyle" in people["modern.md"]  # no Lyle married anyone here
    families = people["families.md"]
    assert "Mrs. Reed" in families  # father and son each married: which wife is not said
    assert not any("Mrs. Reed" in names for person, names in families.items() if person != "Mrs. Reed")


NOT_HERS = {
    "ann.txt": """The Project Gutenberg EBook of A Carpenter's Wife, by Ann Reed

Title: A Carpenter's Wife

Author: Ann Reed

*** START OF THE PROJECT GUTENBERG EBOOK A CARPENTER'S WIFE ***

In 1950 I married Tom Reed. Tom Reed was a carpenter, and he built our house with his own hands. In 1952 old
Mrs. Reed came to live with us.
""",
    "wedding.md": """# A Wedding in Leeds

In 1950 Tom Reed married Ann Hale in Leeds.
""",
    "lighthouse.md": """# The Lighthouse at Skerry

For forty years Mrs. Reed kept the lighthouse at Skerry.
""",
}


def _owners_of_mrs_reed(folder: Path, names: list[str]) -> list[str]:
    for name in names:
        (folder / name).write_text(NOT_HERS[name], encoding="utf-8")
    db = folder / "kb.sqlite"
    assert CliRunner().invoke(main, ["build", *(str(folder / n) for n in names), "--db", str(db), "--quiet"]
                              ).exit_code == 0
    with sqlite3.connect(db) as con:
        return [n for (n,) in con.execute("SELECT e.name FROM entities e JOIN aliases a ON a.entity_id = e.id"
                                          " WHERE a.alias = 'Mrs. Reed'")]


def test_mrs_reed_is_no_man(tmp_path: Path) -> None:
    assert _owners_of_mrs_reed(tmp_path, ["ann.txt"]) == ["Mrs. Reed"]  # the carpenter is 'he'


def test_mrs_reed_is_no_one_another_document_married(tmp_path: Path) -> None:
    assert _owners_of_mrs_reed(tmp_path, ["wedding.md", "lighthouse.md"]) == ["Mrs. Reed"]
