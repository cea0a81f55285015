"""Chapter headings in extracted text: a numbered or named heading, or a short title-like line set off by a
blank line; a title may wrap over a few lines."""

from __future__ import annotations

import re

from .layout import PAGE_NUMBER, TERMINAL, Line, blank_after, is_title_like, next_line

CHAPTER_WORD = re.compile(r"^\s*(chapter|part|book)\s+([ivxlcdm]+|\d+|[a-z]+)\b\.?\s*$", re.I)
SECTION_NUMBER = re.compile(r"(?i:chapter|part|book|volume|vol\.|canto|section)"
                            r"(?:\s+(?:[IVXLCDM]+|[ivxlcdm]+|\d+)\b.*)?$")
"""A numbered heading however it goes on ('CHAPTER XII. THE SIEGE', 'Part II'), as the model may take it for a
name ('Book of Hours' is none)."""
NAMED_SECTION = re.compile(
    r"^\s*(a\s+)?(note\s+on\s+(the\s+)?(sources|text)|sources|preface|foreword|introduction|prologue|epilogue"
    r"|afterword|acknowledge?ments|conclusion|notes|footnotes|endnotes|bibliography|select bibliography"
    r"|index|(table\s+of\s+)?contents|glossary|errata|(list\s+of\s+)?(illustrations|plates|maps|engravings)"
    r"|transcriber'?s?'?\s+notes?|editor'?s?'?\s+(note|notes|preface|introduction)|introduction\s+by\s+the\s+editor"
    r"|introductory\s+note|appendix\b.*)\s*\.?\s*$", re.I)
NUMERAL = re.compile(r"^\s*(\d{1,3}|[ivxlc]{1,7})\.?\s*$", re.I)
YEAR = re.compile(r"^\s*1\d{3}\s*$")


def mark_headings(lines: list[Line], numerals_are_headings: bool = False) -> None:
    """Mark chapter headings: a numbered or named heading, or a title-like line set off by blanks.

    A heading's title may run over a few lines (a wrapped title, or a title under a 'CHAPTER IV.'
    line): they are marked together and make one heading. `numerals_are_headings` says a line
    holding only a numeral is a chapter number even alone, as in a text whose lone numbers follow
    no page rhythm.
    """
    groups: list[tuple[str, list[int]]] = []
    group_ends: set[int] = set()
    """Last lines of numbered and named headings: only these may take a subtitle or date under them."""
    for i, line in enumerate(lines):
        text = line.stripped
        prev = next_line(lines, i, -1)
        under = prev is not None and prev in group_ends and i - prev <= 2 and blank_after(lines, i)
        dated = under and bool(YEAR.match(text))  # under a title a lone '1718' is its year, not a page's number
        if line.kind != "text" and not (line.kind == "page" and dated):
            continue
        if (CHAPTER_WORD.match(text) or PAGE_NUMBER.match(text) or (
                numerals_are_headings and NUMERAL.match(text))) and not dated:
            found = _numbered_heading(lines, i, numerals_are_headings)
            if found:
                groups.append(("numbered", found))
                group_ends.add(found[-1])
            continue
        if under and is_title_like(text, 12):
            line.kind = "heading"  # a date or subtitle under a heading belongs to it
            groups.append(("part", [i]))
            continue
        if not blank_after(lines, i):
            block = _wrapped_title(lines, i)
            if block:
                groups.append(("free", block))
            continue
        if NAMED_SECTION.match(text):
            line.kind = "heading"
            groups.append(("named", [i]))
            group_ends.add(i)
            continue
        if not _after_break(lines, i):
            continue
        if is_title_like(text, 8) and not text.endswith(TERMINAL):
            j = next_line(lines, i)
            if j is None or lines[j].stripped[:1].isupper() or lines[j].stripped[:1] in "“\"'‘":
                line.kind = "heading"
                groups.append(("free", [i]))
    _drop_loose_headings(lines, groups)


