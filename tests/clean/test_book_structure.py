"""Books and e-texts laid out the Gutenberg way: headings, numerals, lists, apparatus, markup, notes."""

from prosopograph.clean import clean, clean_with_emphasis, emphasis_spans
from prosopograph.model import CleanText, SourceText
from prosopograph.segment import chapters, passages

PROSE = ("The road ran along the river for most of the day, and the travellers\n"
         "stopped twice to rest the horses before the light began to fail.")
MORE = ("In the evening they reached a farm where the owner gave them bread\n"
        "and a dry barn, and they slept until the cocks woke them.")


def source(text: str, **kw: object) -> SourceText:
    return SourceText(path="b.txt", format="text", content_hash="x", size_bytes=len(text), text=text, **kw)  # type: ignore[arg-type]


def kinds(c: CleanText, kind: str) -> list[str]:
    return [c.text[b.start:b.end] for b in c.blocks if b.kind == kind]


def etext(*sections: str) -> str:
    """Sections set off by four blank lines, as e-texts set their chapters."""
    return "\n\n\n\n\n".join(sections) + "\n"


def chapter(number: str, title: str, body: str = PROSE + "\n\n" + MORE) -> str:
    return f"{number}\n\n{title}\n\n{body}"


def three_chapters() -> tuple[str, str, str]:
    """A book's three chapters of prose: the farm, the mill, the town."""
    return chapter("CHAPTER I.", "THE FARM."), chapter("CHAPTER II.", "THE MILL."), chapter("CHAPTER III.", "THE TOWN.")


def test_chapter_line_and_a_title_wrapped_over_two_lines_are_one_heading() -> None:
    raw = etext(chapter("CHAPTER I.", "THE FERRY--A CROSSING IN THE FOG--ARRIVAL\nAT THE INN."),
                chapter("CHAPTER II.", "THE MARKET."), chapter("CHAPTER III.", "THE RETURN."))
    c = clean(source(raw))
    assert kinds(c, "heading")[0] == "CHAPTER I. THE FERRY--A CROSSING IN THE FOG--ARRIVAL AT THE INN."
    assert len(kinds(c, "heading")) == 3
    assert kinds(c, "paragraph")[0].startswith("The road ran")  # the heading took nothing after it
    titles = [ch.title for ch in chapters(c)]
    assert titles == ["THE FERRY--A CROSSING IN THE FOG--ARRIVAL AT THE INN", "THE MARKET", "THE RETURN"]


def test_a_title_wrapped_without_a_chapter_word() -> None:
    raw = etext(PROSE + ".", "HOW THE BRIDGE WAS BUILT\nAND WHO PAID FOR IT", MORE)
    c = clean(source(raw))
    assert kinds(c, "heading") == ["HOW THE BRIDGE WAS BUILT AND WHO PAID FOR IT"]


def test_a_short_line_of_dialogue_is_not_a_heading() -> None:
    raw = etext(chapter("CHAPTER I.", "THE FARM."), chapter("CHAPTER II.", "THE MILL.", PROSE + "\n\n“Come in.”\n\n"
                + MORE), chapter("CHAPTER III.", "THE TOWN."))
    c = clean(source(raw))
    assert "“Come in.”" in kinds(c, "paragraph")
    assert len(chapters(c)) == 3


def test_a_dateline_after_one_blank_line_is_not_a_chapter_where_chapters_stand_after_wide_gaps() -> None:
    letter = PROSE + "\n\nHarbour Office, Tuesday Morning\n\nSir, the boats are ready and wait for you.\n\n" + MORE
    raw = etext(chapter("CHAPTER I.", "THE PORT."), chapter("CHAPTER II.", "THE ORDERS.", letter),
                chapter("CHAPTER III.", "THE VOYAGE."))
    c = clean(source(raw))
    assert [ch.title for ch in chapters(c)] == ["THE PORT", "THE ORDERS", "THE VOYAGE"]


