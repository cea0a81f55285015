"""Whole builds on small folders: bad sources fail alone, unchanged ones are skipped."""

from pathlib import Path

import prosopograph
from conftest import make_epub, make_pdf
from prosopograph.settings import Limits

GOOD = "She was born in a river town in 1840.\n\nShe taught school there for twenty years.\n"


def snapshot(db: Path) -> list[tuple[str, str]]:
    with prosopograph.open(db) as kb:
        return sorted((d.path, d.title) for d in kb.documents())


def test_bad_sources_fail_alone_with_one_line_reasons(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (src / "broken.pdf").write_bytes(make_pdf([["Some text"]])[:200])
    (src / "bomb.epub").write_bytes(make_epub([("One", "<p>x</p>")], extra={"../../x": b"escape"}))
    (src / "paper.pdf").write_bytes(make_pdf([["A letter from the front, written in 1915."]]))
    db = tmp_path / "kb.sqlite"
    report = prosopograph.build([str(src)], db, Limits())
    status = {Path(o.path).name: o.status for o in report.outcomes}
    assert status == {"good.txt": "added", "paper.pdf": "added", "empty.txt": "failed", "binary.txt": "failed",
                      "broken.pdf": "failed", "bomb.epub": "failed"}
    for o in report.failed:
        assert o.reason and "\n" not in o.reason
    assert [Path(p).name for p, _ in snapshot(db)] == ["good.txt", "paper.pdf"]


def test_rebuild_skips_unchanged_and_replaces_changed(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(GOOD)
    b.write_text("He sailed to America in 1866.\n")
    db = tmp_path / "kb.sqlite"
    prosopograph.build([str(a), str(b)], db, Limits())
    b.write_text("He sailed to Australia in 1867.\n")
    second = prosopograph.build([str(tmp_path / "*.txt")], db, Limits())
    assert [o.status for o in second.outcomes] == ["unchanged", "replaced"]
    with prosopograph.open(db) as kb:
        assert kb.search("Australia") and not kb.search("America")


def test_same_content_under_another_name_is_a_duplicate(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "copy.txt").write_text(GOOD)
    report = prosopograph.build([str(tmp_path)], tmp_path / "kb.sqlite", Limits())
    assert [o.status for o in report.outcomes] == ["added", "duplicate"]


def test_failed_source_keeps_its_earlier_version(tmp_path: Path) -> None:
    path = tmp_path / "paper.pdf"
    path.write_bytes(make_pdf([["The first version of the text."]]))
    db = tmp_path / "kb.sqlite"
    prosopograph.build([str(path)], db, Limits())
    path.write_bytes(b"%PDF-1.4 now corrupt")
    report = prosopograph.build([str(path)], db, Limits())
    assert report.outcomes[0].status == "failed"
    with prosopograph.open(db) as kb:
        assert kb.search("first version")
