import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prosopograph.model import Chapter, Passage, PreparedDocument
from prosopograph.store import SCHEMA_VERSION, QueryTimeout, Store, StoreError, fts_query, fts_tokens


def doc(path: str, text: str, content_hash: str = "h1") -> PreparedDocument:
    passage = Passage(0, "paragraph", 0, len(text), 0, len(text), 0, "3", [(0, len(text))])
    return PreparedDocument(path, "text", content_hash, len(text), "A Title", None, text,
                            [Chapter(0, "One", 0, len(text), "3")], [passage], [(0, "3")])


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "kb.sqlite", create=True)


def test_write_and_read_back(store: Store) -> None:
    store.write_document(doc("/a.txt", "The ship sailed for Constantinople."))
    assert store.stored_hash("/a.txt") == "h1"
    assert store.path_with_hash("h1") == "/a.txt"
    rows = store.search_passages(fts_query(["constantinople"], "all"), 5)
    assert [(r.chapter, r.page, r.text) for r in rows] == [("One", "3", "The ship sailed for Constantinople.")]
    info = store.documents()[0]
    assert (info.n_chapters, info.n_passages, info.n_sentences, info.n_pages) == (1, 1, 1, 1)


def test_rewrite_replaces_and_leaves_no_orphans(store: Store) -> None:
    store.write_document(doc("/a.txt", "Old words about a harbour."))
    store.write_document(doc("/a.txt", "New words about a mountain.", "h2"))
    assert store.search_passages(fts_query(["harbour"], "all"), 5) == []
    assert len(store.search_passages(fts_query(["mountain"], "all"), 5)) == 1
    tables = ("documents", "passages", "sentences")
    counts = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    assert counts == [1, 1, 1]


def test_failed_write_leaves_the_file_as_it_was(store: Store) -> None:
    store.write_document(doc("/a.txt", "Kept words."))
    # the last row of the new version fails, after the old version was deleted in the same transaction
    store.db.execute("CREATE TRIGGER refuse BEFORE INSERT ON sentences WHEN new.text = 'Replacement words.' "
                     "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(sqlite3.Error, match="refused"):
        store.write_document(doc("/a.txt", "Replacement words.", "h2"))
    assert store.stored_hash("/a.txt") == "h1"
    assert len(store.search_passages(fts_query(["kept"], "all"), 5)) == 1


def test_missing_or_foreign_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no knowledge base"):
        Store(tmp_path / "none.sqlite")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t(x)")
    with pytest.raises(StoreError, match="not a prosopograph knowledge base"):
        Store(other)


def columns(store: Store, table: str) -> set[str]:
    return {row[1] for row in store.db.execute(f"PRAGMA table_info({table})")}


@pytest.mark.parametrize("version", ["2", "3"])
def test_a_knowledge_base_of_an_older_schema_is_upgraded_in_place(tmp_path: Path, version: str) -> None:
    path = tmp_path / "old.sqlite"
    Store(path, create=True).write_document(doc("/a.txt", "Words kept across the upgrade."))
    with sqlite3.connect(path) as old:  # what a knowledge base of schema 3 (or 2) looked like
        old.execute("ALTER TABLE claims DROP COLUMN reason")
        old.execute("ALTER TABLE claim_sources DROP COLUMN value")
        old.execute("DROP TABLE claim_pairs")
        old.execute("DROP TABLE facts")
        if version == "2":
            old.execute("ALTER TABLE relations DROP COLUMN via_sentence_id")
        old.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
    with pytest.raises(StoreError, match="another version"):
        Store(path, read_only=True)  # reading alone never changes the file
    upgraded = Store(path)
    assert "via_sentence_id" in columns(upgraded, "relations")
    assert "reason" in columns(upgraded, "claims") and "value" in columns(upgraded, "claim_sources")
    assert {"sentence_id", "about", "value"} <= columns(upgraded, "facts") and columns(upgraded, "claim_pairs")
    assert upgraded.meta("schema_version") == SCHEMA_VERSION
    assert upgraded.stored_hash("/a.txt") == "h1"


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(tmp_path_factory.mktemp("fts") / "kb.sqlite", create=True)
    s.write_document(doc("/a.txt", 'He said "AND" NEAR(the) - door* (open) at 10:30 o\'clock.'))
    return s


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["phrase", "all", "any"]))
def test_any_user_text_is_a_valid_match_expression(shared_store: Store, text: str, mode: str) -> None:
    tokens = fts_tokens(text)
    if tokens:
        shared_store.search_passages(fts_query(tokens, mode), 3)  # must not raise


def test_a_query_past_its_time_limit_is_stopped_and_the_store_stays_usable(store: Store) -> None:
    heavy = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000) SELECT sum(i) FROM n"
    with pytest.raises(QueryTimeout), store.time_limit(0.01):
        store.db.execute(heavy).fetchone()
    assert store.db.execute("SELECT 1").fetchone() == (1,)


def test_italics_of_a_plain_text_are_kept_as_emphasis(tmp_path: Path) -> None:
    from prosopograph.build import build

    source = tmp_path / "voyage.txt"
    source.write_text("In 1851 she sailed on the _Northern Star_ from Hull.\n\nThe ship was sold in 1860.\n")
    db = tmp_path / "kb.sqlite"
    build([str(source)], db)
    store = Store(db)
    try:
        text = store.document_text(1)
        assert [text[a:b] for a, b in store.emphasis(1)] == ["Northern Star"]
        assert "_" not in text
    finally:
        store.close()


def test_how_many_sentences_hold_a_word_in_any_case(store: Store) -> None:
    for i, text in enumerate(["The miller rowed the ferry.", "The miller slept.", "A miller's dog barked."]):
        store.write_document(doc(f"/{i}.txt", text, f"h{i}"))
    assert store.word_frequencies(["Miller", "ferry", "zeppelin"]) == ({"Miller": 3, "ferry": 1, "zeppelin": 0}, 3)


@pytest.mark.parametrize(("kind", "heading"), [("heading", "The Ferry"),
                                               ("argument", "The ferry--A flood--The mill--Home again"),
                                               ("contents", "The Ferry 12 The Flood 30 Home Again 41")])
def test_sentences_are_found_best_first_and_never_in_a_heading(store: Store, kind: str, heading: str) -> None:
    # a chapter's title, its list of topics and a contents entry point to where a thing is told; none tells it
    text = f"{heading}\nThe ferry sank. The miller slept by the ferry at the long end of the quiet river."
    passages = [Passage(0, kind, 0, len(heading), 0, len(heading), 0, "1", [(0, len(heading))]),
                Passage(1, "paragraph", len(heading) + 1, len(text), len(heading) + 1, len(text), 0, "1",
                        [(len(heading) + 1, len(heading) + 16), (len(heading) + 17, len(text))])]
    store.write_document(PreparedDocument("/f.txt", "text", "hf", len(text), "A Title", None, text,
                                          [Chapter(0, "One", 0, len(text), "1")], passages, [(0, "1")]))
    hits = store.search_sentences(fts_query(["ferry"], "any"), 5)
    short, long = "The ferry sank.", "The miller slept by the ferry at the long end of the quiet river."
    assert [h.text for h in hits] == [short, long]
    assert len(store.search_sentences(fts_query(["ferry"], "any"), 1)) == 1
    document = store.documents()[0].id
    assert [h.text for h in store.search_sentences(fts_query(["ferry"], "any"), 5, [document])] == [short, long]
    assert not store.search_sentences(fts_query(["ferry"], "any"), 5, [document + 1])
