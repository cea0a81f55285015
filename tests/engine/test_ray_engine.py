"""The Ray engine, on a Ray instance started on this machine: the same knowledge base as the local engine."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import prosopograph
from conftest import knowledge_base_rows, letters_corpus
from prosopograph import nlp
from prosopograph.errors import EngineError
from prosopograph.settings import Limits

pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'prosopograph[ray]'")


def test_ray_and_local_engines_build_the_same_knowledge_base(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "BATCH_CHARS", 300)  # spread each document over several actors and pool processes
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


def test_an_unreachable_cluster_fails_at_once_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port on this machine that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (tmp_path / "a.md").write_text("Marta Oleska wrote from Odessa in 1880.\n")
    with pytest.raises(EngineError, match=f"cannot reach the Ray cluster at ray://127.0.0.1:{port}"):
        prosopograph.build([str(tmp_path / "a.md")], tmp_path / "kb.sqlite", Limits(), engine="ray",
                           address=f"ray://127.0.0.1:{port}")
