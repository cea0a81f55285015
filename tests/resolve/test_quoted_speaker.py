"""The 'he' who says or writes a quotation is none of the people the quotation names: a speaker does not name
himself, nor the one he speaks to."""

import sqlite3
from pathlib import Path

import pytest

import prosopograph
from conftest import build_texts

MODERN = """# Tom Lind

Tom Lind ran the clinic at Harwick for ten years. The inspector Paul Rowe watched the clinic with growing alarm.
"The board should never have let Tom Lind near a patient," he wrote to the ministry.

One evening the nurse looked up from her desk. "Tom Lind is back," she whispered, and he came in with his bag.
"""

INTRODUCED = """# The New Squire

The curate Josiah Pratt was at supper when a tall stranger came to the door. It was the new squire, Edmund Hale.
"My name is Edmund Hale," he said, "and I have bought the manor."
"""

OLDER = """# The Life of Edmund Hale

Edmund Hale kept the parish of Wensley for thirty years. His curate, Mr. Josiah Pratt, thought him a hard master.
"Mr. Hale will never give a poor man a day's grace," he said to the churchwardens.
"""

MEMOIR = """# My Years at the Mill

I went to work at the mill when I was twelve. The foreman there was Abel Cray, a stern man who feared the owner.
"Walter Greer will close us all down before Christmas," he told me one wet morning.
"""


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {name: build_texts(Path(tmp_path_factory.mktemp("speaker")), {f"{name}.md": text})
            for name, text in (("modern", MODERN), ("older", OLDER), ("memoir", MEMOIR), ("introduced", INTRODUCED))}


def speaker(db: str, verb: str) -> str | None:
    """Whom the 'he' before `verb` (the quotation's) was bound to."""
    with sqlite3.connect(db) as con:
        text = con.execute("SELECT text FROM documents").fetchone()[0]
        at = text.index(f" he {verb}") + 1
        row = con.execute("SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
                          "WHERE m.start_char = ? AND m.kind = 'pronoun'", (at,)).fetchone()
    return row[0] if row else None


@pytest.mark.parametrize(("name", "verb", "who", "named"), [
    ("modern", "wrote", "Paul Rowe", "Tom Lind"),
    ("older", "said", "Josiah Pratt", "Edmund Hale"),
    ("memoir", "told", "Abel Cray", "Walter Greer"),
])
def test_the_speaker_is_not_whom_his_words_name(dbs: dict[str, str], name: str, verb: str, who: str,
                                                 named: str) -> None:
    bound = speaker(dbs[name], verb)
    assert bound is not None and who in bound and named not in bound


def test_a_pronoun_that_says_no_quotation_may_be_whom_it_names(dbs: dict[str, str]) -> None:
    assert speaker(dbs["modern"], "came") == "Tom Lind"  # 'he came in': not the one who whispered


def test_a_speaker_who_gives_his_own_name_is_the_one_named(dbs: dict[str, str]) -> None:
    assert speaker(dbs["introduced"], "said") == "Edmund Hale"  # '“My name is Edmund Hale,” he said'


@pytest.mark.parametrize(("name", "question", "who"), [
    ("modern", "Which inspector wrote to the ministry that the board should never have let Tom Lind near a "
               "patient?", "Paul Rowe"),
    ("older", "Who said to the churchwardens that Mr. Hale would never give a poor man a day's grace?", "Josiah Pratt"),
    ("memoir", "Which foreman said that Walter Greer would close them all down before Christmas?", "Abel Cray"),
])
def test_who_said_a_quotation_is_the_pronoun_after_it(dbs: dict[str, str], name: str, question: str,
                                                      who: str) -> None:
    a = prosopograph.open(dbs[name]).ask(question)
    assert a.answer is not None and who in a.answer


def test_the_one_a_quotation_names_is_not_who_said_it(dbs: dict[str, str]) -> None:
    a = prosopograph.open(dbs["modern"]).ask("Who whispered that Tom Lind was back?")  # an unnamed nurse
    assert a.answer is None or "Tom Lind" not in a.answer
