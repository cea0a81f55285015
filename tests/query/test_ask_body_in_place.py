"""A body's name the text gives seldom, which the parse puts where the question asks 'where', may answer it: the
model often takes a river or an office for a body ('found in the Ouse')."""

from pathlib import Path

import pytest

import prosopograph
from conftest import build_texts

MODERN = """# Ruth Hale

Ruth Hale left her lodgings in March 1931 and did not come back. She was last seen in Leeds; a fortnight later her
coat was discovered in the Ouse by a fisherman. The Harbour Board found her boat the next day.
"""

OLDER = """# The Affair of the Ledger

The great ledger of the company was lost in the year 1788, and with it the accounts of three voyages. Having
been sought in vain in London and Paris, it was found in the Exchequer, among the papers of a clerk who had died that
winter.
"""

MEMOIR = """# Letters Home

My trunk went astray when I landed in New York, and a month after it was found in the Exchequer.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> prosopograph.KnowledgeBase:
    db = build_texts(Path(tmp_path_factory.mktemp("body")), {"hale.md": MODERN, "ledger.md": OLDER,
                                                             "letters.md": MEMOIR})
    return prosopograph.open(db)


@pytest.mark.parametrize(("question", "place"), [
    ("Where was the coat of Ruth Hale discovered?", "Ouse"),
    ("Where was the ledger of the company found?", "Exchequer"),
    ("Where was the trunk found?", "Exchequer"),
])
def test_a_body_seldom_named_fills_the_place_asked(kb: prosopograph.KnowledgeBase, question: str,
                                                   place: str) -> None:
    a = kb.ask(question)
    assert a.answer is not None and place in a.answer and a.citations


def test_a_body_that_does_the_deed_is_no_place(kb: prosopograph.KnowledgeBase) -> None:
    answer = kb.ask("Where was the boat of Ruth Hale found?").answer or ""
    assert "Board" not in answer  # the Board found it: it is where the boat was found from, not in
