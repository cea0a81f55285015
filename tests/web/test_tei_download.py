"""The source page offers its TEI: the same XML the command writes, hostile text in it kept as text."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from fastapi.testclient import TestClient
from lxml import etree

from prosopograph.cli import main
from prosopograph.export.tei import TEI_NS, body_text
from prosopograph.store import Store
from prosopograph.web import create_app

from .conftest import PAYLOAD


def test_the_source_page_links_its_tei_and_the_download_is_the_export(hostile_db: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(hostile_db))
    page = client.get("/source/1")
    assert page.status_code == 200 and 'href="/api/source/1/tei"' in page.text
    got = client.get("/api/source/1/tei")
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/tei+xml")
    assert "attachment" in got.headers["content-disposition"]
    written = tmp_path / "one.xml"
    result = CliRunner().invoke(main, ["export", "tei", "--db", str(hostile_db), "--document", "1", "-o", str(written)])
    assert result.exit_code == 0, result.stderr
    assert got.content == written.read_bytes()
    root = etree.fromstring(got.content)
    # the payload in names and text is text in the XML, never an element
    assert not [el for el in root.iter() if etree.QName(el).namespace != TEI_NS]
    assert PAYLOAD in "".join(root.itertext())
    store = Store(hostile_db, read_only=True)
    assert body_text(got.content) == [store.document_text(1)]
    store.close()


def test_an_unknown_source_is_a_404(hostile_db: Path) -> None:
    client = TestClient(create_app(hostile_db))
    assert client.get("/api/source/999/tei").status_code == 404
    assert client.get("/api/source/abc/tei").status_code == 404
