import pytest

from prosopograph.time.expressions import find_expressions


def one(text: str):  # type: ignore[no-untyped-def]
    found = find_expressions(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "iso", "precision"), [
    ("She was born on November 14, 1871, in a port town.", "1871-11-14", "day"),
    ("They met on 3 March 1902 in a café.", "1902-03-03", "day"),
    ("On Sunday, February 11, 1894, the crowd marched.", "1894-02-11", "day"),
    ("In July 1886 the mill burned down.", "1886-07", "month"),
    ("In the spring of 1888 he left home.", "1888", "season"),
    ("He wrote it in 1897.", "1897", "year"),
    ("In early 1913 they met.", "1913", "year"),
    ("The family had farmed there since the 1850s.", "1850", "decade"),
    ("By the late 1970s the house was a museum.", "1970", "decade"),
])
def test_absolute_expressions(text: str, iso: str, precision: str) -> None:
    e = one(text)
    assert e.kind == "absolute" and e.value is not None
    assert (e.value.iso(), e.value.precision) == (iso, precision)


def test_seasons_and_qualifiers_are_kept() -> None:
    assert one("In the spring of 1888 he left.").value.season == "spring"
    assert one("By the late 1970s it was over.").value.qualifier == "late"


def test_ranges() -> None:
    e = one("He lived abroad from 1929 to 1933.")
    assert (e.value.iso(), e.end_value.iso()) == ("1929", "1933")
    e = one("The talks ran between March and May 1917.")
    assert (e.value.iso(), e.end_value.iso()) == ("1917-03", "1917-05")


@pytest.mark.parametrize(("text", "unit", "amount"), [
    ("A month later he was free.", "month", 1),
    ("Two years later they returned.", "year", 2),
    ("The next day it snowed.", "day", 1),
    ("The following spring they sailed.", "season:spring", 1),
    ("That August the war began.", "month:8", 0),
    ("On the same day the ferry sank.", "day", 0),
    ("Three weeks earlier he had resigned.", "week", -3),
    ("On the 29th the garrison marched out.", "day_of_month", 29),
    ("On Tuesday the 8th, at dawn, the ice broke.", "day_of_month", 8),
    ("The evening of the 12th turned cold.", "day_of_month", 12),
    ("In June following I was sent to the lakes.", "month:6", 1),
])
def test_relative_expressions(text: str, unit: str, amount: int) -> None:
    e = one(text)
    assert e.kind == "relative" and e.relative is not None
    assert (e.relative.unit, e.relative.amount) == (unit, amount)


def test_month_and_day_without_a_year_is_partial() -> None:
    e = one("On July 29 the delegates met again.")
    assert e.kind == "partial" and (e.value.month, e.value.day) == (7, 29)


def test_durations_and_numbers_are_not_dates() -> None:
    assert find_expressions("He stayed for three years and wrote 1,500 letters.") == []
    assert find_expressions("The house cost $1905 and 1,905 roubles.") == []


def test_calendar_markers() -> None:
    assert one("He was arrested on 3 May 1902 (Old Style).").calendar == "julian"
    assert one("The decree took effect on 14 February 1918 (New Style).").calendar == "gregorian"


@pytest.mark.parametrize(("text", "iso"), [
    ("On the 22d of September, 1836, the two were wed.", "1836-09-22"),  # an older book's '22d'
    ("He was buried the 3d of May, 1799, beside his father.", "1799-05-03"),
    ("The charter was sealed in February 1690/1 by the council.", "1691-02"),  # dual year: counted from January
    ("My grandmother came over in 1733/4, as the family Bible says.", "1734"),
])
def test_dates_as_older_books_write_them(text: str, iso: str) -> None:
    (e,) = find_expressions(text)
    assert e.kind == "absolute" and e.value is not None and e.value.iso() == iso


def test_a_fraction_or_a_ratio_is_no_dual_year() -> None:
    assert not find_expressions("The tax rose to 1690/5 of the rent.")
    assert not find_expressions("They counted 1850/60 muskets.")


def test_a_numbered_regiment_is_no_date() -> None:
    assert not find_expressions("The 21st Ohio held the road, and the 9th Corps came up behind it.")
    assert not find_expressions("He served in the 3d Dragoons.")


