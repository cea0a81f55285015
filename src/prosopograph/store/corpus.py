"""What corpus-level resolution reads back: every mention and sentence, each document's text and parses."""

from __future__ import annotations

import hashlib
import sys

from ..model import DocumentRecord, MentionRecord, SentenceRecord
from .base import StoreBase


class CorpusReader(StoreBase):
    """The stored documents as the resolver and the extractors take them in."""

    def corpus_state(self) -> str:
        """A fingerprint of the stored documents: resolution is redone only when it changes."""
        rows = self.db.execute("SELECT id, content_hash, coalesce(model, ''), declared_subject, declared_narrator"
                               " FROM documents ORDER BY id").fetchall()
        return hashlib.sha256(repr(rows).encode()).hexdigest()

    def resolver_input(self) -> tuple[list[MentionRecord], list[SentenceRecord]]:
        """Every mention the model tagged and every sentence of the corpus, in document order."""
        # labels and kinds interned: SQLite gives each row its own copy of 'PERSON' or 'paragraph'
        mentions = [MentionRecord(*r, sys.intern(label)) for *r, label in self.db.execute(
            "SELECT id, document_id, sentence_id, start_char, end_char, text, label FROM mentions"
            " WHERE sentence_id IS NOT NULL AND kind = 'name' ORDER BY document_id, start_char")]
        sentences = [SentenceRecord(*r, sys.intern(kind)) for *r, kind in self.db.execute(
            "SELECT s.id, s.document_id, p.chapter_id, s.passage_id, s.start_char, s.end_char, s.text, p.kind"
            " FROM sentences s JOIN passages p ON p.id = s.passage_id ORDER BY s.document_id, s.start_char")]
        return mentions, sentences

    def document_records(self) -> list[DocumentRecord]:
        """Each document's title, author and what the user declared of it, for the resolver."""
        return [DocumentRecord(*r) for r in self.db.execute(
            "SELECT id, title, author, declared_subject, declared_narrator FROM documents ORDER BY id")]

    def document_text(self, document_id: int) -> str:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
        return row[0] if row else ""

    def emphasis(self, document_id: int) -> list[tuple[int, int]]:
        """(start, end) of the text the source set in italics."""
        return self.db.execute("SELECT start_char, end_char FROM emphasis WHERE document_id = ? ORDER BY start_char",
                               (document_id,)).fetchall()

    def passage_parses(self, document_id: int) -> dict[int, tuple[int, str]]:
        """The start and encoded parse of each passage of a document, by passage id."""
        return {r[0]: (r[1], r[2]) for r in self.db.execute(
            "SELECT p.id, p.start_char, x.tokens FROM parses x JOIN passages p ON p.id = x.passage_id"
            " WHERE p.document_id = ?", (document_id,))}
