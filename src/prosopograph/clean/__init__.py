"""clean: extraction artifacts removed, with an offset map back to the source text.

Ligatures, running headers, page numbers, hyphenated line breaks, hard wraps, footnotes cut into
the running text, e-book licences and web boilerplate go; each block of cleaned text keeps its
source offsets and the page of the original it stood on.
"""

from __future__ import annotations

import bisect

from ..model import Block, CleanText, SourceText
from .boilerplate import GUTENBERG_END, GUTENBERG_START, LICENCE, is_boilerplate, mentions_licence
from .headings import mark_headings
from .layout import (
    Line,
    ends_sentence,
    mark_notes,
    mark_page_numbers,
    mark_running_heads,
    split_lines,
    squash,
)
from .pages import PageLocator
from .reflow import Draft, hyphen_vocabulary, paragraphs
from .structure import (
    inline_editorial_notes,
    is_argument,
    mark_apparatus,
    mark_gathered_notes,
    underscore_emphasis,
)
from .textmap import MappedText

__all__ = ["MappedText", "clean", "clean_mapped", "clean_with_emphasis", "emphasis_spans"]

Span = tuple[int, int]


def clean(source: SourceText) -> CleanText:
    """Cleaned text of a source, cut into heading, paragraph, apparatus and note blocks."""
    cleaned, emphasis = clean_with_emphasis(source)
    cleaned.emphasis = emphasis
    return cleaned


def emphasis_spans(source: SourceText) -> list[Span]:
    """(start, end) in the cleaned text of each span the source set in italics (_so_ in an e-text)."""
    return clean_with_emphasis(source)[1]


def clean_with_emphasis(source: SourceText) -> tuple[CleanText, list[Span]]:
    """The cleaned text, and the cleaned spans the source emphasised (their markup left out)."""
    cleaned, emphasis, _ = _clean(source)
    return cleaned, emphasis


def clean_mapped(source: SourceText) -> tuple[CleanText, MappedText]:
    """The cleaned text (with its emphasis) and the map from each cleaned offset back to the source text."""
    cleaned, emphasis, mapping = _clean(source)
    cleaned.emphasis = emphasis
    return cleaned, mapping


def _clean(source: SourceText) -> tuple[CleanText, list[Span], MappedText]:
    raw = source.text
    lines = split_lines(raw)
    paged = "\f" in raw
    _drop_packaging(lines, source.sections, len(raw))
    _mark_declared_headings(lines, source.sections)
    licence = mentions_licence(raw)
    _drop_boilerplate_lines(lines, licence)
    note_marks: list[Span] = []
    if not source.line_per_paragraph:
        labels = mark_page_numbers(lines, paged)
        # notes gathered at a chapter's or the book's end first: a line inside one is never a heading
        note_marks = mark_gathered_notes(lines, raw)
        mark_headings(lines, numerals_are_headings=not labels)
        titles = [line.text for line in lines if line.kind == "heading"]
        titles += [t for _, t in source.sections] + ([source.title] if source.title else [])
        mark_running_heads(lines, paged, titles)
        mark_notes(lines, paged)
        mark_apparatus(lines, source.title)
    drafts = paragraphs(lines, raw, source.line_per_paragraph, hyphen_vocabulary(raw))
    locator = PageLocator.from_lines(lines, raw, source.page_labels, paged)
    emphasis = underscore_emphasis(raw)
    skips = _Skips(sorted(note_marks + inline_editorial_notes(raw) + [(a, a + 1) for a, _ in emphasis]
                          + [(b - 1, b) for _, b in emphasis]))

    out = MappedText()
    blocks: list[Block] = []
    shapes: list[tuple[str, int]] = []  # each block's kind and length in words
    for draft in drafts:
        text = draft.text(raw)
        if draft.kind != "note" and is_boilerplate(text, licence):
            continue
        if lines[draft.anchor_line].listed and draft.kind in ("paragraph", "heading"):
            draft.kind = "contents"
        elif lines[draft.anchor_line].apparatus and draft.kind in ("paragraph", "heading"):
            draft.kind = "apparatus"
        elif draft.kind == "paragraph" and _under_heading(shapes) and is_argument(text):
            draft.kind = "argument"
        blocks.append(_emit(out, raw, draft, locator, skips, len(blocks)))
        shapes.append((draft.kind, len(text.split())))
    notes = _note_drafts(lines)
    body_end = out.length
    anchors = [out.to_clean(_anchor_of(lines[d.anchor_line], d)) for d in notes]
    pages = [(out.to_clean(pos), label) for pos, label in locator.boundaries() if out.to_clean(pos) < body_end]
    for draft, anchor in zip(notes, anchors):
        block = _emit(out, raw, draft, locator, skips, len(blocks))
        block.anchor = min(anchor, body_end)
        blocks.append(block)
    text = out.text()
    cleaned = CleanText(text=text, blocks=blocks, pages=pages,
                        sections=[(out.to_clean(pos), title) for pos, title in source.sections
                                  if not LICENCE.search(title)])
    return cleaned, skips.spans_between(emphasis), out


SUBTITLE_WORDS = 8
"""A line under a heading this short is its subtitle or dates ('THE FLIGHT.', '1701-1703'), as a web page may set
them apart from the heading."""


def _under_heading(shapes: list[tuple[str, int]]) -> bool:
    """The next block stands right under a heading, or under it and a subtitle or two (`shapes`: each block's kind
    and words, so far)."""
    for back, (kind, words) in enumerate(reversed(shapes[-3:])):
        if kind == "heading":
            return True
        if kind != "paragraph" or words > SUBTITLE_WORDS or back == 2:
            return False
    return False


class _Skips:
    """Source spans left out of the cleaned text (markup), and where the cleaned text stood at each."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.seen: dict[int, tuple[int, int]] = {}
        """Source offset of a left-out span → (cleaned offset there, index of its block)."""

    def add(self, out: MappedText, raw: str, start: int, end: int, block_no: int) -> None:
        """Append raw[start:end] to `out` without the left-out spans in it."""
        pos = start
        k = bisect.bisect_left(self.starts, start)
        while k < len(self.spans) and self.spans[k][0] < end:
            a, b = self.spans[k]
            if a >= pos:
                out.add_source(raw, pos, a)
                self.seen[a] = (out.length, block_no)
                pos = min(b, end)
            k += 1
        out.add_source(raw, pos, end)

    def spans_between(self, pairs: list[Span]) -> list[Span]:
        """Cleaned spans between the opening and closing marks of each pair left out in one block."""
        out: list[Span] = []
        for a, b in pairs:
            opened, closed = self.seen.get(a), self.seen.get(b - 1)
            if opened and closed and opened[1] == closed[1] and closed[0] > opened[0]:
                out.append((opened[0], closed[0]))
        return out


def _anchor_of(line: Line, draft: Draft) -> int:
    """Source offset a note belongs to: its mark in the text, or where a footnote was cut out."""
    return line.note_anchor if line.note_anchor is not None else draft.spans[0][0]


def _emit(out: MappedText, raw: str, draft: Draft, locator: PageLocator, skips: _Skips, block_no: int) -> Block:
    if out.length:
        out.add("\n\n", draft.spans[0][0], 0)
    start = out.length
    for i, (s, e) in enumerate(draft.spans):
        if i and draft.joins[i - 1] == " ":
            out.add(" ", s, 0)
        skips.add(out, raw, s, e, block_no)
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

