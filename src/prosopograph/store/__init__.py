"""store: the one SQLite file (WAL) that holds the knowledge base. All SQL lives in this package."""

from __future__ import annotations

import bisect
import hashlib
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..extract.claims import Claim
from ..extract.events import Event
from ..model import Citation, DocumentInfo, PreparedDocument, Relation
from ..resolve.records import DocumentRecord, MentionRecord, ResolvedEntity, SentenceRecord

SCHEMA_VERSION = "2"
_TOKEN = re.compile(r"\w+", re.UNICODE)


class StoreError(Exception):
    """The knowledge base cannot be opened or is not one of ours."""


class QueryTimeout(StoreError):
    """A query ran past its time limit and was stopped."""


class WriteError(StoreError):
    """The file cannot be written (read-only, disk full); what was committed before is intact."""


def _write_error(path: Path, exc: sqlite3.Error) -> WriteError | None:
    """A one-line explanation of why SQLite could not write `path`, or None if the error is not of that kind."""
    said = str(exc)
    if "readonly" in said or "read-only" in said:
        why = f"{path} is read-only ({said}): make it writable or build into another file"
    elif "disk is full" in said or "too large" in said or "disk I/O error" in said:
        why = f"no room to write {path}: the disk is full, a file-size limit was reached or the drive failed ({said})"
    elif "unable to open" in said:
        why = f"cannot write {path} ({said}): is its folder writable?"
    else:
        return None
    return WriteError(f"{why}; the knowledge base keeps what it held before")


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

    def __init__(self, path: str | Path, create: bool = False, read_only: bool = False) -> None:
        self.path = Path(path)
        self._deadline: float | None = None
        if not create and not self.path.exists():
            raise StoreError(f"no knowledge base at {self.path} "
                             f"(build one with: prosopograph build SOURCE --db {self.path})")
        try:
            if read_only:
                self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                          check_same_thread=False)
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.set_progress_handler(self._over_time, 10_000)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 5000")
            if create:
                self.db.execute("PRAGMA journal_mode = WAL")
                self._migrate()
            self._check()
        except sqlite3.DatabaseError as exc:
            raise _write_error(self.path, exc) or StoreError(
                f"{self.path} is not a prosopograph knowledge base ({exc})") from None

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

    def _over_time(self) -> int:
        return int(self._deadline is not None and time.monotonic() > self._deadline)

    @contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """Queries inside stop with QueryTimeout once `seconds` have passed."""
        self._deadline = time.monotonic() + seconds
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise QueryTimeout(f"the query took longer than {seconds:g} s and was stopped") from None
            raise
        finally:
            self._deadline = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: on any error the file is left as it was (WriteError if it cannot be written)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:  # SQLite may have rolled back already (disk full)
                    with suppress(sqlite3.Error):
                        self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise _write_error(self.path, exc) or exc from None

    # -- writing ---------------------------------------------------------------------------------

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


    # -- reading ---------------------------------------------------------------------------------

    def declare(self, paths: list[str], subject: str | None, narrator: str | None) -> None:
        """Set what the user declared of the documents stored from `paths` (None keeps what was declared)."""
        with self.transaction() as db:
            db.executemany("UPDATE documents SET declared_subject = coalesce(?, declared_subject),"
                           " declared_narrator = coalesce(?, declared_narrator) WHERE path = ?",
                           [(subject, narrator, p) for p in paths])

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

    # -- corpus-level resolution -----------------------------------------------------------------

    def corpus_state(self) -> str:
        """A fingerprint of the stored documents: resolution is redone only when it changes."""
        rows = self.db.execute("SELECT id, content_hash, coalesce(model, ''), declared_subject, declared_narrator"
                               " FROM documents ORDER BY id").fetchall()
        return hashlib.sha256(repr(rows).encode()).hexdigest()

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def resolver_input(self) -> tuple[list[MentionRecord], list[SentenceRecord]]:
        """Every mention the model tagged and every sentence of the corpus, in document order."""
        mentions = [MentionRecord(*r) for r in self.db.execute(
            "SELECT id, document_id, sentence_id, start_char, end_char, text, label FROM mentions"
            " WHERE sentence_id IS NOT NULL AND kind = 'name' ORDER BY document_id, start_char")]
        sentences = [SentenceRecord(*r) for r in self.db.execute(
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

    def replace_resolution(self, entities: list[ResolvedEntity], events: list[Event], relations: list[Relation],
                           claims: list[Claim], state: str, references: list[MentionRecord] = (),
                           roles: dict[int, tuple[int | None, int | None]] | None = None) -> None:
        """Swap in a new resolution of the corpus (entities, the references bound to them, who each document
        is about and told by, events, relations, claims), in one transaction.

        References carry ids of their own (negative) that entities' `mention_ids` use until they are stored.
        """
        with self.transaction() as db:
            db.execute("DELETE FROM mentions WHERE kind != 'name'")
            db.execute("UPDATE documents SET subject_id = NULL, narrator_id = NULL")
            stored: dict[int, int] = {}
            for r in references:
                cur = db.execute("INSERT INTO mentions(document_id, sentence_id, start_char, end_char, text, label,"
                                 " kind, via_sentence_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 (r.document_id, r.sentence_id, r.start, r.end, r.text, r.label, r.kind,
                                  r.via_sentence_id))
                stored[r.id] = int(cur.lastrowid or 0)
            db.execute("UPDATE mentions SET entity_id = NULL")
            db.execute("DELETE FROM claims")
            db.execute("DELETE FROM relations")
            db.execute("DELETE FROM event_participants")
            db.execute("DELETE FROM events")
            db.execute("DELETE FROM aliases")
            db.execute("DELETE FROM entities")
            ids: list[int] = []
            for e in entities:
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
            db.executemany("INSERT OR IGNORE INTO relations(subject_id, relation, object_id, sentence_id)"
                           " VALUES (?, ?, ?, ?)",
                           [(ids[r.subject], r.relation, ids[r.object], r.sentence_id) for r in relations])
            for c in claims:
                cur = db.execute("INSERT INTO claims(claim, agree) VALUES (?, ?)", (c.claim, str(c.agree).lower()))
                db.executemany("INSERT OR IGNORE INTO claim_sources(claim_id, sentence_id, seq) VALUES (?, ?, ?)",
                               [(cur.lastrowid, sid, k) for k, sid in enumerate(c.sentence_ids)])
            db.executemany("UPDATE documents SET subject_id = ?, narrator_id = ? WHERE id = ?",
                           [(None if s is None else ids[s], None if n is None else ids[n], doc)
                            for doc, (s, n) in (roles or {}).items()])
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('resolved_state', ?)", (state,))

    # -- entities --------------------------------------------------------------------------------

    def entities(self, type_: str | None = None, ids: list[int] | None = None) -> list[EntityRow]:
        """Entities, most mentioned first (optionally of one type, or only the given ids)."""
        sql = ("SELECT id, type, name, mentions, lat, lon, country, born, born_sentence_id, died, died_sentence_id"
               " FROM entities")
        args: list[object] = []
        if ids is not None:
            sql += f" WHERE id IN ({','.join('?' * len(ids))})"
            args += ids
        elif type_:
            sql += " WHERE type = ?"
            args.append(type_)
        return [EntityRow(*r) for r in self.db.execute(sql + " ORDER BY mentions DESC, name", args)]

    def aliases(self, entity_ids: list[int]) -> dict[int, list[AliasRow]]:
        out: dict[int, list[AliasRow]] = {i: [] for i in entity_ids}
        for chunk in _chunks(entity_ids):
            for r in self.db.execute(
                    f"SELECT entity_id, alias, reason, sentence_id, mentions FROM aliases WHERE entity_id IN"
                    f" ({','.join('?' * len(chunk))}) ORDER BY mentions DESC, alias", chunk):
                out[r[0]].append(AliasRow(*r[1:]))
        return out

    def entities_named(self, name: str) -> list[int]:
        """Ids of entities that go by `name` (case-insensitive), most mentioned first."""
        rows = self.db.execute(
            "SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ? COLLATE NOCASE"
            " OR e.name = ? COLLATE NOCASE GROUP BY e.id ORDER BY e.mentions DESC", (name, name)).fetchall()
        return [r[0] for r in rows]

    def mention_sentences(self, entity_id: int) -> list[int]:
        """Sentences that mention the entity, in document order."""
        rows = self.db.execute("SELECT DISTINCT sentence_id FROM mentions WHERE entity_id = ? ORDER BY document_id,"
                               " start_char", (entity_id,)).fetchall()
        return [r[0] for r in rows]

    def neighbours(self, entity_id: int, limit: int) -> list[tuple[int, int]]:
        """(entity id, shared sentences) of the entities most often named in the same sentences."""
        return self.db.execute(
            "SELECT other.entity_id, count(DISTINCT other.sentence_id) AS n FROM mentions me"
            " JOIN mentions other ON other.sentence_id = me.sentence_id AND other.entity_id != me.entity_id"
            " WHERE me.entity_id = ? AND other.entity_id IS NOT NULL GROUP BY other.entity_id"
            " ORDER BY n DESC LIMIT ?", (entity_id, limit)).fetchall()

    def citations(self, sentence_ids: list[int]) -> dict[int, Citation]:
        """The citation of each sentence: its document, chapter, page, offsets and text."""
        out: dict[int, Citation] = {}
        for chunk in _chunks(sorted(set(sentence_ids))):
            for r in self.db.execute(
                    "SELECT s.id, d.title, d.id, c.title, p.page, s.start_char, s.end_char, s.text FROM sentences s"
                    " JOIN passages p ON p.id = s.passage_id JOIN documents d ON d.id = s.document_id"
                    f" LEFT JOIN chapters c ON c.id = p.chapter_id WHERE s.id IN ({','.join('?' * len(chunk))})",
                    chunk):
                out[r[0]] = Citation(*r[1:])
        return out


    def events(self, entity_ids: list[int] | None = None, from_day: int | None = None,
               to_day: int | None = None) -> list[EventRow]:
        """Events in time order, optionally only those naming one of the entities or overlapping a span of days."""
        sql = ("SELECT e.id, e.sentence_id, e.date, e.precision, e.detail, e.date_end, e.date_text, e.date_julian,"
               " e.date_gregorian, e.calendar_note, e.relative, e.anchor_sentence_id, e.kind, e.description,"
               " pl.name FROM events e LEFT JOIN entities pl ON pl.id = e.place_id WHERE 1 = 1")
        args: list[object] = []
        if entity_ids is not None:
            sql += (f" AND e.id IN (SELECT event_id FROM event_participants WHERE entity_id IN"
                    f" ({','.join('?' * len(entity_ids))}))")
            args += entity_ids
        if from_day is not None:
            sql += " AND e.sort_end >= ?"
            args.append(from_day)
        if to_day is not None:
            sql += " AND e.sort_start <= ?"
            args.append(to_day)
        return [EventRow(*r) for r in self.db.execute(sql + " ORDER BY e.sort_mid, e.sort_start, e.id", args)]

    def relations(self, entity_ids: list[int] | None = None) -> list[tuple[str, str, str, int]]:
        """(subject name, relation, object name, sentence id), optionally only those involving the entities."""
        sql = ("SELECT s.name, r.relation, o.name, r.sentence_id FROM relations r"
               " JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id")
        args: list[object] = []
        if entity_ids is not None:
            marks = ",".join("?" * len(entity_ids))
            sql += f" WHERE r.subject_id IN ({marks}) OR r.object_id IN ({marks})"
            args = [*entity_ids, *entity_ids]
        return self.db.execute(sql + " ORDER BY s.mentions DESC, r.relation, o.name", args).fetchall()

    def cooccurrences(self, types: list[str], min_sentences: int) -> list[tuple[int, int, int]]:
        """(entity a, entity b, sentences naming both) for pairs of the given types, a < b."""
        marks = ",".join("?" * len(types))
        return self.db.execute(
            "SELECT a.entity_id, b.entity_id, count(DISTINCT a.sentence_id) FROM mentions a"
            " JOIN mentions b ON b.sentence_id = a.sentence_id AND b.entity_id > a.entity_id"
            " JOIN entities ea ON ea.id = a.entity_id JOIN entities eb ON eb.id = b.entity_id"
            f" WHERE ea.type IN ({marks}) AND eb.type IN ({marks})"
            " GROUP BY a.entity_id, b.entity_id HAVING count(DISTINCT a.sentence_id) >= ?",
            [*types, *types, min_sentences]).fetchall()

    def claims(self, limit: int | None = None, offset: int = 0) -> list[tuple[int, str, str, list[int]]]:
        """(id, claim, agree, sentence ids in source order), `limit` of them (all if None) from `offset`."""
        rows = self.db.execute("SELECT id, claim, agree FROM claims ORDER BY id LIMIT ? OFFSET ?",
                               (-1 if limit is None else limit, offset)).fetchall()
        sources: dict[int, list[int]] = defaultdict(list)
        for chunk in _chunks([i for i, _, _ in rows]):
            for claim_id, sentence_id in self.db.execute(
                    f"SELECT claim_id, sentence_id FROM claim_sources WHERE claim_id IN ({','.join('?' * len(chunk))})"
                    " ORDER BY claim_id, seq", chunk):
                sources[claim_id].append(sentence_id)
        return [(i, text, agree, sources[i]) for i, text, agree in rows]

    def claim_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM claims").fetchone()[0])

    def relation_pairs(self) -> list[tuple[int, str, int]]:
        return self.db.execute("SELECT subject_id, relation, object_id FROM relations").fetchall()

    def place_dates(self) -> dict[int, tuple[str, str]]:
        """For each place: the first and last date of the events that happened there."""
        out: dict[int, tuple[str, str]] = {}
        for place, date in self.db.execute(
                "SELECT place_id, date FROM events WHERE place_id IS NOT NULL ORDER BY sort_mid, sort_start"):
            out[place] = (out[place][0], date) if place in out else (date, date)
        return out

    def participants(self, event_ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {i: [] for i in event_ids}
        for chunk in _chunks(event_ids):
            for event_id, name in self.db.execute(
                    "SELECT p.event_id, en.name FROM event_participants p JOIN entities en ON en.id = p.entity_id"
                    f" WHERE p.event_id IN ({','.join('?' * len(chunk))}) ORDER BY p.event_id, p.seq", chunk):
                out[event_id].append(name)
        return out

    # -- questions -------------------------------------------------------------------------------

    def search_sentences(self, match: str, limit: int) -> list[SentenceHit]:
        """Sentences matching an FTS5 expression (built by fts_query), best bm25 first."""
        rows = self.db.execute(
            "SELECT s.id, s.document_id, s.passage_id, s.start_char, s.end_char, s.text, bm25(sentences_fts)"
            " FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
            " JOIN passages p ON p.id = s.passage_id"
            " WHERE sentences_fts MATCH ? AND p.kind != 'heading' ORDER BY bm25(sentences_fts) LIMIT ?",
            (match, limit)).fetchall()
        return [SentenceHit(*r) for r in rows]

    def sentences_by_id(self, sentence_ids: list[int]) -> list[SentenceHit]:
        out: list[SentenceHit] = []
        for chunk in _chunks(sorted(set(sentence_ids))):
            out += [SentenceHit(*r) for r in self.db.execute(
                "SELECT id, document_id, passage_id, start_char, end_char, text, 0.0 FROM sentences"
                f" WHERE id IN ({','.join('?' * len(chunk))})", chunk)]
        return out

    def passage_protagonist(self, sentence: SentenceHit) -> list[tuple[str, int]]:
        """The person named most in the sentence's passage before it: (name, a sentence naming them)."""
        rows = self.db.execute(
            "SELECT e.name, max(m.sentence_id) FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
            " JOIN entities e ON e.id = m.entity_id WHERE s.passage_id = ? AND s.start_char < ? AND e.type = 'PERSON'"
            " AND m.kind = 'name'"
            " GROUP BY e.id ORDER BY count(*) DESC LIMIT 1", (sentence.passage_id, sentence.start)).fetchall()
        return [(name, sid) for name, sid in rows]

    def sentence_mentions(self, sentence_ids: list[int]) -> list[MentionRow]:
        """Mentions in the given sentences, with the entity each was resolved to (if any)."""
        out: list[MentionRow] = []
        for chunk in _chunks(sorted(set(sentence_ids))):
            out += [MentionRow(*r) for r in self.db.execute(
                "SELECT m.sentence_id, m.start_char, m.end_char, m.text, m.label, m.entity_id, e.type, e.name,"
                " e.geonameid IS NOT NULL OR e.country IS NOT NULL, coalesce(e.mentions, 0)"
                " FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE m.kind = 'name'"
                f" AND m.sentence_id IN ({','.join('?' * len(chunk))}) ORDER BY m.sentence_id, m.start_char", chunk)]
        return out

    def sentence_events(self, sentence_ids: list[int]) -> list[EventRow]:
        """Dated events of the given sentences."""
        out: list[EventRow] = []
        for chunk in _chunks(sorted(set(sentence_ids))):
            out += [EventRow(*r) for r in self.db.execute(
                "SELECT e.id, e.sentence_id, e.date, e.precision, e.detail, e.date_end, e.date_text, e.date_julian,"
                " e.date_gregorian, e.calendar_note, e.relative, e.anchor_sentence_id, e.kind, e.description, NULL"
                f" FROM events e WHERE e.sentence_id IN ({','.join('?' * len(chunk))}) ORDER BY e.id", chunk)]
        return out

    def entity_counts(self) -> dict[str, int]:
        """How many people, places and organizations the knowledge base holds."""
        return dict(self.db.execute("SELECT type, count(*) FROM entities GROUP BY type").fetchall())

    def event_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM events").fetchone()[0]

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

    def marks_between(self, document_id: int, start: int, end: int) -> list[MarkRow]:
        """Mentions resolved to an entity, and dates, within [start, end) of a document, in text order."""
        rows = self.db.execute("""
            SELECT m.start_char, m.end_char, e.id, coalesce(e.type, m.label), e.name FROM mentions m
            LEFT JOIN entities e ON e.id = m.entity_id
            WHERE m.document_id = ? AND m.start_char >= ? AND m.end_char <= ?
              AND (e.id IS NOT NULL OR m.label = 'DATE') ORDER BY m.start_char""",
                               (document_id, start, end))
        return [MarkRow(*r) for r in rows]

    def alias_table(self) -> list[tuple[str, int, str]]:
        """(alias, entity id, entity type) for every name of every entity, most mentioned entities first."""
        return self.db.execute(
            "SELECT a.alias, e.id, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id"
            " UNION SELECT e.name, e.id, e.type FROM entities e ORDER BY 2").fetchall()

def _chunks(items: list[int], size: int = 500) -> list[list[int]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@dataclass(frozen=True)
class MarkRow:
    start: int
    end: int
    entity_id: int | None
    entity_type: str
    """The entity's type, or DATE for a date."""
    entity_name: str | None


@dataclass(frozen=True)
class ChapterRow:
    id: int
    seq: int
    title: str
    start: int
    end: int
    page: str | None


@dataclass(frozen=True)
class EntityRow:
    id: int
    type: str
    name: str
    mentions: int
    lat: float | None
    lon: float | None
    country: str | None
    born: str | None
    born_sentence_id: int | None
    died: str | None
    died_sentence_id: int | None


@dataclass(frozen=True)
class AliasRow:
    alias: str
    reason: str
    sentence_id: int | None
    mentions: int


@dataclass(frozen=True)
class EventRow:
    id: int
    sentence_id: int
    date: str
    precision: str
    detail: str | None
    date_end: str | None
    date_text: str
    date_julian: str | None
    date_gregorian: str | None
    calendar_note: str | None
    relative: int
    anchor_sentence_id: int | None
    kind: str
    description: str
    place: str | None


@dataclass(frozen=True)
class SentenceHit:
    id: int
    document_id: int
    passage_id: int
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True)
class MentionRow:
    sentence_id: int
    start: int
    end: int
    text: str
    label: str
    entity_id: int | None
    entity_type: str | None
    entity_name: str | None
    known_place: bool
    """The gazetteer knows the entity as a place."""
    entity_mentions: int
