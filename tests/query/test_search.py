
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import prosopograph
from prosopograph.settings import Limits

TEXT = """# The Life of Vera Example

## Chapter 1. Odessa

Vera was born in Odessa in 1850. Her father kept a bookshop near the harbour.

The bookshop burned in 1859, and the family moved north to Kiev.

## Chapter 2. Exile

In Kiev she joined a reading circle. The police sent her into exile in Vologda for two years.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> prosopograph.KnowledgeBase:
    folder = tmp_path_factory.mktemp("search")
    (folder / "vera.md").write_text(TEXT)
    db = folder / "kb.sqlite"
    prosopograph.build([str(folder / "vera.md")], db, Limits())
    return prosopograph.open(db)


def test_hit_cites_the_sentence_with_its_chapter(kb: prosopograph.KnowledgeBase) -> None:
    hits = kb.search("exile Vologda")
    assert hits[0].citation.chapter == "Exile"
    c = hits[0].citation
    assert c.quote == "The police sent her into exile in Vologda for two years."
    doc_text = kb.store.db.execute("SELECT text FROM documents").fetchone()[0]
    assert doc_text[c.start:c.end] == c.quote


def test_phrase_ranks_before_scattered_words(kb: prosopograph.KnowledgeBase) -> None:
    hits = kb.search("the bookshop burned")
    assert "burned" in hits[0].citation.quote


def test_no_match_and_empty_query(kb: prosopograph.KnowledgeBase) -> None:
    assert kb.search("zzzz") == []
    assert kb.search("  ** () \"") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_arbitrary_user_text_never_crashes(kb: prosopograph.KnowledgeBase, text: str) -> None:
    for hit in kb.search(text, limit=3):
        assert hit.citation.quote


FTS_SYNTAX = st.sampled_from(["AND", "OR", "NOT", "NEAR(", "NEAR/2", "\"", "*", "^", ":", "-", "+", "(", ")", "{",
                              "}", "title:", "passages", "MATCH", "'", ";", "--", "\\", "%", "_", "\x00"])
SEARCHES = st.lists(st.one_of(FTS_SYNTAX, st.sampled_from(["Vera", "Example", "letter", "1905"]), st.text(max_size=6)),
                    max_size=12).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(SEARCHES)
def test_search_syntax_in_user_text_is_taken_as_words(kb: prosopograph.KnowledgeBase, text: str) -> None:
    for hit in kb.search(text, limit=3):
        stored = kb.store.db.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                                     (hit.citation.start + 1, hit.citation.end - hit.citation.start,
                                      hit.citation.document_id)).fetchone()[0]
        assert stored == hit.citation.quote
