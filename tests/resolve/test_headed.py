"""People a heading names, on texts written here: the unit on its own, and namesakes told apart by it in a build."""

from __future__ import annotations

from pathlib import Path

import pytest

import prosopograph
from prosopograph.resolve.headed import headed_people
from prosopograph.resolve.records import MentionRecord, SentenceRecord
from prosopograph.settings import Limits


def sentences(*lines: tuple[str, str]) -> list[SentenceRecord]:
    """(kind, text) → sentences of one document, one chapter."""
    out, pos = [], 0
    for i, (kind, text) in enumerate(lines, 1):
        out.append(SentenceRecord(i, 1, 1, i, pos, pos + len(text), text, kind))
        pos += len(text) + 1
    return out


def tagged(ss: list[SentenceRecord], sid: int, name: str, label: str = "PERSON") -> MentionRecord:
    s = ss[sid - 1]
    at = s.start + s.text.index(name)
    return MentionRecord(sid, 1, sid, at, at + len(name), name, label)


def added(ss: list[SentenceRecord], mentions: list[MentionRecord]) -> list[tuple[int, str]]:
    out = headed_people(mentions, ss)
    new = [m for m in out if m.id < 0]
    assert all(m.label == "PERSON" for m in new)
    return [(m.sentence_id, m.text) for m in new]


@pytest.mark.parametrize("heading", ["CHAPTER IV. MARA KELL IN PRAGUE", "mara kell in prague", "Mara Kell"])
def test_a_full_name_written_elsewhere_is_a_mention_in_a_heading_in_any_case(heading: str) -> None:
    # a modern biography, its heading in capitals, small capitals lowered, or as written
    ss = sentences(("heading", heading), ("paragraph", "In 1931 Mara Kell took rooms near the river."))
    assert added(ss, [tagged(ss, 2, "Mara Kell")]) == [(1, "Mara Kell")]


def test_a_heading_is_read_only_for_names_the_text_gives_a_person() -> None:
    # older prose: a surname alone, a place and a title are no full names of anyone
    ss = sentences(("heading", "THE VOYAGE OF THE GOOD HOPE"), ("heading", "Kell at Dover"),
                   ("paragraph", "Captain Kell sailed the Good Hope out of Dover."))
    mentions = [tagged(ss, 3, "Captain Kell"), tagged(ss, 3, "Good Hope", "ORG"), tagged(ss, 3, "Dover", "GPE")]
    assert added(ss, mentions) == []
    # a paragraph is left to the model: only headings are read here
    ss = sentences(("paragraph", "Letters from mara kell reached him."), ("paragraph", "Mara Kell wrote often."))
    assert added(ss, [tagged(ss, 2, "Mara Kell")]) == []


def test_a_part_of_the_name_the_model_tagged_in_the_heading_gives_way_to_it() -> None:
    # a memoir's heading where the model took two of three words for a name
    ss = sentences(("heading", "my uncle jon the smith"), ("paragraph", "I never met a man like Jon the Smith."))
    partial = MentionRecord(1, 1, 1, 9, 16, "jon the", "PERSON")
    out = headed_people([partial, tagged(ss, 2, "Jon the Smith")], ss)
    assert [(m.sentence_id, m.text) for m in out if m.sentence_id == 1] == [(1, "Jon the Smith")]
    # a longer name the model read there stands, and so does the name tagged as written
    ss = sentences(("heading", "Mara Kell Varga"), ("paragraph", "Mara Kell came home."))
    assert added(ss, [MentionRecord(1, 1, 1, 0, 15, "Mara Kell Varga", "PERSON"), tagged(ss, 2, "Mara Kell")]) == []


FEN = """# Tales of the Fen Country

## The Old King

King Edwin ruled the fen country from his hall at Wendmere. Edwin was a hard man, and the farmers feared him.
Edwin had one child, a daughter named Agnes. When Agnes was grown, Edwin gave her in marriage to a lord of the
south. Edwin died in the winter after the wedding, and his hall stood empty for many years.

## The Wanderers

A boy named Oswy grew up on the edge of the marsh. He fished the dykes with his uncle and learned to steer a
boat through the reeds. When he was a man, Oswy went away over the sea and was not heard of again.

## {heading}

Edwin was a farmer's son from the hill country. Edwin married a woman named Mildred, and they had two sons.
Edwin quarrelled with his neighbours over a boundary stone, and the moot outlawed him for three winters.
Edwin would not pay the fine. Edwin sold his cattle, and Edwin hired a boat at the river mouth.

## The Islands

The crossing took nine days. Edwin steered the whole way, and Edwin never slept. On the largest island Edwin
built a house of turf, and Edwin and his wife Mildred lived there until they were old. Edwin kept sheep.
Long after, travellers still spoke of Edwin Marsh and the house he had built.
"""


def built(tmp_path: Path, heading: str) -> prosopograph.KnowledgeBase:
    tmp_path.mkdir()
    (tmp_path / "fen.md").write_text(FEN.format(heading=heading))
    prosopograph.build([str(tmp_path / "fen.md")], tmp_path / "kb.sqlite", Limits())
    return prosopograph.open(tmp_path / "kb.sqlite")


def spouses(kb: prosopograph.KnowledgeBase, person: str) -> set[str]:
    return {r.object for r in kb.relations() if r.subject == person and r.relation == "spouse_of"}


def names_of(kb: prosopograph.KnowledgeBase, person: str) -> set[str]:
    return {a.name for p in kb.people() if p.name == person for a in p.aliases}


def test_a_chapter_headed_with_a_full_name_gives_its_bare_names_to_that_namesake(tmp_path: Path) -> None:
    # an old tale: the king called Edwin for a chapter, then a farmer's son of that name in a chapter headed so, in
    # small capitals that came out of the page lowered: the farmer married, and the king is someone else
    headed = built(tmp_path / "headed", "edwin marsh")
    assert spouses(headed, "Mildred") == {"Edwin Marsh"}
    # the king, whose bare name the farmer goes by too, is known by his title
    assert {"King Edwin", "Edwin"} <= names_of(headed, "King Edwin")
    assert "King Edwin" not in names_of(headed, "Edwin Marsh")
    # headed by something else, the chapter's bare names have no full name near them and stay the king's
    assert spouses(built(tmp_path / "plain", "The Hill Farm"), "Mildred") == {"Edwin"}
