"""A date told as a count from the event asked of ('given a brigade on the 16th, nine days after the fight at X')
dates that event, among many sentences of other battles; the sentence's own event keeps the date it gives."""

from pathlib import Path

import pytest

import prosopograph
from conftest import build_texts

TOWNS = ["Ashby", "Brill", "Cobham", "Dunmore", "Elford", "Fenwick", "Garth", "Hollin", "Ivey", "Jarrow", "Kelby",
         "Linton", "Marden", "Norley", "Orton", "Pelham", "Quarley", "Risby", "Selby", "Tarvin", "Upton", "Varley",
         "Welby", "Yarrow", "Zeal", "Acton", "Barford", "Cleeve", "Dalby", "Eaton", "Frome", "Gresley", "Halton"]

MEMOIR = """# Recollections of Amos Kemp

## Chapter I. The War

In 1862 I served under Colonel Hale in the western army. {battles} Colonel Hale was given a brigade on the 16th of
June, 1862, nine days after the fight at Oxley Ford. I stayed with him until the autumn.
""".format(battles=" ".join(f"Near {town} we fought battles of a kind the army fought all that year."
                            for town in TOWNS))


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> prosopograph.KnowledgeBase:
    return prosopograph.open(build_texts(Path(tmp_path_factory.mktemp("counted")), {"kemp.md": MEMOIR}))


def test_the_fight_asked_of_is_dated_nine_days_before_the_day_the_sentence_gives(
        kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("On what date was the fight at Oxley Ford?")
    assert a.answer is not None and "1862-06-07" in a.answer and a.citations
    assert "Oxley Ford" in a.citations[0].quote


def test_what_the_sentence_itself_tells_keeps_its_own_date(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("On what date was Colonel Hale given a brigade?")
    assert a.answer is not None and "1862-06-16" in a.answer
