"""timeline and export as a user runs them, on a short life written here and the real model."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from prosopograph.cli import main

LIFE = """# A Teacher's Life

Anna Holm was born in Bergen on 4 May 1880.

In the spring of 1899 Anna Holm moved to Oslo to train as a teacher. Two years later she took a post in Tromsø.

In 1905 Anna Holm married Erik Lund in Tromsø. The next year their daughter Kari Lund was born.

Erik Lund died in Bergen on 1 March 1931. Anna Holm lived on until 1950.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("timeline")
    (folder / "holm.md").write_text(LIFE)
    path = str(folder / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(folder / "holm.md"), "--db", path]).exit_code == 0
    return path


def run(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_timeline_json_contract_and_order(db: str) -> None:
    events = run("timeline", "--db", db, "--json")
    assert len(events) >= 5
    for e in events:
        assert {"date", "precision", "date_text", "event", "participants", "place", "citations"} <= set(e)
        assert e["citations"] and e["citations"][0]["quote"]
    dates = [e["date"] for e in events]
    assert dates[0] == "1880-05-04" and dates.index("1905") < dates.index("1931-03-01")
    later = next(e for e in events if e["date_text"] == "Two years later")
    assert later["relative"] and later["date"] == "1901" and "spring of 1899" in later["anchor"]["quote"]


def test_timeline_filters(db: str) -> None:
    events = run("timeline", "--db", db, "--json", "--from", "1900", "--to", "1910")
    assert events and all("1900" <= e["date"][:4] <= "1910" for e in events)
    per = run("timeline", "--db", db, "--json", "--person", "Erik Lund")
    assert per and all("Erik Lund" in e["participants"] for e in per)


def test_bad_date_is_one_clear_line(db: str) -> None:
    result = CliRunner().invoke(main, ["timeline", "--db", db, "--from", "sometime"])
    assert result.exit_code != 0 and "not a date" in result.stderr


def test_exports(db: str, tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    assert CliRunner().invoke(main, ["export", "timelinejs", "--db", db, "-o", str(out)]).exit_code == 0
    doc = json.loads(out.read_text())
    assert doc["events"] and doc["events"][0]["start_date"]["year"] == 1880
    csv_out = tmp_path / "t.csv"
    assert CliRunner().invoke(main, ["export", "csv", "--db", db, "-o", str(csv_out)]).exit_code == 0
    assert csv_out.read_text().splitlines()[0].startswith("date,precision")


def test_people_get_exact_life_dates(db: str) -> None:
    people = {p["name"]: p for p in run("people", "--db", db, "--json", "--type", "PERSON")}
    assert people["Anna Holm"]["born"] == "1880-05-04"
    assert people["Erik Lund"]["died"] == "1931-03-01"
