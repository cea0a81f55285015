"""`prosopograph dates`: the date reader run on texts we write, offsets into the files as given."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from prosopograph.cli import main

# nineteenth-century prose, hard-wrapped as a scanned book is, with a ligature and a date broken over a line
PROSE = """THE MEMORIALS OF CAPTAIN ABEL TRENCHARD

Captain Abel Trenchard was born at Falmouth on the 17th of October, 1794.
He went to sea at eleven, and served for ﬁve years in the Channel. On
the 2d of August, 1812, he took command of the cutter Wren; three
weeks afterwards she was wrecked on the Manacles.

At Riga, on 11 January 1820 (Old Style), he married Anna Liepa. The
marriage was kept each winter as a feast, and in May 1821 their
first child was born. On
June 4 he sailed for Lisbon. Captain Trenchard paid 1850 pounds for the brig.
"""

NEWS = """Ferry pier to close after council vote

The town council of Port Ellery voted yesterday to close the old ferry pier. The mayor, Dana Whitlow,
said the ferry had run every Saturday since 1962. Work begins next month and will take six weeks.
Last year the pier was shut for three days after a storm.
"""

MEMOIR = """I came to Tromso in the autumn of 1911, a clerk of nineteen. The next spring I bought a boat,
and for many years I fished every morning before the office opened at 9 a.m. One day I shall write it all down.
"""


def run(*args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, list(args))
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, lines, result.stderr


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_offsets_point_into_the_file_as_given(tmp_path: Path) -> None:
    path = write(tmp_path, "trenchard.txt", PROSE)
    code, found, _ = run("dates", str(path), "--json")
    assert code == 0
    got = {r["text"]: r for r in found}
    raw = path.read_text(encoding="utf-8")
    for r in found:
        assert r["file"] == str(path) and r["offsets"] == "file"
        # the cleaner joined the wrapped lines; the offsets still index the decoded file
        assert " ".join(raw[r["start"]:r["end"]].split()) == r["text"].replace("five", "ﬁve")
    born = got["17th of October, 1794"]
    assert (born["start"], born["end"]) == (raw.index("17th of October"), raw.index("1794.") + 4)
    assert (born["value"], born["precision"], born["relative"]) == ("1794-10-17", "day", False)
    wrapped = got["three weeks afterwards"]
    assert raw[wrapped["start"]:wrapped["end"]] == "three\nweeks afterwards"
    assert wrapped["value"] == "1812-08-23" and wrapped["anchor"]["text"] == "2d of August, 1812"
    assert raw[got["five years"]["start"]:got["five years"]["end"]] == "ﬁve years"


def test_absolute_partial_relative_and_old_style_dates(tmp_path: Path) -> None:
    _, found, _ = run("dates", str(write(tmp_path, "trenchard.txt", PROSE)), "--json")
    got = {r["text"]: r for r in found}
    old = got["11 January 1820"]
    assert (old["date_julian"], old["date_gregorian"]) == ("1820-01-11", "1820-01-23")
    assert (got["May 1821"]["value"], got["May 1821"]["precision"]) == ("1821-05", "month")
    partial = got["June 4"]
    assert partial["value"] == "1821-06-04" and partial["relative"] is True
    assert partial["anchor"]["text"] == "May 1821"
    assert (got["each winter"]["kind"], got["each winter"]["value"]) == ("set", "XXXX-WI")
    assert (got["five years"]["kind"], got["five years"]["value"]) == ("duration", "P5Y")
    assert "1850" not in got  # 1850 pounds is money, not a year


def test_news_story_reads_from_its_day_of_publication(tmp_path: Path) -> None:
    path = write(tmp_path, "pier.txt", NEWS)
    code, found, _ = run("dates", str(path), "--anchor", "2023-11-14", "--json")
    assert code == 0
    got = {r["text"]: r for r in found}
    assert got["yesterday"]["value"] == "2023-11-13"
    assert got["yesterday"]["anchor"] == {"value": "2023-11-14", "given": True}
    assert got["next month"]["value"] == "2023-12" and got["next month"]["relative"] is True
    assert got["Last year"]["value"] == "2022"
    assert (got["every Saturday"]["kind"], got["every Saturday"]["value"]) == ("set", "XXXX-WXX-6")
    assert (got["six weeks"]["kind"], got["six weeks"]["value"]) == ("duration", "P6W")
    assert (got["three days"]["kind"], got["three days"]["value"]) == ("duration", "P3D")
    assert got["1962"]["value"] == "1962" and got["1962"]["relative"] is False
    raw = path.read_text(encoding="utf-8")
    assert all(raw[r["start"]:r["end"]] == r["text"] for r in found)


def test_news_story_without_an_anchor_leaves_yesterday_undated(tmp_path: Path) -> None:
    _, found, _ = run("dates", str(write(tmp_path, "pier.txt", NEWS)), "--json")
    yesterday = next(r for r in found if r["text"] == "yesterday")
    assert yesterday["value"] is None and yesterday["relative"] is True and yesterday["anchor"] is None


def test_first_person_memoir_with_a_clock_time_and_a_vague_duration(tmp_path: Path) -> None:
    _, found, _ = run("dates", str(write(tmp_path, "tromso.txt", MEMOIR)), "--json")
    got = {r["text"]: r for r in found}
    autumn = got["the autumn of 1911"]
    assert (autumn["value"], autumn["precision"], autumn["detail"]) == ("1911", "season", "autumn")
    assert got["The next spring"]["value"] == "1912" and got["The next spring"]["detail"] == "spring"
    assert (got["many years"]["kind"], got["many years"]["value"]) == ("duration", "PXY")
    assert (got["every morning"]["kind"], got["every morning"]["value"]) == ("set", "XXXX-XX-XXTMO")
    assert (got["9 a.m."]["kind"], got["9 a.m."]["value"]) == ("time", "T09:00")
    assert "One day" not in got


def test_markdown_offsets_are_into_the_extracted_text(tmp_path: Path) -> None:
    path = write(tmp_path, "note.md", "# A Note\n\nThe **bridge** opened on 1 May 1931.\n")
    _, found, _ = run("dates", str(path), "--json")
    assert [(r["text"], r["offsets"], r["value"]) for r in found] == [("1 May 1931", "extracted text", "1931-05-01")]


def test_a_stored_document_is_read_without_its_file(tmp_path: Path) -> None:
    path = write(tmp_path, "trenchard.txt", PROSE)
    db = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(path), "--db", db, "--quiet"]).exit_code == 0
    code, found, _ = run("dates", "--db", db, "--document", "1", "--json")
    assert code == 0
    text = json.loads(CliRunner().invoke(main, ["documents", "--db", db, "--json"]).stdout)
    assert text["id"] == 1
    got = {r["text"]: r for r in found}
    assert got["17th of October, 1794"]["document"] == 1
    assert got["May 1821"]["value"] == "1821-05"


def test_clear_errors(tmp_path: Path) -> None:
    code, _, err = run("dates", str(tmp_path / "missing.txt"), "--json")
    assert code == 2 and "missing.txt" in err
    result = CliRunner().invoke(main, ["dates", "--json"])
    assert result.exit_code == 2 and "FILES" in result.stderr
    result = CliRunner().invoke(main, ["dates", str(write(tmp_path, "a.txt", NEWS)), "--anchor", "14/11/2023"])
    assert result.exit_code == 2 and "--anchor" in result.stderr
