"""Titles written before a name are among its names: hyphenated ranks, 'the Honorable';
a word before the title that is none ('To', 'The') stays out."""

import pytest

from conftest import build_texts, cli_records
from prosopograph.model import AliasEvidence, ResolvedEntity
from prosopograph.resolve.namesakes import TITLED, titles_apart

LETTERS = """# Dispatches of the Border War

To Major-General Owen Tate, Commanding the Border District.
I have the honour to report that the bridge is held. Owen Tate received this on the fourth.

The Honorable Silas Crowe, the member for the valley, asked after the bridge. Silas Crowe was answered.
"""


@pytest.fixture(scope="module")
def aliases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    db = build_texts(tmp_path_factory.mktemp("titles"), {"dispatches.md": LETTERS})
    return {p["name"]: p["aliases"] for p in cli_records(db, "people", "--type", "PERSON")}


def test_a_hyphenated_rank_goes_with_the_name_without_the_word_before_it(aliases: dict[str, list[str]]) -> None:
    assert "Major-General Owen Tate" in aliases["Owen Tate"]
    assert not any(a.startswith("To ") for names in aliases.values() for a in names)


def test_the_honorable_is_a_style_with_its_article(aliases: dict[str, list[str]]) -> None:
    assert "Silas Crowe" in aliases  # the style is no part of the name
    assert "The Honorable Silas Crowe" in aliases["Silas Crowe"]



CHRONICLE = """# The Reign of King Henry Vane

King Henry Vane came to the throne in 1102. The King rode north with his levies. The King held court at Wexham.
Abbot Hume wrote down the laws. The King gave the abbot a charter. The King died in the winter.

Prince Robert Vane took the throne after him. The Prince was young. Earl Godric ruled in the north, and the Earl
was old. Earl Wulf ruled the east. The Earl sent no men to the Prince.
"""


def test_a_title_the_text_calls_one_person_by_is_among_their_names(tmp_path_factory: pytest.TempPathFactory) -> None:
    db = build_texts(tmp_path_factory.mktemp("chronicle"), {"vane.md": CHRONICLE})
    names = {p["name"]: p["aliases"] for p in cli_records(db, "people", "--type", "PERSON")}
    king = next(aliases for name, aliases in names.items() if "Henry" in name)
    assert "the King" in king  # four times him
    # 'the Prince' twice is too few; 'the Earl' is two earls' title
    assert not any(a in ("the Prince", "the Earl") for aliases in names.values() for a in aliases)


def _person(name: str, *aliases: tuple[str, str]) -> ResolvedEntity:
    return ResolvedEntity("PERSON", name, [], [AliasEvidence(a, reason, 1) for a, reason in [(name, "name"), *aliases]])


def test_a_person_whose_name_another_goes_by_takes_the_title_the_text_gives_it() -> None:
    # a saga: the king and the outlaw are both 'Eric' in the text
    king = _person("Eric", ("King Eric", TITLED))
    outlaw = _person("Eric the Red", ("Eric", "bare name: the nearest full name before it"))
    # a memoir: the colonel's title came before the bare name it explains, and Amos Hale is 'Hale' too; the colonel
    # was a lieutenant once, but the text calls him by his later rank more often
    colonel = _person("Hale", ("Colonel Hale", "bare name: whom it meant before a full name holding it was given"))
    colonel.aliases[-1].mentions = 5
    colonel.aliases.append(AliasEvidence("Lieutenant Hale", TITLED, 2, mentions=1))
    other = _person("Amos Hale", ("Hale", "bare name: the nearest full name before it"))
    titles_apart([king, outlaw, colonel, other])
    assert (king.name, outlaw.name, colonel.name, other.name) == ("King Eric", "Eric the Red", "Colonel Hale",
                                                                  "Amos Hale")


def test_a_name_no_one_else_goes_by_or_one_with_no_title_stays() -> None:
    alone = _person("Hale", ("Colonel Hale", TITLED))  # a memoir's one Hale
    father, son = _person("Tom Reed"), _person("Tom Reed")  # two of one name, and no title for either
    judge = _person("Amos Lee", ("Judge Amos Lee", TITLED))
    clerk = _person("Ned Pike", ("Amos Lee", "role"))  # a role is no name he goes by
    titles_apart([alone, father, son, judge, clerk])
    assert [p.name for p in (alone, father, son, judge)] == ["Hale", "Tom Reed", "Tom Reed", "Amos Lee"]
