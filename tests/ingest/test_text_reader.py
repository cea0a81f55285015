from pathlib import Path

import pytest

from prosopograph.errors import SourceError
from prosopograph.ingest import read_source
from prosopograph.ingest.text import decode, markdown_to_text
from prosopograph.settings import Limits

RUSSIAN = "Антон Павлович Чехов родился в Таганроге в 1860 году. Его отец держал лавку."


def test_cp1251_is_detected() -> None:
    assert decode(RUSSIAN.encode("cp1251")) == RUSSIAN


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(encoding: str) -> None:
    text = "Born in a small town, he left for the capital at nineteen. " * 3
    assert decode(text.encode(encoding)).strip() == text.strip()


def test_latin1_and_crlf() -> None:
    data = "Caf\u00e9 society in G\u00f6ttingen\r\nwas lively.\r\n".encode("latin-1")
    assert decode(data).replace("\r\n", "\n") == "Café society in Göttingen\nwas lively.\n"


def test_utf8_bom_dropped() -> None:
    assert decode("\ufeffHello there.".encode()) == "Hello there."


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(SourceError, match="binary"):
        decode(b"\x00\x01\x02\x03" * 100 + b"text" + b"\x00" * 50)


def test_random_bytes_are_binary() -> None:
    import random

    rng = random.Random(7)
    with pytest.raises(SourceError):
        decode(bytes(rng.randrange(256) for _ in range(4000)))


def test_markdown_headings_and_front_matter() -> None:
    text, sections, meta = markdown_to_text("---\ntitle: A Life\n---\n# Part One\n\nSome *text* [here](x).\n")
    assert meta["title"] == "A Life"
    assert [t for _, t in sections] == ["Part One"]
    assert "Some text here." in text
    assert text[sections[0][0]:].startswith("Part One")


def test_unknown_extension_is_refused() -> None:
    with pytest.raises(SourceError, match=r"unknown file type '\.xyz'"):
        read_source(Path("notes.xyz"), b"hello", Limits())