def _after_break(lines: list[Line], i: int) -> bool:
    prev = next_line(lines, i, -1)
    return prev is None or lines[prev].kind in ("page", "heading", "drop") or \
        lines[prev].stripped.endswith(TERMINAL) or lines[prev].page != lines[i].page


def _numbered_heading(lines: list[Line], i: int, numerals_are_headings: bool) -> list[int]:
    """Lines of a heading opened by a chapter word or number at line i: the number and its title."""
    text = lines[i].stripped
    bare = not CHAPTER_WORD.match(text)
    j = next_line(lines, i)
    end = _title_block(lines, j) if j is not None and j - i <= 2 else None
    if end is not None and j is not None and not (bare and j != i + 1 and not numerals_are_headings):
        marked = [i, *range(j, end)]
    elif (not bare or (numerals_are_headings and _blank_before(lines, i))) and blank_after(lines, i):
        marked = [i]
    else:
        return []
    for k in marked:
        lines[k].kind = "heading"
    return marked


def _title_block(lines: list[Line], j: int) -> int | None:
    """End (exclusive) of the title that starts at line j and runs to a blank line, None if it is not one.

    An upper-case title may wrap over several lines; a mixed-case one over two at most. The title
    ends at the first blank line, so a heading never takes in the paragraph that follows it.
    """
    k = j
    while k < len(lines) and lines[k].kind == "text" and k - j < 7:
        k += 1
    if k < len(lines) and lines[k].kind == "text":
        return None
    block = [line.stripped for line in lines[j:k]]
    if not block:
        return None
    if all(_is_caps(t) and len(t) <= 100 for t in block) and len(block) <= 6:
        return k
    if len(block) == 1:
        return k if is_title_like(block[0], 12) else None
    if len(block) == 2 and is_title_like(block[0], 12) and not block[0].endswith((*TERMINAL, ",", ";")) \
            and is_title_like(" ".join(block), 14):
        return k
    return None


def _wrapped_title(lines: list[Line], i: int) -> list[int]:
    """A title wrapped over two or three lines, set off by blank lines, after a break in the text."""
    if not _blank_before(lines, i) or not _after_break(lines, i):
        return []
    end = _title_block(lines, i)
    if end is None or end - i < 2 or end - i > 3:
        return []
    block = [line.stripped for line in lines[i:end]]
    if not all(_is_caps(t) for t in block) and block[-1].endswith(TERMINAL):
        return []
    nxt = next_line(lines, end - 1)
    if nxt is not None and not (lines[nxt].stripped[:1].isupper() or lines[nxt].stripped[:1] in "“\"'‘"):
        return []
    for k in range(i, end):
        lines[k].kind = "heading"
    return list(range(i, end))


def _drop_loose_headings(lines: list[Line], groups: list[tuple[str, list[int]]]) -> None:
    """Where numbered chapters stand after wide gaps, an unnumbered title-like line needs one too.

    E-texts set chapters off by several blank lines and paragraphs by one: a short line after a
    narrower gap there is a dateline, a signature or a table row, not a chapter's heading.
    """
    numbered = [g[0] for kind, g in groups if kind == "numbered"]
    if len(numbered) < 3:
        return
    gaps = sorted(_gap_before(lines, i) for i in numbered)
    wide = gaps[len(gaps) // 2]
    if wide < 2:
        return
    for kind, group in groups:
        if kind == "free" and _gap_before(lines, group[0]) < wide:
            for k in group:
                lines[k].kind = "text"


def _gap_before(lines: list[Line], i: int) -> int:
    """Blank lines right before line i (many at the very start of the text)."""
    n = 0
    while i - n - 1 >= 0 and lines[i - n - 1].kind == "blank":
        n += 1
    return n if i - n - 1 >= 0 else 99


def _blank_before(lines: list[Line], i: int) -> bool:
    return i == 0 or lines[i - 1].kind in ("blank", "drop")


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
