"""Layout of extracted text, line by line: page numbers, running headers, headings, footnotes.

The rules are general: a page number is a line holding only a number; a running header is a short
line that sits next to page numbers and repeats (or repeats a heading, even letter-spaced); a
heading is a short title-like line set off by a blank line; a footnote starts with a note mark.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_LINE = re.compile(r"([^\r\n\f]*)(\r\n|[\r\n\f]|$)")
_PAGE_NUMBER = re.compile(r"^\s*(\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})\s*$")
_GLUED_PAGE_NUMBER = re.compile(r"(?<=[a-z])(\d{1,4})\s*$")
_CHAPTER_WORD = re.compile(r"^\s*(chapter|part|book)\s+([ivxlcdm]+|\d+|[a-z]+)\b\.?\s*$", re.I)
_NAMED_SECTION = re.compile(
    r"^\s*(a\s+)?(note\s+on\s+(the\s+)?sources|sources|preface|foreword|introduction|prologue|epilogue"
    r"|afterword|acknowledge?ments|conclusion|notes|bibliography|select bibliography|index|contents"
    r"|appendix\b.*)\s*$", re.I)
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


def mark_page_numbers(lines: list[Line], paged: bool) -> None:
    """Mark lines that hold only a page number; in \\f-paged text only at a page's top or bottom."""
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


def mark_headings(lines: list[Line]) -> None:
    """Mark chapter headings: a numbered or named heading, or a title-like line set off by blanks."""
    for i, line in enumerate(lines):
        if line.kind != "text":
            continue
        text = line.stripped
        nxt = i + 1 if i + 1 < len(lines) else None
        prev = _next(lines, i, -1)
        if _PAGE_NUMBER.match(text) or _CHAPTER_WORD.match(text):
            # a chapter number with its title on the next line (or after one blank line)
            j = _next(lines, i)
            if j is not None and j - i <= 2 and _is_title_like(lines[j].stripped, 12) and _blank_after(lines, j):
                if _PAGE_NUMBER.match(text) and j != nxt:
                    continue
                line.kind = lines[j].kind = "heading"
            elif _CHAPTER_WORD.match(text) and _blank_after(lines, i):
                line.kind = "heading"
            continue
        if not _blank_after(lines, i):
            continue
        if _NAMED_SECTION.match(text):
            line.kind = "heading"
            continue
        after_break = prev is None or lines[prev].kind in ("page", "heading") or \
            lines[prev].stripped.endswith(_TERMINAL) or lines[prev].page != line.page
        if not after_break:
            continue
        if _is_title_like(text, 8) and not text.endswith(_TERMINAL):
            j = _next(lines, i)
            if j is None or lines[j].stripped[:1].isupper() or lines[j].stripped[:1] in "“\"'‘":
                line.kind = "heading"


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
