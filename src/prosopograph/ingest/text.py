"""Plain text and Markdown: bytes decoded with a detected encoding."""

from __future__ import annotations

import codecs
import re

from ..errors import SourceError

# Candidates limited as charset-normalizer mislabels Latin-1 prose as Baltic code pages otherwise.
ENCODING_CANDIDATES = ["utf_8", "utf_16_le", "utf_16_be", "cp1251", "koi8_r", "cp1252", "latin_1"]
_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes, declared: str | None = None) -> str:
    """Text of `data`: BOM, then a declared charset, then strict UTF-8, then detection."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(name, errors="replace"))
    if declared:
        try:
            return _checked(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    if b"\x00" not in data:
        try:
            return _checked(data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    elif not _looks_utf16(data):
        raise SourceError("binary file (NUL bytes), not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=ENCODING_CANDIDATES).best()
    if best is None:
        raise SourceError("not text in any known encoding")
    return _checked(str(best))


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: NULs sit at every other byte of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    return max(even, odd) > 0.3 * half and min(even, odd) < 0.05 * half


def _checked(text: str) -> str:
    if not text.strip():
        raise SourceError("empty: no text in the file")
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > 0.01 * min(len(text), 100_000):
        raise SourceError("binary file (control characters), not text")
    return text.replace("\x00", "")


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`)")
_MD_LIST = re.compile(r"^\s*(?:[-+*]|\d+[.)])\s+")


def markdown_to_text(source: str) -> tuple[str, list[tuple[int, str]], dict[str, str]]:
    """Markdown as plain text, its headings as (offset, title) sections, and its front-matter fields."""
    out: list[str] = []
    sections: list[tuple[int, str]] = []
    meta: dict[str, str] = {}
    offset = 0
    in_front_matter = False
    for i, line in enumerate(source.splitlines()):
        if i == 0 and line.strip() == "---":
            in_front_matter = True
            continue
        if in_front_matter:
            in_front_matter = line.strip() != "---"
            key, sep, value = line.partition(":")
            if sep and in_front_matter:
                meta[key.strip().lower()] = value.strip().strip("\"'")
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            title = _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", heading.group(2)))
            if len(heading.group(1)) == 1:
                meta.setdefault("title", title)
            sections.append((offset, title))
            line = title + "\n"
        else:
            line = _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", _MD_LIST.sub("", line)))
        out.append(line)
        offset += len(line) + 1
    return "\n".join(out), sections, meta
