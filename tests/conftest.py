"""Shared fixtures: small source files made here, and the shared corpus built once per session."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import prosopograph
from prosopograph.build import build
from prosopograph.settings import Limits

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
CORPUS_EXTRA = SHARED / "corpus-extra"


def make_pdf(pages: list[list[str]], labels: list[tuple[int, str, int]] | None = None) -> bytes:
    """A small valid PDF whose pages hold the given lines in Helvetica.

    `labels` are page-label ranges (first page index, style 'D' or 'r', first number).
    """
    objects: list[bytes] = []
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    labels_ref = b""
    if labels:
        nums = b" ".join(b"%d << /S /%s /St %d >>" % (i, style.encode(), first) for i, style, first in labels)
        labels_ref = b" /PageLabels << /Nums [" + nums + b"] >>"
    objects.append(b"<< /Type /Catalog /Pages 2 0 R" + labels_ref + b" >>")
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages)
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for lines in pages:
        ops = [b"BT /F1 11 Tf 14 TL 72 740 Td"]
        for line in lines:
            escaped = line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + escaped + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (len(objects) + 2))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return pdf_file(objects)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of the numbered objects (the first the catalog), with its cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_epub(chapters: list[tuple[str, str]], extra: dict[str, bytes] | None = None,
              opf_prefix: str = "") -> bytes:
    """An EPUB with the (title, body html) chapters in spine order; files named in reverse order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml",
                   '<?xml version="1.0"?><container version="1.0" '
                   'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                   '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                   '</rootfiles></container>')
        names = [f"z{len(chapters) - i:02d}.xhtml" for i in range(len(chapters))]
        items = "".join(f'<item id="c{i}" href="{n}" media-type="application/xhtml+xml"/>' for i, n in enumerate(names))
        refs = "".join(f'<itemref idref="c{i}"/>' for i in range(len(names)))
        z.writestr("OEBPS/content.opf",
                   f'<?xml version="1.0"?>{opf_prefix}<package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
                   '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A Test Life</dc:title>'
                   f'<dc:creator>Test Author</dc:creator></metadata><manifest>{items}</manifest>'
                   f'<spine>{refs}</spine></package>')
        for name, (title, body) in zip(names, chapters):
            z.writestr(f"OEBPS/{name}", f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
                                        f'<head><title>{title}</title></head><body><h2>{title}</h2>{body}</body></html>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_db(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared corpus built once for the whole test session."""
    db = tmp_path_factory.mktemp("corpus") / "kb.sqlite"
    report = build([str(corpus_dir)], db, Limits())
    assert not report.failed, report.failed
    return db


def knowledge_base_rows(db: Path) -> dict[str, list[tuple]]:
    """Every row a build writes, table by table, in a stable order (to compare two builds)."""
    import sqlite3

    queries = {
        "documents": "SELECT id, path, title, content_hash, n_words, model FROM documents ORDER BY id",
        "passages": "SELECT * FROM passages ORDER BY id",
        "sentences": "SELECT * FROM sentences ORDER BY id",
        "mentions": "SELECT * FROM mentions ORDER BY id",
        "entities": "SELECT * FROM entities ORDER BY id",
        "aliases": "SELECT * FROM aliases ORDER BY entity_id, alias",
        "events": "SELECT * FROM events ORDER BY id",
        "relations": "SELECT * FROM relations ORDER BY subject_id, relation, object_id, sentence_id",
    }
    with sqlite3.connect(db) as conn:
        return {table: conn.execute(sql).fetchall() for table, sql in queries.items()}


def letters_corpus(folder: Path, documents: int, letters: int = 6) -> list[Path]:
    """`documents` distinct small sources we write: letters of an imagined family, each dated and placed."""
    people = ["Marta Oleska", "Pavel Oleski", "Irena Vasko", "Tomas Brill", "Hanna Lebed", "Jakub Morava"]
    towns = ["Odessa", "Kiev", "Warsaw", "Vienna", "Paris", "Berlin", "Prague", "London"]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in range(documents):
        lines = [f"# Letters, bundle {d + 1}", ""]
        for k in range(letters):
            n = d * letters + k
            writer, friend = people[n % len(people)], people[(n + 2) % len(people)]
            town = towns[(n * 3 + d) % len(towns)]
            lines += [f"On {1 + n % 27} May {1880 + n % 40}, {writer} wrote from {town} to {friend}.",
                      f"{writer.split()[0]} had married {friend} in {town} the year before, and both taught at "
                      f"the school of {towns[(n + 1) % len(towns)]}.", ""]
        path = folder / f"letters-{d:03d}.md"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def build_texts(folder: Path, texts: dict[str, str]) -> str:
    """A knowledge base of the small sources we write (file name → text), built with the CLI; its path."""
    from click.testing import CliRunner

    from prosopograph.cli import main

    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(folder / "kb.sqlite")
    done = CliRunner().invoke(main, ["build", *(str(folder / name) for name in texts), "--db", db, "--quiet"])
    assert done.exit_code == 0, done.output
    return db


def open_each(factory: pytest.TempPathFactory, texts: dict[str, str]) -> dict[str, prosopograph.KnowledgeBase]:
    """Each small source we write built alone (so that no text's people meet another's) and opened, by file name."""
    return {name: prosopograph.open(build_texts(factory.mktemp("texts"), {name: text})) for name, text in texts.items()}


def cli_records(db: str, *args: str) -> list[dict]:
    """The JSON lines a CLI command prints for the knowledge base ('people', 'relations', …)."""
    import json

    from click.testing import CliRunner

    from prosopograph.cli import main

    return [json.loads(line) for line in CliRunner().invoke(main, [*args, "--db", db, "--json"]).stdout.splitlines()]


def person_names(db: str) -> dict[str, set[str]]:
    """Each person's name in the knowledge base → the names they go by."""
    out: dict[str, set[str]] = {}
    for e in cli_records(db, "people"):
        if e["type"] == "PERSON":
            out.setdefault(e["name"], set()).update(e["aliases"])
    return out


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes over a minute (deselect with -m 'not slow')")
