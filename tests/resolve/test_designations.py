"""Role phrases that single a person out ('my youngest brother', "Karl Brandt's widow", 'his son Otto') are among
the names the person goes by; a role with a pronoun other than 'my' ('his wife') singles no one out."""

import pytest

from conftest import build_texts, cli_records

MEMOIR = """The Project Gutenberg EBook of Notes of a Country Doctor, by Henry Finch

Title: Notes of a Country Doctor

Author: Henry Finch

*** START OF THE PROJECT GUTENBERG EBOOK NOTES OF A COUNTRY DOCTOR ***

I kept my practice in the valley for thirty years. My youngest brother, Walter Finch, rode with me on my rounds.
In the dry summer my youngest brother fell ill, and I nursed him myself.
"""

BIOGRAPHY = """# The Brandt Papers

Karl Brandt was born in Kiel in 1880. Karl Brandt's widow, Ilse Brandt, kept his papers after 1931.
In 1935 his son Otto gave them to the city archive.
"""

VICTORIAN = """# Annals of the Parish

The Reverend Mr. Giles Haworth came to the parish in 1841, and his wife, Ellen Haworth, kept the school.
"""


@pytest.fixture(scope="module")
def aliases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    db = build_texts(tmp_path_factory.mktemp("designations"),
                     {"finch.txt": MEMOIR, "brandt.md": BIOGRAPHY, "parish.md": VICTORIAN})
    return {p["name"]: p["aliases"] for p in cli_records(db, "people", "--type", "PERSON")}


def test_a_first_person_role_is_a_name_of_whom_it_names(aliases: dict[str, list[str]]) -> None:
    assert "my youngest brother" in aliases["Walter Finch"]


def test_a_named_possessor_and_a_name_right_after_the_role_single_a_person_out(aliases: dict[str, list[str]]) -> None:
    assert "Karl Brandt's widow" in aliases["Ilse Brandt"]
    assert any(a == "his son Otto" for who, names in aliases.items() for a in names)


def test_his_wife_alone_is_no_name(aliases: dict[str, list[str]]) -> None:
    assert not any(a.lower().startswith("his wife") for names in aliases.values() for a in names)
