"""Kin nouns older books hyphen ('grand-father', 'step-mother'), which the parser splits in two: the whole noun is
the kin, never its last half ('grand-father' is no father), and a question asked with them is read as the same
kin. Lives of our own in three registers, built with the real model."""

import pytest

import prosopograph
from conftest import build_texts, cli_records

LIVES = {
    # modern biography
    "reed.md": """# Nora Reed

Nora Reed was born in Bristol in 1931. Her mother, Alice Reed, died when she was four.
In 1937 her father married again, and her step-mother, Joan Hart, brought her up in Bath.
Her grand-father, Owen Reed, kept a bakery near the river.
""",
    # nineteenth-century prose
    "ashe.md": """# Memoir of the Rev. Silas Ashe

The Rev. Silas Ashe was born at Wells in the year 1788. His mother being taken from him in infancy, he was
reared by his step-mother, Mrs. Martha Crewe, a woman of great piety. His grand-father, Mr. Josiah Ashe,
had been a clothier of Frome. Mr. Ashe went up to Oxford in 1806.
""",
    # first-person memoir: kin nouns older spelling hyphens that are no kin of the line, or another kin
    "lowe.txt": """The Project Gutenberg EBook of A Mill Girl, by Ruth Lowe

Title: A Mill Girl

Author: Ruth Lowe

*** START OF THE PROJECT GUTENBERG EBOOK A MILL GIRL ***

I was born at Leek in 1849. My father, Jacob Lowe, married again in 1856, and my step-mother was kind to me.
My god-father, Mr. Silas Penn, paid for my schooling. My great-grand-father, Abel Lowe, came over from Kent in 1790.
""",
    # first-person memoir, its narrator named by the book's header
    "wray.txt": """The Project Gutenberg EBook of Days I Remember, by Amos Wray

Title: Days I Remember

Author: Amos Wray

*** START OF THE PROJECT GUTENBERG EBOOK DAYS I REMEMBER ***

I was born at Hull in 1850. My own mother I never knew. My step-mother, Ellen Gage, taught me my letters,
and my grand-father, Caleb Wray, took me fishing on Sundays. In 1871 I went to sea.
""",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, set[tuple[str, str, str]]]]:
    out = {}
    for name, text in LIVES.items():
        db = build_texts(tmp_path_factory.mktemp(name.split(".")[0]), {name: text})
        out[name] = (db, {(r["subject"], r["relation"], r["object"]) for r in cli_records(db, "relations")})
    return out


@pytest.mark.parametrize(("name", "elder", "younger"), [
    ("reed.md", "Owen Reed", "Nora Reed"), ("ashe.md", "Josiah Ashe", "Silas Ashe"),
    ("wray.txt", "Caleb Wray", "Amos Wray"),
])
def test_a_hyphened_grand_father_is_a_grandparent_and_no_parent(built: dict, name: str, elder: str,
                                                                 younger: str) -> None:
    relations = built[name][1]
    assert (elder, "grandparent_of", younger) in relations
    assert (younger, "grandchild_of", elder) in relations
    assert not any({s, o} == {elder, younger} and r in ("parent_of", "child_of") for s, r, o in relations)
    # nor the parent of a mother who bears his surname, perhaps by marriage
    assert not any(s == elder and r == "parent_of" for s, r, o in relations)


@pytest.mark.parametrize(("name", "step"), [
    ("reed.md", "Joan Hart"), ("ashe.md", "Martha Crewe"), ("wray.txt", "Ellen Gage"),
])
def test_a_step_mother_is_kept_no_parent(built: dict, name: str, step: str) -> None:
    # negative: the record has no step relation, and a step-parent is not a parent
    assert not any(step in (s, o) and r in ("parent_of", "child_of") for s, r, o in built[name][1])


@pytest.mark.parametrize(("name", "question", "answer"), [
    ("reed.md", "Who was the grand-father of Nora Reed?", "Owen Reed"),
    ("reed.md", "What was the name of Nora Reed's step-mother?", "Joan Hart"),  # a woman, not her birthplace
    ("reed.md", "Who was Nora Reed's mother?", "Alice Reed"),
    ("ashe.md", "Whose grand-son was Silas Ashe?", "Josiah Ashe"),
    ("ashe.md", "Who was Silas Ashe's step-mother?", "Martha Crewe"),  # not his unnamed mother of the same sentence
    ("wray.txt", "Who was Amos Wray's grand-father?", "Caleb Wray"),
    ("wray.txt", "Who was Amos Wray's step-mother?", "Ellen Gage"),
])
def test_a_question_with_a_hyphened_kin_noun_asks_that_kin(built: dict, name: str, question: str,
                                                           answer: str) -> None:
    found = prosopograph.open(built[name][0]).ask(question)
    assert found.answer == answer
    assert found.citations and answer.split()[-1] in found.citations[0].quote


def test_a_god_father_or_a_great_grand_father_is_no_parent_nor_grandparent(built: dict) -> None:
    relations = built["lowe.txt"][1]
    assert ("Jacob Lowe", "parent_of", "Ruth Lowe") in relations
    for other in ("Silas Penn", "Abel Lowe"):
        assert not any(other in (s, o) and r in ("parent_of", "child_of", "grandparent_of", "grandchild_of")
                       for s, r, o in relations), other


@pytest.mark.parametrize(("name", "question", "wrong"), [
    ("reed.md", "Who was Nora Reed's father?", "Owen Reed"),  # her grand-father
    ("ashe.md", "Who was Silas Ashe's father?", "Josiah Ashe"),
    ("ashe.md", "Who was Silas Ashe's step-mother?", "Josiah Ashe"),  # a man named beside 'his' is no step-mother
    ("reed.md", "Who was Nora Reed's step-mother?", "Alice Reed"),  # her mother, a woman, but not the one asked
    ("lowe.txt", "Who was Ruth Lowe's step-mother?", "Jacob Lowe"),  # the father the sentence names beside her
    ("lowe.txt", "Who was Ruth Lowe's mother?", "Jacob Lowe"),  # 'mother' inside 'step-mother' is not hers
])
def test_a_kin_noun_is_not_answered_by_another_kin(built: dict, name: str, question: str, wrong: str) -> None:
    assert prosopograph.open(built[name][0]).ask(question).answer != wrong
