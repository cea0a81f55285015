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
