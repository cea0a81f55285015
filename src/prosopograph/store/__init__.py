"""store: the one SQLite file (WAL) that holds the knowledge base. All SQL lives in this package."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..model import DocumentInfo, PreparedDocument

SCHEMA_VERSION = "1"
_TOKEN = re.compile(r"\w+", re.UNICODE)


class StoreError(Exception):
    """The knowledge base cannot be opened or is not one of ours."""


@dataclass(frozen=True)
class PassageRow:
    id: int
    document_id: int
    document: str
    kind: str
    chapter: str | None
    page: str | None
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True)
class SentenceRow:
    start: int
    end: int
    text: str


def fts_tokens(text: str) -> list[str]:
    """The words of user text, as FTS5's unicode61 tokenizer would see them."""
    return _TOKEN.findall(text)


def fts_query(tokens: list[str], mode: str) -> str:
    """An FTS5 MATCH expression built only from quoted tokens: 'phrase', 'all' or 'any' of them."""
    quoted = ['"' + t.replace('"', '""') + '"' for t in tokens]
    if mode == "phrase":
        return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'
    return (" OR " if mode == "any" else " AND ").join(quoted)


class Store:
    """An open knowledge-base file."""

    def __init__(self, path: str | Path, create: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no knowledge base at {self.path} "
                             f"(build one with: prosopograph build SOURCE --db {self.path})")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 5000")
            if create:
                self.db.execute("PRAGMA journal_mode = WAL")
                self._migrate()
            self._check()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a prosopograph knowledge base ({exc})") from None

    def _migrate(self) -> None:
        schema = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
        self.db.executescript(schema)
        self.db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    def _check(self) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by another version of prosopograph (schema {row and row[0]})")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: on any error the file is left as it was."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------------

    def stored_hash(self, path: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM documents WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def path_with_hash(self, content_hash: str) -> str | None:
        """Path of a stored document with this content, if any (the same file under another name)."""
        row = self.db.execute("SELECT path FROM documents WHERE content_hash = ? LIMIT 1",
                              (content_hash,)).fetchone()
        return row[0] if row else None

    def write_document(self, doc: PreparedDocument) -> int:
        """Store one document, replacing an earlier version at the same path, in one transaction."""
        with self.transaction() as db:
            db.execute("DELETE FROM documents WHERE path = ?", (doc.path,))
            cur = db.execute(
                "INSERT INTO documents(path, title, author, format, content_hash, size_bytes, n_chars, n_words, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.path, doc.title, doc.author, doc.format, doc.content_hash, doc.size_bytes, len(doc.text),
                 doc.n_words, doc.text))
            doc_id = int(cur.lastrowid or 0)
            chapter_ids: dict[int, int] = {}
            for ch in doc.chapters:
                cur = db.execute(
                    "INSERT INTO chapters(document_id, seq, title, start_char, end_char, page)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (doc_id, ch.seq, ch.title, ch.start, ch.end, ch.page))
                chapter_ids[ch.seq] = int(cur.lastrowid or 0)
            db.executemany("INSERT INTO pages(document_id, start_char, label) VALUES (?, ?, ?)",
                           [(doc_id, pos, label) for pos, label in doc.pages])
            for p in doc.passages:
                cur = db.execute(
                    "INSERT INTO passages(document_id, seq, kind, chapter_id, page, start_char, end_char,"
                    " raw_start, raw_end, anchor, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, p.seq, p.kind, chapter_ids.get(p.chapter_seq) if p.chapter_seq is not None else None,
                     p.page, p.start, p.end, p.raw_start, p.raw_end, p.anchor, doc.text[p.start:p.end]))
                passage_id = cur.lastrowid
                db.executemany(
                    "INSERT INTO sentences(document_id, passage_id, seq, start_char, end_char, text)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [(doc_id, passage_id, k, s, e, doc.text[s:e]) for k, (s, e) in enumerate(p.sentences)])
        return doc_id

    def remove_document(self, path: str) -> bool:
        with self.transaction() as db:
            return db.execute("DELETE FROM documents WHERE path = ?", (path,)).rowcount > 0

    # -- reading ---------------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        rows = self.db.execute("""
            SELECT d.id, d.path, d.title, d.author, d.format, d.size_bytes, d.n_chars, d.n_words,
                   (SELECT count(*) FROM pages WHERE document_id = d.id),
                   (SELECT count(*) FROM chapters WHERE document_id = d.id),
                   (SELECT count(*) FROM passages WHERE document_id = d.id),
                   (SELECT count(*) FROM sentences WHERE document_id = d.id)
            FROM documents d ORDER BY d.id""").fetchall()
        return [DocumentInfo(*row) for row in rows]

    def search_passages(self, match: str, limit: int) -> list[PassageRow]:
        """Passages matching an FTS5 expression (built by fts_query), best bm25 first."""
        rows = self.db.execute("""
            SELECT p.id, p.document_id, d.title, p.kind, c.title, p.page, p.start_char, p.end_char, p.text,
                   bm25(passages_fts) AS score
            FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
            JOIN documents d ON d.id = p.document_id LEFT JOIN chapters c ON c.id = p.chapter_id
            WHERE passages_fts MATCH ? AND p.kind != 'heading' ORDER BY score LIMIT ?""", (match, limit)).fetchall()
        return [PassageRow(*row) for row in rows]

    def sentences_of(self, passage_id: int) -> list[SentenceRow]:
        rows = self.db.execute(
            "SELECT start_char, end_char, text FROM sentences WHERE passage_id = ? ORDER BY seq", (passage_id,))
        return [SentenceRow(*row) for row in rows]
