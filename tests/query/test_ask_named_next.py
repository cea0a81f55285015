"""A sentence that speaks of someone unnamed ('the surgeon was a young Austrian') may be followed by one that names him
('His name was …'): that name answers, whatever label the model gave it; a next sentence that gives no name gives
no answer. Lives of our own in three registers."""

import pytest

import prosopograph
from conftest import open_each

LIVES = {
    "ruiz.md": """# Lena Ruiz

Lena Ruiz broke her hip in a fall at Salamanca in 1971. The surgeon who operated on her there was a young Austrian.
His name was Felix Amsel. She walked again within the year.
""",  # modern biography
    "wexcombe.md": """# The Annals of Wexcombe Parish

In the year 1809 the vestry of Wexcombe chose a new sexton. The man whom they chose for the office was a lame old
soldier of the Peninsula. His name was Abel Thorn, and he kept the churchyard for twenty years.
""",  # nineteenth-century prose
    "ripon.md": """# My Schooldays

I was sent to the grammar school at Ripon in 1858. The master who taught me Latin there was a tall Scotsman. His
name was Duncan Gray, and he never smiled.
""",  # first-person memoir
    "untold.md": """# My Schooldays

I was sent to the grammar school at Ripon in 1858. The master who taught me Latin there was a tall Scotsman. His
name was never told to us boys, and we called him Sir.
""",  # the memoir again: the name is never given
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


@pytest.mark.parametrize(("life", "question", "name"), [
    ("ruiz.md", "Who was the surgeon who operated on Lena Ruiz at Salamanca?", "Felix Amsel"),
    ("wexcombe.md", "Whom did the vestry of Wexcombe choose as sexton in 1809?", "Abel Thorn"),
    ("ripon.md", "Who taught Latin at the grammar school at Ripon?", "Duncan Gray"),
])
def test_the_next_sentence_names_the_one_spoken_of(kbs: dict[str, prosopograph.KnowledgeBase], life: str,
                                                   question: str, name: str) -> None:
    a = kbs[life].ask(question)
    assert a.answer == name and a.citations


def test_a_name_not_given_is_no_answer(kbs: dict[str, prosopograph.KnowledgeBase]) -> None:
    assert kbs["untold.md"].ask("Who taught Latin at the grammar school at Ripon?").answer is None