@pytest.mark.parametrize("text", [
    "He was made colonel of the 7th Hussars that summer.",  # a regiment, named
    "The men of the 5th regiment cheered.",  # a regiment, counted
    "By the 3d division the road was held.",
])
def test_an_ordinal_that_counts_something_is_no_day(text: str) -> None:
    assert not [e for e in find_expressions(text) if e.relative and e.relative.unit == "day_of_month"]


def test_a_year_after_a_comma_without_a_space_is_read() -> None:
    e = one("CAMP ON THE BAYOU, April 27,1863.")
    assert e.kind == "absolute" and e.value.iso() == "1863-04-27"


def test_a_range_with_a_hedged_end_is_one_range() -> None:
    e = one("Rents stayed high from 1849 until at least 1853 in the town.")
    assert (e.value.iso(), e.end_value.iso()) == ("1849", "1853")


def test_a_night_between_two_days_is_the_second_after_midnight() -> None:
    assert one("On the night of June 8th-9th the bridge burned.").value.day == 8
    assert one("Just after midnight, June 8th-9th, the bridge burned.").value.day == 9
    assert one("The fair opened after midnight, June 8th-12th.").value.day == 8  # five days, not a night


@pytest.mark.parametrize(("text", "iso", "kind"), [
    ("The vestry met on the 12th day of April, 1764, to choose a clerk.", "1764-04-12", "absolute"),
    ("Upon the fourth day of May the schooner was launched.", "0000-05-04", "partial"),
    ("The twenty-first of June, 1790, was set for the sale.", "1790-06-21", "absolute"),
    ("The fight went on through the 8th and 9th of June, 1862, in heavy rain.", "1862-06-08", "absolute"),
    ("I was at the front on the 8th and 9th of June.", "0000-06-08", "partial"),
    ("The lease was sealed the tenth day of February, 1701/2, at the manor.", "1702-02-10", "absolute"),
    ("On the fifth of June, 1790, 40 families sailed from the quay.", "1790-06-05", "absolute"),
])
def test_days_written_with_day_of_or_in_words_and_two_days_at_once(text: str, iso: str, kind: str) -> None:
    e = one(text)
    assert e.kind == kind and e.value is not None and e.value.day is not None
    assert f"{e.value.year:04d}-{e.value.month:02d}-{e.value.day:02d}" == iso


def test_the_second_of_two_days_ends_the_range() -> None:
    e = one("They rode on the 8th and 9th of June, 1862.")
    assert e.end_value is not None and e.end_value.iso() == "1862-06-09"


@pytest.mark.parametrize("text", [
    "May Ellery kept the school for thirty years.",  # a woman's name
    "He may come in the spring.",  # the verb
    "They would march in August company with the rest of the levies.",
    "The first of the wagons left at dawn.",  # an ordinal that counts, not a day
    "The 8th and 9th regiments held the ford.",
    "The first May Day of the new century was cold.",  # no 'of': no day of a month
])
def test_a_name_or_a_count_is_no_day(text: str) -> None:
    assert not [e for e in find_expressions(text) if e.value is not None and e.value.precision in ("day", "month")]


def test_a_season_of_the_year_is_read_as_the_season_of_its_year() -> None:
    e = one("In the autumn of the year 1703 the envoys came back.")
    assert (e.value.iso(), e.value.season) == ("1703", "autumn")


def test_a_day_of_a_month_may_be_followed_by_the_subject_of_the_sentence() -> None:
    e = one("On the 9th of June orders came from the capital to break camp.")
    assert e.kind == "partial" and (e.value.month, e.value.day) == (6, 9)


@pytest.mark.parametrize(("text", "month", "qualifier"), [
    ("In June the firm moved its offices to Leeds.", 6, None),  # a modern biography
    ("The fleet sailed early in February, and toward the close of March its first ships came home.", 2, "early"),
    ("About the middle of January the frost broke.", 1, "mid"),  # older prose
    ("Early in March the ice broke up.", 3, "early"),
    ("I stayed at the fort until May, when the regiment was ordered south.", 5, None),  # a memoir
])
def test_a_month_alone_after_a_preposition_is_a_month_of_the_storys_year(text: str, month: int,
                                                                          qualifier: str | None) -> None:
    e = find_expressions(text)[0]
    assert e.kind == "partial" and e.value is not None
    assert (e.value.month, e.value.precision, e.value.qualifier) == (month, "month", qualifier)


