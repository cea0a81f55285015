"""Names the model missed, on sentences written here: where a tagged name's other uses become its entity's."""

from __future__ import annotations

import re

import pytest

from prosopograph.resolve.gazetteer import Gazetteer, load_gazetteer
from prosopograph.resolve.records import AliasEvidence, MentionRecord, ResolvedEntity, SentenceRecord
from prosopograph.resolve.untagged import untagged_names


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def entity(kind: str, name: str, *others: str, lat: float | None = None, lon: float | None = None) -> ResolvedEntity:
    """An entity the resolver made, with the names it goes by (and where the gazetteer placed it)."""
    return ResolvedEntity(kind, name, aliases=[AliasEvidence(a, "name", 1) for a in (name, *others)], lat=lat, lon=lon)


def added(lines: list[str], tagged: dict[str, list[int]], entities: list[ResolvedEntity], gazetteer: Gazetteer,
          titles: dict[int, str] | None = None, held: dict[int, int] | None = None) -> list[tuple[str, str, int]]:
    """(sentence, name, entity) of each mention added: `tagged` gives, for each name, the lines where the model
    tagged it, every tag resolved to the entity of that name's index in `entities`; `titles` the phrase of a line
    the model tagged as a work, `held` (line → entity index) the lines where the resolver made that an entity."""
    sentences, mentions, pos = [], [], 0
    for i, text in enumerate(lines):
        sentences.append(SentenceRecord(i + 1, 1, 1, i + 1, pos, pos + len(text), text))
        pos += len(text) + 1
    for index, (name, at) in enumerate(tagged.items()):
        for line in at:
            s = sentences[line]
            for m in re.finditer(rf"\b{name}\b", s.text):
                mentions.append(MentionRecord(len(mentions) + 1, 1, s.id, s.start + m.start(), s.start + m.end(), name,
                                              "PERSON" if entities[index].type == "PERSON" else "GPE"))
                entities[index].mention_ids.append(mentions[-1].id)
    for line, title in (titles or {}).items():
        s = sentences[line]
        at = s.start + s.text.index(title)
        mentions.append(MentionRecord(len(mentions) + 1, 1, s.id, at, at + len(title), title, "WORK_OF_ART"))
        if held and line in held:
            entities[held[line]].mention_ids.append(mentions[-1].id)
    found = untagged_names(entities, mentions, sentences, gazetteer)
    by_id = {s.id: s.text for s in sentences}
    index_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    assert all(m.id < 0 and m.kind == "untagged" for m in found)
    return [(by_id[m.sentence_id], m.text, index_of[m.id]) for m in found]


def test_a_name_the_model_tagged_elsewhere_is_its_persons_where_it_was_missed(gazetteer: Gazetteer) -> None:
    # a chronicle: the prince is tagged three times, missed at a sentence's start and after a title
    lines = ["The Jarl was fond of Ottar.", "Ottar grew up by the fjord.", "The monks taught Ottar his letters.",
             "Ottar was born in the spring of 1711.", "Of all the household Prince Ottar rode best.",
             "Ottar Lund commanded the fleet."]
    found = added(lines, {"Ottar": [0, 1, 2]}, [entity("PERSON", "Ottar")], gazetteer)
    assert found == [(lines[3], "Ottar", 0), (lines[4], "Ottar", 0)]  # not 'Ottar Lund', someone else
    # where another person's name holds the word ('Ottar Lund' a resolved person), the bare word may be either
    people = [entity("PERSON", "Ottar"), entity("PERSON", "Ottar Lund", "Lund")]
    assert added(lines, {"Ottar": [0, 1, 2]}, people, gazetteer) == []


def test_a_name_also_written_as_a_word_or_held_by_two_is_left_as_the_model_left_it(gazetteer: Gazetteer) -> None:
    # a memoir: 'Marsh' is also a marsh; 'Ward' is two people's name
    lines = ["Marsh attacked at dawn.", "Marsh fell back.", "Marsh waited.", "Marsh crossed the river that night.",
             "I waded into the marsh up to my knees.",
             "Ward came to see me.", "Ward left.", "Ward stayed.", "Ward rode off before I woke."]
    people = [entity("PERSON", "Marsh"), entity("PERSON", "John Ward", "Ward"), entity("PERSON", "Ann Ward", "Ward")]
    assert added(lines, {"Marsh": [0, 1, 2], "Ward": [5, 6, 7]}, people, gazetteer) == []
    found = added(lines, {"Ward": [5, 6, 7]}, [entity("PERSON", "John Ward", "Ward")], gazetteer)
    assert found == [(lines[8], "Ward", 0)]  # one Ward in the record: his


def test_only_a_place_the_gazetteer_placed_or_a_person_not_named_like_a_city(gazetteer: Gazetteer) -> None:
    # a modern biography: a nickname that is a city's name, a party taken for a place
    lines = ["Chicago won the match.", "Chicago laughed.", "Chicago bowed.", "Chicago retired at last.",
             "Narvik was bombed.", "Narvik burned.", "Narvik fell.", "We sailed past Narvik at dawn.",
             "Zorvians marched.", "Zorvians sang.", "Zorvians wept.", "The Zorvians left in May."]
    things = [entity("PERSON", "Chicago"), entity("PLACE", "Narvik", lat=68.4, lon=17.4), entity("PLACE", "Zorvians")]
    found = added(lines, {"Chicago": [0, 1, 2], "Narvik": [4, 5, 6], "Zorvians": [8, 9, 10]}, things, gazetteer)
    assert found == [(lines[7], "Narvik", 1)]


def test_names_the_model_joined_into_a_title_are_read_one_by_one(gazetteer: Gazetteer) -> None:
    # a memoir: 'Hal and Ned' tagged as one work; a real work's title joins no sure names; a work the resolver
    # made an entity of keeps its words
    lines = ["Hal rode ahead.", "Hal came back.", "Hal slept.", "Ned swam.", "Ned ran.", "Ned sang.",
             "I sent my two brothers, Hal and Ned, to the mill.", "She read Frost and Fire aloud.",
             "We sang Hal and Ned, the old ballad."]
    people = [entity("PERSON", "Hal"), entity("PERSON", "Ned"), entity("WORK", "The Old Ballad")]
    found = added(lines, {"Hal": [0, 1, 2], "Ned": [3, 4, 5]}, people, gazetteer,
                  titles={6: "Hal and Ned", 7: "Frost and Fire", 8: "Hal and Ned"}, held={8: 2})
    assert found == [(lines[6], "Hal", 0), (lines[6], "Ned", 1)]


def test_a_body_or_a_list_taken_for_one_holding_the_name_leaves_it_the_persons(gazetteer: Gazetteer) -> None:
    # a modern biography: a fund named after her, and an index line the model took for one body, hold the word;
    # neither is a person or a place the bare name could be
    lines = ["Vesna Kral lectured in Zagreb.", "Kral wrote daily.", "Kral married late.", "Kral died in 1990.",
             "Kral soon became known abroad.", "The Kral Foundation opened in 1995.", "Babic, Kral, 112."]
    things = [entity("PERSON", "Vesna Kral", "Kral"), entity("ORG", "Kral Foundation"), entity("ORG", "Babic, Kral")]
    found = added(lines, {"Kral": [1, 2, 3]}, things, gazetteer, titles={6: "Babic, Kral"}, held={6: 2})
    assert found == [(lines[4], "Kral", 0)]  # not the foundation's word, nor the body's line
