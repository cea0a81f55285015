"""A sentence answers 'who' only where it says what was asked: not where the one asked for goes unnamed (a
hyphenated 'foster-mother' as much as a 'clerk'), not through a 'he' that stands elsewhere than the question's
slot. Lives of our own in three registers, built with the real model."""

import pytest

import prosopograph
from prosopograph.settings import Limits

LIVES = {
    # modern biography
    "vane.md": """# Ida Vane

Ida Vane was born in Leeds in 1921. Her cousin, Tom Pike, drove to Hull in 1930.
He handed her papers to the foster-father of the girl at the door.
Tom Pike was a printer in Hull. He was present at the defeat of Ida Vane in the election of 1950.
""",
    # nineteenth-century prose
    "ashby.md": """# Memoir of Mrs. Hester Ashby

Mrs. Hester Ashby was born at Ripon in 1790. Her brother, Mr. Adam Fell, a draper of York, came over in the
winter. He delivered the letters to the step-father of the girl at the gate of the parsonage.
Mr. Fell was then a man of sixty. He was present at the baptism of Hester Ashby in the minster of York.
""",
    # first-person memoir
    "memoir.md": """# Recollections of Henry Dale

I was born at Dover in 1840. My foster-mother, Agnes Pell, taught me to read.
In 1866 I married Lucy Crane at Dover. We lived by the harbour for ten years.
""",
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    out = {}
    for name, text in LIVES.items():
        folder = tmp_path_factory.mktemp("unsaid")
        (folder / name).write_text(text)
        prosopograph.build([str(folder / name)], folder / "kb.sqlite", Limits())
        out[name] = prosopograph.open(folder / "kb.sqlite")
    return out


def test_whoever_the_sentence_calls_he_is_not_the_one_it_leaves_unnamed(kbs: dict) -> None:
    # 'He handed her papers to the foster-father': he is the cousin, and the foster-father goes unnamed
    a = kbs["vane.md"].ask("What was the name of Ida Vane's foster-father?")
    assert a.answer is None or "Pike" not in a.answer
    a = kbs["ashby.md"].ask("What was the name of Hester Ashby's step-father?")
    assert a.answer is None or "Fell" not in a.answer


def test_a_hyphenated_kin_noun_with_a_name_beside_it_is_answered(kbs: dict) -> None:
    # negative: the memoir names the foster-mother beside the noun
    a = kbs["memoir.md"].ask("What was the name of Henry Dale's foster-mother?")
    assert a.answer is not None and "Pell" in a.answer


def test_a_pronoun_outside_the_slot_of_a_noun_predicate_gives_no_one_for_it(kbs: dict) -> None:
    # 'He was present at the defeat of Ida Vane': he saw it, he did not defeat her
    a = kbs["vane.md"].ask("Who defeated Ida Vane in the election of 1950?")
    assert a.answer is None or "Pike" not in a.answer
    a = kbs["ashby.md"].ask("Who baptized Hester Ashby?")
    assert a.answer is None or "Fell" not in a.answer


def test_a_pronoun_in_the_slot_or_a_name_says_whom_he_married(kbs: dict) -> None:
    # negative: the memoir says the marriage in its own verb
    a = kbs["memoir.md"].ask("Whom did Henry Dale marry?")
    assert a.answer is not None and "Crane" in a.answer
