"""Lines of running text joined into paragraphs: hard wraps re-flowed, broken words mended."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import Line, body_width, ends_sentence

_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_WORD_START = re.compile(r"^([a-z]+)")


@dataclass
class Draft:
    """A paragraph before it is written: the source spans it is made of, and how they join."""

    kind: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    joins: list[str] = field(default_factory=list)
    """Before each span but the first: ' ' (space), '' (glued) or '-' (glued, hyphen kept)."""
    anchor_line: int = 0

    def text(self, raw: str) -> str:
        parts = [raw[s:e] for s, e in self.spans]
        out = parts[0] if parts else ""
        for join, part in zip(self.joins, parts[1:]):
            out += (" " if join == " " else "") + part
        return out


def paragraphs(lines: list[Line], raw: str, line_per_paragraph: bool, vocabulary: set[str]) -> list[Draft]:
    """Body paragraphs and headings, in order, from lines classified by layout."""
    width = body_width(lines)
    few_blanks = sum(line.kind == "blank" for line in lines) < 0.05 * max(len(lines), 1)
    drafts: list[Draft] = []
    current: Draft | None = None
    prev: Line | None = None
    gap = False
    for i, line in enumerate(lines):
        if line.kind == "blank":
            gap = True
            continue
        if line.kind in ("page", "header", "note", "note_more", "drop"):
            if line.kind in ("page", "header"):
                gap = False  # blank lines around a page number are layout, not a paragraph break
            continue
        text = line.stripped
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        end = line.start + len(line.text.rstrip())
        if line.glued_page:
            end -= len(line.glued_page)
        if line.kind == "heading":
            if current is not None and current.kind == "heading" and prev is not None and prev.kind == "heading" \
                    and prev.apparatus == line.apparatus:  # a list's or title page's heading is no chapter's
                current.spans.append((start, end))
                current.joins.append(" ")
            else:
                current = Draft("heading", [(start, end)], anchor_line=i)
                drafts.append(current)
            prev, gap = line, False
            continue
        new_paragraph = current is None or current.kind != "paragraph" or prev is None
        if not new_paragraph:
            prev_text = raw[current.spans[-1][0]:current.spans[-1][1]]
            continues = not ends_sentence(prev_text) and text[:1].islower()
            if (line_per_paragraph or gap) and not continues:
                new_paragraph = True
            elif not line_per_paragraph and ends_sentence(prev_text) and not prev_text.endswith(":") and (
                    (few_blanks and len(prev_text) < 0.8 * width) or (line.indented and text[:1].isupper())):
                # with few blank lines, a short last line or an indented first line marks a paragraph
                new_paragraph = True
        if new_paragraph:
            current = Draft("paragraph", [(start, end)], anchor_line=i)
            drafts.append(current)
        else:
            assert current is not None and prev is not None
            current.joins.append(_join(current, raw, text, prev, vocabulary))
            current.spans.append((start, end))
        prev, gap = line, False
    return drafts


def _join(draft: Draft, raw: str, text: str, prev: Line, vocabulary: set[str]) -> str:
    """How the next line joins the paragraph: a broken word is glued, a wrapped line gets a space."""
    s, e = draft.spans[-1]
    prev_text = raw[s:e]
    head = _WORD_START.match(text)
    if head and prev.glued_page:
        return ""  # the page number stood where the hyphen was: 'for101' + 'eign'
    hyphen = _HYPHEN_END.search(prev_text, len(prev_text) - 40) if prev_text.endswith("-") else None
    if hyphen and head:
        left, right = hyphen.group(1), head.group(1)
        if f"{left}-{right}".lower() in vocabulary and (left + right).lower() not in vocabulary:
            draft.spans[-1] = (s, e)
            return "-"
        draft.spans[-1] = (s, e - 1)
        return ""
    if prev_text.endswith(("—", "–")):
        return ""
    return " "


def hyphen_vocabulary(raw: str) -> set[str]:
    """Words of the text, with and without inner hyphens, to tell compounds from broken words."""
    return set(re.findall(r"[a-z]+(?:-[a-z]+)*", raw.lower()))
