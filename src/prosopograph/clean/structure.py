"""A book's structure beyond its chapters: apparatus, gathered notes and plain-text markup.

Books set their apparatus apart under headings of their own (contents, list of illustrations,
introduction by the editor, notes, bibliography, appendix, index); e-texts add transcriber's notes
and bracketed illustration captions. Notes are often gathered at a chapter's or the book's end,
each opening with the mark ('[3]', '(*3)') that stands in the text where it belongs. Plain e-texts
mark italics with underscores (_Frontispiece_). All rules here are those layout conventions.
"""

from __future__ import annotations

import bisect
import re

from .headings import CHAPTER_WORD, NAMED_SECTION, NUMERAL
from .layout import Line, body_width, squash

# Sections whose heading says they are apparatus; lists are handled apart (they end with the list).
_APPARATUS_HEADING = re.compile(
    r"^\s*(a\s+)?(note\s+on\s+(the\s+)?(sources|text)|sources|notes|footnotes|endnotes|bibliography"
    r"|select\s+bibliography|references|works\s+cited|further\s+reading|suggested\s+reading|reading\s+lists?"
    r"|books\s+consulted|authorities(\s+consulted)?|list\s+of\s+(books|works|authorities)|index|glossary|errata|addenda"
    r"|transcriber'?s?'?\s+notes?|editor'?s?'?\s+(note|notes|preface|introduction)"
    r"|introduction\s+by\s+the\s+editor|introductory\s+note\s+by\s+the\s+editor|appendix\b.*|appendices"
    r")\s*\.?\s*$", re.I)
_LIST_HEADING = re.compile(
    r"^\s*((table\s+of\s+)?contents|(an?\s+)?(list\s+of\s+(the\s+)?)?(illustrations|plates|maps|engravings|figures))"
    r"\s*\.?\s*$", re.I)
_BRACKETED = re.compile(r"^\s*\[\s*(transcriber|editor|illustration|publisher|note\b|sidenote)", re.I)
_NOTE_PARAGRAPH = re.compile(r"^\s*NOTE\s*(?:\.|:|--|—)")
"""'NOTE.--This volume was finished …': a note set in the running text, told from another time."""
_ENTRY_NUMBER = re.compile(r"^\s*(?:(?:chapter|part|book)\s+)?([ivxlcdm]+|\d{1,3})\b\.?(?:\s|$)", re.I)
_PAGE_AT_END = re.compile(r"(\.\s?){3,}\s*\S*$|\s\d{1,4}\s*$|\s[ivxlc]{1,6}\s*$")
_TOPIC_BREAK = re.compile(r"\s*(?:--|—|–)\s*")
ARGUMENT_TOPICS = 4
"""An argument lists at least this many topics; a sentence rarely breaks off so often."""
ARGUMENT_TOPIC_WORDS = 12
_MAX_LIST_LINES = 600
_LIST_GAP = 3
"""Blank lines that end a list: e-texts set sections off by wider gaps than list entries."""
_FRONT_SHARE = 0.15
"""Front matter and an unheaded contents list sit within this share of the text's lines."""


def is_apparatus_heading(title: str) -> bool:
    """A heading of apparatus ('Notes', 'Select Bibliography', 'A Reading List'): what it heads is no chapter's
    story."""
    return bool(_APPARATUS_HEADING.match(title))


def is_list_heading(title: str) -> bool:
    """A contents list's or a list of illustrations' heading: the list is apparatus, never a chapter."""
    return bool(_LIST_HEADING.match(title))


def is_argument(text: str) -> bool:
    """The list of topics older books set under a chapter's heading ('The voyage out--A storm--Landing at the
    cape'): short phrases parted by dashes, none a long clause. It summarises the chapter and tells nothing itself.
    """
    topics = [t.strip() for t in _TOPIC_BREAK.split(text.strip().rstrip(".")) if t.strip()]
    headed = sum(t[:1].isupper() or t[:1].isdigit() for t in topics)  # each topic opens like a title
    return len(topics) >= ARGUMENT_TOPICS and all(len(t.split()) <= ARGUMENT_TOPIC_WORDS for t in topics) \
        and 4 * headed >= 3 * len(topics)


