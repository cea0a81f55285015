"""Namesakes: two people of one name kept apart by the generations the text gives them, in three registers,
with texts where one person is named twice in one role (kept whole)."""

import pytest

from conftest import build_texts, cli_records
from prosopograph.model import MentionRecord, ResolvedEntity, RoleBinding, SentenceRecord
from prosopograph.resolve.coreference import References
from prosopograph.resolve.namesakes import split_namesakes

MEMOIR = """The Project Gutenberg EBook of A Prairie Boyhood, by Amos Marsh

Title: A Prairie Boyhood

Author: Amos Marsh

*** START OF THE PROJECT GUTENBERG EBOOK A PRAIRIE BOYHOOD ***

My great-grandfather, Silas Marsh, and his younger brother, Obed Marsh, cleared a farm on the creek in 1760.
Both drowned in the spring flood. My grandfather, also named Silas, was then a boy of six.
He grew up with his uncle's family and learned the miller's trade.
My grandfather, Major Silas Marsh, married a Miss Hetty Lowe and moved west in 1801.
They had four children. My father, Caleb Marsh, was the eldest.
"""

BIOGRAPHY = """# The Vale Letters

Nora Pike was born in Leeds in 1902. Nora's great-grandmother, Ada Vale, kept an inn on the moor road.
Nora's grandmother, named Ada after her, ran the inn after 1870. Nora's grandmother, Dr. Ada Vale,
was the first woman physician of the valley. Nora's mother, Ruth Vale, taught at the village school.
"""

VICTORIAN = """# Memorials of the Hurst Family

Mr. Jabez Hurst was a glover of the town. His grandson, Thomas Hurst, was apprenticed to him in 1820.
His grandson, Thomas Hurst, afterwards kept the shop in the market square.
Mr. Hurst's son, named after his friend Mr. Amos Peel, went to sea and never wrote home.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[dict], set[tuple[str, str, str]]]]:
    out = {}
    for name, text in (("marsh.txt", MEMOIR), ("vale.md", BIOGRAPHY), ("hurst.md", VICTORIAN)):
        db = build_texts(tmp_path_factory.mktemp(name.split(".")[0]), {name: text})
        relations = {(r["subject"], r["relation"], r["object"]) for r in cli_records(db, "relations")}
        out[name] = (cli_records(db, "people"), relations)
    return out


def _named(people: list[dict], word: str) -> list[str]:
    return sorted(p["name"] for p in people if p["type"] == "PERSON" and word in p["name"])


def test_a_great_grandfather_and_a_grandfather_of_one_name_are_two_people(built: dict) -> None:
    people, relations = built["marsh.txt"]
    assert _named(people, "Silas") == ["Major Silas Marsh", "Silas Marsh"]  # the title tells them apart
    assert ("Major Silas Marsh", "grandparent_of", "Amos Marsh") in relations
    assert ("Silas Marsh", "grandparent_of", "Amos Marsh") not in relations  # a great-grandfather is no grandfather


def test_each_namesake_keeps_the_kin_named_after_his_binding(built: dict) -> None:
    _, relations = built["marsh.txt"]
    assert ("Obed Marsh", "sibling_of", "Silas Marsh") in relations
    assert ("Obed Marsh", "sibling_of", "Major Silas Marsh") not in relations


def test_a_grandmother_named_after_her_grandmother_is_apart_from_her(built: dict) -> None:
    people, relations = built["vale.md"]
    assert len(_named(people, "Ada")) == 2
    assert any(r == "grandparent_of" and o == "Nora Pike" and "Ada" in s for s, r, o in relations)


def test_one_person_named_twice_in_one_role_stays_one(built: dict) -> None:
    people, _ = built["hurst.md"]
    assert _named(people, "Thomas") == ["Thomas Hurst"]


def test_a_child_named_after_someone_is_not_that_someone(built: dict) -> None:
    _, relations = built["hurst.md"]
    assert not any("Peel" in s and r == "child_of" for s, r, _ in relations)


def _bound(*roles: tuple) -> tuple[list[ResolvedEntity], References]:
    """Tom Reed (entity 0), named in sentences 1-4, bound as each (role, sentence[, by a pronoun]) of entity 1."""
    sentences = [SentenceRecord(i, 1, 1, i, 10 * i, 10 * i + 9, "Tom Reed.") for i in range(1, 5)]
    mentions = [MentionRecord(i, 1, i, 10 * i, 10 * i + 8, "Tom Reed", "PERSON") for i in range(1, 5)]
    entities = [ResolvedEntity("PERSON", "Tom Reed", [1, 2, 3, 4]), ResolvedEntity("PERSON", "Amos Reed", [])]
    references = References(bindings=[RoleBinding(1, role, 0, sentence, *how) for role, sentence, *how in roles])
    split_namesakes(entities, references, mentions, sentences)
    return entities, references


def test_two_generations_told_one_after_the_other_are_two_people() -> None:
    entities, references = _bound(("great-grandfather", 1), ("grandfather", 3))
    assert len(entities) == 3 and entities[0].mention_ids == [1, 2] and entities[2].mention_ids == [3, 4]
    assert {(b.role, b.person) for b in references.bindings} == {("great-grandfather", 0), ("grandfather", 2)}


def test_a_role_bound_once_to_the_wrong_generation_splits_no_one() -> None:
    entities, _ = _bound(("mother", 1), ("grandmother", 2), ("mother", 3))  # one 'her' read wrongly
    assert len(entities) == 2 and entities[0].mention_ids == [1, 2, 3, 4]


def test_a_role_whose_owner_is_a_pronoun_splits_no_one() -> None:
    # 'her grandfather, Tom Reed' may belong to another 'her' than the one coreference chose
    entities, _ = _bound(("father", 1), ("grandfather", 3, True))
    assert len(entities) == 2
