"""clean: extraction artifacts removed, with an offset map back to the source text.

Ligatures, running headers, page numbers, hyphenated line breaks, hard wraps, footnotes cut into
the running text, e-book licences and web boilerplate go; each block of cleaned text keeps its
source offsets and the page of the original it stood on.
"""

from __future__ import annotations

from ..model import Block, CleanText, SourceText
from .boilerplate import GUTENBERG_END, GUTENBERG_START, LICENCE, is_boilerplate, mentions_licence
from .layout import (
    Line,
    ends_sentence,
    mark_headings,
    mark_notes,
    mark_page_numbers,
    mark_running_heads,
    split_lines,
    squash,
)
from .pages import PageLocator
from .reflow import Draft, hyphen_vocabulary, paragraphs
from .textmap import MappedText

__all__ = ["clean"]


def clean(source: SourceText) -> CleanText:
    """Cleaned text of a source, cut into heading, paragraph and note blocks."""
    raw = source.text
    lines = split_lines(raw)
    paged = "\f" in raw
    _drop_packaging(lines, source.sections, len(raw))
    _mark_declared_headings(lines, source.sections)
    licence = mentions_licence(raw)
    _drop_boilerplate_lines(lines, licence)
    if not source.line_per_paragraph:
        mark_page_numbers(lines, paged)
        mark_headings(lines)
        titles = [line.text for line in lines if line.kind == "heading"]
        titles += [t for _, t in source.sections] + ([source.title] if source.title else [])
        mark_running_heads(lines, paged, titles)
        mark_notes(lines, paged)
    drafts = paragraphs(lines, raw, source.line_per_paragraph, hyphen_vocabulary(raw))
    locator = PageLocator.from_lines(lines, raw, source.page_labels, paged)

    out = MappedText()
    blocks: list[Block] = []
    for draft in drafts:
        text = draft.text(raw)
        if draft.kind != "note" and is_boilerplate(text, licence):
            continue
        blocks.append(_emit(out, raw, draft, locator))
    notes = _note_drafts(lines)
    body_end = out.length
    anchors = [out.to_clean(d.spans[0][0]) for d in notes]
    pages = [(out.to_clean(pos), label) for pos, label in locator.boundaries() if out.to_clean(pos) < body_end]
    for draft, anchor in zip(notes, anchors):
        block = _emit(out, raw, draft, locator)
        block.anchor = min(anchor, body_end)
        blocks.append(block)
    text = out.text()
    return CleanText(text=text, blocks=blocks, pages=pages,
                     sections=[(out.to_clean(pos), title) for pos, title in source.sections
                               if not LICENCE.search(title)])


def _emit(out: MappedText, raw: str, draft: Draft, locator: PageLocator) -> Block:
    if out.length:
        out.add("\n\n", draft.spans[0][0], 0)
    start = out.length
    for i, (s, e) in enumerate(draft.spans):
        if i and draft.joins[i - 1] == " ":
            out.add(" ", s, 0)
        out.add_source(raw, s, e)
    raw_start, raw_end = draft.spans[0][0], draft.spans[-1][1]
    return Block(draft.kind, start, out.length, raw_start, raw_end, page=locator.page_at(raw_start))


def _note_drafts(lines: list[Line]) -> list[Draft]:
    drafts: list[Draft] = []
    for i, line in enumerate(lines):
        span = (line.start + len(line.text) - len(line.text.lstrip()), line.start + len(line.text.rstrip()))
        if line.kind == "note":
            drafts.append(Draft("note", [span], anchor_line=i))
        elif line.kind == "note_more" and drafts:
            prev = drafts[-1]
            prev.joins.append(" ")
            prev.spans.append(span)
    return drafts


def _drop_packaging(lines: list[Line], sections: list[tuple[int, str]], end: int) -> None:
    """Drop what lies outside a Project Gutenberg start/end marker, and licence sections."""
    start_at = next((i for i, line in enumerate(lines) if GUTENBERG_START.match(line.text)), None)
    end_at = next((i for i, line in enumerate(lines) if GUTENBERG_END.match(line.text)), None)
    for i, line in enumerate(lines):
        if (start_at is not None and i <= start_at) or (end_at is not None and i >= end_at):
            line.kind = "drop"
    bounds = [pos for pos, _ in sections] + [end]
    for k, (pos, title) in enumerate(sections):
        if LICENCE.search(title):
            for line in lines:
                if pos <= line.start < bounds[k + 1]:
                    line.kind = "drop"


def _drop_boilerplate_lines(lines: list[Line], licence: bool) -> None:
    """A web call to action on a line of its own, even where no blank line sets it apart."""
    prev: Line | None = None
    for line in lines:
        if line.kind == "text" and is_boilerplate(line.stripped, licence):
            alone = prev is None or prev.kind != "text" or ends_sentence(prev.text)
            if alone or len(line.stripped.split()) <= 4:
                line.kind = "drop"
        prev = line


def _mark_declared_headings(lines: list[Line], sections: list[tuple[int, str]]) -> None:
    """A line where a declared section starts, and which reads like its title, is a heading."""
    starts = {pos: squash(title) for pos, title in sections}
    for line in lines:
        key = starts.get(line.start)
        if key is not None and line.kind == "text":
            text = squash(line.text)
            if text and (text in key or key in text):
                line.kind = "heading"

