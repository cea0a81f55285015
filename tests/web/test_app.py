"""The workbench's routes through a real ASGI client: pages, JSON that matches the CLI, errors, read-only."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from prosopograph.cli import main
from prosopograph.store import Store
from prosopograph.web import create_app

from .conftest import PAYLOAD, SCRIPT


@pytest.fixture(scope="module")
def client(hostile_db: Path) -> TestClient:
    return TestClient(create_app(hostile_db))


def test_home_lists_the_sources_with_their_text_escaped(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Harbour Papers" in page.text
    assert PAYLOAD not in page.text and SCRIPT not in page.text
    assert "&lt;img src=x onerror=window.XSS=1&gt;" in page.text


def test_home_lists_the_most_mentioned_people_places_and_bodies(client: TestClient, hostile_db: Path) -> None:
    page = client.get("/").text
    store = Store(hostile_db, read_only=True)
    top = store.entities("PERSON")[0]
    store.close()
    assert f'<a href="/entity/{top.id}">' in page and '<section class="entities-place">' in page


def test_api_returns_what_the_cli_json_returns(client: TestClient, hostile_db: Path) -> None:
    for path, args in (("/api/ask?q=Who+founded+the+harbour+school%3F", ["ask", "Who founded the harbour school?"]),
                       ("/api/relations", ["relations"]), ("/api/timeline", ["timeline"])):
        cli = CliRunner().invoke(main, [*args, "--db", str(hostile_db), "--json"])
        assert cli.exit_code == 0, cli.output
        lines = [json.loads(line) for line in cli.stdout.splitlines() if line.strip()]
        api = client.get(path).json()
        assert (api if isinstance(api, list) else [api]) == lines
        assert lines, path


def test_a_bad_id_is_a_404_page_not_a_traceback(client: TestClient) -> None:
    for path in ("/entity/abc", "/entity/99999999", "/source/1x", "/source/4242"):
        page = client.get(path)
        assert page.status_code == 404 and "<html" in page.text and "Traceback" not in page.text
    assert client.get("/api/entity/abc").json() == {"error": "'abc' is not an id"}
    assert client.get("/source/1?chapter=first").status_code == 400
    assert client.get("/ask", params={"q": "x" * 2000}).status_code == 400
    assert client.get("/api/timeline", params={"date_from": "not a date"}).status_code == 400


def test_odd_search_syntax_is_searched_as_words(client: TestClient) -> None:
    for q in ('"unbalanced', "school AND OR NOT", "*", "NEAR(a b", "Lund)"):
        assert client.get("/ask", params={"q": q}).status_code == 200
        assert client.get("/api/search", params={"q": q}).status_code == 200


def test_a_citation_link_opens_the_reader_at_the_quote(client: TestClient) -> None:
    answer = client.get("/api/ask", params={"q": "Who founded the harbour school?"}).json()
    c = answer["citations"][0]
    page = client.get(f"/source/{c['document_id']}", params={"start": c["start"], "end": c["end"]})
    marked = "".join(part.split("</mark>")[0] for part in page.text.split('<mark class="cited">')[1:])
    words = [w for w in c["quote"].split() if w.isalpha()]
    assert words and all(w in marked for w in words)


def test_slow_queries_are_stopped(corpus_db: Path) -> None:
    impatient = TestClient(create_app(corpus_db, time_limit=1e-9))
    assert impatient.get("/api/network").json()["error"].endswith("was stopped")
    page = impatient.get("/timeline")
    assert page.status_code == 200  # the page itself needs no query; its data does
    assert impatient.get("/api/timeline").status_code == 503


def test_the_database_is_opened_read_only(client: TestClient, hostile_db: Path) -> None:
    before = hashlib.sha256(hostile_db.read_bytes()).hexdigest()
    for path in ("/", "/timeline", "/api/network", "/api/places", "/compare", "/entity/1"):
        client.get(path)
    assert client.post("/api/ask").status_code == 405
    assert hashlib.sha256(hostile_db.read_bytes()).hexdigest() == before
    store = Store(hostile_db, read_only=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM entities")
    store.close()


def test_the_reader_links_names_and_marks_dates(client: TestClient) -> None:
    page = client.get("/source/1", params={"chapter": 1}).text
    people = [e for e in client.get("/api/people").json() if e["type"] == "PERSON"]
    assert any(f'href="/entity/{p["id"]}"' in page for p in people)
    assert '<time class="date">3 March 1850</time>' in page


def test_the_comparison_comes_in_pages(corpus_db: Path) -> None:
    client = TestClient(create_app(corpus_db))
    every = client.get("/api/compare").json()
    assert len(every) >= 3
    assert client.get("/api/compare", params={"limit": 2, "offset": 1}).json() == every[1:3]
    first = client.get("/compare", params={"per": 2}).text
    assert f"claims 1–2 of {len(every)}" in first and 'rel="next"' in first and 'rel="prev"' not in first
    last = (len(every) + 1) // 2
    end = client.get("/compare", params={"per": 2, "page": last}).text
    assert f"of {len(every)}" in end and 'rel="prev"' in end and 'rel="next"' not in end
    assert client.get("/compare", params={"per": 2, "page": last + 1}).status_code == 404
    assert client.get("/compare", params={"page": 0}).status_code == 400
