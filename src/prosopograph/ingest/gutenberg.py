"""Title and author from an e-text's own header (Project Gutenberg and texts laid out like it).

A Gutenberg e-text opens with a header: a first line 'The Project Gutenberg EBook of TITLE, by
AUTHOR', then 'Title:' and 'Author:' fields, then the '*** START OF ...' marker. The fields are
the better source; the first line is the fallback. Titles often carry an edition word ('Complete',
'Volume 1') that names the file, not the work: it is dropped.
"""

from __future__ import annotations

import re

_HEADER_CHARS = 12_000
"""The header sits before the start marker, well within the file's first few thousand characters."""
_START = re.compile(r"^\s*\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG", re.I | re.M)
_FIELD = re.compile(r"^[ \t]*(Title|Author|Authors|Editor)[ \t]*:[ \t]*(\S.*)$", re.I | re.M)
_CONTINUATION = re.compile(r"^[ \t]+(\S.*)$")
_FIRST_LINE = re.compile(
    r"The Project Gutenberg e-?(?:Book|Text)(?:\s+of|,)\s+(?P<title>.+?)"
    r"(?:,?\s+by\s+(?P<author>[^\n]+?))?\s*(?:\n\s*\n|$)", re.I | re.S)
# An edition word at the end of a title: ', Complete', '— Complete', 'Volume 1', 'Vol. II'.
_EDITION = re.compile(
    r"(?:\s*[,;:.—–-]+\s*|\s+)(?:complete|(?:vol(?:ume)?\.?|part|book)\s+(?:\d+|[ivxlc]+|one|two|three|four|five))"
    r"(?:\s*(?:\(of \d+\)|of\s+\d+))?\s*\.?$", re.I)


def is_gutenberg(text: str) -> bool:
    head = text[:_HEADER_CHARS]
    return bool(_START.search(head)) or "project gutenberg" in head[:600].lower()


def header_metadata(text: str) -> dict[str, str]:
    """{'title', 'author'} read from an e-text header; empty when the text has none."""
    if not is_gutenberg(text):
        return {}
    head = text[:_HEADER_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    marker = _START.search(head)
    if marker:
        head = head[:marker.start()]
    meta = _fields(head)
    if "title" not in meta:
        meta.update({k: v for k, v in _first_line(head).items() if k not in meta})
    elif "author" not in meta:
        author = _first_line(head).get("author")
        if author:
            meta["author"] = author
    if "title" in meta:
        meta["title"] = clean_title(meta["title"])
    return {k: v for k, v in meta.items() if v}


def clean_title(title: str) -> str:
    """A title without its edition word and trailing punctuation; the whole title if that is all."""
    text = " ".join(title.split()).strip(" ,;:")
    shorter = _EDITION.sub("", text).strip(" ,;:—–-")
    return shorter or text


def _fields(head: str) -> dict[str, str]:
    """'Title:' and 'Author:' fields; a field may go on over indented lines that follow it."""
    meta: dict[str, str] = {}
    lines = head.split("\n")
    for i, line in enumerate(lines):
        m = _FIELD.match(line)
        if not m:
            continue
        key = m.group(1).lower()
        key = "author" if key in ("author", "authors") else key
        value = [m.group(2).strip()]
        for nxt in lines[i + 1:i + 4]:
            more = _CONTINUATION.match(nxt)
            if not more or _FIELD.match(nxt):
                break
            value.append(more.group(1).strip())
        if key in ("title", "author"):
            meta.setdefault(key, " ".join(value))
    return meta


def _first_line(head: str) -> dict[str, str]:
    """Title and author from 'The Project Gutenberg EBook of TITLE, by AUTHOR' (over one or two lines)."""
    m = _FIRST_LINE.search(head)
    if not m:
        return {}
    # without a 'by', the title is the first line only: what follows is the licence
    title = m.group("title") if m.group("author") else m.group("title").split("\n")[0]
    out = {"title": " ".join(title.split()).strip(" ,")}
    if m.group("author"):
        out["author"] = " ".join(m.group("author").split()).strip(" ,.")
    return out
