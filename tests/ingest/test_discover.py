import os
from pathlib import Path

import pytest

from prosopograph.errors import SourceError
from prosopograph.ingest import discover, load_bytes
from prosopograph.settings import Limits


def test_folder_with_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("One.")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    files, missing = discover([str(tmp_path)], Limits())
    assert [f.name for f in files] == ["one.txt"]
    assert missing == []


def test_globs_missing_paths_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("# B")
    (tmp_path / "c.bin").write_bytes(b"\x00")
    files, missing = discover([str(tmp_path / "*.md"), str(tmp_path / "nope.txt"), str(tmp_path / "*.pdf")],
                              Limits())
    assert [f.name for f in files] == ["b.md"]
    assert [reason for _, reason in missing] == ["no such file or folder", "no file matches this pattern"]


def test_over_size_file_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(10_000)  # sparse: size is known without content
    with pytest.raises(SourceError, match="over the limit"):
        load_bytes(big, Limits(max_file_bytes=1_000))


@pytest.mark.parametrize("content", [b"", b"   \n\n  "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match="empty"):
        load_bytes(path, Limits())
