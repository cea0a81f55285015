"""relations as a user runs it, on a short family written here and the real model."""

import json

from click.testing import CliRunner

from prosopograph.cli import main

FAMILY = """# The Holm Family

Anna Holm was born in Bergen in 1880. Her brother, Erik Holm, became a sea captain.

In 1905 Anna Holm married Johan Berg in Oslo. Their son, Olav Berg, was born a year later.
"""


def test_relations_json_contract(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "holm.md").write_text(FAMILY)
    db = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp_path / "holm.md"), "--db", db]).exit_code == 0
    result = CliRunner().invoke(main, ["relations", "--db", db, "--json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    triples = {(r["subject"], r["relation"], r["object"]) for r in rows}
    assert ("Erik Holm", "sibling_of", "Anna Holm") in triples and ("Anna Holm", "sibling_of", "Erik Holm") in triples
    assert ("Anna Holm", "spouse_of", "Johan Berg") in triples
    for r in rows:
        assert set(r) - {"inferred"} == {"subject", "relation", "object", "citations"} and r["citations"][0]["quote"]
        assert r.get("inferred", True) is True
    only = CliRunner().invoke(main, ["relations", "--db", db, "--json", "--person", "Erik Holm"])
    assert all("Erik Holm" in (r["subject"], r["object"]) for r in map(json.loads, only.stdout.splitlines()))
