"""Opening a knowledge-base file: the schema and its version, transactions, time limits, and the errors."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path

SCHEMA_VERSION = "4"
_FACTS = ["ALTER TABLE claims ADD COLUMN reason TEXT", "ALTER TABLE claim_sources ADD COLUMN value TEXT"]
"""Version 4: claims with each source's value and the reason of the label; its new tables (claim_pairs,
facts) the schema script makes after an upgrade."""
UPGRADES = {"2": ["ALTER TABLE relations ADD COLUMN via_sentence_id INTEGER"
                  " REFERENCES sentences(id) ON DELETE CASCADE", *_FACTS],
            "3": _FACTS}
"""What brings a knowledge base of an older schema to this one (the resolution is redone on the next build)."""
CHUNK = 500
"""Ids bound into one `IN (...)` list at most: SQLite limits the variables of one statement."""


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


class StoreBase:
    """An open knowledge-base file: what every part of `Store` (writer and readers) stands on."""

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
            self._check(read_only)
        except sqlite3.DatabaseError as exc:
            raise _write_error(self.path, exc) or StoreError(
                f"{self.path} is not a prosopograph knowledge base ({exc})") from None

    def _migrate(self) -> None:
        schema = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
        self.db.executescript(schema)
        self.db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    def _check(self, read_only: bool = False) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and row[0] in UPGRADES and not read_only:
            self.db.execute("BEGIN IMMEDIATE")
            for step in UPGRADES[row[0]]:
                self.db.execute(step)
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,))
            self.db.execute("COMMIT")
            self._migrate()  # the tables this version adds (the script only makes what is missing)
            row = (SCHEMA_VERSION,)
        if row is None or row[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by another version of prosopograph (schema {row and row[0]})")

    def close(self) -> None:
        self.db.close()

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

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


def chunks(items: list[int], size: int = CHUNK) -> list[list[int]]:
    """`items` cut into lists short enough to bind into one statement."""
    return [items[i:i + size] for i in range(0, len(items), size)]