def mark_apparatus(lines: list[Line], title: str | None) -> None:
    """Flag the lines of contents lists, front matter and apparatus sections as apparatus.

    A contents list's heading is flagged too: a list is not a chapter. An apparatus section (an
    appendix, the notes, an index) keeps its own heading as a chapter, and everything under it to
    the next chapter-level heading is apparatus, its sub-headings included.
    """
    _mark_lists(lines)
    _mark_unheaded_list(lines)
    _mark_front_matter(lines, title)
    _mark_sections(lines)
    _mark_bracketed(lines)


def _mark_lists(lines: list[Line]) -> None:
    for i, line in enumerate(lines):
        if line.kind == "heading" and _LIST_HEADING.match(line.stripped) and not line.apparatus:
            line.apparatus = True
            end = _list_end(lines, i + 1)
            for k in range(i + 1, end):
                lines[k].apparatus = lines[k].listed = True
                if lines[k].kind == "heading":
                    lines[k].kind = "text"  # an entry that read like a heading is an entry
            # a list's own title may have been taken as a heading of several lines
            for k in range(i - 1, max(i - 3, -1), -1):
                if lines[k].kind != "heading":
                    break
                lines[k].apparatus = True


def _list_end(lines: list[Line], start: int) -> int:
    """Where a list of entries ends: at prose, at a wide gap, or where its numbering starts again."""
    seen: set[str] = set()
    blanks = 0
    k = start
    while k < len(lines) and k - start < _MAX_LIST_LINES:
        line = lines[k]
        if line.kind in ("blank", "drop", "page", "header"):
            blanks += line.kind == "blank"
            k += 1
            continue
        text = line.stripped
        number = _ENTRY_NUMBER.match(text)
        key = number.group(1).lower() if number else None
        if (blanks >= _LIST_GAP and seen) or _is_prose(text) or (key is not None and key in seen):
            break
        if line.kind == "heading" and _LIST_HEADING.match(text):
            break  # the next list begins
        if key is not None:
            seen.add(key)
        elif not seen:
            seen.add("")  # an entry without a number: the list has begun
        blanks = 0
        k += 1
    while k > start and lines[k - 1].kind == "blank":
        k -= 1
    return k


def _is_prose(text: str) -> bool:
    """A line of running text rather than a list entry: mostly lower-case words, no page number."""
    words = text.split()
    if len(words) < 3 or _PAGE_AT_END.search(text):
        return False
    lower = sum(w[:1].islower() for w in words)
    return lower >= 0.5 * len(words)


def _mark_unheaded_list(lines: list[Line]) -> None:
    """A contents list without a heading: a run of short entries that end in page numbers, near the start."""
    limit = int(len(lines) * _FRONT_SHARE)
    run: list[int] = []
    for i, line in enumerate(lines[:limit]):
        if line.kind == "blank":
            continue
        text = line.stripped
        if (line.kind in ("text", "heading") and len(text) <= 90 and _PAGE_AT_END.search(text) \
                and not text.endswith((".", ",", ";"))) or (run and line.kind in ("page", "header", "drop")):
            run.append(i)
            continue
        _flag_run(lines, run)
        run = []
    _flag_run(lines, run)


def _flag_run(lines: list[Line], run: list[int]) -> None:
    entries = [i for i in run if lines[i].kind in ("text", "heading")]
    if len(entries) >= 5:
        # entries ending in years ('Married at Tver 1824') are a chronology the text tells, not pages to turn to
        years = sum(bool(re.search(r"\s\d{4}\s*$", lines[i].stripped)) for i in entries)
        pages = years < len(entries) / 2
        for i in entries:
            lines[i].apparatus, lines[i].listed = True, pages
            if lines[i].kind == "heading":
                lines[i].kind = "text"


