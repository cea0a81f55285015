from prosopograph.model import Block, CleanText
from prosopograph.segment import chapter_title, chapters, passages


def test_chapter_titles_lose_their_numbers() -> None:
    assert chapter_title("1 The Young Years") == "The Young Years"
    assert chapter_title("CHAPTER IV.   The   War") == "The War"
    assert chapter_title("Chapter 2") == "Chapter 2"
    assert chapter_title("1905") == "1905"


def test_headings_make_chapters_and_notes_follow_their_anchor() -> None:
    text = "Preface\n\nWhy this book.\n\n1 Youth\n\nHe was born.\n\nA note."
    i = text.index
    blocks = [Block("heading", 0, 7, 0, 7), Block("paragraph", i("Why"), i("Why") + 14, 0, 0),
              Block("heading", i("1 Y"), i("1 Y") + 7, 0, 0), Block("paragraph", i("He"), i("He") + 12, 0, 0),
              Block("note", i("A n"), len(text), 0, 0, anchor=i("Why") + 5)]
    clean = CleanText(text, blocks, pages=[(0, "ix"), (i("1 Y"), "1")])
    found = chapters(clean)
    assert [(c.title, c.page) for c in found] == [("Preface", "ix"), ("Youth", "1")]
    assert found[-1].end == i("He") + 12
    ps = passages(clean, found)
    assert [p.chapter_seq for p in ps] == [0, 0, 1, 1, 0]
    assert ps[3].page == "1" and ps[1].page == "ix"
    assert [text[a:b] for a, b in ps[3].sentences] == ["He was born."]


def test_a_declared_chapter_titled_as_apparatus_holds_apparatus() -> None:
    # an outline (a PDF's bookmarks) names the sections; the text sets no heading of its own
    text = "The ship sailed at dawn.\n\nShe reached the isles in May.\n\nLives of the Pilots. Hull, 1898."
    i = text.index
    blocks = [Block("paragraph", 0, i("The ship") + 24, 0, 0), Block("paragraph", i("She"), i("She") + 29, 0, 0),
              Block("paragraph", i("Lives"), len(text), 0, 0)]
    sections = [(0, "The Voyage"), (i("She"), "The Isles"), (i("Lives"), "Books to Read")]
    clean = CleanText(text, blocks, sections=sections)
    assert [p.kind for p in passages(clean, chapters(clean))] == ["paragraph", "paragraph", "paragraph"]
    clean.sections[-1] = (i("Lives"), "A Reading List")
    assert [p.kind for p in passages(clean, chapters(clean))] == ["paragraph", "paragraph", "apparatus"]
