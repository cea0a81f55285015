"""Title and author come from an e-text's own header, not from its file name."""

from pathlib import Path

from prosopograph.ingest import read_source
from prosopograph.ingest.gutenberg import clean_title, header_metadata
from prosopograph.settings import Limits

HEADER = (
    "The Project Gutenberg EBook of The Lighthouse Keeper's Log, Complete\r\n"
    "by Mara Quillon\r\n\r\n"
    "This eBook is for the use of anyone anywhere at no cost.\r\n\r\n"
    "Title: The Lighthouse Keeper's Log, Complete\r\n\r\n"
    "Author: Mara Quillon\r\n\r\n"
    "Release Date: May 1, 2001\r\n\r\n"
    "*** START OF THIS PROJECT GUTENBERG EBOOK THE LIGHTHOUSE KEEPER'S LOG ***\r\n\r\n"
    "She kept the lamp lit for thirty winters.\r\n"
)


def test_title_and_author_fields_of_the_header() -> None:
    source = read_source(Path("pg0001_log.txt"), HEADER.encode(), Limits())
    assert source.title == "The Lighthouse Keeper's Log"
    assert source.author == "Mara Quillon"


def test_first_line_when_the_fields_are_missing() -> None:
    text = ("The Project Gutenberg eBook, A Winter on the Moor, by Tobias Fenwick\n\n"
            "*** START OF THE PROJECT GUTENBERG EBOOK A WINTER ON THE MOOR ***\n\nIt snowed.\n")
    assert header_metadata(text) == {"title": "A Winter on the Moor", "author": "Tobias Fenwick"}


def test_a_field_goes_on_over_an_indented_line() -> None:
    text = ("Project Gutenberg's e-text\n\nTitle: Letters from the Coast\n       and the Islands Beyond\n\n"
            "Author: Ines Varga\n\n*** START OF THE PROJECT GUTENBERG EBOOK LETTERS ***\n")
    assert header_metadata(text)["title"] == "Letters from the Coast and the Islands Beyond"


def test_edition_words_dropped_but_a_title_is_never_emptied() -> None:
    assert clean_title("Memoirs of a Ferryman, Volume 2") == "Memoirs of a Ferryman"
    assert clean_title("Memoirs of a Ferryman — Complete") == "Memoirs of a Ferryman"
    assert clean_title("Complete") == "Complete"
    assert clean_title("The Book of Ruth") == "The Book of Ruth"


def test_plain_text_without_a_header_keeps_no_title() -> None:
    data = b"Title: not a header, just a line in a letter\n\nDear friend, the harvest was poor.\n"
    source = read_source(Path("letter.txt"), data, Limits())
    assert source.title is None and source.author is None
