"""Faults during a build: a kill at any moment, readers at the same time, a full disk, a read-only file."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import prosopograph
from conftest import knowledge_base_rows, letters_corpus
from prosopograph.kb import KnowledgeBase
from prosopograph.settings import Limits
from prosopograph.store import StoreError

DOCUMENTS = 12


def document_parts(db: Path) -> dict[str, tuple[int, ...]]:
    """Per stored document: its size and how many pages, chapters, passages, sentences and mentions it has."""
    with sqlite3.connect(db) as conn:
        conn.execute("BEGIN")  # one snapshot for every count
        rows = conn.execute("""
            SELECT d.path, d.n_chars, d.n_words,
                   (SELECT count(*) FROM pages WHERE document_id = d.id),
                   (SELECT count(*) FROM chapters WHERE document_id = d.id),
                   (SELECT count(*) FROM passages WHERE document_id = d.id),
                   (SELECT count(*) FROM sentences WHERE document_id = d.id),
                   (SELECT count(*) FROM mentions WHERE document_id = d.id)
            FROM documents d""").fetchall()
    return {path: tuple(parts) for path, *parts in rows}


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def start_build(src: Path, db: Path, prefix: tuple[str, ...] = (), **kwargs: object) -> subprocess.Popen:
    return subprocess.Popen([*prefix, sys.executable, "-m", "prosopograph.cli", "build", str(src), "--db", str(db),
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kwargs)  # type: ignore[call-overload]


def kill_build(proc: subprocess.Popen) -> None:
    """SIGKILL the build and its worker processes at once, as a crash or a pulled plug would."""
    with contextlib.suppress(ProcessLookupError):  # the build finished before its moment came
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """Sources, the knowledge base an uninterrupted build makes of them, and how long that build took."""
    root = tmp_path_factory.mktemp("letters")
    letters_corpus(root / "src", DOCUMENTS, letters=30)
    started = time.monotonic()
    prosopograph.build([str(root / "src")], root / "reference.sqlite", Limits())
    return root / "src", root / "reference.sqlite", time.monotonic() - started


def test_killed_builds_leave_whole_documents_and_the_next_build_completes(letters: tuple[Path, Path, float],
                                                                          tmp_path: Path) -> None:
    src, reference, seconds = letters
    expected = document_parts(reference)
    db = tmp_path / "kb.sqlite"
    rng = random.Random(8)
    # first kill: as soon as a reader sees some documents (so the kill falls among the writes);
    # then kills at random moments of a build's life, from start-up to resolution
    at_least = rng.randint(2, DOCUMENTS - 2)
    for round_ in range(4):
        proc = start_build(src, db)
        deadline = time.monotonic() + (120 if round_ == 0 else rng.uniform(0.2, seconds + 3))
        while proc.poll() is None and time.monotonic() < deadline:
            if round_ == 0 and db.exists() and len(_whole_documents(db, expected)) >= at_least:
                break
            time.sleep(0.01)
        kill_build(proc)
        assert integrity(db) == "ok"
        parts = document_parts(db)
        assert {path: expected[path] for path in parts} == parts  # every stored document whole
        if round_ == 0:
            assert len(parts) >= at_least
    finished = subprocess.run([sys.executable, "-m", "prosopograph.cli", "build", str(src), "--db", str(db),
                               "--quiet"], capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert knowledge_base_rows(db) == knowledge_base_rows(reference)


def _whole_documents(db: Path, expected: dict[str, tuple[int, ...]]) -> list[str]:
    """Documents a reader sees, through the library's read-only view; it fails the test on a half-written one."""
    try:
        kb = KnowledgeBase(db, read_only=True)
    except StoreError:  # the build has not yet created the schema
        return []
    try:
        seen = {(d.path, (d.n_chars, d.n_words, d.n_pages, d.n_chapters, d.n_passages, d.n_sentences))
                for d in kb.documents()}
        kb.search("school")
        kb.ask("Where did Marta write from?")
    finally:
        kb.close()
    for path, parts in seen:
        assert parts == expected[path][:6], f"{path} seen half-written"
    return [path for path, _ in seen]


def test_readers_during_a_build_see_each_document_whole_or_not_at_all(letters: tuple[Path, Path, float],
                                                                      tmp_path: Path) -> None:
    src, reference, _ = letters
    expected = document_parts(reference)
    db = tmp_path / "kb.sqlite"
    proc = start_build(src, db)
    looks = counts = 0
    while proc.poll() is None:
        seen = _whole_documents(db, expected)
        looks += 1
        counts = max(counts, len(seen))
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    assert looks > 10 and counts == DOCUMENTS
    assert document_parts(db) == expected


def test_a_full_disk_stops_the_build_with_one_line_and_keeps_what_was_stored(letters: tuple[Path, Path, float],
                                                                              tmp_path: Path) -> None:
    src, reference, _ = letters
    db = tmp_path / "kb.sqlite"
    first = sorted(src.iterdir())[0]
    prosopograph.build([str(first)], db, Limits())
    before = document_parts(db)
    limit = db.stat().st_size + 16 * 1024  # room for a little, not for eleven more documents

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = start_build(src, db, preexec_fn=small_disk)
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode != 0
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines and "no room to write" in lines[-1] and "Traceback" not in stderr
    assert integrity(db) == "ok"
    after = document_parts(db)
    expected = document_parts(reference)
    assert before.items() <= after.items()  # nothing lost
    assert after == {path: expected[path] for path in after}  # and what was added is whole


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_knowledge_base_gives_one_clear_line_and_is_unchanged(letters: tuple[Path, Path, float],
                                                                          tmp_path: Path, what: str) -> None:
    src, _, _ = letters
    home = tmp_path / "kb"
    home.mkdir()
    db = home / "kb.sqlite"
    prosopograph.build([str(sorted(src.iterdir())[0])], db, Limits())
    assert not Path(f"{db}-wal").exists()  # the build closed the file: no journal beside it to write into
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    os.chmod(db if what == "file" else home, 0o444 if what == "file" else 0o555)
    # root passes file modes by CAP_DAC_OVERRIDE: run the build without it then
    prefix = ("setpriv", "--bounding-set=-dac_override,-dac_read_search") if os.geteuid() == 0 else ()
    if prefix and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv (util-linux) to drop the right to write read-only files")
    try:
        proc = start_build(src, db, prefix)
        _, stderr = proc.communicate(timeout=600)
    finally:
        os.chmod(home, 0o755)
        os.chmod(db, 0o644)
    assert proc.returncode != 0
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines and "Traceback" not in stderr
    assert "read-only" in lines[-1] or "is its folder writable" in lines[-1], lines[-1]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
