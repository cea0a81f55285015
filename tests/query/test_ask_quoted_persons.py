"""Who does what a quotation tells: its 'I' is the one who says it, its 'you' the one person it is said to ('“You
have found it,” Tom told Ann': Ann found it). Lives of our own in three registers, built with the real model."""

import pytest

import prosopograph
from conftest import open_each

LIVES = {
    # modern biography
    "ferrant.md": """# Nadia Ferrant

Nadia Ferrant ran the salvage crew at Brest from 1951. In the spring of 1953 the crew dived on the wreck of a
freighter off the point. "I have found the ship's bell," Tomas Idrac called to Paul Moreau, and he held it over his
head. The crew cheered. "You have raised the anchor chain," Tomas Idrac told Paul Moreau that evening.
""",
    # nineteenth-century prose
    "pym.md": """# Memoir of the Reverend Silas Pym

The Reverend Silas Pym kept the parish of Hollow Combe for forty years. In the hard winter of 1814 the church plate
was lost, and the whole village searched for it. "I have discovered the chalice beneath the vestry floor," Jonah
Crewe, the sexton, said to Amos Leach, the clerk. Mr. Pym gave thanks from the pulpit that Sunday. "You have
uncovered the paten," Jonah Crewe said to Amos Leach a week later.
""",
    # first-person memoir
    "river.md": """# Days on the River

I was born at Marlow in 1862, and I worked the locks with my brother Ned until I was twenty. One summer a lady
dropped her purse in the weir pool. "I have fished out the purse," Walter Pike shouted to Ned, and he ran dripping
up the bank. The lady gave him a shilling. "You have lost the boat-hook," Walter Pike said to Ned the next day.
""",
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


@pytest.mark.parametrize(("life", "question", "speaker"), [
    ("ferrant.md", "Who found the ship's bell?", "Tomas Idrac"),
    ("pym.md", "Who discovered the chalice?", "Jonah Crewe"),
    ("river.md", "Who fished out the purse?", "Walter Pike"),
])
def test_the_i_of_a_quotation_is_its_speaker(kbs: dict[str, prosopograph.KnowledgeBase], life: str, question: str,
                                             speaker: str) -> None:
    a = kbs[life].ask(question)
    assert a.answer == speaker and a.citations


@pytest.mark.parametrize(("life", "question", "speaker", "hearer"), [
    ("ferrant.md", "Who raised the anchor chain?", "Tomas Idrac", "Paul Moreau"),
    ("pym.md", "Who uncovered the paten?", "Jonah Crewe", "Amos Leach"),
    ("river.md", "Who lost the boat-hook?", "Walter Pike", "Ned"),
])
def test_the_you_of_a_quotation_is_the_one_it_is_said_to_not_its_speaker(
        kbs: dict[str, prosopograph.KnowledgeBase], life: str, question: str, speaker: str, hearer: str) -> None:
    assert kbs[life].ask(question).answer == hearer


SPEAKERS = {
    # negative: a name after 'the' the model labels a body is a family, though the resolver knows a man of that name
    "medici.md": """# Lorenzo Medici

Lorenzo Medici was born in Florence in 1449. The Medici built many churches in the city.
""",
    # a rare name the model labels a body where it answers ('answered Borvik'), though a person elsewhere
    "survey.md": """# The Survey of Kettle Lake

In 1958 the geologist Ines Marlow led a survey of Kettle Lake with her assistant Borvik. Borvik was a quiet man from
the coast, and he carried the instruments. "I have found the old spring," answered Borvik, and he laughed.
""",
    "moorland.md": """# A Narrative of the Moorland Parish

The Reverend Hugh Ansty came to the moorland parish in 1790, and his servant Thrain came with him. Thrain was a
silent fellow, and he kept the horses. "I have mended the roof of the barn," answered Thrain, when the rector asked
him.
""",
    "cove.md": """# Summers at Grey Cove

I spent my summers at Grey Cove with old Gunnar, my father's boatman, and I learned the sea from him. Gunnar was a
tall man with a red beard. "I have seen the smoke of the steamer," answered Gunnar, and he pointed to the east.
""",
}


@pytest.fixture(scope="module")
def speakers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, SPEAKERS)


@pytest.mark.parametrize(("life", "question", "name"), [
    ("survey.md", "Who found the old spring?", "Borvik"),
    ("moorland.md", "Who mended the roof of the barn?", "Thrain"),
    ("cove.md", "Who saw the smoke of the steamer?", "Gunnar"),
])
def test_the_speaker_of_an_i_answers_whatever_label_the_model_gave_his_name(
        speakers: dict[str, prosopograph.KnowledgeBase], life: str, question: str, name: str) -> None:
    a = speakers[life].ask(question)
    assert a.answer == name and a.citations


def test_a_family_is_not_the_man_of_its_name(speakers: dict[str, prosopograph.KnowledgeBase]) -> None:
    a = speakers["medici.md"].ask("Who built many churches?")
    assert a.answer != "Lorenzo Medici"
