"""DOCX: paragraphs of the main document part, headings from paragraph styles."""

from __future__ import annotations

from ..errors import SourceError
from ..settings import Limits
from .blocks import assemble
from .safezip import SafeZip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes, limits: Limits) -> tuple[str, list[tuple[int, str]], dict[str, str]]:
    """(text, sections, metadata) of a Word document."""
    box = SafeZip(data, limits)
    if not box.has("word/document.xml"):
        raise SourceError("not a Word document (no word/document.xml)")
    root = box.xml("word/document.xml")
    blocks = []
    for para in root.iter(f"{W}p"):
        text = "".join(
            node.text or "" if node.tag == f"{W}t" else "\t" if node.tag == f"{W}tab" else " "
            for node in para.iter(f"{W}t", f"{W}tab", f"{W}br")
        ).strip()
        if not text:
            continue
        style = para.find(f"{W}pPr/{W}pStyle")
        name = (style.get(f"{W}val") or "").lower() if style is not None else ""
        blocks.append(("heading" if name.startswith(("heading", "title")) else "para", " ".join(text.split())))
    meta = {}
    if box.has("docProps/core.xml"):
        core = box.xml("docProps/core.xml")
        for key in ("title", "creator"):
            el = next(core.iter(f"{{*}}{key}"), None)
            if el is not None and el.text:
                meta["author" if key == "creator" else key] = el.text.strip()
    text, sections = assemble(blocks)
    if not text.strip():
        raise SourceError("Word document has no text")
    return text, sections, meta
