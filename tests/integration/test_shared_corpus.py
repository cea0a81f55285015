"""The shared corpus built once: what the issue promises a user will see in it.

Expectations are derived from the raw files (their page-number lines, the lines beside them, their
numbered headings), never written in as answers.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

import prosopograph

NUMBER_LINE = re.compile(r"^\s*(\d{1,3})\s*$")


def largest_text(corpus_dir: Path) -> Path:
    return max(corpus_dir.glob("*.txt"), key=lambda p: p.stat().st_size)


def smallest_text(corpus_dir: Path) -> Path:
    return min(corpus_dir.glob("*.txt"), key=lambda p: p.stat().st_size)


def rows(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute(sql, args).fetchall()


def passages_of(db: Path, path: Path) -> list[tuple[str, str, str | None, int, int]]:
    return rows(db, "SELECT p.text, p.kind, p.page, p.raw_start, p.raw_end FROM passages p "
                    "JOIN documents d ON d.id = p.document_id WHERE d.path = ?", str(path.resolve()))


@pytest.fixture(scope="module")
def book(corpus_dir: Path) -> tuple[Path, list[str]]:
    path = largest_text(corpus_dir)
    return path, path.read_text(encoding="utf-8").split("\n")


def test_no_ligatures_anywhere(corpus_db: Path) -> None:
    texts = [t for (t,) in rows(corpus_db, "SELECT text FROM passages")]
    assert texts and not any(re.search("[\ufb00-\ufb06]", t) for t in texts)


def test_page_numbers_and_running_headers_not_inside_passages(corpus_db: Path, book) -> None:
    path, lines = book
    body = "\n".join(t for t, kind, *_ in passages_of(corpus_db, path) if kind == "paragraph")
    checked = 0
    for i, line in enumerate(lines):
        if not NUMBER_LINE.match(line) or i < 2:
            continue
        before = next((x for x in reversed(lines[:i]) if x.strip()), "")
        after = next((x for x in lines[i + 1:i + 4] if x.strip()), "")
        tail = " ".join(before.split()[-2:])
        if tail and tail + " " + line.strip() + " " in body:
            pytest.fail(f"page number {line.strip()} left in the text after {tail!r}")
        if after and len(after) < 40 and not after.strip()[0].isupper():
            checked += 1
            assert f"{tail} {after.strip()}" not in body, f"running header {after.strip()!r} left in the text"
    assert checked >= 5


def test_chapters_found_with_their_titles(corpus_db: Path, book) -> None:
    path, lines = book
    titles = [t for (t,) in rows(corpus_db, "SELECT c.title FROM chapters c JOIN documents d ON d.id = c.document_id "
                                            "WHERE d.path = ? ORDER BY c.seq", str(path.resolve()))]
    numbered = [lines[i + 1].strip() for i in range(len(lines) - 2)
                if re.fullmatch(r"\s*\d{1,2}\s*", lines[i]) and lines[i + 1].strip()[:1].isupper()
                and not lines[i + 2].strip()]
    assert len(numbered) >= 3
    for title in numbered:
        assert title in titles
    lowered = [t.lower() for t in titles]
    assert "preface" in lowered[0]
    assert any("epilogue" in t for t in lowered) and "sources" in lowered[-1]


def test_page_of_a_passage_lies_between_the_page_markers_around_it(corpus_db: Path, book) -> None:
    path, lines = book
    raw = "\n".join(lines)
    markers: list[tuple[int, int]] = []
    pos = 0
    for line in lines:
        m = NUMBER_LINE.match(line)
        if (m and markers and int(m.group(1)) > markers[-1][1]) or (m and not markers and int(m.group(1)) > 0):
            markers.append((pos, int(m.group(1))))
        pos += len(line) + 1
    assert len(raw) == pos - 1
    checked = 0
    for _, kind, page, raw_start, _ in passages_of(corpus_db, path):
        if kind != "paragraph" or not (page or "").isdigit():
            continue
        before = [n for p, n in markers if p < raw_start]
        after = [n for p, n in markers if p > raw_start]
        if before and after:
            checked += 1
            assert before[-1] <= int(page) <= after[0], (page, before[-1], after[0])
    assert checked >= 50


def test_hyphen_broken_words_are_joined(corpus_db: Path, book) -> None:
    path, lines = book
    body = " ".join(t for t, kind, *_ in passages_of(corpus_db, path))
    words = Counter(re.findall(r"[a-z]+", body))
    broken = [(m.group(1), re.match(r"\s*([a-z]+)", lines[i + 1]))
              for i, line in enumerate(lines[:-1]) if (m := re.search(r"([a-z]+)-$", line))]
    joined = [a + b.group(1) for a, b in broken if b and words[a + b.group(1)] > 1]
    assert len(joined) >= 10
    for word in joined:
        assert word in body
    assert len(re.findall(r"\b[a-z]{2,}- [a-z]{2,}", body)) <= 2


def test_no_web_boilerplate_in_the_review(corpus_db: Path, corpus_dir: Path) -> None:
    texts = [t for t, *_ in passages_of(corpus_db, smallest_text(corpus_dir))]
    assert len(texts) >= 5
    for t in texts:
        assert not re.search(r"(?i)please wait|sign up|donat|daily email|years?, \d+ months? old", t), t


def test_search_finds_names_in_both_documents(corpus_db: Path, corpus_dir: Path) -> None:
    with prosopograph.open(corpus_db) as kb:
        for path in (largest_text(corpus_dir), smallest_text(corpus_dir)):
            text = path.read_text(encoding="utf-8")
            names = Counter(re.findall(r"\b[A-Z][a-z]{3,}\b", text[len(text) // 3:]))
            name = next(n for n, _ in names.most_common(20) if n not in {"They", "This", "That", "When", "There",
                                                                         "After", "With", "Even", "Their", "While"})
            hits = kb.search(name)
            assert hits, name
            assert name.lower() in hits[0].citation.quote.lower()
            assert all(h.citation.document for h in hits)
            title = rows(corpus_db, "SELECT title FROM documents WHERE path = ?", str(path.resolve()))[0][0]
            assert any(h.citation.document == title for h in kb.search(name, limit=50))


def test_people_resolved_with_cited_aliases(corpus_db: Path) -> None:
    with prosopograph.open(corpus_db) as kb:
        people = kb.people("PERSON")
        places = kb.people("PLACE")
    top = people[0]
    assert len(top.aliases) >= 5
    for alias in top.aliases:
        assert alias.citation is not None
        if alias.reason.startswith(("name", "introduced")) and alias.reason != "name without title":
            assert alias.citation.quote and alias.name.split()[-1] in alias.citation.quote
    # one entity per name: no alias is shared by two of the ten most mentioned people
    seen: dict[str, int] = {}
    for p in people[:10]:
        for a in p.aliases:
            if len(a.name.split()) > 1:
                assert seen.setdefault(a.name, p.id) == p.id, a.name
    located = [p for p in places[:20] if p.lat is not None]
    assert len(located) >= 5
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in located)


def test_timeline_is_ordered_cited_and_calendared(corpus_db: Path) -> None:
    from convertdate import julian

    with prosopograph.open(corpus_db) as kb:
        events = kb.timeline()
    assert len(events) >= 100
    years = [int((e.date_gregorian or e.date)[:4]) for e in events if e.precision in ("day", "month", "year")]
    assert years == sorted(years)
    assert all(e.citations and e.citations[0].quote for e in events)
    relative = [e for e in events if e.relative]
    assert relative and all(e.anchor is not None for e in relative)
    converted = [e for e in events if e.date_julian and e.date_gregorian]
    assert converted
    for e in converted:
        y, m, d = (int(x) for x in e.date_julian.split("-"))
        assert "-".join(f"{x:02d}" for x in julian.to_gregorian(y, m, d)).lstrip("0") == e.date_gregorian.lstrip("0")
        assert e.date_gregorian < "1918-02-15"
