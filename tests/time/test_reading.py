"""The date layer on its own: every temporal expression with its kind, value, offsets and what it counts from."""

import pytest

from prosopograph.model import SentenceRecord
from prosopograph.time.grammar import find_other_expressions
from prosopograph.time.reading import GIVEN_ANCHOR, DateReading, parse_anchor, read_dates


def sentences(*texts: str, chapters: list[int] | None = None) -> list[SentenceRecord]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(SentenceRecord(i + 1, 1, chapters[i] if chapters else 1, i + 1, pos, pos + len(t), t, "paragraph"))
        pos += len(t) + 1
    return out


def read(*texts: str, anchor: str | None = None) -> tuple[str, list[DateReading]]:
    return " ".join(texts), read_dates(sentences(*texts), parse_anchor(anchor) if anchor else None)


def by_text(readings: list[DateReading]) -> dict[str, DateReading]:
    return {r.text: r for r in readings}


def test_absolute_partial_and_relative_dates_with_their_offsets() -> None:
    whole, found = read("Mirela Dancu opened her bakery in Cluj on 12 October 1926.",
                        "Six weeks later the oven cracked.", "On December 24 she sold four hundred loaves.")
    got = by_text(found)
    assert [r.text for r in found] == ["12 October 1926", "Six weeks later", "December 24"]
    for r in found:
        assert whole[r.start:r.end] == r.text
    assert (got["12 October 1926"].value, got["12 October 1926"].precision) == ("1926-10-12", "day")
    assert not got["12 October 1926"].relative
    later = got["Six weeks later"]
    assert (later.value, later.relative) == ("1926-11-23", True)
    assert later.counted_from is not None and later.counted_from.text == "12 October 1926"
    partial = got["December 24"]
    assert partial.value == "1926-12-24" and partial.relative and partial.counted_from.value == "1926-11-23"


def test_old_style_date_carries_both_calendars() -> None:
    _, found = read("The ice broke on the river at Perm on 2 April 1881 (Old Style).")
    (r,) = found
    assert (r.value, r.date_julian, r.date_gregorian) == ("1881-04-02", "1881-04-02", "1881-04-14")
    assert "Old Style" in (r.calendar_note or "")
    assert r.earliest == r.latest == "1881-04-14"  # the interval is in the Gregorian calendar


def test_seasons_decades_and_ranges_give_their_bounds() -> None:
    found = by_text(read("In the winter of 1902 the canal froze.", "The mill ran from 1905 to 1911.",
                         "By the late 1920s it was a ruin.")[1])
    winter = found["the winter of 1902"]
    assert (winter.precision, winter.detail, winter.earliest, winter.latest) == (
        "season", "winter", "1902-12-01", "1903-02-28")
    assert (found["from 1905 to 1911"].value, found["from 1905 to 1911"].end_value) == ("1905", "1911")
    assert found["the late 1920s"].precision == "decade" and found["the late 1920s"].detail == "late"


def test_relative_date_with_nothing_to_count_from_is_kept_undated() -> None:
    (r,) = read("Two days later the storm passed.")[1]
    assert (r.kind, r.value, r.relative, r.counted_from) == ("date", None, True, None)


def test_a_given_anchor_starts_the_narrative_and_the_speakers_now() -> None:
    whole, found = read("The harbour board met yesterday and voted to sell the dredger.",
                        "Three days later the buyer must collect it.", "Last year the board bought two tugs.",
                        anchor="2022-05-17")
    got = by_text(found)
    assert got["yesterday"].value == "2022-05-16" and got["yesterday"].counted_from.sentence_id == GIVEN_ANCHOR
    assert got["Three days later"].value == "2022-05-20"
    assert got["Last year"].value == "2021" and got["Last year"].precision == "year"
    assert whole[got["yesterday"].start:got["yesterday"].end] == "yesterday"


def test_deictic_day_without_an_anchor_stays_undated() -> None:
    (r,) = read("Tomorrow the ferry will not sail.")[1]
    assert r.text == "Tomorrow" and r.value is None and r.relative


def test_durations_sets_and_clock_times_have_their_kinds() -> None:
    _, found = read("On 8 July 1934 the choir sang at half past seven in the evening.",
                    "For three years it rehearsed every Thursday, twice a week in Lent.",
                    "It rested for a few months each winter.")
    got = by_text(found)
    assert (got["half past seven in the evening"].kind, got["half past seven in the evening"].value) == (
        "time", "1934-07-08T19:30")
    assert (got["three years"].kind, got["three years"].value) == ("duration", "P3Y")
    assert (got["every Thursday"].kind, got["every Thursday"].value) == ("set", "XXXX-WXX-4")
    assert (got["twice a week"].kind, got["twice a week"].value) == ("set", "P1W")
    assert (got["a few months"].kind, got["a few months"].value) == ("duration", "PXM")
    assert (got["each winter"].kind, got["each winter"].value) == ("set", "XXXX-WI")


def test_a_set_with_its_hour_is_one_recurring_time() -> None:
    (r,) = read("The market opened every Saturday at 6 a.m.")[1]
    assert (r.text, r.kind, r.value) == ("every Saturday at 6 a.m.", "set", "XXXX-WXX-6T06:00")


@pytest.mark.parametrize("sentence", [
    "The regiment marched 1850 miles across the plain.",
    "Her letters are filed in Room 1907 of the county archive.",
    "He paid $1875 for the schooner.",
    "The count reached 1,906 votes.",
    "Pi is close to 3.1416, she told the class.",
    "One day the postman did not come.",
    "She was seven years old when the school burned.",
])
def test_numbers_that_are_no_time_are_not_read_as_one(sentence: str) -> None:
    assert read(sentence)[1] == []


def test_later_after_a_count_is_a_date_not_a_duration() -> None:
    taken = [(0, 17)]  # 'Three years later', which the date reader already took
    assert find_other_expressions("Three years later the farm was sold.", taken) == []


@pytest.mark.parametrize("text", ["2021-13-01", "21-03-01", "March 2021", "2021-02-30"])
def test_an_anchor_that_is_no_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_anchor(text)
