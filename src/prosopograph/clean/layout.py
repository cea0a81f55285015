"""Layout of extracted text, line by line: page numbers, running headers, headings, footnotes.

The rules are general: a page number is a line holding only a number; a running header is a short
line that sits next to page numbers and repeats (or repeats a heading, even letter-spaced); a
heading is a short title-like line set off by a blank line; a footnote starts with a note mark.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

_LINE = re.compile(r"([^\r\n\f]*)(\r\n|[\r\n\f]|$)")
_PAGE_NUMBER = re.compile(r"^\s*(\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})\s*$")
_GLUED_PAGE_NUMBER = re.compile(r"(?<=[a-z])(\d{1,4})\s*$")
_CHAPTER_WORD = re.compile(r"^\s*(chapter|part|book)\s+([ivxlcdm]+|\d+|[a-z]+)\b\.?\s*$", re.I)
_NAMED_SECTION = re.compile(
    r"^\s*(a\s+)?(note\s+on\s+(the\s+)?(sources|text)|sources|preface|foreword|introduction|prologue|epilogue"
    r"|afterword|acknowledge?ments|conclusion|notes|footnotes|endnotes|bibliography|select bibliography"
    r"|index|(table\s+of\s+)?contents|glossary|errata|(list\s+of\s+)?(illustrations|plates|maps|engravings)"
    r"|transcriber'?s?'?\s+notes?|editor'?s?'?\s+(note|notes|preface|introduction)|introduction\s+by\s+the\s+editor"
    r"|introductory\s+note|appendix\b.*)\s*\.?\s*$", re.I)
_NUMERAL = re.compile(r"^\s*(\d{1,3}|[ivxlc]{1,7})\.?\s*$", re.I)
_NOTE_MARK = "*†‡§"
_GLUED_NOTE = re.compile(r"(?<=[a-z])[*†‡](?=[A-Z“\"])")
_TERMINAL = tuple(".!?:\"”’)")
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
                "de", "la", "von", "van", "der"}


@dataclass
class Line:
    start: int
    end: int
    text: str
    page: int
    """Index of the \\f-separated page the line is on."""
    kind: str = "text"
    """text, blank, page, header, heading, note, drop."""
    glued_page: str | None = None
    """A page number glued to the line's last word, cut off the line's end."""
    indented: bool = False
    apparatus: bool = False
    """Part of the book's apparatus (contents, index, notes, an editor's matter), not its running text."""
    note_anchor: int | None = None
    """For a note gathered at a chapter's or the book's end: source offset of its mark in the text."""

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(raw: str) -> list[Line]:
    """Lines with their offsets; each \\f starts a new page."""
    lines: list[Line] = []
    page = 0
    for m in _LINE.finditer(raw):
        if m.start() == len(raw) and not m.group(0):
            break
        content = m.group(1)
        lines.append(Line(m.start(1), m.end(1), content, page, "text" if content.strip() else "blank",
                          indented=content[:1] in (" ", "\t")))
        if m.group(2) == "\f":
            page += 1
    return _split_glued_notes(lines, raw)


def _split_glued_notes(lines: list[Line], raw: str) -> list[Line]:
    """A footnote run into the line above ('disap*The note...') becomes a line of its own."""
    out: list[Line] = []
    for line in lines:
        m = _GLUED_NOTE.search(line.text) if any(mark in line.text for mark in "*†‡") else None
        if m and line.kind == "text":
            cut = line.start + m.start()
            out.append(Line(line.start, cut, raw[line.start:cut], line.page, indented=line.indented))
            out.append(Line(cut, line.end, raw[cut:line.end], line.page))
        else:
            out.append(line)
    return out


def squash(text: str) -> str:
    """Letters only, lower case: 'pr efa c e' and 'PREFACE' both become 'preface'."""
    return re.sub(r"[^a-z]", "", text.lower())


def _is_title_like(text: str, max_words: int = 10) -> bool:
    words = text.split()
    if not words or len(words) > max_words or len(text) > 80 or text.endswith((",", ";", ":", "-")):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalized = sum(w[0].isupper() or w[0].isdigit() for w in content)
    return capitalized >= 0.6 * max(len(content), 1)


def _next(lines: list[Line], i: int, step: int = 1) -> int | None:
    """Index of the nearest non-blank line after (or before, step=-1) line i."""
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].kind != "blank":
            return j
        j += step
    return None


def _blank_after(lines: list[Line], i: int) -> bool:
    return i + 1 >= len(lines) or lines[i + 1].kind == "blank"


def mark_page_numbers(lines: list[Line], paged: bool) -> bool:
    """Mark lines that hold only a page number; in \\f-paged text only at a page's top or bottom.

    Returns whether lone numbers in this text are page labels at all: in a text without form feeds
    they are only where they follow a page rhythm; otherwise they are chapter numbers.
    """
    for i, line in enumerate(lines):
        if line.kind != "text" or not _PAGE_NUMBER.match(line.text):
            continue
        if paged:
            prev, nxt = _next(lines, i, -1), _next(lines, i)
            at_edge = prev is None or nxt is None or lines[prev].page != line.page or lines[nxt].page != line.page
            if not at_edge:
                continue
        else:
            # '1' over 'The Young Revolutionary' and a blank line is a chapter number, not a page.
            nxt = i + 1
            if (nxt < len(lines) and lines[nxt].kind == "text" and _is_title_like(lines[nxt].stripped)
                    and _blank_after(lines, nxt)):
                continue
        line.kind = "page"
    if not paged:
        for line in lines:
            m = _GLUED_PAGE_NUMBER.search(line.text) if line.text.rstrip()[-1:].isdigit() else None
            if line.kind == "text" and m and len(line.text) > 30:
                line.glued_page = m.group(1)
        return _keep_rhythmic_pages(lines)
    return True


_MAX_PAGE_STEP = 60
_MAX_LINES_PER_PAGE = 90
"""A printed page holds at most this many lines of text; numbers further apart are not its pages."""


def _keep_rhythmic_pages(lines: list[Line]) -> bool:
    """Unmark page numbers that do not follow a page rhythm; whether any rhythm was found.

    Page numbers in an extraction rise at regular intervals of lines (a page holds about the same
    number of lines throughout), even when many are lost. Chapter numbers rise by one at the
    irregular, longer intervals of chapters. Three numbers at least are needed to tell them apart.
    """
    rhythm = True
    for roman in (False, True):
        points = [(i, value) for i, line in enumerate(lines) if (value := _marker_value(line, roman)) is not None]
        chain = _rising_chain(points)
        if len(chain) < 3:
            continue
        if _is_rhythmic(chain) and not _set_off_like_chapters(lines, [i for i, _ in chain]):
            continue
        rhythm = False
        for i, _ in points:
            lines[i].glued_page = None
            if lines[i].kind == "page":
                lines[i].kind = "text"
    return rhythm


def _marker_value(line: Line, roman: bool) -> int | None:
    label = line.stripped if line.kind == "page" else line.glued_page
    if not label:
        return None
    if label.isdigit():
        return None if roman else int(label)
    if not roman:
        return None
    from .pages import roman_value  # pages builds on this module; imported late to avoid a cycle

    return roman_value(label)


def _rising_chain(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    chain: list[tuple[int, int]] = []
    for i, value in points:
        if not chain or chain[-1][1] < value <= chain[-1][1] + _MAX_PAGE_STEP:
            chain.append((i, value))
    return chain


def _set_off_like_chapters(lines: list[Line], found: list[int]) -> bool:
    """Most numbers stand after a finished sentence and a wide gap, as chapter numbers in an e-text do.

    A page number falls wherever the page ends, often mid-sentence, with a blank line at most.
    """
    def chapter_like(i: int) -> bool:
        gap = 0
        while i - gap - 1 >= 0 and lines[i - gap - 1].kind == "blank":
            gap += 1
        prev = lines[i - gap - 1] if i - gap - 1 >= 0 else None
        return gap >= 2 and (prev is None or ends_sentence(prev.text) or prev.kind != "text")

    return sum(chapter_like(i) for i in found) >= 2 * len(found) / 3


def _is_rhythmic(chain: list[tuple[int, int]]) -> bool:
    """Lines per page roughly the same between each pair of numbers, and no more than a page holds."""
    ratios = sorted((b[0] - a[0]) / (b[1] - a[1]) for a, b in pairwise(chain))
    median = ratios[len(ratios) // 2]
    steady = sum(median / 2 <= r <= median * 2 for r in ratios)
    return median <= _MAX_LINES_PER_PAGE and steady >= 2 * len(ratios) / 3


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
        if line.kind != "text":
            continue
        text = line.stripped
        if _CHAPTER_WORD.match(text) or _PAGE_NUMBER.match(text) or (
                numerals_are_headings and _NUMERAL.match(text)):
            found = _numbered_heading(lines, i, numerals_are_headings)
            if found:
                groups.append(("numbered", found))
                group_ends.add(found[-1])
            continue
        prev = _next(lines, i, -1)
        if prev is not None and prev in group_ends and i - prev <= 2 and _blank_after(lines, i) \
                and _is_title_like(text, 12):
            line.kind = "heading"  # a date or subtitle under a heading belongs to it
            groups.append(("part", [i]))
            continue
        if not _blank_after(lines, i):
            block = _wrapped_title(lines, i)
            if block:
                groups.append(("free", block))
            continue
        if _NAMED_SECTION.match(text):
            line.kind = "heading"
            groups.append(("named", [i]))
            group_ends.add(i)
            continue
        if not _after_break(lines, i):
            continue
        if _is_title_like(text, 8) and not text.endswith(_TERMINAL):
            j = _next(lines, i)
            if j is None or lines[j].stripped[:1].isupper() or lines[j].stripped[:1] in "“\"'‘":
                line.kind = "heading"
                groups.append(("free", [i]))
    _drop_loose_headings(lines, groups)


def _after_break(lines: list[Line], i: int) -> bool:
    prev = _next(lines, i, -1)
    return prev is None or lines[prev].kind in ("page", "heading", "drop") or \
        lines[prev].stripped.endswith(_TERMINAL) or lines[prev].page != lines[i].page


def _numbered_heading(lines: list[Line], i: int, numerals_are_headings: bool) -> list[int]:
    """Lines of a heading opened by a chapter word or number at line i: the number and its title."""
    text = lines[i].stripped
    bare = not _CHAPTER_WORD.match(text)
    j = _next(lines, i)
    end = _title_block(lines, j) if j is not None and j - i <= 2 else None
    if end is not None and j is not None and not (bare and j != i + 1 and not numerals_are_headings):
        marked = [i, *range(j, end)]
    elif (not bare or (numerals_are_headings and _blank_before(lines, i))) and _blank_after(lines, i):
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
        return k if _is_title_like(block[0], 12) else None
    if len(block) == 2 and _is_title_like(block[0], 12) and not block[0].endswith((*_TERMINAL, ",", ";")) \
            and _is_title_like(" ".join(block), 14):
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
    if not all(_is_caps(t) for t in block) and block[-1].endswith(_TERMINAL):
        return []
    nxt = _next(lines, end - 1)
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


def mark_running_heads(lines: list[Line], paged: bool, titles: list[str]) -> None:
    """Mark short lines next to page numbers (or at page edges) that repeat or repeat a heading."""
    near: list[int] = []
    for i, line in enumerate(lines):
        if line.kind != "text" or len(line.stripped) > 70 or line.stripped.endswith((".", ",", ";")):
            continue
        if paged:
            prev, nxt = _next(lines, i, -1), _next(lines, i)
            first = prev is None or lines[prev].page != line.page
            last = nxt is None or lines[nxt].page != line.page
            if first or last or (prev is not None and lines[prev].kind == "page" and
                                 (_next(lines, prev, -1) is None or lines[_next(lines, prev, -1)].page != line.page)):
                near.append(i)
        else:
            for step in (-1, 1):
                j = _next(lines, i, step)
                if j is not None and abs(j - i) <= 3 and lines[j].kind == "page":
                    near.append(i)
                    break
    keys = Counter(_head_key(lines[i].stripped) for i in near)
    known = {squash(t) for t in titles if squash(t)}
    for i in near:
        key = _head_key(lines[i].stripped)
        if key and (keys[key] >= 2 or key in known):
            lines[i].kind = "header"


def _head_key(text: str) -> str:
    """A running header without its page number, letter-spacing or case."""
    return squash(re.sub(r"^\s*(\d+|[ivxlc]+)\s+|\s+(\d+|[ivxlc]+)\s*$", "", text))


def mark_notes(lines: list[Line], paged: bool, max_lines: int = 20) -> None:
    """Mark footnotes: from a line starting with a note mark to the page's end or a visible break."""
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.stripped
        if line.kind == "text" and text[:1] in _NOTE_MARK and len(text) > 3 and text[1:2].strip():
            line.kind = "note"
            j = i + 1
            while j < len(lines) and j - i < max_lines:
                nxt = lines[j]
                if nxt.kind != "text" or nxt.page != line.page or nxt.stripped[:1] in _NOTE_MARK:
                    break
                if not paged and nxt.indented:  # a page's first line is set in by the extraction
                    break
                nxt.kind = "note_more"
                j += 1
            i = j
        else:
            i += 1


def body_width(lines: list[Line]) -> float:
    """Typical length of a full line of running text (0 when lines are paragraphs)."""
    lengths = sorted(len(line.stripped) for line in lines if line.kind == "text")
    return float(lengths[len(lengths) // 2]) if lengths else 0.0


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)
