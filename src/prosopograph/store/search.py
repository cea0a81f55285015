"""Full-text search (FTS5): user text quoted into a MATCH expression, and the passages and sentences found."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import fold
from .base import StoreBase, chunks
from .rows import PassageRow, SentenceHit

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_tokens(text: str) -> list[str]:
    """The words of user text, as FTS5's unicode61 tokenizer would see them."""
    return _TOKEN.findall(text)


def fts_query(tokens: list[str], mode: str) -> str:
    """An FTS5 MATCH expression built only from quoted tokens: 'phrase', 'all' or 'any' of them."""
    quoted = ['"' + t.replace('"', '""') + '"' for t in tokens]
    if mode == "phrase":
        return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'
    return (" OR " if mode == "any" else " AND ").join(quoted)


_TOLD = "p.kind NOT IN ('heading', 'argument', 'contents')"
"""Passages that tell something: a chapter's title, its list of topics or a contents entry only points to where
it is told."""


class SearchReader(StoreBase):
    """Passages and sentences by their words, best bm25 first; sentences by id."""

    def search_passages(self, match: str, limit: int) -> list[PassageRow]:
        """Passages matching an FTS5 expression (built by fts_query), best bm25 first."""
        rows = self.db.execute(f"""
            SELECT p.id, p.document_id, d.title, p.kind, c.title, p.page, p.start_char, p.end_char, p.text,
                   bm25(passages_fts) AS score
            FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
            JOIN documents d ON d.id = p.document_id LEFT JOIN chapters c ON c.id = p.chapter_id
            WHERE passages_fts MATCH ? AND {_TOLD} ORDER BY score LIMIT ?""", (match, limit)).fetchall()
        return [PassageRow(*row) for row in rows]

    def search_sentences(self, match: str, limit: int, documents: Sequence[int] | None = None) -> list[SentenceHit]:
        """Sentences matching an FTS5 expression (built by fts_query), best bm25 first; only those of the given
        documents, if any are given."""
        columns = "s.id, s.document_id, s.passage_id, s.start_char, s.end_char, s.text"
        if documents:
            rows = self.db.execute(
                f"SELECT {columns}, bm25(sentences_fts) FROM sentences_fts"
                " JOIN sentences s ON s.id = sentences_fts.rowid JOIN passages p ON p.id = s.passage_id"
                f" WHERE sentences_fts MATCH ? AND {_TOLD}"
                f" AND s.document_id IN ({','.join('?' * len(documents))}) ORDER BY bm25(sentences_fts) LIMIT ?",
                (match, *documents, limit)).fetchall()
            return [SentenceHit(*r) for r in rows]
        # ranked in the index alone, then joined: joining every match before ranking costs twice as much when a
        # word of the question (the book's subject) is in most sentences; headings, arguments and contents entries
        # are few beside the running text, so twice the limit leaves enough once they are dropped
        rows = self.db.execute(
            "WITH ranked AS MATERIALIZED (SELECT rowid AS id, bm25(sentences_fts) AS score FROM sentences_fts"
            " WHERE sentences_fts MATCH ? ORDER BY score LIMIT ?)"
            f" SELECT {columns}, ranked.score FROM ranked JOIN sentences s ON s.id = ranked.id"
            f" JOIN passages p ON p.id = s.passage_id WHERE {_TOLD} ORDER BY ranked.score LIMIT ?",
            (match, 2 * limit, limit)).fetchall()
        return [SentenceHit(*r) for r in rows]

    def word_frequencies(self, words: list[str]) -> tuple[dict[str, int], int]:
        """How many sentences hold each word (as the index spells it: lower case, no accents), and how many
        sentences there are."""
        self.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.sentences_vocab"
                        " USING fts5vocab(main, 'sentences_fts', 'row')")
        total = self.db.execute("SELECT count(*) FROM sentences").fetchone()[0]
        terms = sorted({fold(w) for w in words})
        found = dict(self.db.execute(f"SELECT term, doc FROM temp.sentences_vocab WHERE term IN"
                                     f" ({','.join('?' * len(terms))})", terms).fetchall()) if terms else {}
        return {w: found.get(fold(w), 0) for w in words}, total

    def sentence_counts(self, match: str) -> dict[int, int]:
        """How many sentences of each document that tell something (see `_TOLD`) match an FTS5 expression."""
        return dict(self.db.execute(
            "SELECT s.document_id, count(*) FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
            f" JOIN passages p ON p.id = s.passage_id WHERE sentences_fts MATCH ? AND {_TOLD} GROUP BY s.document_id",
            (match,)).fetchall())

    def says_any(self, phrases: list[str]) -> bool:
        """Whether any sentence holds one of the words or phrases."""
        if not phrases:
            return False
        row = self.db.execute("SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1",
                              (fts_query(phrases, "any"),)).fetchone()
        return row is not None

    def sentences_by_id(self, sentence_ids: list[int]) -> list[SentenceHit]:
        out: list[SentenceHit] = []
        for chunk in chunks(sorted(set(sentence_ids))):
            out += [SentenceHit(*r) for r in self.db.execute(
                "SELECT id, document_id, passage_id, start_char, end_char, text, 0.0 FROM sentences"
                f" WHERE id IN ({','.join('?' * len(chunk))})", chunk)]
        return out

    def passage_parse(self, passage_id: int) -> tuple[int, str, str] | None:
        """The start, text and encoded parse of a passage; None when the model did not parse it."""
        row = self.db.execute("SELECT p.start_char, p.text, x.tokens FROM passages p JOIN parses x"
                              " ON x.passage_id = p.id WHERE p.id = ?", (passage_id,)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def parser_model(self) -> str | None:
        """The spaCy pipeline most of the corpus was read with."""
        row = self.db.execute("SELECT model FROM documents WHERE model IS NOT NULL AND model != ''"
                              " GROUP BY model ORDER BY count(*) DESC LIMIT 1").fetchone()
        return row[0] if row else None
