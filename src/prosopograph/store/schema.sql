-- prosopograph knowledge base. Offsets (start_char, end_char) index documents.text.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    author       TEXT,
    format       TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    size_bytes   INTEGER NOT NULL,
    n_chars      INTEGER NOT NULL,
    n_words      INTEGER NOT NULL,
    text         TEXT NOT NULL,
    model        TEXT,
    built_at     TEXT NOT NULL DEFAULT (datetime('now')),
    -- whose life it tells and who says "I", as the user declared them for the build (else NULL)
    declared_subject  TEXT,
    declared_narrator TEXT,
    -- the same as the resolution found them (entities.id, rewritten with the entities)
    subject_id   INTEGER,
    narrator_id  INTEGER
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);

CREATE TABLE IF NOT EXISTS chapters (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    title       TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    page        TEXT
);
CREATE INDEX IF NOT EXISTS chapters_document ON chapters(document_id, seq);

CREATE TABLE IF NOT EXISTS pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    label       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_document ON pages(document_id, start_char);

-- kind: 'paragraph', 'heading', 'note', 'apparatus' (index, appendix, editors' matter), 'contents' (a contents
-- entry) or 'argument' (a chapter's list of topics);
-- a note's anchor is where it was cut out of the text.
CREATE TABLE IF NOT EXISTS passages (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    chapter_id  INTEGER REFERENCES chapters(id) ON DELETE CASCADE,
    page        TEXT,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    raw_start   INTEGER NOT NULL,
    raw_end     INTEGER NOT NULL,
    anchor      INTEGER,
    text        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_document ON passages(document_id, seq);

CREATE TABLE IF NOT EXISTS sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    passage_id  INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_passage ON sentences(passage_id, seq);

-- Text the source set in italics ('_so_' in plain text): titles of works, names of ships.
CREATE TABLE IF NOT EXISTS emphasis (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS emphasis_document ON emphasis(document_id, start_char);

-- The model's parse of each passage (nlp/parse.py: a line per token, offsets from the passage start).
CREATE TABLE IF NOT EXISTS parses (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
    tokens     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_document ON sentences(document_id, start_char);

-- Full-text indexes, kept in step with their tables by the triggers below.
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
    text, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- What the NLP model tagged, per document (kind 'name', kept while the document is unchanged), and the
-- pronouns and role phrases the resolution bound to a person (kind 'narrator', 'pronoun', 'hearer' — a
-- quotation's 'you' — or 'role', rewritten with the entities; via_sentence_id is the sentence the binding went
-- through).
CREATE TABLE IF NOT EXISTS mentions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    label       TEXT NOT NULL,
    entity_id   INTEGER,
    kind        TEXT NOT NULL DEFAULT 'name',
    via_sentence_id INTEGER REFERENCES sentences(id) ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id, start_char);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions(sentence_id, entity_id);

-- Corpus-level resolution, rebuilt whenever a document changes. type: PERSON, PLACE or ORG.
CREATE TABLE IF NOT EXISTS entities (
    id         INTEGER PRIMARY KEY,
    type       TEXT NOT NULL,
    name       TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    lat        REAL,
    lon        REAL,
    country    TEXT,
    geonameid  INTEGER,
    born       TEXT,
    born_sentence_id INTEGER,
    died       TEXT,
    died_sentence_id INTEGER
);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type, mentions);

-- Every name an entity goes by, with the sentence that justified it and why.
CREATE TABLE IF NOT EXISTS aliases (
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE SET NULL,
    mentions    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS aliases_alias ON aliases(alias COLLATE NOCASE);

-- Dated events, rebuilt with the entities. Dates are ISO 8601 as the source gives them (date),
-- with both calendars where a conversion applies; sort_mid/sort_start are Gregorian day numbers.
CREATE TABLE IF NOT EXISTS events (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id    INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    date           TEXT NOT NULL,
    precision      TEXT NOT NULL,
    detail         TEXT,
    date_end       TEXT,
    date_text      TEXT NOT NULL,
    date_julian    TEXT,
    date_gregorian TEXT,
    calendar_note  TEXT,
    relative       INTEGER NOT NULL DEFAULT 0,
    anchor_sentence_id INTEGER,
    sort_mid       REAL NOT NULL,
    sort_start     INTEGER NOT NULL,
    sort_end       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    description    TEXT NOT NULL,
    place_id       INTEGER REFERENCES entities(id) ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS events_time ON events(sort_mid, sort_start);

CREATE TABLE IF NOT EXISTS event_participants (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX IF NOT EXISTS event_participants_entity ON event_participants(entity_id);

-- Relations between entities, rebuilt with them; relation is one of the contract's names.
CREATE TABLE IF NOT EXISTS relations (
    subject_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    relation    TEXT NOT NULL,
    object_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    -- an inferred relation (a parent's parent is a grandparent) cites the two sentences it follows from
    via_sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    PRIMARY KEY (subject_id, relation, object_id)
);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object_id);

-- Claims two or more sources make about the same fact; agree is 'true', 'false' or 'partial'.
CREATE TABLE IF NOT EXISTS claims (
    id     INTEGER PRIMARY KEY,
    claim  TEXT NOT NULL,
    agree  TEXT NOT NULL,
    reason TEXT
);
CREATE TABLE IF NOT EXISTS claim_sources (
    claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    value       TEXT,
    PRIMARY KEY (claim_id, sentence_id)
);
-- the label of each two sources of a claim (positions in claim_sources), for a view of only two of them
CREATE TABLE IF NOT EXISTS claim_pairs (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    first    INTEGER NOT NULL,
    second   INTEGER NOT NULL,
    agree    TEXT NOT NULL,
    PRIMARY KEY (claim_id, first, second)
);
-- what each source states of one thing (extract/facts.py): value is an entity id for a place or person
CREATE TABLE IF NOT EXISTS facts (
    id          INTEGER PRIMARY KEY,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    about       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    shown       TEXT NOT NULL,
    approximate INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS facts_sentence ON facts(sentence_id);
