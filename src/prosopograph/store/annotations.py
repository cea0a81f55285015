"""Reading one document whole, as an edition exports it: its passages, pages, sentences and resolved mentions;
and the places with the dated sentences that name them."""

from __future__ import annotations

from ..model import SentenceRecord
from .base import StoreBase
from .rows import AnnotationRow, PassageSpan, PlaceDateRow, SourceRow


class AnnotationReader(StoreBase):
    """A document's layout and marks, read in one pass each, for exports that rebuild the whole text."""

    def source_row(self, document_id: int) -> SourceRow | None:
        """Where the document came from: path, format, content hash, title, author and its cleaned text."""
        row = self.db.execute("SELECT id, path, format, content_hash, title, author, text FROM documents"
                              " WHERE id = ?", (document_id,)).fetchone()
        return SourceRow(*row) if row else None

    def document_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]

    def passage_spans(self, document_id: int) -> list[PassageSpan]:
        """Every passage of a document in text order, with the chapter it belongs to and a note's anchor."""
        rows = self.db.execute(
            "SELECT p.kind, p.start_char, p.end_char, c.seq, p.page, p.anchor FROM passages p"
            " LEFT JOIN chapters c ON c.id = p.chapter_id WHERE p.document_id = ? ORDER BY p.start_char",
            (document_id,))
        return [PassageSpan(*r) for r in rows]

    def page_starts(self, document_id: int) -> list[tuple[int, str]]:
        """(cleaned offset where a page of the original starts, its printed label)."""
        return self.db.execute("SELECT start_char, label FROM pages WHERE document_id = ? ORDER BY start_char",
                               (document_id,)).fetchall()

    def document_sentences(self, document_id: int) -> list[SentenceRecord]:
        """The sentences of one document in text order, as the date reader takes them."""
        return [SentenceRecord(*r) for r in self.db.execute(
            "SELECT s.id, s.document_id, p.chapter_id, s.passage_id, s.start_char, s.end_char, s.text, p.kind"
            " FROM sentences s JOIN passages p ON p.id = s.passage_id WHERE s.document_id = ?"
            " ORDER BY s.start_char", (document_id,))]

    def resolved_mentions(self, document_id: int) -> list[AnnotationRow]:
        """Mentions of a document bound to an entity (names, and the pronouns and roles bound to a person)."""
        return [AnnotationRow(*r) for r in self.db.execute(
            "SELECT m.start_char, m.end_char, m.kind, e.id, e.type FROM mentions m JOIN entities e"
            " ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.start_char, m.end_char DESC",
            (document_id,))]

    def sentences_read_old_style(self, document_id: int, note: str) -> set[int]:
        """Sentences of a document whose dates the build read as Old Style by rule (calendar note `note`)."""
        return {r[0] for r in self.db.execute(
            "SELECT DISTINCT sentence_id FROM events WHERE document_id = ? AND calendar_note = ?",
            (document_id, note))}

    def geonames(self, entity_ids: list[int]) -> dict[int, int]:
        """The GeoNames id of each entity that has one."""
        marks = ",".join("?" * len(entity_ids))
        return dict(self.db.execute(f"SELECT id, geonameid FROM entities WHERE geonameid IS NOT NULL AND id IN"
                                    f" ({marks})", entity_ids).fetchall()) if entity_ids else {}

    def place_dates_cited(self) -> list[PlaceDateRow]:
        """Every dated event in a sentence that names a place (or happened there), place by place, in time order."""
        return [PlaceDateRow(*r) for r in self.db.execute(
            "SELECT DISTINCT pl.id, ev.sentence_id, ev.date, ev.precision, ev.date_end, ev.date_text,"
            " ev.date_julian, ev.date_gregorian, ev.sort_start, ev.sort_end FROM events ev"
            " JOIN mentions m ON m.sentence_id = ev.sentence_id JOIN entities pl ON pl.id = m.entity_id"
            " WHERE pl.type = 'PLACE'"
            " UNION SELECT ev.place_id, ev.sentence_id, ev.date, ev.precision, ev.date_end, ev.date_text,"
            " ev.date_julian, ev.date_gregorian, ev.sort_start, ev.sort_end FROM events ev"
            " WHERE ev.place_id IS NOT NULL ORDER BY 1, 9, 10, 2")]
