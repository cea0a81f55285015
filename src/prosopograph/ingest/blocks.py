"""Block-level text of (X)HTML trees, and the assembly of blocks into one text with sections."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml import etree

from .safezip import local

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCKS = HEADINGS | {"p", "div", "li", "blockquote", "pre", "td", "th", "dd", "dt", "section", "article",
                     "figcaption", "caption", "address", "center"}
SKIP = {"script", "style", "head", "title", "nav", "noscript", "svg", "math", "template", "form", "button",
        "select", "iframe", "object"}
_SPACE = re.compile(r"\s+")


def walk_blocks(root: etree._Element) -> Iterator[tuple[str, str]]:
    """('heading' | 'para', text) for each innermost block element under `root`, in document order."""
    parts: list[str] = []

    def flush(kind: str) -> Iterator[tuple[str, str]]:
        text = _SPACE.sub(" ", "".join(parts)).strip()
        parts.clear()
        if text:
            yield kind, text

    def visit(el: etree._Element) -> Iterator[tuple[str, str]]:
        name = local(el.tag).lower()
        if name in SKIP:
            if el.tail:
                parts.append(el.tail)
            return
        is_block = name in BLOCKS
        if is_block:
            yield from flush("para")
        if name == "br":
            parts.append(" ")
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                yield from visit(child)
            elif child.tail:  # comments and processing instructions: keep only what follows them
                parts.append(child.tail)
        if is_block and _is_caption(el, name):
            parts.clear()  # a picture's title is no section's, and tells nothing of the life
        elif is_block:
            yield from flush("heading" if name in HEADINGS else "para")
        if el.tail:
            parts.append(el.tail)

    yield from visit(root)
    yield from flush("para")


def _is_caption(el: etree._Element, name: str) -> bool:
    """A figure's caption, or a heading set right after a picture that says what the picture's own text says
    ('<img alt="The mill in winter."><h3>The mill in winter.</h3>'); a chapter's title after an ornament is none."""
    if name in ("figcaption", "caption") and el.getparent() is not None and \
            local(el.getparent().tag).lower() == "figure":
        return True
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if name not in HEADINGS or before is None or local(before.tag).lower() != "img":
        return False
    alt = _SPACE.sub(" ", before.get("alt") or "").strip(" .").lower()
    return bool(alt) and alt == _SPACE.sub(" ", "".join(el.itertext())).strip(" .").lower()


_CHAPTER_WORD = re.compile(r"^(chapter|part|book|section)\b", re.I)


def assemble(blocks: Iterable[tuple[str, str]]) -> tuple[str, list[tuple[int, str]]]:
    """One text, a block a paragraph, and a section for each run of consecutive headings."""
    lines: list[str] = []
    sections: list[tuple[int, str]] = []
    offset = 0
    group: list[tuple[int, str]] = []

    def close_group() -> None:
        if group:
            titles = [t for _, t in group]
            first = next((i for i, t in enumerate(titles) if _CHAPTER_WORD.match(t)), 0)
            sections.append((group[first][0], " ".join(titles[first:])[:200]))
            group.clear()

    for kind, text in blocks:
        if kind == "heading":
            group.append((offset, text))
        else:
            close_group()
        lines.append(text)
        offset += len(text) + 2
    close_group()
    return "\n\n".join(lines), sections
