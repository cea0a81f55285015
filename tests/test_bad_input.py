"""Bad input fails one source with one line, never the build: odd file names, pipes and devices, nothing to
read, an empty question, a file without a line break, a failure at any stage, a reader out of memory."""

from __future__ import annotations

import io
import os
import socket
import sqlite3
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import pdf_file
from prosopograph.cli import main
from prosopograph.ingest import discover
from prosopograph.model import PreparedDocument
from prosopograph.nlp import Annotator
from prosopograph.settings import Limits
from prosopograph.store import Store

GOOD = "Marta Oleska wrote from Vienna on 3 May 1890 to her brother Pavel Oleski in Odessa.\n"


def build(*args: str | Path) -> tuple[int, str]:
    """Exit status and stderr of `prosopograph build ARGS --quiet`, run in this process."""
    result = CliRunner().invoke(main, ["build", *map(str, args), "--quiet"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stderr


def stored(db: Path) -> dict[str, str]:
    """Stored document path → title."""
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT path, title FROM documents").fetchall())


def line_about(stderr: str, name: str) -> str:
    """The one stderr line that names the file `name`."""
    lines = [line for line in stderr.splitlines() if name in line]
    assert len(lines) == 1, stderr
    return lines[0]


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "Error:" not in stderr.split("failed")[0], stderr


@pytest.fixture
def good(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    return src


# -- 1. a file name that is not UTF-8 -----------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_stored_and_shown_escaped(good: Path, tmp_path: Path) -> None:
    (good / os.fsdecode(b"bad\xff.txt")).write_text("Ivan Sokolov was born in Kiev in 1871.\n", encoding="utf-8")
    (good / os.fsdecode(b"empty\xfe.txt")).write_text("", encoding="utf-8")  # fails: its name is printed
    db = tmp_path / "kb.sqlite"
    code, err = build(good, "--db", db)
    assert code == 1
    assert_no_traceback(err)
    assert line_about(err, "empty").endswith("empty\\xfe.txt: empty file")
    docs = stored(db)
    assert sorted(Path(p).name for p in docs) == ["bad\\xff.txt", "good.txt"]
    assert docs[str(good.resolve() / "bad\\xff.txt")] == "bad\\xff"
    listed = CliRunner().invoke(main, ["documents", "--db", str(db), "--json"])
    assert listed.exit_code == 0 and "bad\\\\xff" in listed.stdout
    # a second build finds it unchanged by the same escaped name
    assert build(good, "--db", db)[0] == 1 and len(stored(db)) == 2


# -- 2. pipes, sockets and devices ---------------------------------------------------------------------


@pytest.fixture
def specials(good: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """`good` with a named pipe and a socket that have a source's ending (no one ever writes to them)."""
    os.mkfifo(good / "pipe.txt")
    monkeypatch.chdir(good)  # a socket's path must be short
    server = socket.socket(socket.AF_UNIX)
    server.bind("socket.md")
    yield good
    server.close()


def test_discover_lists_pipes_and_sockets_in_a_folder_as_refused(specials: Path) -> None:
    found, refused = discover([str(specials)], Limits())
    assert [p.name for p in found] == ["good.txt"]
    assert sorted((Path(p).name, why) for p, why in refused) == [
        ("pipe.txt", "not a regular file (a named pipe), not read"),
        ("socket.md", "not a regular file (a socket), not read")]


def test_pipes_sockets_and_devices_are_refused_before_any_open_and_never_block(specials: Path,
                                                                                tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    # in a process of its own, so that a build that blocked on the pipe fails the test instead of hanging it
    proc = subprocess.run([sys.executable, "-m", "prosopograph.cli", "build", str(specials), str(specials / "pipe.txt"),
                           "/dev/null", "--db", str(db), "--quiet"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert proc.returncode == 1, proc.stderr
    assert_no_traceback(proc.stderr)
    assert line_about(proc.stderr, "socket.md").endswith("socket.md: not a regular file (a socket), not read")
    assert line_about(proc.stderr, "/dev/null") == "failed /dev/null: not a regular file (a device), not read"
    pipe_lines = [line for line in proc.stderr.splitlines() if "pipe.txt" in line]
    assert pipe_lines and all(line.endswith("not a regular file (a named pipe), not read") for line in pipe_lines)
    assert [Path(p).name for p in stored(db)] == ["good.txt"]


# -- 3. nothing to read, and exit statuses -------------------------------------------------------------


def test_a_folder_with_nothing_to_read_says_so_and_makes_no_knowledge_base(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "photo.jpg").write_bytes(b"\xff\xd8")
    db = tmp_path / "kb.sqlite"
    code, err = build(tmp_path / "empty", "--db", db)
    assert code == 2
    assert line_about(err, "nothing").startswith(f"nothing was found to read in {tmp_path / 'empty'} (files ending")
    assert not db.exists()


def test_a_path_that_does_not_exist_is_an_error_and_leaves_no_file(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    code, err = build(tmp_path / "nope.txt", "--db", db)
    assert code == 2
    assert line_about(err, "nope.txt") == f"failed {tmp_path / 'nope.txt'}: no such file or folder"
    assert "nothing could be read" in err
    assert list(tmp_path.iterdir()) == []


def test_sources_that_all_fail_when_read_leave_no_knowledge_base(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is no PDF at all")
    db = tmp_path / "kb.sqlite"
    code, err = build(tmp_path / "broken.pdf", "--db", db)
    assert code == 2
    assert line_about(err, "broken.pdf").startswith(f"failed {tmp_path / 'broken.pdf'}: not a readable PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.pdf"]


def test_exit_status_is_0_when_all_built_or_unchanged_1_when_some_failed(good: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    assert build(good, "--db", db)[0] == 0
    assert build(good, "--db", db)[0] == 0  # unchanged
    (good / "empty.md").write_text("\n\n")
    code, err = build(good, "--db", db)
    assert code == 1
    assert line_about(err, "empty.md") == f"failed {good.resolve() / 'empty.md'}: empty file"
    assert [Path(p).name for p in stored(db)] == ["good.txt"]


# -- 4. an empty question ------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["", "   "])
def test_an_empty_question_is_a_usage_error(tmp_path: Path, question: str) -> None:
    result = CliRunner().invoke(main, ["ask", "--db", str(tmp_path / "none.sqlite"), question])
    assert result.exit_code == 2
    assert "the question is empty" in result.stderr


# -- 5. a long file without a line break ---------------------------------------------------------------


def one_line_text(size: int) -> str:
    people = ["Anna Petrova", "Ivan Sokolov", "Marta Oleska", "Pavel Brill"]
    towns = ["Odessa", "Kiev", "Vienna", "Paris"]
    out = io.StringIO()
    n = 0
    while out.tell() < size:
        out.write(f"In {1880 + n % 40} {people[n % 4]} travelled from {towns[n % 4]} to {towns[(n + 1) % 4]} "
                  f"and wrote to {people[(n + 2) % 4]} about the school. ")
        n += 1
    return out.getvalue()


ONE_LINE_BYTES = int(os.environ.get("PROSOPOGRAPH_TEST_ONE_LINE_BYTES", 1_500_000))
"""5 MB builds, but took 10 minutes (285 s of CPU, 5.2 GB peak) on a shared 2-core machine; 1.5 MB takes
the same path (one passage parsed in pieces of nlp.PIECE_CHARS) in under two. Set this variable to
5000000 for the full size."""


@pytest.mark.slow
def test_a_long_file_without_a_line_break_builds_beside_a_good_one(good: Path, tmp_path: Path) -> None:
    (good / "oneline.txt").write_text(one_line_text(ONE_LINE_BYTES), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    code, err = build(good, "--db", db)
    assert (code, err) == (0, "")
    assert sorted(Path(p).name for p in stored(db)) == ["good.txt", "oneline.txt"]
    with sqlite3.connect(db) as conn:
        (mentions,) = conn.execute("SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document_id "
                                   "WHERE d.path LIKE '%oneline.txt'").fetchone()
    assert mentions > ONE_LINE_BYTES // 200  # annotated all through, not only its first piece


# -- 6. a failure at any stage fails that source alone -------------------------------------------------


@pytest.fixture
def stages(good: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`good` beside sources that fail when read, cleaned, annotated and stored (failures injected here)."""
    import prosopograph.engine.local as local
    import prosopograph.pipeline as pipeline

    for name in ("read-fails", "clean-fails", "annotate-fails", "store-fails"):
        (good / f"{name}.txt").write_text(f"{name}: Ivan Sokolov came to {name.split('-')[0]}ville in 1890.\n")
    prepare, clean = local.prepare_document, pipeline.clean
    annotate, write = Annotator.annotate_texts, Store.write_document

    def failing_prepare(path: Path, data: bytes, limits: Limits) -> PreparedDocument:
        if path.name == "read-fails.txt":
            raise OSError("injected read failure")
        return prepare(path, data, limits)

    def failing_clean(source):  # type: ignore[no-untyped-def]
        if "clean-fails" in source.text:
            raise ValueError("injected cleaning failure")
        return clean(source)

    def failing_annotate(self: Annotator, texts: list[str], processes: int = 1):  # type: ignore[no-untyped-def]
        if any("annotate-fails" in t for t in texts):
            raise RuntimeError("injected annotation failure")
        return annotate(self, texts, processes)

    def failing_write(self: Store, doc: PreparedDocument) -> int:
        if doc.path.endswith("store-fails.txt"):
            raise sqlite3.OperationalError("injected store failure")
        return write(self, doc)

    # the reading workers and the annotation pool are forked from here, so they run the failing versions
    monkeypatch.setattr(local, "prepare_document", failing_prepare)
    monkeypatch.setattr(pipeline, "clean", failing_clean)
    monkeypatch.setattr(Annotator, "annotate_texts", failing_annotate)
    monkeypatch.setattr(Store, "write_document", failing_write)
    return good


@pytest.mark.parametrize("workers", [2, 1], ids=["two annotation processes", "one annotation process"])
def test_a_failure_at_each_stage_fails_that_source_alone(stages: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    monkeypatch.setenv("PROSOPOGRAPH_WORKERS", str(workers))
    db = tmp_path / "kb.sqlite"
    code, err = build(stages, "--db", db)
    assert code == 1
    here = stages.resolve()
    assert line_about(err, "read-fails").startswith(
        f"failed {here / 'read-fails.txt'}: could not be read: OSError: injected read failure (at test_bad_input.py:")
    assert line_about(err, "clean-fails").startswith(
        f"failed {here / 'clean-fails.txt'}: could not be cleaned: ValueError: injected cleaning failure (at")
    assert line_about(err, "annotate-fails").startswith(
        f"failed {here / 'annotate-fails.txt'}: could not be annotated: RuntimeError: injected annotation failure")
    assert line_about(err, "store-fails") == (
        f"failed {here / 'store-fails.txt'}: could not be stored: injected store failure")
    assert len(err.splitlines()) == 4
    assert [Path(p).name for p in stored(db)] == ["good.txt"]


# -- 7. a reader out of memory -------------------------------------------------------------------------


def inflating_pdf(inflated: int) -> bytes:
    """A one-page PDF whose content stream is small on disk and `inflated` bytes once decompressed."""
    squeeze = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = squeeze.compress(b"BT /F1 11 Tf 72 740 Td (Hello) Tj ET\n")
    stream += b"".join(squeeze.compress(chunk) for _ in range(inflated >> 20)) + squeeze.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
               b"/Contents 5 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    return pdf_file(objects)


def test_a_pdf_that_inflates_past_the_memory_cap_fails_alone(good: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    (good / "inflates.pdf").write_bytes(inflating_pdf(300 * 1024**2))
    monkeypatch.setenv("PROSOPOGRAPH_WORKER_MEMORY_BYTES", str(150 * 1024**2))
    db = tmp_path / "kb.sqlite"
    code, err = build(good, "--db", db)
    assert code == 1
    line = line_about(err, "inflates.pdf")
    assert line.startswith(f"failed {good.resolve() / 'inflates.pdf'}: ")
    assert "out of memory while reading (limit 150 MB)" in line
    assert [Path(p).name for p in stored(db)] == ["good.txt"]
