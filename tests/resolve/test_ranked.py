"""Kin two sources single out by the same rank ('his first wife', 'her youngest sister') is one person, however
each names her: small corpora of our own in three registers, each a life and a second text about it, built once
with the real CLI and model."""

from __future__ import annotations

import pytest

from conftest import build_texts, person_names

CORPORA = {
    "modern": {
        "life.md": """# The Life of Tom Reed

Tom Reed was born in Leeds in 1900. In 1925 he married his first wife, Ann Hale, in York. In 1940 he married his
second wife, Mary Cole, in Paris. His wife, Rose Lamb, outlived him. His first cousin, Louis Hale, ran a garage.
His eldest son, J. H. Reed, became a doctor.
""",
        "review.md": """# A Review

The new book follows Tom Reed from Leeds to Paris. Tom Reed’s first wife Anne Reed died in 1950, and Tom Reed’s
second wife Nora Reed sold his papers. Tom Reed’s wife Rose Reed is not named in the book. Tom Reed’s first
cousin Louise Hale wrote the preface. Tom Reed’s eldest son J. W. Reed lent the letters.
""",
    },
    "victorian": {
        "memorials.md": """# Memorials of Josiah Crane

Mr. Josiah Crane was born at Ashby in 1790. His only daughter, Ellen Crane, kept his house at Ashby for many
years.
""",
        "notice.md": """# A Notice of the Memorials

The memorials of Mr. Josiah Crane are written with much feeling. Josiah Crane’s only daughter Ellen Marsh lent
the letters printed in them.
""",
    },
    "memoir": {
        "memoir.txt": """The Project Gutenberg EBook of Winter Years, by Jane Orr

Title: Winter Years

Author: Jane Orr

*** START OF THE PROJECT GUTENBERG EBOOK WINTER YEARS ***

I was born at Kelso in 1866. My youngest sister, Effie Orr, was born in 1872, and my eldest brother, Walter
Orr, in 1860.

*** END OF THE PROJECT GUTENBERG EBOOK WINTER YEARS ***
""",
        "letter.md": """# A Letter about Winter Years

Jane Orr wrote her memoir at Kelso. Jane Orr’s youngest sister Effie Gray read it first. Jane Orr’s eldest brother
Hugh Orr never read it.
""",
    },
}


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, set[str]]]:
    """For each corpus, built alone: each person's name → the names they go by."""
    return {corpus: person_names(build_texts(tmp_path_factory.mktemp(corpus), files))
            for corpus, files in CORPORA.items()}


def _one(people: dict[str, set[str]], *names: str) -> bool:
    """Some person goes by all the names."""
    return any(set(names) <= aliases for aliases in people.values())


def _apart(people: dict[str, set[str]], a: str, b: str) -> bool:
    return any(a in aliases for aliases in people.values()) and not _one(people, a, b)


def test_kin_of_one_rank_in_two_sources_is_one_person(people: dict[str, dict[str, set[str]]]) -> None:
    assert _one(people["modern"], "Ann Hale", "Anne Reed")  # her maiden name in one, her married name in the other
    assert _one(people["victorian"], "Ellen Crane", "Ellen Marsh")
    assert _one(people["memoir"], "Effie Orr", "Effie Gray")


def test_sources_that_name_another_person_for_the_rank_are_kept_apart(people: dict[str, dict[str, set[str]]]) -> None:
    # another given name: the sources disagree, and the disagreement is kept rather than hidden
    assert _apart(people["modern"], "Mary Cole", "Nora Reed")
    assert _apart(people["memoir"], "Walter Orr", "Hugh Orr")
    # no rank: a man may have had more than one wife
    assert _apart(people["modern"], "Rose Lamb", "Rose Reed")
    # a first cousin is a degree of kinship, no rank; initials tell no one apart
    assert _apart(people["modern"], "Louis Hale", "Louise Hale")
    assert _apart(people["modern"], "J. H. Reed", "J. W. Reed")
    # the people kept apart were each found, as the kin the text makes them
    for name in ("Nora Reed", "Hugh Orr", "Rose Reed", "Louise Hale", "J. W. Reed"):
        assert any(name in aliases for corpus in people.values() for aliases in corpus.values()), name
