"""Writing: one document at a time as the build prepares it, then the corpus-level resolution in one swap."""

from __future__ import annotations

import bisect
import sqlite3

from ..model import Claim, Event, Fact, MentionRecord, PreparedDocument, Relation, ResolvedEntity
from .base import StoreBase


class StoreWriter(StoreBase):
    """What the build writes, each change in one transaction; and what it asks first (is this source stored?)."""

    def stored_hash(self, path: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM documents WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def stored_version(self, path: str) -> tuple[str, str | None] | None:
        """(content hash, NLP pipeline it was annotated with) of the document stored at `path`."""
        row = self.db.execute("SELECT content_hash, model FROM documents WHERE path = ?", (path,)).fetchone()
        return (row[0], row[1]) if row else None

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
                "INSERT INTO documents(path, title, author, format, content_hash, size_bytes, n_chars, n_words, text,"
                " model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.path, doc.title, doc.author, doc.format, doc.content_hash, doc.size_bytes, len(doc.text),
                 doc.n_words, doc.text, doc.model))
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
            db.executemany("INSERT INTO emphasis(document_id, start_char, end_char) VALUES (?, ?, ?)",
                           [(doc_id, a, b) for a, b in doc.emphasis])
            for k, p in enumerate(doc.passages):
                cur = db.execute(
                    "INSERT INTO passages(document_id, seq, kind, chapter_id, page, start_char, end_char,"
                    " raw_start, raw_end, anchor, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, p.seq, p.kind, chapter_ids.get(p.chapter_seq) if p.chapter_seq is not None else None,
                     p.page, p.start, p.end, p.raw_start, p.raw_end, p.anchor, doc.text[p.start:p.end]))
                passage_id = cur.lastrowid
                if doc.parses.get(k):
                    db.execute("INSERT INTO parses(passage_id, tokens) VALUES (?, ?)", (passage_id, doc.parses[k]))
                db.executemany(
                    "INSERT INTO sentences(document_id, passage_id, seq, start_char, end_char, text)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [(doc_id, passage_id, k, s, e, doc.text[s:e]) for k, (s, e) in enumerate(p.sentences)])
            self._write_mentions(db, doc_id, doc)
        return doc_id

    @staticmethod
    def _write_mentions(db: sqlite3.Connection, doc_id: int, doc: PreparedDocument) -> None:
        sentences = db.execute("SELECT id, start_char FROM sentences WHERE document_id = ? ORDER BY start_char",
                               (doc_id,)).fetchall()
        starts = [s for _, s in sentences]
        rows = []
        for m in doc.mentions:
            i = bisect.bisect_right(starts, m.start) - 1
            rows.append((doc_id, sentences[i][0] if i >= 0 else None, m.start, m.end, m.text, m.label))
        db.executemany("INSERT INTO mentions(document_id, sentence_id, start_char, end_char, text, label)"
                       " VALUES (?, ?, ?, ?, ?, ?)", rows)

    def declare(self, paths: list[str], subject: str | None, narrator: str | None) -> None:
        """Set what the user declared of the documents stored from `paths` (None keeps what was declared)."""
        with self.transaction() as db:
            db.executemany("UPDATE documents SET declared_subject = coalesce(?, declared_subject),"
                           " declared_narrator = coalesce(?, declared_narrator) WHERE path = ?",
                           [(subject, narrator, p) for p in paths])

    def replace_resolution(self, entities: list[ResolvedEntity], events: list[Event], relations: list[Relation],
                           claims: list[Claim], state: str, references: list[MentionRecord] = (),
                           roles: dict[int, tuple[int | None, int | None]] | None = None,
                           facts: list[Fact] = ()) -> None:
        """Swap in a new resolution of the corpus (entities, the references bound to them and the names the text
        defines that the model missed, who each document is about and told by, events, relations, facts, claims),
        in one transaction.

        `references` carry ids of their own (negative) that entities' `mention_ids` use until they are stored.
        """
        with self.transaction() as db:
            stored = self._write_references(db, references)
            self._clear_resolution(db)
            ids = self._write_entities(db, entities, stored)
            self._write_events(db, events, ids)
            db.executemany("INSERT OR IGNORE INTO relations(subject_id, relation, object_id, sentence_id,"
                           " via_sentence_id)"
                           " VALUES (?, ?, ?, ?, ?)",
                           [(ids[r.subject], r.relation, ids[r.object], r.sentence_id, r.via_sentence_id)
                            for r in relations])
            self._write_claims(db, claims)
            db.executemany("INSERT INTO facts(sentence_id, about, kind, value, shown, approximate)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           [(f.sentence_id, f.about, f.kind,
                             str(ids[int(f.value)]) if f.kind in ("place", "person") else f.value, f.shown,
                             int(f.approximate)) for f in facts])
            db.executemany("UPDATE documents SET subject_id = ?, narrator_id = ? WHERE id = ?",
                           [(None if s is None else ids[s], None if n is None else ids[n], doc)
                            for doc, (s, n) in (roles or {}).items()])
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('resolved_state', ?)", (state,))

    @staticmethod
    def _write_references(db: sqlite3.Connection, references: list[MentionRecord]) -> dict[int, int]:
        """Replace the bound references ('he', 'my father') and the defined names, and unset each document's subject
        and narrator; the stored id of each by its own."""
        db.execute("DELETE FROM mentions WHERE kind != 'name'")
        db.execute("UPDATE documents SET subject_id = NULL, narrator_id = NULL")
        stored: dict[int, int] = {}
        for r in references:
            cur = db.execute("INSERT INTO mentions(document_id, sentence_id, start_char, end_char, text, label,"
                             " kind, via_sentence_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             (r.document_id, r.sentence_id, r.start, r.end, r.text, r.label, r.kind,
                              r.via_sentence_id))
            stored[r.id] = int(cur.lastrowid or 0)
        return stored

    @staticmethod
    def _clear_resolution(db: sqlite3.Connection) -> None:
        """Unlink every mention and delete what the last resolution made of them."""
        db.execute("UPDATE mentions SET entity_id = NULL")
        for table in ("claims", "facts", "relations", "event_participants", "events", "aliases", "entities"):
            db.execute(f"DELETE FROM {table}")  # a fixed list, rows that point to others first

    @staticmethod
    def _write_entities(db: sqlite3.Connection, entities: list[ResolvedEntity], stored: dict[int, int]) -> list[int]:
        """Store the entities with their aliases and link their mentions; the stored id of each, in order."""
        ids: list[int] = []
        for e in entities:
            if e.same_as is not None:
                ids.append(0)  # set below to the id of the one it is
                continue
            cur = db.execute(
                "INSERT INTO entities(type, name, mentions, lat, lon, country, geonameid, born, born_sentence_id,"
                " died, died_sentence_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (e.type, e.name, len(e.mention_ids), e.lat, e.lon, e.country, e.geonameid,
                 e.born[0] if e.born else None, e.born[1] if e.born else None,
                 e.died[0] if e.died else None, e.died[1] if e.died else None))
            entity_id = int(cur.lastrowid or 0)
            ids.append(entity_id)
            db.executemany("UPDATE mentions SET entity_id = ? WHERE id = ?",
                           [(entity_id, stored.get(m, m)) for m in e.mention_ids])
            db.executemany("INSERT OR IGNORE INTO aliases(entity_id, alias, reason, sentence_id, mentions)"
                           " VALUES (?, ?, ?, ?, ?)",
                           [(entity_id, a.alias, a.reason, a.sentence_id, a.mentions) for a in e.aliases])
        return [ids[e.same_as] if e.same_as is not None else ids[i] for i, e in enumerate(entities)]

    @staticmethod
    def _write_events(db: sqlite3.Connection, events: list[Event], ids: list[int]) -> None:
        """Store the events, each with its date's sort keys and its participants (`ids`: entity index to id)."""
        for ev in events:
            d = ev.dated
            mid, start = d.value.sort_key()
            end = (d.end_value or d.value).interval()[1]
            cur = db.execute(
                "INSERT INTO events(document_id, sentence_id, date, precision, detail, date_end, date_text,"
                " date_julian, date_gregorian, calendar_note, relative, anchor_sentence_id, sort_mid, sort_start,"
                " sort_end, kind, description, place_id)"
                " SELECT document_id, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                " FROM sentences WHERE id = ?",
                (d.value.iso(), d.value.precision, d.value.season or d.value.qualifier,
                 d.end_value.iso() if d.end_value else None, d.text,
                 d.julian.iso() if d.julian else None, d.gregorian.iso() if d.gregorian else None,
                 d.calendar_note or None, int(d.relative), d.anchor_sentence_id, mid, start, end, ev.kind,
                 ev.description, ids[ev.place] if ev.place is not None else None, ev.sentence_id))
            db.executemany("INSERT OR IGNORE INTO event_participants(event_id, entity_id, seq) VALUES (?, ?, ?)",
                           [(cur.lastrowid, ids[p], k) for k, p in enumerate(ev.participants)])

    @staticmethod
    def _write_claims(db: sqlite3.Connection, claims: list[Claim]) -> None:
        for c in claims:
            cur = db.execute("INSERT INTO claims(claim, agree, reason) VALUES (?, ?, ?)",
                             (c.claim, str(c.agree).lower(), c.reason or None))
            values = c.values or (None,) * len(c.sentence_ids)
            db.executemany("INSERT OR IGNORE INTO claim_sources(claim_id, sentence_id, seq, value) VALUES (?, ?, ?, ?)",
                           [(cur.lastrowid, sid, k, v) for k, (sid, v) in enumerate(zip(c.sentence_ids, values))])
            db.executemany("INSERT INTO claim_pairs(claim_id, first, second, agree) VALUES (?, ?, ?, ?)",
                           [(cur.lastrowid, i, j, str(label).lower()) for i, j, label in c.pairs])
