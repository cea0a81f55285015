import io
import zipfile

import pytest

from conftest import make_epub
from prosopograph.errors import SourceError
from prosopograph.ingest.epub import read_epub
from prosopograph.settings import Limits

CHAPTERS = [("The Early Years", "<p>She was born in a river town.</p>"),
            ("The War", "<p>The war took her brothers away.</p>"),
            ("Last Years", "<p>She died in the spring.</p>")]


def test_chapters_in_spine_order_not_file_order() -> None:
    text, sections, meta = read_epub(make_epub(CHAPTERS), Limits())
    assert [t for _, t in sections] == ["The Early Years", "The War", "Last Years"]
    assert text.index("river town") < text.index("brothers") < text.index("spring")
    assert meta == {"title": "A Test Life", "author": "Test Author"}
    assert text[sections[1][0]:].startswith("The War")


def test_zip_bomb_refused_without_inflating() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("OEBPS/huge.xhtml", b"\0" * 40_000_000)
    with pytest.raises(SourceError, match="inflate"):
        read_epub(buf.getvalue(), Limits())


def test_declared_total_over_limit() -> None:
    with pytest.raises(SourceError, match="inflate to"):
        read_epub(make_epub(CHAPTERS), Limits(max_zip_uncompressed_bytes=500))


@pytest.mark.parametrize("name", ["../../x", "/etc/evil", "OEBPS/../../../x"])
def test_unsafe_member_names(name: str) -> None:
    with pytest.raises(SourceError, match="unsafe member name"):
        read_epub(make_epub(CHAPTERS, extra={name: b"boo"}), Limits())


def test_billion_laughs_not_expanded() -> None:
    dtd = ('<!DOCTYPE package [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>')
    chapters = [("Laughs", "<p>Before &d; after.</p>")]
    text, _, _ = read_epub(make_epub(chapters, opf_prefix=dtd), Limits())
    assert "hahaha" not in text


def test_external_entity_not_fetched(tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    doc = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
           '<html xmlns="http://www.w3.org/1999/xhtml"><body><h2>One</h2><p>Start &x; end.</p></body></html>')
    data = make_epub([("One", "<p>plain</p>")])
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, doc if info.filename.endswith(".xhtml") else src.read(info))
    text, _, _ = read_epub(buf.getvalue(), Limits())
    assert "TOP-SECRET" not in text
    assert "Start" in text


def test_not_a_zip() -> None:
    with pytest.raises(SourceError, match="zip"):
        read_epub(b"PK\x03\x04 this is not really a zip", Limits())
