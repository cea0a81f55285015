"""Every real source in ../shared/corpus-extra builds, each format read the way its reader promises."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from conftest import CORPUS_EXTRA
from prosopograph.build import build
from prosopograph.settings import Limits


@pytest.fixture(scope="module")
def extra_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS_EXTRA.is_dir():
        pytest.skip(f"extra corpus not found at {CORPUS_EXTRA}")
    db = tmp_path_factory.mktemp("extra") / "kb.sqlite"
    report = build([str(CORPUS_EXTRA)], db, Limits())
    assert not report.failed, report.failed
    assert report.count("added") == len(list(CORPUS_EXTRA.iterdir()))
    return db


def doc_rows(db: Path, suffix: str, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute(sql.replace("{doc}", "(SELECT id FROM documents WHERE path LIKE ?)"),
                           (f"%{suffix}",)).fetchall()


def test_pdf_passages_carry_the_printed_page_label(extra_db: Path) -> None:
    path = next(CORPUS_EXTRA.glob("*.pdf"))
    pdf = pdfium.PdfDocument(str(path))
    by_label = {pdf.get_page_label(i): i for i in range(len(pdf))}
    passages = doc_rows(extra_db, path.name, "SELECT text, page FROM passages WHERE document_id = {doc} "
                                             "AND kind = 'paragraph' ORDER BY seq")
    labels = [page for _, page in passages]
    assert any(lab.isdigit() for lab in labels) and any(re.fullmatch("[ivx]+", lab) for lab in labels)
    squash = lambda s: re.sub(r"\W", "", s)  # noqa: E731
    checked = 0
    page_text = lambda i: squash(pdf[i].get_textpage().get_text_range()) if i < len(pdf) else ""  # noqa: E731
    for text, page in passages[::15]:
        # A paragraph may begin at a page's foot and run on past the next page's running head.
        here, after, head = page_text(by_label[page]), page_text(by_label[page] + 1), squash(text)[:30]
        assert head in here or any(here.endswith(head[:k]) and head[k:] in after for k in range(10, 30)), \
            (page, text[:60])
        checked += 1
    assert checked >= 5


def test_epub_chapters_in_spine_order(extra_db: Path) -> None:
    path = next(CORPUS_EXTRA.glob("*.epub"))
    titles = [t for (t,) in doc_rows(extra_db, path.name, "SELECT title FROM chapters WHERE document_id = {doc} "
                                                          "ORDER BY seq")]
    with zipfile.ZipFile(path) as z:
        ncx = next(n for n in z.namelist() if n.endswith(".ncx"))
        labels = re.findall(r"<text>\s*(.*?)\s*</text>", z.read(ncx).decode("utf-8"), re.S)
    chapters = [re.sub(r"(?i)^chapter\s+[ivxlc]+\.?\s*", "", lab) for lab in labels if re.match(r"(?i)chapter\b", lab)]
    assert len(chapters) >= 10
    assert [t for t in titles if t in chapters] == chapters


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_gutenberg_book_decoded_and_without_licence(extra_db: Path, suffix: str) -> None:
    path = next(p for p in CORPUS_EXTRA.glob(f"*pg*{suffix}"))
    (text,) = doc_rows(extra_db, path.name, "SELECT text FROM documents WHERE id = {doc}")[0]
    assert "\r" not in text and "Ã" not in text and "\ufffd" not in text
    assert not re.search(r"(?i)project gutenberg|gutenberg\.org|license", text)
    chapters = doc_rows(extra_db, path.name, "SELECT title FROM chapters WHERE document_id = {doc}")
    assert len(chapters) >= 10


def test_all_documents_without_licence_or_markup_leftovers(extra_db: Path) -> None:
    with sqlite3.connect(extra_db) as con:
        for path, text in con.execute("SELECT path, text FROM documents"):
            assert not re.search(r"(?i)project gutenberg license|\[edit\]|<[a-z]+[ >]|&[a-z]+;", text), path


@pytest.mark.parametrize("name", ["wikipedia_new_zealand.html", "wikipedia_mozilla.html",
                                  "whitehouse_weekly_address_2015-04-11.html"])
def test_web_pages_without_navigation(extra_db: Path, name: str) -> None:
    passages = [t for (t,) in doc_rows(extra_db, name, "SELECT text FROM passages WHERE document_id = {doc} "
                                                       "AND kind = 'paragraph'")]
    assert len(passages) >= 5
    nav_like = [t for t in passages if len(t.split()) <= 3]
    assert len(nav_like) <= len(passages) // 5, nav_like
    assert not any(re.search(r"(?i)jump to (navigation|search)|main menu|skip to content|^(log ?in|sign in|search)$", t)
                   for t in passages)
