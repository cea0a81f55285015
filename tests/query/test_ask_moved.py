"""'Move' is what a question of a change of home asks about, though lists of stop words drop it: the date is the one
of the sentence that says so, not of another visit to the town. Lives of our own in three registers."""

import pytest

import prosopograph
from conftest import open_each

LIVES = {
    "varga.md": """# Ines Varga

Ines Varga visited Leeds in March 1961 for a conference on glass. She moved to Leeds in May 1962, when the
university gave her a chair. In June 1963 she lectured at Leeds before the Royal Society.
""",  # modern biography
    "ashe.md": """# Memoir of the Reverend Thomas Ashe

Mr. Ashe first saw Bristol in April 1821, on a visit to his sister. He moved to Bristol in October 1823, having
been given the living of St. Jude's. In July 1825 he preached at Bristol before the bishop.
""",  # nineteenth-century prose
    "working.md": """# My Working Life

I first saw Glasgow in August 1870, when I was a boy of ten. My family moved to Glasgow in February 1874, after my
father found work in the yards. In September 1876 I was apprenticed at Glasgow to a boilermaker.
""",  # first-person memoir
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


@pytest.mark.parametrize(("life", "question", "iso"), [
    ("varga.md", "In what month and year did Ines Varga move to Leeds?", "1962-05"),
    ("ashe.md", "In what month and year did Mr. Ashe move to Bristol?", "1823-10"),
    ("working.md", "In what month and year did my family move to Glasgow?", "1874-02"),
    # negative: the other sentences of the town answer what they tell
    ("varga.md", "In what month and year did Ines Varga visit Leeds?", "1961-03"),
    ("ashe.md", "In what month and year did Mr. Ashe preach at Bristol before the bishop?", "1825-07"),
])
def test_the_move_is_dated_by_the_sentence_that_tells_it(kbs: dict[str, prosopograph.KnowledgeBase], life: str,
                                                         question: str, iso: str) -> None:
    a = kbs[life].ask(question)
    assert a.answer is not None and iso in a.answer
