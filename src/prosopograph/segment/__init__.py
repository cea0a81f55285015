"""segment: cleaned text cut into chapters, passages (paragraphs, headings, notes) and sentences."""

from __future__ import annotations

import bisect
import re

from ..clean.structure import is_apparatus_heading, is_list_heading
from ..model import Block, Chapter, CleanText, Passage
from .sentences import sentence_spans

__all__ = ["chapters", "passages", "sentence_spans"]

_INITIAL_END = re.compile(r"(^|\s)[A-Z]\.$|\.\.$")
_NUMBER_PREFIX = re.compile(r"^\s*((chapter|part|book)\s+)?([ivxlcdm]+|\d+)\b[.:]?\s+(?=\S)", re.I)


def chapters(clean: CleanText) -> list[Chapter]:
    """Chapters the source declares (outline, spine) or, failing that, its heading blocks."""
    if clean.sections:
        starts = [(pos, title) for pos, title in clean.sections if not is_list_heading(title)]
    else:
        starts = [(b.start, clean.text[b.start:b.end]) for b in clean.blocks if b.kind == "heading"]
    body_end = max((b.end for b in clean.blocks if b.kind != "note"), default=len(clean.text))
    starts = sorted({pos: title for pos, title in starts if pos < body_end}.items())
    out: list[Chapter] = []
    for seq, (pos, title) in enumerate(starts):
        stop = starts[seq + 1][0] if seq + 1 < len(starts) else body_end
        out.append(Chapter(seq, chapter_title(title), pos, stop, _page_at(clean.pages, pos)))
    return out


def chapter_title(heading: str) -> str:
    """A heading as a title: spaces folded, a leading chapter number kept only when it is all there is."""
    text = " ".join(heading.split())
    stripped = _NUMBER_PREFIX.sub("", text)
    title = stripped if stripped else text
    # the full stop books set after a heading ('PREFACE.') is no part of its title; an initial's is
    return title[:-1] if title.endswith(".") and not _INITIAL_END.search(title) and len(title) > 1 else title


def passages(clean: CleanText, chapter_list: list[Chapter]) -> list[Passage]:
    """Every block as a passage with its sentences, its chapter and its page."""
    starts = [c.start for c in chapter_list]
    # a chapter the source declares (a PDF's outline, an EPUB's spine) may be apparatus by its title alone
    apparatus = {c.seq for c in chapter_list if clean.sections and is_apparatus_heading(c.title)}
    out: list[Passage] = []
    for seq, block in enumerate(clean.blocks):
        where = block.anchor if block.anchor is not None else block.start
        i = bisect.bisect_right(starts, where) - 1
        kind = "apparatus" if block.kind == "paragraph" and i >= 0 and chapter_list[i].seq in apparatus else block.kind
        out.append(Passage(
            seq=seq, kind=kind, start=block.start, end=block.end,
            raw_start=block.raw_start, raw_end=block.raw_end,
            chapter_seq=chapter_list[i].seq if i >= 0 else None, page=block.page or _page_at(clean.pages, block.start),
            sentences=_sentences(clean.text, block), anchor=block.anchor,
        ))
    return out


def _sentences(text: str, block: Block) -> list[tuple[int, int]]:
    if block.kind == "heading":
        return [(block.start, block.end)]
    return sentence_spans(text, block.start, block.end)


def _page_at(pages: list[tuple[int, str]], pos: int) -> str | None:
    i = bisect.bisect_right([p for p, _ in pages], pos) - 1
    return pages[i][1] if i >= 0 else None
