"""Facts read from the sources: numbers as written, and the day a sentence tells of."""

import pytest

from prosopograph.extract.facts import number, scene_days
from prosopograph.model import Event, SentenceRecord
from prosopograph.time.narrative import DatedExpression
from prosopograph.time.values import DateValue


@pytest.mark.parametrize(("text", "value"), [("400", 400), ("1,200", 1200), ("twenty", 20), ("twenty-five", 25),
                                              ("four hundred", 400), ("two thousand three hundred", 2300),
                                              ("a hundred", 100), ("many", None), ("", None)])
def test_numbers_in_figures_and_words(text: str, value: float | None) -> None:
    assert number(text) == value


def sentences(n: int, chapter: int = 1) -> list[SentenceRecord]:
    return [SentenceRecord(i, 1, chapter, i, i * 100, i * 100 + 50, f"sentence {i}") for i in range(1, n + 1)]


def dated(sentence_id: int, value: DateValue) -> Event:
    expression = DatedExpression(sentence_id, sentence_id * 100, sentence_id * 100 + 4, value.iso(), value, None,
                                 False, None, "")
    return Event(expression, sentence_id, "", "event")


def test_a_day_given_stays_the_scene_until_another_date_moves_the_story() -> None:
    events = [dated(2, DateValue(1898, 10, 12, precision="day")), dated(5, DateValue(1901, precision="year"))]
    days = scene_days(sentences(6), events)
    assert days == {2: "1898-10-12", 3: "1898-10-12", 4: "1898-10-12"}
