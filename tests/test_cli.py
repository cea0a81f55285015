"""The command line as a user runs it: JSON contract, clear errors, the demo."""

import json
from pathlib import Path

from click.testing import CliRunner

from prosopograph.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_and_search_json(tmp_path: Path) -> None:
    (tmp_path / "life.md").write_text("# A Life\n\nShe crossed the Atlantic in 1912 on a steamer.\n")
    (tmp_path / "bad.xyz").write_text("?")
    db = str(tmp_path / "kb.sqlite")
    code, _, err = run("build", str(tmp_path / "life.md"), str(tmp_path / "bad.xyz"), "--db", db)
    assert code == 1  # some source failed; the others are stored
    assert "bad.xyz: unknown file type" in " ".join(err.split())
    code, out, _ = run("search", "--db", db, "--json", 'Atlantic "AND (NEAR -*')
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines and lines[0]["citations"][0]["quote"] == "She crossed the Atlantic in 1912 on a steamer."
    assert set(lines[0]["citations"][0]) == {"document", "document_id", "chapter", "page", "start", "end", "quote"}


def test_query_without_a_knowledge_base_is_one_clear_line(tmp_path: Path) -> None:
    code, out, err = run("search", "--db", str(tmp_path / "missing.sqlite"), "anything")
    assert code != 0 and out == ""
    assert "no knowledge base at" in err and len(err.strip().splitlines()) == 1


def test_demo_builds_the_shipped_sample(tmp_path: Path) -> None:
    code, out, _ = run("demo", "--no-serve", "--db", str(tmp_path / "demo.sqlite"))
    assert code == 0
    assert "(markdown)" in out and "(html)" in out
    assert "1." in out  # at least one search hit printed
