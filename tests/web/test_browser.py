"""The workbench in real headless Chromium (Debian's, driven by Playwright): what a user sees and clicks.

Screenshots of each view go to artifacts/screenshots/ (or $PROSOPOGRAPH_ARTIFACTS), not to the repository.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from prosopograph.web import create_app

playwright_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

CHROMIUM = os.environ.get("PROSOPOGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("PROSOPOGRAPH_ARTIFACTS", Path(__file__).resolve().parents[2] / "artifacts"))
# the machine has no network: without these, Chromium keeps trying to reach Google's hosts
FLAGS = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
ISO_DATE = re.compile(r"^-?\d{1,4}")


class Server:
    """The workbench on a free localhost port, in a thread, for as long as the tests need it."""

    def __init__(self, db: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the workbench did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (.ci/run installs Debian's chromium)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1300, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    outside: list[str] = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:")) else None)
    yield pg
    context.close()
    assert not outside, f"the page asked for something outside localhost: {outside[:3]}"


@pytest.fixture(scope="module")
def corpus_site(corpus_db: Path) -> Iterator[str]:
    with Server(corpus_db) as url:
        yield url


@pytest.fixture(scope="module")
def hostile_site(hostile_db: Path) -> Iterator[str]:
    with Server(hostile_db) as url:
        yield url


def shot(page: object, name: str) -> None:
    ARTIFACTS.joinpath("screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "screenshots" / f"{name}.png"))  # type: ignore[attr-defined]


def drawn(page: object, selector: str) -> int:
    page.wait_for_selector(f"{selector}[data-drawn]", state="attached", timeout=60_000)  # type: ignore[attr-defined]
    return int(page.get_attribute(selector, "data-drawn"))  # type: ignore[attr-defined]


def test_home_lists_the_sources(page: object, corpus_site: str) -> None:
    page.goto(corpus_site)  # type: ignore[attr-defined]
    sources = page.request.get(f"{corpus_site}/api/documents").json()  # type: ignore[attr-defined]
    rows = page.locator("tr.source")  # type: ignore[attr-defined]
    assert rows.count() == len(sources) > 0
    assert all(d["title"] in page.content() for d in sources)  # type: ignore[attr-defined]
    shot(page, "home")


def test_a_source_page_says_whose_life_it_tells_and_who_tells_it(page: object, corpus_site: str) -> None:
    for d in page.request.get(f"{corpus_site}/api/documents").json():  # type: ignore[attr-defined]
        page.goto(f"{corpus_site}/source/{d['id']}")  # type: ignore[attr-defined]
        subject = page.locator("dd.subject").inner_text()  # type: ignore[attr-defined]
        narrator = page.locator("dd.narrator").inner_text()  # type: ignore[attr-defined]
        assert (d["subject"] or "not known") in subject
        assert (d["narrator"] or "third-person") in narrator
    shot(page, "source")


def test_a_question_shows_an_answer_whose_citation_opens_the_passage(page: object, hostile_site: str) -> None:
    page.goto(hostile_site)  # type: ignore[attr-defined]
    page.fill("form.bigask input", "Who founded the harbour school?")  # type: ignore[attr-defined]
    page.click("form.bigask button")  # type: ignore[attr-defined]
    assert page.locator("p.short-answer").inner_text().strip()  # type: ignore[attr-defined]
    cite = page.locator("section.answer a.cite").first  # type: ignore[attr-defined]
    shot(page, "ask")
    cite.click()
    mark = page.locator("mark.cited").first  # type: ignore[attr-defined]
    mark.wait_for()
    assert "founded" in " ".join(page.locator("mark.cited").all_inner_texts())  # type: ignore[attr-defined]
    assert page.evaluate("() => { const r = document.querySelector('mark.cited').getBoundingClientRect();"  # type: ignore[attr-defined]
                         " return r.top >= 0 && r.bottom <= window.innerHeight; }")
    shot(page, "reader")


def test_the_timeline_draws_every_dated_event(page: object, corpus_site: str) -> None:
    page.goto(f"{corpus_site}/timeline")  # type: ignore[attr-defined]
    events = page.request.get(f"{corpus_site}/api/timeline").json()  # type: ignore[attr-defined]
    dated = [e for e in events if ISO_DATE.match(e["date"] or "")]
    assert drawn(page, "#timeline") == len(dated) > 0
    page.select_option("#f-kind", index=1)  # type: ignore[attr-defined]
    assert 0 < int(page.get_attribute("#timeline", "data-events")) < len(dated)  # type: ignore[attr-defined]
    shot(page, "timeline")


def test_the_network_draws_the_people(page: object, corpus_site: str) -> None:
    page.goto(f"{corpus_site}/network")  # type: ignore[attr-defined]
    net = page.request.get(f"{corpus_site}/api/network").json()  # type: ignore[attr-defined]
    assert drawn(page, "#network") == min(150, len(net["nodes"])) > 0
    assert int(page.get_attribute("#network", "data-edges")) > 0  # type: ignore[attr-defined]
    shot(page, "network")


def test_the_map_draws_the_places_on_country_outlines(page: object, corpus_site: str) -> None:
    page.goto(f"{corpus_site}/map")  # type: ignore[attr-defined]
    places = page.request.get(f"{corpus_site}/api/places").json()  # type: ignore[attr-defined]
    assert drawn(page, "#map") == len(places["features"]) > 0
    # one path per place marker, and the country outlines beneath them
    assert page.locator("#map path.leaflet-interactive").count() == len(places["features"])  # type: ignore[attr-defined]
    assert page.locator("#map path").count() > 100 + len(places["features"])  # type: ignore[attr-defined]
    shot(page, "map")


def test_a_person_page_shows_names_network_and_places(page: object, corpus_site: str) -> None:
    people = page.request.get(f"{corpus_site}/api/people?type=PERSON").json()  # type: ignore[attr-defined]
    page.goto(f"{corpus_site}/entity/{people[0]['id']}")  # type: ignore[attr-defined]
    assert page.locator("ul.aliases li").count() == len(people[0]["aliases"])  # type: ignore[attr-defined]
    assert drawn(page, "#ego") > 1
    drawn(page, "#placemap")
    shot(page, "person")


def test_compare_is_a_table_of_facts_with_a_column_per_source(page: object, corpus_site: str) -> None:
    page.goto(f"{corpus_site}/compare")  # type: ignore[attr-defined]
    claims = page.request.get(f"{corpus_site}/api/compare").json()  # type: ignore[attr-defined]
    sources = {s for c in claims for s in c["sources"]}
    headers = page.locator("table.facts th.source").all_inner_texts()  # type: ignore[attr-defined]
    assert set(headers) == sources and len(headers) == len(sources) >= 2
    rows = page.locator("table.facts tr.claim")  # type: ignore[attr-defined]
    assert rows.count() == len(claims) > 0
    assert rows.first.locator("a.cite").count() >= 2
    valued = next(i for i, c in enumerate(claims) if c.get("values"))  # a fact: each source's value in its column
    assert rows.nth(valued).locator("strong.value").count() == len(claims[valued]["values"])
    shot(page, "compare")
    page.select_option("#f-agree", "partial")  # type: ignore[attr-defined]
    page.click("form.compare-filters button")  # type: ignore[attr-defined]
    page.wait_for_url("**agree=partial**")  # type: ignore[attr-defined]
    partial = [c for c in claims if c["agree"] == "partial"]
    assert page.locator("table.facts tr.claim").count() == len(partial)  # type: ignore[attr-defined]
    assert all(t.strip().lower() == "partial" for t in page.locator("td.label").all_inner_texts())  # type: ignore[attr-defined]


def test_no_view_runs_script_from_the_sources(page: object, hostile_site: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    entities = page.request.get(f"{hostile_site}/api/people").json()  # type: ignore[attr-defined]
    assert any("<img" in e["name"] for e in entities)
    views = ["/", "/ask?q=harbour+school", "/ask?q=Who+founded+the+harbour+school%3F", "/source/1",
             "/source/1?start=0&end=200", "/timeline", "/network", "/map", "/compare"]
    views += [f"/entity/{e['id']}" for e in entities]
    for view in views:
        page.goto(hostile_site + view)  # type: ignore[attr-defined]
        page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
        if view == "/map":
            drawn(page, "#map")
            page.locator("#map path.leaflet-interactive").first.click(force=True)  # type: ignore[attr-defined]
            assert "<img" in page.locator(".leaflet-popup-content").inner_text()  # type: ignore[attr-defined]
        if view == "/timeline":
            drawn(page, "#timeline")
            assert "<img" in page.locator("#timeline").inner_text() or "<script>" in page.locator(  # type: ignore[attr-defined]
                "#timeline").inner_text()
        assert page.evaluate("() => typeof window.XSS") == "undefined", view  # type: ignore[attr-defined]
    assert not dialogs
    shot(page, "hostile-timeline")