def test_lone_chapter_numerals_without_page_rhythm_are_headings_not_pages() -> None:
    long_body = "\n\n".join([PROSE, MORE] * 8)
    raw = etext(*(f"{n}\n\n{long_body}" for n in ("1", "2", "3", "4")), "V.\n\n" + long_body)
    c = clean(source(raw))
    assert kinds(c, "heading") == ["1", "2", "3", "4", "V."]
    assert c.pages == []
    assert all(b.page is None for b in c.blocks)  # no bogus page in a citation


def test_lone_numbers_in_a_page_rhythm_stay_page_labels() -> None:
    page = "\n".join([PROSE.replace("\n", " ")[:60]] * 30)
    raw = "\n\n".join(f"{page}\n\n{n}" for n in range(41, 46)) + "\n"
    c = clean(source(raw))
    assert [label for _, label in c.pages] == ["41", "42", "43", "44", "45"]
    assert kinds(c, "heading") == []


def test_a_number_at_a_page_edge_of_a_paged_text_is_a_page_label() -> None:
    raw = "\f".join(f"{PROSE}\n{MORE}\n\n{n}" for n in (7, 8, 9))
    c = clean(source(raw, page_labels=["7", "8", "9"]))
    assert not any(t.strip() in ("7", "8", "9") for t in kinds(c, "heading") + kinds(c, "paragraph"))


def test_contents_and_illustrations_lists_are_apparatus_and_entries_not_chapters() -> None:
    contents = ("CONTENTS.\n\n\nCHAPTER I. THE FARM\n\nCHAPTER II. THE MILL\n\nCHAPTER III. THE TOWN")
    pictures = "ILLUSTRATIONS.\n\n   THE OLD MILL . . . . _Frontispiece_\n\n   THE MARKET SQUARE\n\n   THE HARBOUR"
    raw = etext(contents, pictures, *three_chapters())
    c = clean(source(raw))
    assert [ch.title for ch in chapters(c)] == ["THE FARM", "THE MILL", "THE TOWN"]
    assert "CONTENTS." in kinds(c, "apparatus") and "ILLUSTRATIONS." in kinds(c, "apparatus")
    # the entries point to where something is told: search and questions pass them by
    entries = kinds(c, "contents")
    assert "THE HARBOUR" in entries and "CHAPTER II. THE MILL" in entries
    assert not any("THE FARM" in p for p in kinds(c, "paragraph") + kinds(c, "apparatus"))


def test_an_unheaded_contents_list_with_page_numbers_near_the_start() -> None:
    entries = "\n".join(f"{t} {p}" for t, p in [("Childhood", 1), ("School", 19), ("The Army", 40),
                                                  ("Marriage", 77), ("Exile", 101), ("Return", 130)])
    raw = entries + "\n\n" + "\n\n".join([PROSE + ".", MORE] * 30) + "\n"
    c = clean(source(raw))
    assert kinds(c, "contents") == [entries.replace("\n", " ")] and not kinds(c, "apparatus")


def test_a_chronology_at_the_start_is_no_contents_list() -> None:
    years = "\n".join(f"{t} {y}" for t, y in [("Born at Orm", 1801), ("Goes to sea", 1815), ("Married at Vik", 1829),
                                              ("Settles in Hull", 1840), ("Loses the mill", 1851), ("Dies", 1870)])
    raw = years + "\n\n" + "\n\n".join([PROSE + ".", MORE] * 30) + "\n"
    c = clean(source(raw))
    assert not kinds(c, "contents")  # the years stay searchable: they tell the life
    assert kinds(c, "apparatus") == [years.replace("\n", " ")]
    # one year among page numbers (an edition's date) leaves a contents list a contents list
    pages = "\n".join(["Second edition 1902"] + [f"{t} {p}" for t, p in [("Childhood", 1), ("School", 19),
                                                                         ("The Army", 40), ("Marriage", 77),
                                                                         ("Exile", 101)]])
    assert kinds(clean(source(pages + "\n\n" + "\n\n".join([PROSE + ".", MORE] * 30) + "\n")), "contents")


