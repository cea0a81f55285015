"""A question of a deed done to someone's kin ('Who taught Ann's son?') asks for the doer: not the kin the record
gives, and of whatever sex; a question of who the kin is still has the record's answer. Lives of our own in three
registers, built with the real model."""

import pytest

import prosopograph
from conftest import open_each

LIVES = {
    # modern biography
    "reed.md": """# Ann Reed

Ann Reed was born in Leeds in 1920. Her son, Tom Reed, was born in 1946.
In 1952 Miss Ada Pike taught Tom Reed to read at the village school. She was a kind woman.
In 1970 Tom Reed married Jane Cole at York.
""",
    # nineteenth-century prose
    "vane.md": """# Memoir of Mrs. Hester Vane

Mrs. Hester Vane was born at Bath in 1801. Her daughter, Miss Lucy Vane, was born in 1830.
Miss Lucy Vane was painted by Mr. George Hale in the summer of 1851, and he exhibited the portrait in London.
""",
    # first-person memoir, its narrator named by the book's header
    "orr.txt": """The Project Gutenberg EBook of Harbour Days, by Ruth Orr

Title: Harbour Days

Author: Ruth Orr

*** START OF THE PROJECT GUTENBERG EBOOK HARBOUR DAYS ***

I was born at Whitby in 1860. My brother, Jack Orr, fell ill of the fever in 1871.
Mrs. Agnes Bell, a neighbour, nursed Jack Orr through the winter, and she would take no payment.
""",
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


@pytest.mark.parametrize(("name", "question", "doer"), [
    ("reed.md", "Who taught Ann Reed's son to read?", "Ada Pike"),
    ("vane.md", "Who painted Hester Vane's daughter?", "George Hale"),
    ("orr.txt", "Who nursed Ruth Orr's brother?", "Agnes Bell"),
    ("reed.md", "Whom did Ann Reed's son marry?", "Jane Cole"),  # his wife, not the son
])
def test_a_deed_done_to_someones_kin_is_answered_by_the_doer(kbs: dict, name: str, question: str,
                                                             doer: str) -> None:
    a = kbs[name].ask(question)
    assert a.answer is not None and doer in a.answer


@pytest.mark.parametrize(("name", "question", "kin"), [
    # negative: who the kin is, the record still says
    ("reed.md", "Who was Ann Reed's son?", "Tom Reed"),
    ("vane.md", "What was the name of Hester Vane's daughter?", "Lucy Vane"),
    ("orr.txt", "Who was Ruth Orr's brother?", "Jack Orr"),
])
def test_who_the_kin_is_is_still_the_records(kbs: dict, name: str, question: str, kin: str) -> None:
    a = kbs[name].ask(question)
    assert a.answer is not None and kin in a.answer
