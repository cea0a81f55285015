"""Titles written before a name are among its names: hyphenated ranks, 'the Honorable';
a word before the title that is none ('To', 'The') stays out."""

import json

import pytest
from click.testing import CliRunner

from prosopograph.cli import main

LETTERS = """# Dispatches of the Border War

To Major-General Owen Tate, Commanding the Border District.
I have the honour to report that the bridge is held. Owen Tate received this on the fourth.

The Honorable Silas Crowe, the member for the valley, asked after the bridge. Silas Crowe was answered.
"""


@pytest.fixture(scope="module")
def aliases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    tmp = tmp_path_factory.mktemp("titles")
    (tmp / "dispatches.md").write_text(LETTERS)
    db = str(tmp / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp), "--db", db, "--quiet"]).exit_code == 0
    people = CliRunner().invoke(main, ["people", "--db", db, "--json", "--type", "PERSON"]).stdout.splitlines()
    return {p["name"]: p["aliases"] for p in map(json.loads, people)}


def test_a_hyphenated_rank_goes_with_the_name_without_the_word_before_it(aliases: dict[str, list[str]]) -> None:
    assert "Major-General Owen Tate" in aliases["Owen Tate"]
    assert not any(a.startswith("To ") for names in aliases.values() for a in names)


def test_the_honorable_is_a_style_with_its_article(aliases: dict[str, list[str]]) -> None:
    assert "Silas Crowe" in aliases  # the style is no part of the name
    assert "The Honorable Silas Crowe" in aliases["Silas Crowe"]