def test_appendix_and_index_are_apparatus_with_their_own_chapter() -> None:
    appendix = "APPENDIX.\n\nA LIST OF THE SHIPS\n\nThe list below was drawn up by the harbour master."
    index = "INDEX\n\nBarns, 12, 40\nBread, 7\nFerry, 3, 9, 22"
    raw = etext(*three_chapters(), appendix, index)
    c = clean(source(raw))
    assert [ch.title for ch in chapters(c)] == ["THE FARM", "THE MILL", "THE TOWN", "APPENDIX", "INDEX"]
    apparatus = kinds(c, "apparatus")
    assert "The list below was drawn up by the harbour master." in apparatus
    assert "Barns, 12, 40 Bread, 7 Ferry, 3, 9, 22" in apparatus
    assert all("harbour master" not in p for p in kinds(c, "paragraph"))
    assert kinds(c, "paragraph")[0].startswith("The road ran")  # the chapters' own text is no apparatus
    found = chapters(c)
    kinds_in_appendix = {p.kind for p in passages(c, found) if p.chapter_seq == 3}
    assert kinds_in_appendix == {"heading", "apparatus"}


def test_a_list_of_books_to_read_is_apparatus_and_a_chapter_on_reading_is_not() -> None:
    books = "A READING LIST\n\nLives of the Harbour Masters. Dock Press, Hull, 1898."
    reading = "CHAPTER IV.\n\nREADING\n\nThe family moved to Reading when the mill was sold."
    raw = etext(*three_chapters(), reading, books)
    c = clean(source(raw))
    assert "Lives of the Harbour Masters. Dock Press, Hull, 1898." in kinds(c, "apparatus")
    assert "The family moved to Reading when the mill was sold." in kinds(c, "paragraph")


def test_editors_introduction_and_transcribers_note_are_apparatus() -> None:
    raw = etext("INTRODUCTION BY THE EDITOR\n\nThe diary survives in two copies, which differ in places.",
                "[Transcriber's note: obvious misprints have been corrected.]", *three_chapters())
    c = clean(source(raw))
    apparatus = kinds(c, "apparatus")
    assert "The diary survives in two copies, which differ in places." in apparatus
    assert "[Transcriber's note: obvious misprints have been corrected.]" in apparatus


def test_a_paragraph_headed_note_is_apparatus_and_a_sentence_on_a_note_is_not() -> None:
    note = "NOTE.--The chapters after this one were dictated in the spring, when the author was too ill to write."
    raw = etext(*three_chapters(), note, "Note that the ferry ran only in summer.", "A note came from the mill.")
    c = clean(source(raw))
    assert note in kinds(c, "apparatus")
    assert {"Note that the ferry ran only in summer.", "A note came from the mill."} <= set(kinds(c, "paragraph"))


def test_a_title_page_before_the_first_chapter_is_apparatus() -> None:
    body = "\n\n".join([PROSE + ".", MORE] * 6)
    raw = etext("THE MILLER'S YEAR\n\nby\n\nANNA BROOK\n\nLondon, 1850", chapter("PREFACE.", PROSE + "."),
                *(chapter(f"CHAPTER {n}.", "A DAY AT THE MILL.", body) for n in ("I", "II", "III")))
    c = clean(source(raw, title="The Miller's Year"))
    assert [ch.title for ch in chapters(c)][:1] == ["PREFACE"]
    assert "ANNA BROOK" in kinds(c, "apparatus")


def test_underscored_italics_lose_their_underscores_with_exact_offsets() -> None:
    raw = "They called the boat _The Swallow_ and sailed her\nevery _summer_ until the war came.\n"
    c, spans = clean_with_emphasis(source(raw))
    assert c.text == "They called the boat The Swallow and sailed her every summer until the war came."
    assert [c.text[a:b] for a, b in spans] == ["The Swallow", "summer"]
    assert emphasis_spans(source(raw)) == spans
    block = c.blocks[0]
    assert raw[block.raw_start:block.raw_end] == raw.rstrip("\n")


