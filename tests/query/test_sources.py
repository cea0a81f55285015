"""A question that names its source ('according to the review') is asked of that source alone."""

from pathlib import Path

import pytest

import prosopograph
from conftest import build_texts
from prosopograph.nlp.wordnet import shared
from prosopograph.query.sources import documents_named, named_source
from prosopograph.store import Store

MEMOIR = """# Memoirs of Anna Field

## Chapter I

In the spring of 1850 I settled in Dunmore with my two sisters. My husband joined us there in the autumn.
"""

REVIEW = """# A Life Retold

This review looks at a new account of the life of Anna Field. The book says that in the spring of 1850 she
settled in Carlow, not in Dunmore. The reviewer found it well written; this review recommends it to anyone
curious about the period.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_texts(Path(tmp_path_factory.mktemp("sources")), {"memoir.md": MEMOIR, "review.md": REVIEW})


@pytest.mark.parametrize(("question", "word"), [
    ("According to the review, where did Anna Field settle?", "review"),
    ("Where, according to her memoirs, did she settle in 1850?", "memoirs"),
    ("Where did Anna Field settle in 1850?", None),
])
def test_the_source_a_question_names(question: str, word: str | None) -> None:
    assert named_source(question) == word


def test_a_source_known_by_its_title_or_by_what_it_calls_itself(db: str) -> None:
    store = Store(db)
    titles = {d.title: d.id for d in store.documents()}
    assert documents_named(store, "memoirs", shared()) == [titles["Memoirs of Anna Field"]]
    assert documents_named(store, "review", shared()) == [titles["A Life Retold"]]
    assert documents_named(store, "newspaper", shared()) is None  # neither is one: both are asked


def test_the_answer_comes_from_the_source_named(db: str) -> None:
    kb = prosopograph.open(db)
    review = kb.ask("According to the review, where did Anna Field settle in the spring of 1850?")
    memoir = kb.ask("According to her memoirs, where did Anna Field settle in the spring of 1850?")
    assert review.answer == "Carlow" and memoir.answer == "Dunmore"


NOVEL = """# The Salt Road

## Part One

Ivo Brandt walked out of Tessel in March 1871 with a borrowed mule and no map. He crossed the marshes in a week.
By April he had found work in the ferry yards at Oste, where he kept the accounts for two brothers. In the
evenings he read whatever he could borrow: a book of sermons, a book of sea charts. He stayed three years.
"""

NOTICE = """# Pages from Oste

Mara Quint has written a patient account of a forgotten man. Her book follows Ivo Brandt from Tessel to the
ferry yards; the book is strongest where it reads his letters, and the essay at its end is a gem. Few books
of this kind are as well made. I finished the book in a night. Its maps alone make the book worth buying.
"""


def test_a_review_that_never_calls_itself_one_is_known_by_what_it_speaks_of(tmp_path: Path) -> None:
    db = build_texts(tmp_path, {"novel.md": NOVEL, "notice.md": NOTICE})
    store = Store(db)
    titles = {d.title: d.id for d in store.documents()}
    assert documents_named(store, "review", shared()) == [titles["Pages from Oste"]]
    # a diary speaks of journals and observations: neither text does, so both are asked
    assert documents_named(store, "diary", shared()) is None
