"""Ages a sentence gives someone, and years it counts from a birth or a death, in whole years."""

import pytest

from prosopograph.time.ages import find_ages, find_years_from_life_events


@pytest.mark.parametrize(("text", "years"), [
    ("At the age of seventeen she enrolled at the conservatory.", 17),  # a modern biography
    ("Mr. Orme, then but twenty-two years of age, took the brig to Smyrna.", 22),  # older prose
    ("In his nineteenth year he was sent to sea.", 18),  # his nineteenth year: after his eighteenth birthday
    ("When I was 12 years old my father sold the farm.", 12),  # a memoir
    ("She died aged 84 in the house she was born in.", 84),
])
def test_an_age_in_years(text: str, years: int) -> None:
    (age,) = find_ages(text)
    assert age.years == years and age.text in text


@pytest.mark.parametrize("text", [
    "The child, aged three months, was baptised at home.",  # months, not years
    "The house was a hundred years old when they bought it.",  # no count we read: no age
    "He had been in the army for twenty years.",  # a span of years is no age
    "In the nineteenth century the town grew.",  # a century, not someone's year
])
def test_what_is_no_age(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(("text", "years", "event"), [
    ("Two years before her death she gave the archive to the university.", -2, "death"),  # a modern biography
    ("It was but a year before his death that the portrait was painted.", -1, "death"),  # older prose
    ("The year after my birth we left the farm for the town.", 1, "birth"),  # a memoir
    ("Three years after his death the letters were printed.", 3, "death"),
])
def test_years_counted_from_a_birth_or_a_death(text: str, years: int, event: str) -> None:
    (found,) = find_years_from_life_events(text)
    assert (found.years, found.event) == (years, event) and found.text in text


@pytest.mark.parametrize("text", [
    "Two years before the war she gave the archive away.",  # no one's birth or death
    "A year after his marriage the mill burned.",  # a marriage the record may date, but not read here
    "He spoke of his death for years before it came.",  # no count of years from it
])
def test_what_counts_no_years_from_a_birth_or_death(text: str) -> None:
    assert find_years_from_life_events(text) == []
