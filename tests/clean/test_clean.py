"""The cleaner on small texts laid out like PDF extractions."""

import pytest

from prosopograph.clean import clean
from prosopograph.model import CleanText, SourceText


def source(text: str, **kw: object) -> SourceText:
    return SourceText(path="t.txt", format="text", content_hash="x", size_bytes=len(text), text=text, **kw)  # type: ignore[arg-type]


def paragraphs(c: CleanText, kind: str = "paragraph") -> list[str]:
    return [c.text[b.start:b.end] for b in c.blocks if b.kind == kind]


LINE = "This line of running text is long enough to fill the measure"


def book(pages: list[list[str]], header: str = "the life of a writer") -> str:
    """A text extraction: each page ends with its number, the next begins with a running header."""
    out: list[str] = []
    for n, lines in enumerate(pages, 20):
        if n > 20:
            out += ["", header, ""]
        out += lines
        out += ["", str(n)]
    return "\n".join(out) + "\n"


def test_ligatures_expanded_and_offsets_map_back() -> None:
    raw = "The \ufb01rst of\ufb02ights was a\ufb00air of state, and it ended."
    c = clean(source(raw))
    assert c.text == "The first offlights was affair of state, and it ended."
    block = c.blocks[0]
    assert raw[block.raw_start:block.raw_end] == raw


def test_page_numbers_and_running_headers_removed_and_kept_as_pages() -> None:
    pages = [[LINE + ".", "A short ending line."], [LINE, "and it goes on to the end."], [LINE + "."]]
    c = clean(source(book(pages)))
    text = c.text
    assert "the life of a writer" not in text
    assert not any(line.strip().isdigit() for line in text.splitlines())
    assert [label for _, label in c.pages] == ["20", "21", "22"]
    second = next(b for b in c.blocks if "and it goes on" in text[b.start:b.end])
    assert second.page == "21"


def test_letter_spaced_running_header() -> None:
    pages = [[LINE, LINE + "."], [LINE, LINE + "."], [LINE, LINE + "."]]
    raw = book(pages, header="pr efa c e")
    c = clean(source("preface\n\n" + raw))
    assert "pr efa c e" not in c.text
    assert c.text.count("preface") == 1


def test_hyphenated_line_break_joined_but_compounds_kept() -> None:
    raw = ("He travelled to the revolu-\ntionary capital with a well-\nknown friend of the family who\n"
           "was well-known to the police.\n")
    c = clean(source(raw))
    assert "revolutionary capital" in c.text
    assert "well-known friend" in c.text


def test_page_number_glued_to_a_broken_word() -> None:
    raw = "\n".join([LINE, "He took charge of the ministry of for12", " eign affairs at once and with",
                     "vigour.", "", "13"])
    c = clean(source(raw))
    assert "foreign affairs" in c.text


def test_footnote_cut_out_as_note_linked_to_its_place() -> None:
    raw = "\n".join([
        "The congress split over a single clause of the rules.* The",
        "*The clause defined who could be a member of the party.",
        " delegates argued for days before the vote was taken.",
    ])
    c = clean(source(raw))
    notes = paragraphs(c, "note")
    assert notes == ["*The clause defined who could be a member of the party."]
    body = paragraphs(c)[0]
    assert "rules. The delegates argued" in body
    note = next(b for b in c.blocks if b.kind == "note")
    assert note.anchor is not None and c.text[:note.anchor].rstrip().endswith("The")


def _paged(*pages: list[str]) -> str:
    """Pages of an extraction split by form feeds, each ending with its number (from 41)."""
    return "\f".join("\n".join([*lines, "", str(n)]) for n, lines in enumerate(pages, 41)) + "\n"


@pytest.mark.parametrize("note", [["3", "", "See the county records for the year 1851."],
                                  ["3See the county records for the year 1851."]])
def test_numbered_footnote_at_a_page_foot_is_cut_out_and_the_sentence_runs_on(note: list[str]) -> None:
    # the number alone on its line (as pdftotext sets it) or run into the note (as PDFium does)
    raw = _paged([LINE, "and the family kept the old mill that", "", *note],
                 ["stood on the river until the flood took it away."])
    c = clean(source(raw))
    assert paragraphs(c, "note") == [" ".join(w for w in note if w)]
    assert "the old mill that stood on the river" in paragraphs(c)[0]


def test_a_number_over_running_text_or_a_page_edge_is_no_footnote() -> None:
    # negative: a number with a page of running text below it, and a page's own number, stay what they are
    raw = _paged(["The chapter opens on a cold morning in the valley.", "", "2", "", *[LINE] * 8,
                  "and that was the end of the first part."],
                 [LINE, "and so the second part ends here."])
    c = clean(source(raw))
    assert paragraphs(c, "note") == []
    assert any("and that was the end of the first part." in p for p in paragraphs(c))


def test_chapter_number_with_title_is_a_heading_not_a_page() -> None:
    raw = "\n".join(["1", "The Early Years", "", LINE, "and so the story begins here.", "", "2", "",
                     "the early years", "", LINE + "."])
    c = clean(source(raw))
    assert paragraphs(c, "heading") == ["1 The Early Years"]
    assert "the early years" not in c.text.split("\n\n", 1)[1]


def test_web_boilerplate_dropped() -> None:
    raw = ("Downloading PDF. Please wait...\n\nThe book follows its subject from youth to old age.\n\n"
           "Sign up for our daily email update\n\nMake a donation to keep us going\n")
    c = clean(source(raw, line_per_paragraph=True))
    assert paragraphs(c) == ["The book follows its subject from youth to old age."]


def test_gutenberg_packaging_dropped() -> None:
    raw = ("The Project Gutenberg eBook of A Life\n\n*** START OF THE PROJECT GUTENBERG EBOOK A LIFE ***\n\n"
           "She was born in the north.\n\n*** END OF THE PROJECT GUTENBERG EBOOK A LIFE ***\n\nLicence text.\n")
    c = clean(source(raw))
    assert c.text == "She was born in the north."


def test_paragraphs_from_short_last_lines_when_blank_lines_are_missing() -> None:
    raw = "\n".join([LINE, LINE, "and this ends the first.", LINE, LINE, "and this ends the second."] * 20)
    c = clean(source(raw))
    assert len(paragraphs(c)) == 40
