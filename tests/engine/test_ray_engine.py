"""The Ray engine, on a Ray instance started on this machine: the same knowledge base as the local engine."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import prosopograph
from conftest import knowledge_base_rows, letters_corpus
from prosopograph.engine import ray_engine
from prosopograph.errors import EngineError
from prosopograph.model import Passage, PreparedDocument
from prosopograph.settings import Limits

pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'prosopograph[ray]'")


def test_ray_and_local_engines_build_the_same_knowledge_base(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ray_engine, "BATCH_CHARS", 300)  # spread each document over several actors
    src = tmp_path / "src"
    letters_corpus(src, documents=5)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 20)
    limits = Limits(window=2)  # fewer in flight than there are documents
    local = prosopograph.build([str(src)], tmp_path / "local.sqlite", limits)
    ray = prosopograph.build([str(src)], tmp_path / "ray.sqlite", limits, engine="ray")
    assert [(o.path, o.status, o.reason) for o in ray.outcomes] == \
           [(o.path, o.status, o.reason) for o in local.outcomes]
    assert ray.count("added") == 5 and ray.count("failed") == 2
    local_rows, ray_rows = knowledge_base_rows(tmp_path / "local.sqlite"), knowledge_base_rows(tmp_path / "ray.sqlite")
    assert local_rows["mentions"] and local_rows["entities"] and local_rows["events"]
    for table, rows in local_rows.items():
        assert ray_rows[table] == rows, table


def test_passages_are_batched_in_order_by_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ray_engine, "BATCH_CHARS", 500)
    spans = [(0, 400), (400, 400), (400, 700), (700, 1000)]
    doc = PreparedDocument(path="a", format="text", content_hash="h", size_bytes=1, title="a", author=None,
                           text="x" * 1000, chapters=[], pages=[],
                           passages=[Passage(i, "body", s, e, s, e, None, None, [(s, e)])
                                     for i, (s, e) in enumerate(spans)])
    assert ray_engine._batches(doc) == [[0, 2], [3]]  # the empty passage left out, a batch closed past 500


def test_an_unreachable_cluster_fails_at_once_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port on this machine that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (tmp_path / "a.md").write_text("Marta Oleska wrote from Odessa in 1880.\n")
    with pytest.raises(EngineError, match=f"cannot reach the Ray cluster at ray://127.0.0.1:{port}"):
        prosopograph.build([str(tmp_path / "a.md")], tmp_path / "kb.sqlite", Limits(), engine="ray",
                           address=f"ray://127.0.0.1:{port}")
