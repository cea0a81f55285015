"""Reading the documents as the reader shows them: their list, chapters, passages, sentences, citations."""

from __future__ import annotations

from ..model import Citation, DocumentInfo
from .base import StoreBase, chunks
from .rows import ChapterRow, MarkRow, PassageRow, SentenceRow


class DocumentReader(StoreBase):
    """Documents and where things stand in them."""

    def documents(self) -> list[DocumentInfo]:
        rows = self.db.execute("""
            SELECT d.id, d.path, d.title, d.author, d.format, d.size_bytes, d.n_chars, d.n_words,
                   (SELECT count(*) FROM pages WHERE document_id = d.id),
                   (SELECT count(*) FROM chapters WHERE document_id = d.id),
                   (SELECT count(*) FROM passages WHERE document_id = d.id),
                   (SELECT count(*) FROM sentences WHERE document_id = d.id),
                   (SELECT name FROM entities WHERE id = d.subject_id),
                   (SELECT name FROM entities WHERE id = d.narrator_id)
            FROM documents d ORDER BY d.id""").fetchall()
        return [DocumentInfo(*row) for row in rows]

    def protagonists(self) -> set[int]:
        """The entities the documents are about or told by (their subjects and narrators)."""
        rows = self.db.execute("SELECT subject_id, narrator_id FROM documents").fetchall()
        return {i for row in rows for i in row if i is not None}

    def document(self, document_id: int) -> DocumentInfo | None:
        return next((d for d in self.documents() if d.id == document_id), None)

    def chapters(self, document_id: int) -> list[ChapterRow]:
        rows = self.db.execute("SELECT id, seq, title, start_char, end_char, page FROM chapters"
                               " WHERE document_id = ? ORDER BY seq", (document_id,))
        return [ChapterRow(*r) for r in rows]

    def passages_between(self, document_id: int, start: int, end: int) -> list[PassageRow]:
        """The passages of a document that lie within [start, end), in reading order."""
        rows = self.db.execute("""
            SELECT p.id, p.document_id, d.title, p.kind, c.title, p.page, p.start_char, p.end_char, p.text, 0.0
            FROM passages p JOIN documents d ON d.id = p.document_id LEFT JOIN chapters c ON c.id = p.chapter_id
            WHERE p.document_id = ? AND p.start_char >= ? AND p.end_char <= ? ORDER BY p.start_char""",
                               (document_id, start, end))
        return [PassageRow(*r) for r in rows]

    def sentences_of(self, passage_id: int) -> list[SentenceRow]:
        rows = self.db.execute(
            "SELECT start_char, end_char, text FROM sentences WHERE passage_id = ? ORDER BY seq", (passage_id,))
        return [SentenceRow(*row) for row in rows]

    def marks_between(self, document_id: int, start: int, end: int) -> list[MarkRow]:
        """Mentions resolved to an entity, and dates, within [start, end) of a document, in text order."""
        rows = self.db.execute("""
            SELECT m.start_char, m.end_char, e.id, coalesce(e.type, m.label), e.name FROM mentions m
            LEFT JOIN entities e ON e.id = m.entity_id
            WHERE m.document_id = ? AND m.start_char >= ? AND m.end_char <= ?
              AND (e.id IS NOT NULL OR m.label = 'DATE') ORDER BY m.start_char""",
                               (document_id, start, end))
        return [MarkRow(*r) for r in rows]

    def citations(self, sentence_ids: list[int]) -> dict[int, Citation]:
        """The citation of each sentence: its document, chapter, page, offsets and text."""
        out: dict[int, Citation] = {}
        for chunk in chunks(sorted(set(sentence_ids))):
            for r in self.db.execute(
                    "SELECT s.id, d.title, d.id, c.title, p.page, s.start_char, s.end_char, s.text FROM sentences s"
                    " JOIN passages p ON p.id = s.passage_id JOIN documents d ON d.id = s.document_id"
                    f" LEFT JOIN chapters c ON c.id = p.chapter_id WHERE s.id IN ({','.join('?' * len(chunk))})",
                    chunk):
                out[r[0]] = Citation(*r[1:])
        return out
