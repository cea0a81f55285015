"""Annotation under a time limit, in every engine: a document that takes too long fails alone.

No part of the product is replaced: the limit (`PROSOPOGRAPH_ANNOTATE_TIMEOUT_S`, a setting users have)
is set to a few seconds, and one source is a real text far longer than the model can annotate in that
time, beside one-sentence sources it annotates in milliseconds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from prosopograph.cli import main

LIMIT_S = 3
LONG_CHARS = 400_000
"""About 65 000 words: a minute or more of annotation on this machine, far beyond LIMIT_S."""


def long_text(chars: int) -> str:
    """Paragraphs of varied sentences about made-up people and towns, `chars` characters or a little more."""
    people = ["Ilse Varga", "Tomas Brenner", "Agnes Holt", "Pieter Moll", "Rosa Aldana"]
    towns = ["Gdansk", "Lyon", "Porto", "Trieste", "Bergen", "Kazan"]
    verbs = ["wrote to", "visited", "quarrelled with", "met", "travelled with"]
    paragraphs, size, n = [], 0, 0
    while size < chars:
        sentences = [f"In {1850 + n % 60}, {people[(n + k) % 5]} {verbs[(n + 2 * k) % 5]} "
                     f"{people[(n + k + 1) % 5]} in {towns[(n + 3 * k) % 6]} and stayed there until the spring."
                     for k in range(6)]
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 2
        n += 1
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """One long source (first in order, so the short ones are in flight behind it) and three short ones."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a-long.txt").write_text(long_text(LONG_CHARS), encoding="utf-8")
    for k in range(3):
        (src / f"b-{k}.txt").write_text(f"Anna Petrova wrote letter {k} from Paris in 190{k}.\n", encoding="utf-8")
    return src


def build(src: Path, db: Path, *options: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["build", str(src), "--db", str(db), "--quiet", *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stderr


def stored(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(Path(p).name for (p,) in conn.execute("SELECT path FROM documents"))


def assert_long_one_failed_alone(src: Path, db: Path, code: int, stderr: str) -> None:
    assert code == 1, stderr  # some failed, the others are stored
    assert stderr.splitlines() == [f"failed {src.resolve() / 'a-long.txt'}: gave up annotating after {LIMIT_S} s"]
    assert stored(db) == ["b-0.txt", "b-1.txt", "b-2.txt"]
    with sqlite3.connect(db) as conn:  # the short ones whole: annotated, not stored bare
        people = {name for (name,) in conn.execute("SELECT name FROM entities WHERE type = 'PERSON'")}
    assert "Anna Petrova" in people


@pytest.mark.parametrize("workers", [1, 2])
def test_local_engine_gives_up_on_a_document_that_outlasts_the_limit(sources: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    workers: int) -> None:
    monkeypatch.setenv("PROSOPOGRAPH_ANNOTATE_TIMEOUT_S", str(LIMIT_S))
    monkeypatch.setenv("PROSOPOGRAPH_WORKERS", str(workers))  # 1: the model still runs in a process that can be stopped
    db = tmp_path / "kb.sqlite"
    code, stderr = build(sources, db)
    assert_long_one_failed_alone(sources, db, code, stderr)


def test_ray_engine_gives_up_on_a_document_that_outlasts_the_limit(sources: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'prosopograph[ray]'")
    monkeypatch.setenv("PROSOPOGRAPH_ANNOTATE_TIMEOUT_S", str(LIMIT_S))
    db = tmp_path / "kb.sqlite"
    code, stderr = build(sources, db, "--engine", "ray")
    assert_long_one_failed_alone(sources, db, code, stderr)
