"""EPUB: the chapters in spine order, titled from the table of contents."""

from __future__ import annotations

from lxml import etree, html

from ..errors import SourceError
from ..settings import Limits
from .blocks import walk_blocks
from .safezip import SafeZip, join_member, local


def read_epub(data: bytes, limits: Limits) -> tuple[str, list[tuple[int, str]], dict[str, str]]:
    """(text, sections, metadata) of an EPUB: one section per spine document."""
    box = SafeZip(data, limits)
    opf_name = _package_path(box)
    opf = box.xml(opf_name)
    manifest: dict[str, tuple[str, str]] = {}
    for item in opf.iter("{*}item"):
        href, media = item.get("href"), item.get("media-type", "")
        if item.get("id") and href:
            manifest[item.get("id")] = (join_member(opf_name, href), media)
    spine = [manifest[ref.get("idref")][0] for ref in opf.iter("{*}itemref") if ref.get("idref") in manifest]
    if not spine:
        raise SourceError("EPUB spine lists no documents")
    toc_titles = _toc_titles(box, opf, opf_name, manifest)
    meta = {}
    for key in ("title", "creator"):
        el = next(opf.iter(f"{{*}}{key}"), None)
        if el is not None and el.text:
            meta["author" if key == "creator" else key] = el.text.strip()

    parts: list[str] = []
    sections: list[tuple[int, str]] = []
    offset = 0
    for name in spine:
        if not box.has(name):
            continue
        blocks = list(walk_blocks(_body(box.read(name), name)))
        if not blocks:
            continue
        title = toc_titles.get(name) or next((t for k, t in blocks if k == "heading"), None)
        if title:
            sections.append((offset, title))
        chunk = "\n\n".join(text for _, text in blocks)
        parts.append(chunk)
        offset += len(chunk) + 2
    text = "\n\n".join(parts)
    if not text.strip():
        raise SourceError("EPUB has no text")
    return text, sections, meta


def _package_path(box: SafeZip) -> str:
    container = box.xml("META-INF/container.xml")
    rootfile = next(container.iter("{*}rootfile"), None)
    if rootfile is None or not rootfile.get("full-path"):
        raise SourceError("EPUB container names no package file")
    return rootfile.get("full-path")


def _toc_titles(box: SafeZip, opf: etree._Element, opf_name: str,
                manifest: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Member name → title, from the EPUB 2 NCX (the first entry that points into each member)."""
    spine = next(opf.iter("{*}spine"), None)
    ncx_id = spine.get("toc") if spine is not None else None
    ncx_name = manifest.get(ncx_id, (None, ""))[0] if ncx_id else None
    if ncx_name is None:
        ncx_name = next((n for n, media in manifest.values() if media == "application/x-dtbncx+xml"), None)
    if ncx_name is None or not box.has(ncx_name):
        return {}
    titles: dict[str, str] = {}
    for point in box.xml(ncx_name).iter("{*}navPoint"):
        label = next(point.iter("{*}text"), None)
        content = next((c for c in point if local(c.tag) == "content"), None)
        if label is not None and label.text and content is not None and content.get("src"):
            titles.setdefault(join_member(ncx_name, content.get("src")), " ".join(label.text.split()))
    return titles


def _body(data: bytes, name: str) -> etree._Element:
    """The <body> of an XHTML member (never <title>), parsed without entities or network."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        root = html.document_fromstring(data, parser=html.HTMLParser(no_network=True))
    body = next((el for el in root.iter() if local(el.tag) == "body"), None)
    return body if body is not None else root
