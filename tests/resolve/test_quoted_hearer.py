"""A quotation's 'you' is the one person its verb of saying is said to; said to a group, to several or to the speaker
himself, it is no one's."""

import sqlite3
from pathlib import Path

import pytest

from conftest import build_texts

TEXT = """# The Assizes at Wendle

In the spring of 1822 Judge Amos Thorne sat at Wendle, and the clerk of the court was Peter Vail.
"You have mislaid the indictment," Judge Amos Thorne told Peter Vail on the first morning.
"You will all hang," the judge told the three poachers in the dock.
"You shall not hear the end of this," Judge Amos Thorne told Peter Vail and the jailer Simon Roke.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_texts(Path(tmp_path_factory.mktemp("hearer")), {"assizes.md": TEXT})


def hearers(db: str) -> dict[str, str | None]:
    """Whom the 'you' opening each quotation was bound to, by the quotation's first words."""
    with sqlite3.connect(db) as con:
        text = con.execute("SELECT text FROM documents").fetchone()[0]
        bound = dict(con.execute("SELECT m.start_char, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id"
                                 " WHERE m.kind = 'hearer'").fetchall())
    return {words: bound.get(text.index(words)) for words in ("You have mislaid", "You will all", "You shall not")}


def test_you_is_the_one_person_the_quotation_is_told_to(db: str) -> None:
    assert hearers(db)["You have mislaid"] == "Peter Vail"


def test_you_told_to_a_group_or_to_two_people_is_no_one(db: str) -> None:
    bound = hearers(db)
    assert bound["You will all"] is None
    assert bound["You shall not"] is None


TURNS = {
    # modern: a later quotation calls another by name, and narration between turns to a third
    "brandt.md": """# Clara Brandt

Clara Brandt taught the piano at the academy in Vienna. "You play too fast," Clara Brandt told Otto Lenz. "Hans, you
play too slowly." She turned to the door. "You have come late again."
""",
    # nineteenth century: the one spoken to answers, and the same speaker goes on
    "pratt.md": """# The Reverend Edmund Hale

The Reverend Edmund Hale kept the school at Thornby. "Mary Pratt, you have spilt the ink," said Edmund Hale. "You are
mistaken, sir," replied the girl. "You will stay after the others," he added.
""",
    # memoir: a stray quotation mark in a paragraph that does not open with one quotes no more than its sentence
    "bolton.md": """# Recollections of Tom Ashworth

I was born at Bolton in 1850. The foreman called the mill "the pit. I hated it from the first day, and I left it
when I was sixteen. I went to sea with my uncle.
""",
}


@pytest.fixture(scope="module")
def turns(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {name: build_texts(Path(tmp_path_factory.mktemp("turns")), {name: text}) for name, text in TURNS.items()}


def bound_as(db: str, kind: str) -> dict[int, str]:
    """The words of `kind` bound, by their place in the text, with whom they were bound to."""
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT m.start_char, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id"
                                " WHERE m.kind = ?", (kind,)).fetchall())


def text_of(db: str) -> str:
    with sqlite3.connect(db) as con:
        return str(con.execute("SELECT text FROM documents").fetchone()[0])


def test_a_later_quotation_that_calls_another_by_name_is_said_to_him(turns: dict[str, str]) -> None:
    db = turns["brandt.md"]
    bound, text = bound_as(db, "hearer"), text_of(db)
    assert bound.get(text.index("you\nplay") if "you\nplay" in text else text.index("you play")) == "Hans"
    # negative: after narration turns to someone else, the last hearer is no longer the one spoken to
    assert bound.get(text.index("You have come")) is None


def test_a_reply_by_another_is_not_said_to_the_one_replying(turns: dict[str, str]) -> None:
    db = turns["pratt.md"]
    bound, text = bound_as(db, "hearer"), text_of(db)
    assert bound.get(text.index("you have spilt")) == "Mary Pratt"
    assert bound.get(text.index("You are")) is None  # the girl answers: she is not speaking to herself


def test_a_stray_quotation_mark_leaves_the_narrators_i_outside_it(turns: dict[str, str]) -> None:
    db = turns["bolton.md"]
    text = text_of(db)
    narrator = set(bound_as(db, "narrator"))
    assert text.index("I went to sea") in narrator
