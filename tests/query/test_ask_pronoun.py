"""A sentence that speaks of someone as 'he' or 'she' answers 'who' with whom the resolver bound the pronoun to, and
looks to the sentence before only where it bound it to no one: lives of our own in two registers, built with the
real model."""


import pytest

import prosopograph
from prosopograph.settings import Limits

LIVES = {
    "brandt.md": """# The Life of Nora Brandt

Nora Brandt was born in Hamburg in 1901. In 1925 Nora Brandt met the painter Otto Keller in Paris. She admired his
colours for the rest of her life. As a young woman she had been a reporter for a weekly in Hamburg.
""",
    "hale.md": """# Memorials of the Reverend Amos Hale

The Reverend Amos Hale was born at Wells in 1790. In 1820 he engaged a curate, Mr. Silas Pryor, for the chapel at
Bath. Mr. Silas Pryor had been a schoolmaster in Devon. As a young man he had been a drummer in the militia.
""",
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    out = {}
    for name, text in LIVES.items():
        folder = tmp_path_factory.mktemp("pronoun")
        (folder / name).write_text(text)
        prosopograph.build([str(folder / name)], folder / "kb.sqlite", Limits())
        out[name] = prosopograph.open(folder / "kb.sqlite")
    return out


def test_a_pronoun_bound_to_the_one_asked_of_is_not_someone_of_the_sentence_before(kbs: dict) -> None:
    # 'she had been a reporter' is Nora's, whom the question names: not the painter of the sentence before
    a = kbs["brandt.md"].ask("Which reporter worked with Nora Brandt in Hamburg?")
    assert a.answer is None or "Keller" not in a.answer


def test_a_pronoun_bound_to_another_answers_with_him(kbs: dict) -> None:
    # negative: 'he had been a drummer' is the curate's, named just before
    a = kbs["hale.md"].ask("Who had been a drummer in the militia?")
    assert a.answer is not None and "Pryor" in a.answer
