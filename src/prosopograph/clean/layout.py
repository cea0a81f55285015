"""Layout of extracted text, line by line, and what the printed page adds to the text: page numbers,
running headers, footnotes (headings, what the layout shows of the book's parts, are in `headings`).

The rules are general: a page number is a line holding only a number; a running header is a short
line that sits next to page numbers and repeats (or repeats a heading, even letter-spaced); a
footnote starts with a note mark.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

_LINE = re.compile(r"([^\r\n\f]*)(\r\n|[\r\n\f]|$)")
PAGE_NUMBER = re.compile(r"^\s*(\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})\s*$")
_GLUED_PAGE_NUMBER = re.compile(r"(?<=[a-z])(\d{1,4})\s*$")
_NOTE_MARK = "*†‡§"
_GLUED_NOTE = re.compile(r"(?<=[a-z])[*†‡](?=[A-Z“\"])")
_NOTE_NUMBER = re.compile(r"^\d{1,3}(?:$|(?=[A-Z“\"‘]\w))")
"""A footnote's number, alone on its line or run into the note's first word ('12See page 9.')."""
_NOTE_LINES = 6
"""A footnote at a page's foot runs to a few lines at most; more is running text."""
TERMINAL = tuple(".!?:\"”’)")
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
    listed: bool = False
    """An entry of a contents list or a list of illustrations: it points to where something is told."""
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


def is_title_like(text: str, max_words: int = 10) -> bool:
    """A short line whose words are mostly capitalized, as titles are set."""
    words = text.split()
    if not words or len(words) > max_words or len(text) > 80 or text.endswith((",", ";", ":", "-")):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalized = sum(w[0].isupper() or w[0].isdigit() for w in content)
    return capitalized >= 0.6 * max(len(content), 1)


def next_line(lines: list[Line], i: int, step: int = 1) -> int | None:
    """Index of the nearest non-blank line after (or before, step=-1) line i."""
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].kind != "blank":
            return j
        j += step
    return None


def blank_after(lines: list[Line], i: int) -> bool:
    """Line i is the last, or a blank line follows it."""
    return i + 1 >= len(lines) or lines[i + 1].kind == "blank"


def mark_page_numbers(lines: list[Line], paged: bool) -> bool:
    """Mark lines that hold only a page number; in \\f-paged text only at a page's top or bottom.

    Returns whether lone numbers in this text are page labels at all: in a text without form feeds
    they are only where they follow a page rhythm; otherwise they are chapter numbers.
    """
    for i, line in enumerate(lines):
        if line.kind != "text" or not PAGE_NUMBER.match(line.text):
            continue
        if paged:
            prev, nxt = next_line(lines, i, -1), next_line(lines, i)
            at_edge = prev is None or nxt is None or lines[prev].page != line.page or lines[nxt].page != line.page
            if not at_edge:
                continue
        else:
            # '1' over 'The Young Revolutionary' and a blank line is a chapter number, not a page.
            nxt = i + 1
            if (nxt < len(lines) and lines[nxt].kind == "text" and is_title_like(lines[nxt].stripped)
                    and blank_after(lines, nxt)):
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


def mark_running_heads(lines: list[Line], paged: bool, titles: list[str]) -> None:
    """Mark short lines next to page numbers (or at page edges) that repeat or repeat a heading."""
    near: list[int] = []
    for i, line in enumerate(lines):
        if line.kind != "text" or len(line.stripped) > 70 or line.stripped.endswith((".", ",", ";")):
            continue
        if paged:
            prev, nxt = next_line(lines, i, -1), next_line(lines, i)
            first = prev is None or lines[prev].page != line.page
            last = nxt is None or lines[nxt].page != line.page
            above = next_line(lines, prev, -1) if prev is not None else None
            if first or last or (prev is not None and lines[prev].kind == "page" and
                                 (above is None or lines[above].page != line.page)):
                near.append(i)
        else:
            for step in (-1, 1):
                j = next_line(lines, i, step)
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
    """Mark footnotes: from a line starting with a note mark to the page's end or a visible break; on a printed
    page, also a note numbered at its foot (see `_numbered_note`)."""
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.stripped
        if paged and (end := _numbered_note(lines, i)) is not None:
            line.kind = "note"
            for nxt in lines[i + 1:end]:
                if nxt.kind == "text":
                    nxt.kind = "note_more"
            i = end
        elif line.kind == "text" and text[:1] in _NOTE_MARK and len(text) > 3 and text[1:2].strip():
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


def _numbered_note(lines: list[Line], i: int) -> int | None:
    """Where the footnote line i opens ends (the index after its last line), if it opens one: a note's number
    alone on its line or run into its first word ('12', '12See …'), set below the running text at the foot of a
    page, so that a few lines of text and then only the page's number or its end follow. None otherwise: a
    number in the running text, a chapter's number over its title, a number on a page's edge (its label)."""
    line = lines[i]
    if line.kind != "text" or not _NOTE_NUMBER.match(line.stripped):
        return None
    j = i + 1
    while j < len(lines) and lines[j].page == line.page and lines[j].kind in ("text", "blank"):
        j += 1
    note = [x.stripped for x in lines[i:j] if x.kind == "text"]
    numbers = next((k for k, x in enumerate(note) if not x.isdigit()), len(note))  # '6', '7', then their notes
    said = note[numbers:]
    if not said or len(said) > _NOTE_LINES or any(x.isdigit() for x in said):
        return None  # no note, or numbers among lines (a contents page)
    if j < len(lines) and lines[j].page == line.page and lines[j].kind not in ("page", "header"):
        return None  # more of the page's text below
    # running text above it: a number opening the page's text is its label or a chapter's number
    above = 0
    for x in reversed(lines[:i]):
        if x.page != line.page:
            break
        above += len(x.text) if x.kind == "text" else 0
    return j if above > sum(map(len, note)) else None


def body_width(lines: list[Line]) -> float:
    """Typical length of a full line of running text (0 when lines are paragraphs)."""
    lengths = sorted(len(line.stripped) for line in lines if line.kind == "text")
    return float(lengths[len(lengths) // 2]) if lengths else 0.0


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)
