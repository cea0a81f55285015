"""people and person as a user runs them, on a small life written here and the real model."""

import json

import pytest
from click.testing import CliRunner

from prosopograph.cli import main

LIFE = """# A Chemist's Life

Marie Curie was born Maria Sklodowska in Warsaw on 7 November 1867.
Curie moved to Paris in 1891 to study physics and mathematics.

In Paris she met Pierre Curie, a physicist, and they married in 1895.
Pierre Curie died in a street accident in Paris in 1906.
Marie Curie died on 4 July 1934 in a sanatorium in the Alps.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("people")
    (folder / "curie.md").write_text(LIFE)
    path = str(folder / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(folder / "curie.md"), "--db", path]).exit_code == 0
    return path


def lines(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_people_json_contract(db: str) -> None:
    people = lines("people", "--db", db, "--json", "--type", "PERSON")
    assert people and all(p["type"] == "PERSON" for p in people)
    for p in people:
        assert {"id", "type", "name", "aliases", "mentions", "citations"} <= set(p)
        assert p["citations"] and all(c["quote"] for c in p["citations"])
    marie = next(p for p in people if "Maria Sklodowska" in p["aliases"])
    assert "Marie Curie" in marie["aliases"]
    pierre = next(p for p in people if "Pierre Curie" in p["aliases"])
    assert pierre["id"] != marie["id"]


def test_places_have_coordinates(db: str) -> None:
    places = lines("people", "--db", db, "--json", "--type", "PLACE")
    paris = next(p for p in places if "Paris" in p["aliases"])
    assert paris["country"] == "FR" and 48 < paris["lat"] < 49 and 2 < paris["lon"] < 3


def test_person_profile(db: str) -> None:
    (profile,) = lines("person", "--db", db, "--json", "Maria Sklodowska")
    assert profile["name"] == "Marie Curie"
    assert profile["born"] and "1867" in profile["born"]
    assert profile["first_mention"]["quote"].startswith("Marie Curie was born")
    evidence = {e["alias"]: e for e in profile["alias_evidence"]}
    assert "born" in evidence["Maria Sklodowska"]["reason"]
    assert "Maria Sklodowska" in evidence["Maria Sklodowska"]["citation"]["quote"]
    assert any(p["name"] == "Warsaw" for p in profile["places_near"])


def test_a_profile_lists_the_persons_relations_with_their_sentences(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.md").write_text("# Notes\n\nMarie Curie was born in Warsaw in 1867. Her husband, Pierre Curie, "
                                       "married her in 1895 and taught physics in Paris.\n")
    db = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp_path / "notes.md"), "--db", db]).exit_code == 0
    (profile,) = lines("person", "--db", db, "--json", "Pierre Curie")
    spouses = [r for r in profile["relations"] if r["relation"] == "spouse_of"]
    assert spouses and {spouses[0]["subject"], spouses[0]["object"]} == {"Pierre Curie", "Marie Curie"}
    assert "husband" in spouses[0]["citations"][0]["quote"]
    shown = CliRunner().invoke(main, ["person", "--db", db, "Pierre Curie"]).stdout
    assert "spouse of Marie Curie" in shown and "Marie Curie spouse of" not in shown  # one side of each


def test_unknown_person_is_one_clear_line(db: str) -> None:
    result = CliRunner().invoke(main, ["person", "--db", db, "Nobody Atall"])
    assert result.exit_code != 0 and "no one in the knowledge base" in result.stderr