def test_italics_spanning_a_line_break_and_underscores_inside_words_kept() -> None:
    raw = "He wrote _in great\nhaste_ to the file some_name_here before dawn.\n"
    c, spans = clean_with_emphasis(source(raw))
    assert "some_name_here" in c.text
    assert [c.text[a:b] for a, b in spans] == ["in great haste"]


def test_bracketed_note_anchor_links_to_its_note_at_the_chapter_end() -> None:
    body = ("The miller had two sons,[1] and both went to sea when the\nmill was sold.[2] Neither came back.")
    notes = "[1] Their names are given differently in the parish book.\n\n[2] In the spring of that year."
    raw = etext(chapter("CHAPTER I.", "THE MILL.", body + "\n\n" + notes), chapter("CHAPTER II.", "THE SEA."),
                chapter("CHAPTER III.", "THE TOWN."))
    c = clean(source(raw))
    assert "The miller had two sons, and both went to sea when the mill was sold. Neither" in c.text
    found = {c.text[b.start:b.end]: b for b in c.blocks if b.kind == "note"}
    first = found["[1] Their names are given differently in the parish book."]
    assert first.anchor is not None and c.text[:first.anchor].endswith("two sons,")
    second = found["[2] In the spring of that year."]
    assert second.anchor is not None and c.text[:second.anchor].endswith("was sold.")
    ps = passages(c, chapters(c))
    assert {p.chapter_seq for p in ps if p.kind == "note"} == {0}


def test_notes_gathered_at_the_book_end_under_a_footnotes_heading() -> None:
    body = "The harbour was closed (*1) for the winter, and the boats\nwere drawn up on the shingle."
    notes = ("FOOTNOTES\n\n     (*1) By order of the council,\n     read out in the square.\n\n"
             "     It was lifted in March.")
    raw = etext(chapter("CHAPTER I.", "THE PORT.", body), chapter("CHAPTER II.", "THE TOWN."),
                chapter("CHAPTER III.", "THE SEA."), notes)
    c = clean(source(raw))
    note = next(b for b in c.blocks if b.kind == "note")
    assert c.text[note.start:note.end].startswith("(*1) By order of the council, read out in the square.")
    assert "It was lifted in March." in c.text[note.start:note.end]
    assert note.anchor is not None and c.text[:note.anchor].endswith("was closed ")
    assert [ch.title for ch in chapters(c)] == ["THE PORT", "THE TOWN", "THE SEA"]


def test_a_bracketed_number_without_a_note_stays_in_the_text() -> None:
    raw = "The survey [1] lists the farms of the valley by name.\n\n[2] is not a note either here.\n"
    c = clean(source(raw))
    assert "[1]" in c.text and not kinds(c, "note")


def test_a_lone_year_under_a_chapter_title_is_the_headings_not_a_page_number() -> None:
    raw = etext(chapter("CHAPTER I.", "THE FERRY.\n\n1718"), chapter("CHAPTER II.", "THE MARKET.\n\n1720-1721"),
                chapter("CHAPTER III.", "THE RETURN.\n\n245"))
    c = clean(source(raw))
    headings = kinds(c, "heading")
    assert headings[:2] == ["CHAPTER I. THE FERRY. 1718", "CHAPTER II. THE MARKET. 1720-1721"]
    assert headings[2] == "CHAPTER III. THE RETURN."  # a number no year could be is a page's
    assert "1718" not in kinds(c, "paragraph")


ARGUMENT = ("The ford in flood--A night at the mill--The miller's story--Departure at dawn--Rain on\n"
            "the moor--The inn at last.")


