"""A name a verb of naming gives a place ('we called the farm Windrush') is a place's, whatever the model took it
for, and, unknown to the gazetteer, stays unplaced: small texts of our own in three registers, built with the CLI."""

from __future__ import annotations

import pytest

from conftest import build_texts, cli_records

TEXTS = {
    "crane.md": """# Ellis Crane

Ellis Crane was born in Leeds in 1901. In 1930 he bought a ranch in the hills, and he called the ranch Bellwether.
He raised cattle at Bellwether until the war.
""",
    "ivar.md": """# Memoir of Earl Ivar

Earl Ivar was born at Lund in the year 901. When he had won the coast, Ivar called the new province Sudmark, and he
ruled it for thirty years.
""",
    "orr.md": """# My Prairie Years

I was born at Hull in 1850. In 1872 my brother and I bought a quarter section, and we called the farm Windrush.
I lived at Windrush for twenty years.
""",
}


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    db = build_texts(tmp_path_factory.mktemp("named_places"), TEXTS)
    return {r["name"]: r for r in cli_records(db, "people")}


@pytest.mark.parametrize("place", ["Bellwether", "Sudmark", "Windrush"])
def test_a_name_given_to_a_place_is_a_place(kinds: dict, place: str) -> None:
    assert kinds[place]["type"] == "PLACE"
    assert "lat" not in kinds[place] or kinds[place]["lat"] is None  # unknown: unplaced, not placed wrong


@pytest.mark.parametrize("person", ["Ellis Crane", "Earl Ivar"])
def test_the_one_who_names_it_is_still_a_person(kinds: dict, person: str) -> None:
    # negative: the namer, the verb's subject, is no place
    assert kinds[person]["type"] == "PERSON"
