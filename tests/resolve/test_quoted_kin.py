"""'My cousin, Tom' in a quotation makes Tom the cousin of the one who says it, whose name a verb of saying gives in
that sentence or an earlier one of the paragraph; said by no one named, it makes him no one's (never the
narrator's). Lives of our own in three registers, built with the real model."""

import pytest

import prosopograph
from conftest import open_each

LIVES = {
    "bruni.md": """# Carla Bruni of Turin

Carla Bruni ran the print shop on the Via Roma from 1948. In the winter of 1950 a young typesetter came to the shop.
"I need the work badly," said Marco Fenzi. "My brother Luca Fenzi lost his post at the mill in the autumn."
""",  # modern biography
    "bell.md": """# The Life of the Reverend Josiah Bell

Josiah Bell was curate of Ashby in 1831. One evening a stranger came to the vicarage. "I am come a long way, sir,"
said Walter Crisp. "My cousin, Jeremiah Crisp, kept the turnpike at Selby for thirty years."
""",  # nineteenth-century prose
    "clerk.md": """# A Clerk's Recollections

I was born at Leeds in 1849, and I went to work for Mr. Hugh Dodd at fourteen. One morning a lady came to the
counter. "I must draw the wages," said Agnes Holt. "My husband, Samuel Holt, is away at sea."
""",  # first-person memoir
    "unsaid.md": """# A Clerk's Recollections

I was born at Leeds in 1849, and I went to work for Mr. Hugh Dodd at fourteen. One morning a lady came to the
counter. "My husband, Samuel Holt, is away at sea. I must draw his wages."
""",  # the same memoir, its quotation said by no one named
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


def related(kb: prosopograph.KnowledgeBase, relation: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in kb.relations() if r.relation == relation}


@pytest.mark.parametrize(("life", "relation", "speaker", "kin"), [
    ("bruni.md", "sibling_of", "Marco Fenzi", "Luca Fenzi"),
    ("bell.md", "cousin_of", "Walter Crisp", "Jeremiah Crisp"),
    ("clerk.md", "spouse_of", "Agnes Holt", "Samuel Holt"),
])
def test_my_kin_in_a_quotation_is_the_speakers(kbs: dict[str, prosopograph.KnowledgeBase], life: str, relation: str,
                                               speaker: str, kin: str) -> None:
    assert (speaker, kin) in related(kbs[life], relation)


def test_my_kin_said_by_no_one_named_is_no_ones(kbs: dict[str, prosopograph.KnowledgeBase]) -> None:
    assert not related(kbs["unsaid.md"], "spouse_of")
