"""Ages a sentence gives someone, in whole years."""

import pytest

from prosopograph.time.ages import find_ages


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
