"""A wife or child asked by order ('his first wife', 'her eldest son') is the one a sentence gives that order by any
of their names, the name before the noun ('Mary, my first wife') or after it ('his second wife, Ruth Gray'); where
no sentence says the order, none is answered. Lives of our own in three registers, built with the real model."""

import pytest

import prosopograph
from conftest import open_each

LIVES = {
    # modern biography
    "meyer.md": """# Carl Meyer

Carl Meyer was born in Bonn in 1921, and he studied law there. In 1950 he married Anna Roth, a teacher from
Cologne; she died in 1961. In 1963 he married Lena Vogt.
Anna Roth, his first wife, is buried beside him at Bonn.
""",
    # nineteenth-century prose
    "lacy.md": """# Memoir of Sir Hugh Lacy

Sir Hugh Lacy was born at Ludlow in 1760. In 1790 he married Miss Margaret Venn, and in 1805 Miss Jane Cole.
Margaret, the first wife of Sir Hugh, died of a fever at Bath in 1802.
""",
    # nineteenth-century prose: the husband's name before 'his first wife being dead' names no wife
    "hale.md": """# Memoir of Mr. John Hale

Mr. John Hale was born at Wells in 1800. In 1830 he married Miss Anne Lacy, who bore him a son.
In 1836 Mr. Hale, his first wife being dead, married his cousin Miss Jane Hale at Bath.
""",
    # first-person memoir, its narrator named by the book's header
    "orr.txt": """The Project Gutenberg EBook of Harbour Days, by Ruth Orr

Title: Harbour Days

Author: Thomas Orr

*** START OF THE PROJECT GUTENBERG EBOOK HARBOUR DAYS ***

I was born at Whitby in 1850. I married Mary Lund in 1880, and in 1887 I married Ruth Gray.
Mary, my first wife, died in the winter of 1884.
""",
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


@pytest.mark.parametrize(("name", "question", "wife"), [
    ("meyer.md", "Who was Carl Meyer's first wife?", "Anna Roth"),
    ("lacy.md", "Who was the first wife of Sir Hugh Lacy?", "Margaret"),
    ("orr.txt", "Who was Thomas Orr's first wife?", "Mary"),
])
def test_the_wife_a_sentence_gives_that_order_by_any_of_her_names(kbs: dict, name: str, question: str,
                                                                    wife: str) -> None:
    a = kbs[name].ask(question)
    assert a.answer is not None and wife in a.answer


@pytest.mark.parametrize(("name", "question"), [
    # negative: an order no sentence says
    ("meyer.md", "Who was Carl Meyer's second wife?"),
    ("lacy.md", "Who was the second wife of Sir Hugh Lacy?"),
    ("orr.txt", "Who was Thomas Orr's second wife?"),
    ("hale.md", "Who was John Hale's first wife?"),
])
def test_an_order_no_sentence_says_is_not_answered(kbs: dict, name: str, question: str) -> None:
    assert kbs[name].ask(question).answer is None
