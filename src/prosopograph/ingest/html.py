"""HTML: the main text of a page without navigation and boilerplate."""

from __future__ import annotations

import re

from lxml import etree, html

from ..errors import SourceError
from .blocks import assemble, walk_blocks

# Wikipedia-style reference markers and lists, which trafilatura keeps unless pruned.
PRUNE_XPATH = [
    "//sup[contains(@class,'reference')]",
    "//div[contains(@class,'reflist')]",
    "//ol[contains(@class,'references')]",
    "//div[contains(@class,'refbegin')]",
    "//span[contains(@class,'mw-editsection')]",
]
_GUTENBERG = re.compile(rb"\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG", re.I)
# Sections of a web page that are apparatus, not the article.
APPARATUS = re.compile(r"^(references|external links|see also|further reading|notes and references|sources"
                       r"|bibliography|citations|footnotes)(\[edit\])?$", re.I)
_EDIT = re.compile(r"\s*\[edit\]$")
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.I)


def read_html(data: bytes) -> tuple[str, list[tuple[int, str]], dict[str, str]]:
    """(text, sections, metadata) of an HTML page."""
    declared = _CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii") if declared else None
    if _GUTENBERG.search(data):
        # A whole book: trafilatura would drop its headings; every block is content here.
        blocks, meta = _book_blocks(data, encoding)
    else:
        blocks, meta = _article_blocks(data)
    text, sections = assemble(blocks)
    if not text.strip():
        raise SourceError("no main text found in the HTML")
    return text, sections, meta


def _book_blocks(data: bytes, encoding: str | None) -> tuple[list[tuple[str, str]], dict[str, str]]:
    parser = html.HTMLParser(encoding=encoding, no_network=True)
    try:
        root = html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"unreadable HTML ({exc})") from None
    title = root.findtext(".//title") or ""
    body = root.find("body")
    return list(walk_blocks(body if body is not None else root)), {"title": title.strip()}


def _article_blocks(data: bytes) -> tuple[list[tuple[str, str]], dict[str, str]]:
    import trafilatura

    xml = trafilatura.extract(
        data, output_format="xml", include_comments=False, include_tables=False, with_metadata=True,
        favor_recall=True, prune_xpath=PRUNE_XPATH,
    )
    if not xml:
        raise SourceError("no main text found in the HTML")
    doc = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    meta = {k: v for k, v in doc.attrib.items() if k in ("title", "author", "date", "url", "sitename")}
    blocks: list[tuple[str, str]] = []
    main = doc.find("main")
    for el in main.iter("head", "p", "item", "quote") if main is not None else []:
        if el.tag in ("p", "quote") and el.getparent() is not None and el.getparent().tag in ("item", "quote"):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if not text:
            continue
        if el.tag == "head":
            text = _EDIT.sub("", text)
            if APPARATUS.match(text):
                break
            blocks.append(("heading", text))
        else:
            blocks.append(("para", text))
    return blocks, meta