def _mark_front_matter(lines: list[Line], title: str | None) -> None:
    """A title page before the first chapter-level heading, and the book's title repeated as a heading.

    The front matter is apparatus only when it is a title page: short lines and at most a short
    imprint paragraph, never a stretch of running prose (an unheaded opening chapter).
    """
    first = next((i for i, line in enumerate(lines) if line.kind == "heading" and not line.apparatus
                  and _is_chapter_level(line.stripped) and not _is_title(line.stripped, title)), None)
    own = squash(title or "")
    for line in lines:
        if line.kind == "heading" and own and _is_title(line.stripped, title):
            line.apparatus = True  # a title page or half-title repeats the book's title
    if first is None or first > len(lines) * _FRONT_SHARE:
        return
    front = [line for line in lines[:first] if line.kind in ("text", "heading")]
    if front and _longest_paragraph(lines[:first]) <= 5:
        for line in front:
            line.apparatus = True


def _is_title(text: str, title: str | None) -> bool:
    key, own = squash(text), squash(title or "")
    return bool(own) and len(key) >= 4 and (key == own or (key in own and len(key) >= 0.6 * len(own)))


def _longest_paragraph(lines: list[Line]) -> int:
    """Lines in the longest run of full-width text lines (a title page has none of more than a few)."""
    width = body_width(lines) or 1.0
    longest = run = 0
    for line in lines:
        if line.kind == "text" and len(line.stripped) >= 0.6 * max(width, 60):
            run += 1
            longest = max(longest, run)
        elif line.kind != "text":
            run = 0
    return longest


def _is_chapter_level(text: str) -> bool:
    return bool(CHAPTER_WORD.match(text) or NUMERAL.match(text) or NAMED_SECTION.match(text))


