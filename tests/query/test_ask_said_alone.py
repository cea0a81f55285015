"""A quotation that is a sentence of its own is framed by the sentence before it ('he told Tom to his face'): whom it
was said to is read there. Lives of our own in three registers, built with the real model."""

import pytest

import prosopograph
from conftest import open_each

LIVES = {
    # modern biography
    "solis.md": """# Marta Solis

Marta Solis led the dockers' union in Valparaiso from 1958. At the congress of 1961 the delegate Jorge Pena asked her
to give up the chair, and she answered Jorge Pena in front of the whole hall. "Not while I draw breath." The hall
fell silent.

The next year she stood for the senate. "Not while I can still walk." Her rivals laughed at her.
""",
    # nineteenth-century prose
    "penrose.md": """# Memoir of Mr. Josiah Penrose

Mr. Josiah Penrose rose in the House in the spring of 1832 and turned upon Sir Robert Vane, who had mocked him.
"Sir, you have the manners of a drover." The House roared, and the Speaker called for order.
""",
    # first-person memoir, its narrator named by the book's header
    "orr.txt": """The Project Gutenberg EBook of Harbour Days, by Ruth Orr

Title: Harbour Days

Author: Ruth Orr

*** START OF THE PROJECT GUTENBERG EBOOK HARBOUR DAYS ***

I was born at Whitby in 1860. One winter night my uncle, Walter Orr, came home from the inn, and I told Walter Orr
plainly what I thought of him. "You will drown one day in that bottle." He did not speak to me for a week.
""",
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


@pytest.mark.parametrize(("name", "question", "who"), [
    ("solis.md", "To whom did Marta Solis say 'Not while I draw breath'?", "Jorge Pena"),
    ("penrose.md", "To whom did Penrose say 'Sir, you have the manners of a drover'?", "Robert Vane"),
    ("orr.txt", "To whom did Ruth Orr say 'You will drown one day in that bottle'?", "Walter Orr"),
])
def test_whom_a_quotation_standing_alone_was_said_to_is_read_in_the_sentence_before(
        kbs: dict, name: str, question: str, who: str) -> None:
    a = kbs[name].ask(question)
    assert a.answer is not None and who in a.answer


def test_a_quotation_whose_sentence_before_names_no_one_else_gives_no_one(kbs: dict) -> None:
    # negative: the sentence before speaks of the senate only; the rivals who laughed come after
    a = kbs["solis.md"].ask("To whom did Marta Solis say 'Not while I can still walk'?")
    assert a.answer is None or "Jorge Pena" not in a.answer
