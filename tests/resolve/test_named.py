"""Names the text gives a person with a verb of naming ('the crew called him Ivar Longhair'): small texts of our own
in three registers, each built once with the real CLI and model."""

from __future__ import annotations

import pytest

from conftest import build_texts, person_names
from prosopograph.model import ResolvedEntity
from prosopograph.resolve.named import renamed

TEXTS = {
    "modern.md": """# The Life of Ivar Bold

## Chapter 1

Ivar Bold was a young skipper from Bergen. His hair grew long and wild at sea. After a while the whole crew called
him Ivar Longhair. Ivar Longhair won every race that summer. His sister Sigrid Bold called him a coward when he
sold the boat, and they called the boat Swallow. Later he bought a ketch and called her the Sea Witch. In Oslo the
papers dubbed him the Admiral of the Fjord.

## Chapter 2

Ivar Bold married Kari Lund in 1950. A son was born to them in 1952, and they called him Ivar Lund.
""",
    "older.md": """# Memorials of Josiah Crane

## Chapter 1

Mr. Josiah Crane kept the mill at Ashby for forty years. He never once let the wheel stand idle. The villagers
called him the “Iron Miller.” He called Squire Amos Pratt a “windbag” in every letter. His sister, Miss Ruth
Crane, was known as a Quaker in the town. The boys of the parish called him Chief.
""",
    "memoir.txt": """The Project Gutenberg EBook of Winter Years, by Jane Orr

Title: Winter Years

Author: Jane Orr

*** START OF THE PROJECT GUTENBERG EBOOK WINTER YEARS ***

I was born at Kelso in 1866. My brother Tom Orr went to sea in 1880. In his letters home he called himself Tom
Swift. Every chief on the river was made an earl, and the king called him Earl.

*** END OF THE PROJECT GUTENBERG EBOOK WINTER YEARS ***
""",
}


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Each person's name → the names they go by, over the texts each built alone."""
    out: dict[str, set[str]] = {}
    for name, text in TEXTS.items():
        for person, aliases in person_names(build_texts(tmp_path_factory.mktemp("named"), {name: text})).items():
            out.setdefault(person, set()).update(aliases)
    return out


def _goes_by(names: dict[str, set[str]], *called: str) -> bool:
    return any(set(called) <= aliases for aliases in names.values())


def test_the_name_a_verb_of_naming_gives_is_the_persons(names: dict[str, set[str]]) -> None:
    assert _goes_by(names, "Ivar Bold", "Ivar Longhair")  # the model's new person is the one named so
    assert _goes_by(names, "Josiah Crane", "Iron Miller")
    assert _goes_by(names, "Tom Orr", "Tom Swift")


def test_a_common_noun_a_title_a_things_name_or_lower_case_words_are_no_ones_name(names: dict[str, set[str]]) -> None:
    every = set().union(*names.values())
    assert not {"coward", "a coward", "Swallow", "windbag", "Quaker", "Sea Witch", "Admiral of the Fjord",
                "Chief"} & every
    # a newborn called by his father's given name is not the father
    assert not _goes_by(names, "Ivar Bold", "Ivar Lund")
    assert not any("Earl" in aliases for aliases in names.values() if "Tom Orr" in aliases)



def test_a_name_given_joins_the_person_only_where_more_than_a_family_name_is_shared() -> None:
    people = [ResolvedEntity("PERSON", "Olaf Dahl", [1, 2, 3]), ResolvedEntity("PERSON", "Nils Dahl", [4]),
              ResolvedEntity("PERSON", "Ivar Bold", [5, 6]), ResolvedEntity("PERSON", "Ivar Longhair", [7]),
              ResolvedEntity("PERSON", "Longhair Ivar", [8, 9, 10])]
    # 'the priest named him Nils Dahl', the pronoun bound to the father: a newborn, not the father's new name
    assert renamed(people, [(1, 0, 1)], set()) == {}
    assert renamed(people, [(3, 2, 2)], set()) == {3: 2}
    # the one named more often is not joined into the other
    assert renamed(people, [(4, 2, 3)], set()) == {}
    # nor is a son the text names as one, given his father's first name ('his son Ivar Longhair')
    assert renamed(people, [(3, 2, 2)], {frozenset((2, 3))}) == {}
