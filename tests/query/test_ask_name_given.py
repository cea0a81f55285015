"""A question of a name given ('What did she call the cottage?') is answered by the name a verb of naming gives
the thing, whichever verb of naming the sentence uses, not by another name of the sentence; a name someone else gave
does not answer what the question's subject called it. Lives of our own in three registers, built with the real
model."""

import pytest

import prosopograph
from conftest import open_each

LIVES = {
    # modern biography
    "vane.md": """# Ada Vane

Ada Vane was born in Leeds in 1902 and trained as a nurse in Manchester.
In 1931 she bought a stone cottage above the harbour at Polruan. The fishermen of Fowey called the cottage the
Lookout, but Ada Vane named it Seaholme after her mother's house.
""",
    # nineteenth-century prose
    "hale.md": """# Memoir of Mr. George Hale

Mr. George Hale was born at Ludlow in 1801, the son of a saddler.
In the spring of 1842 Mr. Hale purchased from a dealer at Hereford a bay mare of uncommon spirit, and he
called her Duchess, for she would suffer no other rider.
""",
    # first-person memoir, its narrator named by the book's header
    "orr.txt": """The Project Gutenberg EBook of Harbour Days, by Ruth Orr

Title: Harbour Days

Author: Ruth Orr

*** START OF THE PROJECT GUTENBERG EBOOK HARBOUR DAYS ***

I was born at Whitby in 1860. My father, Jack Orr, was a boat-builder on the quay.
In the summer of 1871 my father built a little sloop for the herring season at Staithes, and we christened
her Kittiwake.
""",
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


@pytest.mark.parametrize(("name", "question", "given"), [
    ("vane.md", "What did Ada Vane call the cottage above the harbour?", "Seaholme"),
    ("hale.md", "What name did Mr. Hale give the mare he purchased?", "Duchess"),
    ("orr.txt", "What was the sloop that Jack Orr built for the herring season called?", "Kittiwake"),
])
def test_a_name_given_answers_what_something_was_called(kbs: dict, name: str, question: str, given: str) -> None:
    a = kbs[name].ask(question)
    assert a.answer is not None and given in a.answer


@pytest.mark.parametrize(("name", "question", "other"), [
    # negative: another's name for it, and the places of the sentence, are no answer
    ("vane.md", "What did Ada Vane call the cottage above the harbour?", "Lookout"),
    ("hale.md", "What name did Mr. Hale give the mare he purchased?", "Hereford"),
    ("orr.txt", "What was the sloop that Jack Orr built for the herring season called?", "Staithes"),
])
def test_another_name_of_the_sentence_is_no_answer(kbs: dict, name: str, question: str, other: str) -> None:
    a = kbs[name].ask(question)
    assert a.answer is None or other not in a.answer