def test_the_topics_set_under_a_chapters_heading_are_its_argument() -> None:
    # nineteenth-century history: the argument under the title, as plain text and as the page of a web edition
    raw = etext(chapter("CHAPTER I.", "THE FERRY.", ARGUMENT + "\n\n" + PROSE), chapter("CHAPTER II.", "THE MARKET."),
                chapter("CHAPTER III.", "THE RETURN."))
    c = clean(source(raw))
    assert kinds(c, "argument") == [" ".join(ARGUMENT.split())]
    assert [ch.title for ch in chapters(c)] == ["THE FERRY", "THE MARKET", "THE RETURN"]  # it starts no chapter
    assert kinds(c, "paragraph")[0].startswith("The road ran")
    topics = ARGUMENT.replace("--", "—").replace("\n", " ")
    web = clean(source("THE FERRY\n" + topics + "\n" + PROSE.replace("\n", " "),
                       line_per_paragraph=True, sections=[(0, "THE FERRY")]))
    assert len(kinds(web, "argument")) == 1
    # a web page that sets the subtitle and the years apart from the heading, as paragraphs of their own
    web = clean(source("CHAPTER I.\nTHE FERRY.\n1701-1703\n" + topics + "\n" + PROSE.replace("\n", " "),
                       line_per_paragraph=True, sections=[(0, "CHAPTER I.")]))
    assert kinds(web, "argument") == [topics]


def test_a_paragraph_of_dashes_is_no_argument_unless_it_stands_under_a_heading_and_lists_topics() -> None:
    # a memoir's sentence broken off by dashes, right under the heading: clauses too long to be topics
    halting = ("I went down to the ford--though my father had forbidden it twice that week, and my mother\n"
               "cried--and found the water high--higher than I had ever seen it in all the years we lived there--"
               "and I turned back.")
    c = clean(source(etext(chapter("CHAPTER I.", "THE FORD.", halting + "\n\n" + PROSE),
                           chapter("CHAPTER II.", "THE MILL."), chapter("CHAPTER III.", "THE MOOR."))))
    assert not kinds(c, "argument")
    # a modern life opening on short asides: the phrases do not open as topics do, with a capital
    asides = "Ada Vane was born at Orm in 1871--then a fishing town--the third child--and the only girl."
    c = clean(source(etext(chapter("CHAPTER I.", "THE FORD.", asides + "\n\n" + PROSE),
                           chapter("CHAPTER II.", "THE MILL."), chapter("CHAPTER III.", "THE MOOR."))))
    assert not kinds(c, "argument")
    # a modern biography's list of topics in the middle of a chapter is the author's prose, not its argument
    c = clean(source(etext(chapter("CHAPTER I.", "THE FORD.", PROSE + "\n\n" + ARGUMENT),
                           chapter("CHAPTER II.", "THE MILL."), chapter("CHAPTER III.", "THE MOOR."))))
    assert not kinds(c, "argument")


def test_an_editors_remark_inside_a_paragraph_is_left_out_of_the_text() -> None:
    # a Victorian text with a transcriber's remark over a line end, a memoir with an editor's on one line
    raw = etext(chapter("CHAPTER I.", "THE FERRY.",
                        "The old ferry at Orm [Transcriber's note: the first edition spells\n"
                        "it Orme] was burned when the new bridge opened.\n\n"
                        "I paid him a penny [Editor’s note: a halfpenny in other copies.] and crossed.\n\n"
                        "[Transcriber's note: the spelling of the original has been kept.]\n\n" + PROSE),
                chapter("CHAPTER II.", "THE MARKET."), chapter("CHAPTER III.", "THE RETURN."))
    text = clean(source(raw)).text
    assert "The old ferry at Orm was burned when the new bridge" in text and "first edition" not in text
    assert "I paid him a penny and crossed." in text
    assert "[Transcriber's note: the spelling" in text  # a remark set apart as its own paragraph stays there
    # a bracket that is the author's own aside is kept
    kept = clean(source(etext(chapter("CHAPTER I.", "THE FERRY.", "He paid [as he always did] in coin.\n\n" + PROSE),
                              chapter("CHAPTER II.", "THE MARKET."), chapter("CHAPTER III.", "THE RETURN.")))).text
    assert "He paid [as he always did] in coin." in kept