@pytest.mark.parametrize("text", [
    "She may write in the spring.",
    "They march in step through the square.",
    "The girls went singing in May blossom to the green.",  # the word, not the month
    "The verses of March Hare and his friends were read aloud.",  # no preposition of time
    "Her first novel was praised by May Sinclair in a letter.",  # a name after 'by'
])
def test_a_month_word_that_is_no_month_gives_no_date(text: str) -> None:
    assert not [e for e in find_expressions(text) if e.value is not None and e.value.precision == "month"]


@pytest.mark.parametrize(("text", "iso"), [
    ("The brig was fitted out by the 2d of June (1852).", "1852-06-02"),  # an editor's year
    ("On May 2 (1921) the school opened its doors.", "1921-05-02"),
])
def test_a_year_in_brackets_after_a_day_is_its_year(text: str, iso: str) -> None:
    e = one(text)
    assert e.kind == "absolute" and e.value.iso() == iso


def test_other_words_in_brackets_after_a_day_give_it_no_year() -> None:
    for text in ("On June 4 (see page 12) he left.", "On the 4th of May (a Sunday) we marched."):
        e = one(text)
        assert e.kind == "partial" and e.value.year == 0


@pytest.mark.parametrize(("text", "iso", "kind"), [
    # a modern life, older prose and a memoir: a feast kept on one day is that day
    ("On Christmas Eve, 1923, the theatre closed for good.", "1923-12-24", "absolute"),
    ("The quarter's rent fell due at Michaelmas, and the farmer paid it.", "0000-09-29", "partial"),
    ("By Lady Day of 1748 the lease of the mill was signed.", "1748-03-25", "absolute"),
    ("By Michaelmas 1850 rents in the valley had doubled.", "1850-09-29", "absolute"),  # the year, then a noun
    ("On Christmas Day Mary Vane gave birth to a son.", "0000-12-25", "partial"),  # a name after the feast
    ("I spent New Year's Day, 1871, in the snow at the depot.", "1871-01-01", "absolute"),
    # what is held for a year is held at that year's feast, and an eve the day before its feast: the ball that sees
    # a year in falls on the last day of the year before
    ("They danced at the New Year’s Eve ball for 1911 in the old hall.", "1910-12-31", "absolute"),
    ("We ate a Christmas Eve supper for 1904 at the inn by the quay.", "1904-12-24", "absolute"),
    ("The tenant never paid the Michaelmas rent for 1850.", "1850-09-29", "absolute"),
])
def test_a_feast_kept_on_one_day_is_that_day(text: str, iso: str, kind: str) -> None:
    e = one(text)
    assert e.kind == kind and e.value is not None and e.value.precision == "day"
    assert f"{e.value.year:04d}-{e.value.month:02d}-{e.value.day:02d}" == iso


def test_christmas_alone_is_a_time_of_december_more_than_its_day() -> None:
    e = one("Every year I came home at Christmas to help with the lambing.")
    assert e.value is not None and (e.value.month, e.value.precision) == (12, "month")


@pytest.mark.parametrize("text", [
    "She sent a Christmas card to every cousin.",  # no preposition of time
    "The Michaelmas term began badly for him.",
    "He came home for Christmas that year.",  # 'for' is no preposition of time
    "In the war the supply ship called at Christmas Island.",  # a name the feast's begins
    "They married at Lady Day Farm after the harvest.",
    "After the epiphany in the garden he never doubted again.",  # a word, not the feast
    "The club gave a New Year's Eve dinner for 1911 members.",  # a count, not the year welcomed
    "The parish laid on a Candlemas dinner for 300 families.",
])
def test_a_feast_is_no_date_without_a_preposition_of_time_nor_where_it_begins_a_name(text: str) -> None:
    assert not any(e.value is not None and e.value.month in (1, 3, 9, 12) and e.value.day
                   for e in find_expressions(text))


def test_a_day_and_the_year_it_is_in() -> None:
    assert one("Tom Reed married Ann Lee on June 3 in 1961.").value.iso() == "1961-06-03"
    assert one("It was the 3d of June in the year 1790.").value.iso() == "1790-06-03"
    # a count of things, not a year
    assert [e.kind for e in find_expressions("He landed on March 12 in 1200 ships.")] == ["partial", "absolute"]