def _mark_sections(lines: list[Line]) -> None:
    """From an apparatus heading to the next chapter-level heading, everything is apparatus."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind == "heading" and not line.apparatus and _APPARATUS_HEADING.match(line.stripped):
            k = i + 1
            while k < len(lines) and lines[k].kind == "heading":
                k += 1  # the heading's own further lines (a subtitle) stay with it
            has_text = False
            while k < len(lines) and not (lines[k].kind == "heading" and _is_chapter_level(lines[k].stripped)):
                lines[k].apparatus = True
                has_text = has_text or lines[k].kind == "text"
                k += 1
            if not has_text:
                line.apparatus = True  # a notes heading whose notes were all cut out: no chapter
            i = k
        else:
            i += 1


def _mark_bracketed(lines: list[Line]) -> None:
    """A bracketed paragraph an e-text adds (a transcriber's or editor's note, an illustration's caption), or a
    paragraph headed 'NOTE'."""
    i = 0
    while i < len(lines):
        line = lines[i]
        starts = line.kind == "text" and (i == 0 or lines[i - 1].kind != "text")
        if starts and (_BRACKETED.match(line.text) or _NOTE_PARAGRAPH.match(line.text)):
            k = i
            while k < len(lines) and lines[k].kind == "text":
                lines[k].apparatus = True
                k += 1
            i = k
        else:
            i += 1


# Note marks: '[12]', '[*]', '[a]', '(*12)'; a gathered note opens with its mark, or '[Footnote 12:'.
_MARK = r"\[(?:\d{1,3}|\*\d{0,3}|[a-z])\]|\(\*\d{1,3}\)"
_NOTE_START = re.compile(rf"^\s*(?:(?P<mark>{_MARK})|\[Footnote\s+(?P<num>\d{{1,3}}|[a-z]|\*)\s*:)\s*(?=\S)", re.I)
_IN_TEXT_MARK = re.compile(_MARK, re.I)


def mark_gathered_notes(lines: list[Line], raw: str) -> list[tuple[int, int]]:
    """Mark notes gathered away from their place, link each to its mark; the marks' source spans.

    A note is a paragraph that opens with a mark ('[3] The form of...') which also stands earlier in
    the running text ('...and John,[3] and'): the nearest such mark before the note is its anchor.
    The returned spans are the anchors' marks, to be left out of the cleaned text.
    """
    marks = [(m.start(), m.end(), _mark_key(m.group())) for m in _IN_TEXT_MARK.finditer(raw)]
    if not marks:
        return []
    starts = [s for s, _, _ in marks]
    # a mark that opens a paragraph opens a note (or a list item): it is no anchor
    line_starts = {line.start + len(line.text) - len(line.text.lstrip())
                   for i, line in enumerate(lines) if i == 0 or lines[i - 1].kind != "text"}
    used: set[int] = set()
    spans: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.kind != "text" or (i and lines[i - 1].kind == "text"):
            continue
        m = _NOTE_START.match(line.text)
        if not m:
            continue
        key = _mark_key(m.group("mark") or f"[{m.group('num')}]")
        anchor = _anchor_before(marks, starts, key, line.start, used, line_starts)
        if anchor is None:
            continue
        used.add(anchor)
        line.kind, line.note_anchor = "note", marks[anchor][0]
        spans.append(marks[anchor][:2])
        _mark_note_body(lines, i)
    return sorted(spans)


def _mark_note_body(lines: list[Line], i: int) -> None:
    """The lines of the note opened at line i; a set-in note goes on over paragraphs set in alike."""
    indent = _indent(lines[i].text)
    k = i + 1
    while k < len(lines):
        line = lines[k]
        if line.kind == "text" and (lines[k - 1].kind in ("note", "note_more") or (
                indent and _indent(line.text) == indent and not _NOTE_START.match(line.text))):
            line.kind = "note_more"
        elif line.kind != "blank":
            break
        k += 1


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _mark_key(mark: str) -> str:
    return re.sub(r"[\[\]()\s]", "", mark).lower()


def _anchor_before(marks: list[tuple[int, int, str]], starts: list[int], key: str, pos: int, used: set[int],
                   line_starts: set[int]) -> int | None:
    """Index of the nearest unused mark with this key before `pos` that stands inside a line of text."""
    k = bisect.bisect_left(starts, pos) - 1
    while k >= 0:
        start, _, mark_key = marks[k]
        if mark_key == key and k not in used and start not in line_starts:
            return k
        k -= 1
    return None


_EMPHASIS = re.compile(r"(?<![\w_*])_(?=[^\s_])((?:[^_\n]|\n(?![ \t]*\r?\n)){1,300}?)(?<=[^\s_])_(?![\w_])")


_EDITORIAL = re.compile(r" ?\[\s*(?:transcriber|editor|publisher)['’]?s?['’]?\s+note\s*:[^\]\[]{0,400}\]", re.I)


def inline_editorial_notes(raw: str) -> list[tuple[int, int]]:
    """Source spans of an editor's or transcriber's bracketed remark inside a paragraph ('the bridge at Orm
    [Transcriber's note: spelled Orme elsewhere] burned'), cut at line ends: it is no part of what the author tells."""
    out: list[tuple[int, int]] = []
    for m in _EDITORIAL.finditer(raw):
        start, end = m.start(), m.end()
        bracket = raw.index("[", start)
        if bracket == 0 or raw[bracket - 1] == "\n":
            continue  # a remark set as a paragraph of its own is apparatus (mark_apparatus)
        if "\n" in m.group() and raw[end:end + 1] == " ":
            end += 1  # the line break becomes the one space between the words on either side
        for line in raw[start:end].split("\n"):
            if line:
                out.append((start, start + len(line)))
            start += len(line) + 1
    return out


def underscore_emphasis(raw: str) -> list[tuple[int, int]]:
    """Source spans of the opening and closing underscores of _italic_ words in a plain e-text."""
    return [(m.start(), m.end()) for m in _EMPHASIS.finditer(raw)] if "_" in raw else []
