import pytest

from prosopograph.resolve.records import SentenceRecord
from prosopograph.time.narrative import TimeRules, date_document
from prosopograph.time.values import DateValue


def sentences(*texts: str, chapters: list[int] | None = None, kinds: list[str] | None = None) -> list[SentenceRecord]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        chapter = chapters[i] if chapters else 1
        kind = kinds[i] if kinds else "paragraph"
        out.append(SentenceRecord(i + 1, 1, chapter, i + 1, pos, pos + len(t), t, kind))
        pos += len(t) + 1
    return out


def dates(ss: list[SentenceRecord], russian: bool = False, rules: TimeRules | None = None):  # type: ignore[no-untyped-def]
    return date_document(ss, lambda s: russian, rules or TimeRules())


def test_relative_dates_chain_over_three_sentences() -> None:
    found = dates(sentences("She arrived in Lyon on March 3, 1921.", "The next day she found rooms.",
                            "A week later she started work.", "Two months later she married."))
    assert [d.value.iso() for d in found] == ["1921-03-03", "1921-03-04", "1921-03-11", "1921-05"]
    assert [d.relative for d in found] == [False, True, True, True]
    assert [d.anchor_sentence_id for d in found] == [None, 1, 2, 3]


def test_a_chapter_goes_on_from_the_month_the_story_reached_not_from_a_year_in_passing() -> None:
    found = dates(sentences("On the 2d of June, 1930, they moved.", "The next day was hot.",
                            "In 1905 she had been a child.", "The next day it rained.",
                            "On the 3d of August they sailed.", chapters=[1, 1, 1, 2, 2]))
    # the new chapter's '3d of August' is in 1930, not the 1905 of a look back; its 'next day' has no day to
    # count from, since the chapter gave none
    assert [(d.text, d.value.iso()) for d in found][-1] == ("3d of August", "1930-08-03")
    assert [d.text for d in found].count("The next day") == 1


def test_a_bare_day_counts_from_a_day_of_the_same_chapter_and_never_back() -> None:
    found = dates(sentences("On the 7th of October, 1759, the brigade landed.", "On the 29th the fort fell.",
                            "On the 2d the fleet sailed.", "On the 12th the rains came.", chapters=[1, 1, 1, 2]))
    assert [(d.text, d.value.iso()) for d in found] == [("7th of October, 1759", "1759-10-07"),
                                                       ("the 29th", "1759-10-29")]


def test_relative_date_without_a_fine_enough_anchor_stays_undated() -> None:
    assert [d.text for d in dates(sentences("In 1930 they moved.", "The next day it rained."))] == ["1930"]


def test_partial_date_takes_the_narrative_year_and_rolls_over() -> None:
    found = dates(sentences("In November 1917 the assembly was elected.", "It met on January 5."))
    assert found[1].value.iso() == "1918-01-05" and found[1].relative


def test_a_look_ahead_does_not_move_the_narrative() -> None:
    found = dates(sentences("In May 1905 the strike began.", "He would die in 1940, far away.",
                            "The strike spread in 1905 to the railways.", "On June 2 the railways stopped."))
    assert found[-1].value.iso() == "1905-06-02"


def test_old_style_rule_gives_both_calendars() -> None:
    (d,) = dates(sentences("The congress opened on October 25, 1917."), russian=True)
    assert d.value.calendar == "julian" and d.julian.iso() == "1917-10-25" and d.gregorian.iso() == "1917-11-07"
    assert "Old Style" in d.calendar_note


def test_old_style_rule_can_be_switched_off_and_does_not_touch_other_places() -> None:
    (d,) = dates(sentences("The congress opened on October 25, 1917."), russian=True, rules=TimeRules(old_style=False))
    assert d.julian is None and not d.calendar_note
    (d,) = dates(sentences("The congress opened on October 25, 1917."), russian=False)
    assert d.julian is None


def test_explicit_old_style_marker_wins() -> None:
    (d,) = dates(sentences("He was arrested on 3 May 1902 (Old Style)."))
    assert d.gregorian.iso() == "1902-05-16"


def test_footnotes_neither_use_nor_move_the_anchor() -> None:
    found = dates(sentences("In May 1905 the strike began.", "*A note on 1840.", "On June 2 it spread.",
                            kinds=["paragraph", "note", "paragraph"]))
    assert [d.value.iso() for d in found] == ["1905-05", "1840", "1905-06-02"]


def test_sorting_across_precisions() -> None:
    values = [DateValue(1938, 9, precision="month"), DateValue(1938, precision="season", season="summer"),
              DateValue(1938, 8, 31, "day"), DateValue(1938, precision="season", season="autumn"),
              DateValue(1937, precision="year")]
    ordered = sorted(values, key=lambda v: v.sort_key())
    assert [(v.iso(), v.season) for v in ordered] == [("1937", None), ("1938", "summer"), ("1938-08-31", None),
                                                     ("1938-09", None), ("1938", "autumn")]


def test_a_year_in_passing_or_an_aside_does_not_move_the_narrative() -> None:
    found = dates(sentences("On May 3, 1917 the strike began.", "She was held in the prison that had held her in 1905.",
                            "(A year later the strike was forgotten.)", "On May 9 the strike ended."))
    assert found[-1].value.iso() == "1917-05-09"


def test_a_month_and_day_keep_to_the_dates_the_text_gave() -> None:
    found = dates(sentences("On October 25, 1917 the government fell.", "Eight months later the party had grown.",
                            "On October 27 the first decree was issued."))
    assert found[1].value.iso() == "1918-06" and found[2].value.iso() == "1917-10-27"


def test_days_the_calendar_does_not_have_are_not_dates() -> None:
    found = dates(sentences("The school opened in March 1899.", "On February 30 it closed for a week.",
                            "It reopened on 29 February 1900.", "The inspector came on 29 February 1900 (O.S.)."))
    assert [d.value.iso() for d in found] == ["1899-03", "1900-02-29"]
    assert found[1].value.calendar == "julian"



def test_a_day_given_in_full_moves_the_story_however_far() -> None:
    found = dates(sentences("In March 1861 the mill burned.", "In May 1861 it was rebuilt.", "In June 1861 it opened.",
                            "On 2 April 1875 the railway reached the valley.", "On 9 May the first train came."))
    assert found[-1].value.iso() == "1875-05-09"
    # a bare year far away is still a look ahead or back, not a move of the story
    found = dates(sentences("In March 1861 the mill burned.", "In May 1861 it was rebuilt.", "In June 1861 it opened.",
                            "In 1875 the railway would reach the valley.", "On 9 July the miller married."))
    assert found[-1].value.iso() == "1861-07-09"


def test_a_clause_that_looks_back_or_ahead_keeps_the_story_where_it_was() -> None:
    ss = sentences("In 1902 the school opened.", "In 1890 the town had built a hall.", "On 3 May the pupils came.")
    away = ss[1].start  # the reader of the parse says the second sentence's clause is in the past perfect
    found = date_document(ss, lambda s: False, TimeRules(), lambda sid, start, end, back: start >= away and sid == 2)
    assert found[-1].value.iso() == "1902-05-03"
    assert dates(ss)[-1].value.iso() == "1890-05-03"  # without it, the year opening the sentence would move it


def test_a_count_of_days_in_apposition_to_a_date_is_no_second_date() -> None:
    modern = dates(sentences("The union met on 3 May 1921.", "On 5 May, two days later, the owners gave way.",
                             "Two days later the mills opened."))
    victorian = dates(sentences("The party left the fort on the 7th of June, 1844.",
                                "They reached the lake on the 9th, two days later, and camped."))
    spliced = dates(sentences("The union met on 3 May 1921, two weeks later the strike began."))
    assert [d.value.iso() for d in modern] == ["1921-05-03", "1921-05-05", "1921-05-07"]
    assert [d.value.iso() for d in victorian] == ["1844-06-07", "1844-06-09"]
    assert [d.value.iso() for d in spliced] == ["1921-05-03", "1921-05-17"]  # no apposition: a date of its own


def test_no_count_of_days_from_a_weekday_the_text_does_not_date() -> None:
    memoir = dates(sentences("I left home on the 4th of May, 1862.", "The wagons were not mended until Thursday.",
                             "A day later we crossed the river.", "On the 9th of May we rested.",
                             "The next day we marched."))
    biography = dates(sentences("She died on 2 March 1931.", "Her sisters buried her that Friday.",
                                "Two days later the will was read."))
    assert [d.value.iso() for d in memoir] == ["1862-05-04", "1862-05-09", "1862-05-10"]  # a day given: counting again
    assert [d.value.iso() for d in biography] == ["1931-03-02"]
    control = dates(sentences("She died on 2 March 1931.", "The Sunday school sent flowers.",
                              "Two days later the will was read."))
    assert [d.value.iso() for d in control] == ["1931-03-02", "1931-03-04"]


def test_a_chapter_headings_year_dates_its_bare_days_and_is_no_event() -> None:
    # the old style (a heading's range), a modern part title, a memoir's chapter: each chapter's heading says
    # where its story starts, though the chapter before ended elsewhere
    found = dates(sentences(
        "In March, 1642, the ships came back from Lisbon.", "CHAPTER VII. THE VERDICT. 1643",
        "A year later the house was sold.", "On the 12th of June the judges sat.",
        "Part Two: 1931", "On 4 March the strike began.",
        "CHAPTER IX. LIFE ON THE COAST", "On the 9th of May I took a house by the sea.",
        "LETTER IV. CAMP AT THE FORD, June 3, 1863", "We crossed the river in the night.",
        chapters=[1, 2, 2, 2, 3, 3, 4, 4, 5, 5],
        kinds=["paragraph", "heading", "paragraph", "paragraph", "heading", "paragraph", "heading", "paragraph",
               "heading", "paragraph"]))
    got = [(d.text, d.value.iso()) for d in found]
    assert ("12th of June", "1643-06-12") in got and ("4 March", "1931-03-04") in got
    assert not any(d.sentence_id in (2, 5, 7) for d in found)  # a heading tells no event
    assert not any(d.text == "A year later" for d in found)  # a count needs a date the text gave
    assert ("9th of May", "1931-05-09") in got  # a heading with no year: the story goes on from where it was
    assert ("June 3, 1863", "1863-06-03") in got  # a heading dated to the day is a letter's dateline: it tells one


def test_a_count_left_open_names_only_the_month_or_year_it_falls_in() -> None:
    found = dates(sentences("She arrived in Lyon on March 3, 1921.", "A few days later she found rooms.",
                            "On the 2d of June, 1790, the mill burned.", "Some months afterward the miller died.",
                            "In 1850 I went to sea.", "Several years afterward I came home.",
                            chapters=[1, 1, 2, 2, 3, 3]))
    got = {d.text: d.value.iso() for d in found}
    assert got["A few days later"] == "1921-03" and got["Some months afterward"] == "1790"
    assert "Several years afterward" not in got  # no year can be told
    exact = dates(sentences("She arrived in Lyon on March 3, 1921.", "Three days later she found rooms."))
    assert exact[-1].value.iso() == "1921-03-06"  # a count given exactly counts exactly


def test_a_day_before_the_season_just_named_stays_undated() -> None:
    # a season of a later year named in passing, then a day of the earlier thread: no year this reading can give
    found = dates(sentences("The regiment wintered on the river in 1812.",
                            "In the summer of 1816 I revisited the ground.",
                            "The column had crossed on the 3d of May.", "We reached the lakes on 14 August."))
    assert "3d of May" not in [d.text for d in found]
    # a day inside or after the season keeps its year
    assert ("14 August", "1816-08-14") in [(d.text, d.value.iso()) for d in found]


def test_a_day_after_a_spring_or_in_a_winter_keeps_the_seasons_year() -> None:
    found = dates(sentences("In the spring of 1642 the family left London.", "They landed on 19 April."))
    assert [(d.text, d.value.iso()) for d in found][-1] == ("19 April", "1642-04-19")
    found = dates(sentences("In the winter of 1888 she fell ill.", "On the 10th of January she wrote home."))
    assert [(d.text, d.value.iso()) for d in found][-1] == ("10th of January", "1889-01-10")


def test_the_reader_of_the_parse_is_told_whether_a_date_is_before_the_storys_time() -> None:
    ss = sentences("On 4 May 1901 the bridge opened.", "People recalled the flood of 2 March 1899.",
                   "The fair of 9 June 1901 followed.")
    seen: list[tuple[int, bool]] = []
    date_document(ss, lambda s: False, TimeRules(), lambda sid, start, end, back: seen.append((sid, back)) or False)
    assert seen == [(1, False), (2, True), (3, False)]


def test_that_month_or_season_is_the_one_of_the_year_just_written_even_in_passing() -> None:
    # a modern biography: the year is in passing, the month right after it in the sentence
    found = dates(sentences("In 1950 she moved to York.",
                            "Her novel was dropped from the school reading lists in 1987, and that November she "
                            "spoke about it on the radio."))
    assert found[-1].value.iso() == "1987-11" and found[-1].anchor_sentence_id == 2
    # older prose: a season of the year written before it
    found = dates(sentences("In 1838 the family kept a shop in Leith.",
                            "The elder son sold the shop to a cousin in 1843, and that spring the younger son "
                            "married."))
    assert found[-1].value.iso() == "1843"
    assert found[-1].value.season == "spring"
    # a memoir: the same year as the one just written
    found = dates(sentences("I was born in 1845.", "My father bought the farm from a neighbour in 1852, and the same "
                            "year I first went to school."))
    assert found[-1].value.iso() == "1852"


def test_that_month_far_from_a_year_in_passing_keeps_to_the_storys_year() -> None:
    found = dates(sentences("In 1950 she moved to York.", "Her brother, who lived in Leeds, wrote to her about 1931.",
                            "The house was cold.", "The winter was long.", "That November she fell ill."))
    assert found[-1].value.iso() == "1950-11"
    # an aside the sentence before: 'that September' is the story's
    found = dates(sentences("The war began in February 1904.", "The fleet was lost in May 1905.",
                            "The treaty was signed on September 5, 1905.",
                            "As she wrote in February 1940, war ends with revolution.",
                            "The envoy came home that September."))
    assert found[-1].value.iso() == "1905-09"
    # 'the next November' counts from the story's year, not from a year in passing
    found = dates(sentences("In 1950 she moved to York.", "She spoke of a letter her brother sent in 1931, and the "
                            "next November she fell ill."))
    assert found[-1].value.iso() == "1950-11"


def test_a_month_alone_takes_the_storys_year_and_the_next_across_the_years_end() -> None:
    found = dates(sentences("The envoy wrote from Cadiz in October, 1761.",
                            "He reached the capital early in February.",
                            "Toward the close of March his friends were tried."))
    assert [d.value.iso() for d in found] == ["1761-10", "1762-02", "1762-03"]
    assert found[1].relative and found[1].anchor_sentence_id == 1
    # a memoir: a month after a day of the same year, and no year at all where the text gave none
    found = dates(sentences("I reached the post on 4 April 1860.", "In June the river rose."))
    assert found[-1].value.iso() == "1860-06"
    assert not dates(sentences("In June the river rose."))


@pytest.mark.parametrize(("before", "iso"), [
    # older prose: the chapter before ends in October of the first year; its 'early in February' is the second's
    ("The petition left Lisbon in October, 1733.", "1734-02"),
    # a story that had reached a year outside the heading's starts at the heading's first year
    ("The petition left Lisbon in October, 1702.", "1733-02"),
])
def test_a_heading_of_two_years_goes_on_from_where_the_story_reached_within_them(before: str, iso: str) -> None:
    found = dates(sentences(
        before, "CHAPTER IV. THE HEARING. 1733-1734", "The envoy reached the court early in February.",
        chapters=[1, 2, 2], kinds=["paragraph", "heading", "paragraph"]))
    assert found[-1].value.iso() == iso


def test_a_heading_of_one_year_dates_its_chapter_in_that_year() -> None:
    # older prose: the chapter before ended in October; the heading's one year is where this chapter's story is
    found = dates(sentences(
        "The army came to the river on the 9th of October, 1709.", "CHAPTER X. THE WINTER. 1709",
        "On the 4th of February the general rode south.",
        chapters=[1, 2, 2], kinds=["paragraph", "heading", "paragraph"]))
    assert found[-1].value.iso() == "1709-02-04"


def test_a_year_in_brackets_is_no_year_a_that_month_points_at() -> None:
    found = dates(sentences("In 1950 she moved to York, where her brother (born 1931) lived, and that November she "
                            "fell ill."))
    assert found[-1].value.iso() == "1950-11"


def test_a_count_of_days_keeps_the_calendar_of_the_date_it_counts_from() -> None:
    # modern biography: a date abroad, then a count of days that ends in Russia; a Russian date, then a count
    told = sentences("In Paris the treaty was signed on 3 March 1905.", "Ten days later the news reached Moscow.",
                     "On the 20th the governor left Moscow.",
                     "The strike in Moscow began on 9 January 1906.", "Two days later it spread through Moscow.")
    found = date_document(told, lambda s: "Moscow" in s.text, TimeRules())
    assert [(d.value.iso(), d.value.calendar) for d in found] == [
        ("1905-03-03", "gregorian"), ("1905-03-13", "gregorian"),  # counted from a New Style date: New Style
        ("1905-03-20", "julian"),  # a day the Russian text writes is Old Style, whatever came before
        ("1906-01-09", "julian"), ("1906-01-11", "julian")]  # counted from an Old Style date: Old Style


def test_a_count_from_an_old_style_date_past_the_reform_is_the_same_day_new_style() -> None:
    found = dates(sentences("The delegates were held in Moscow from 1 February 1918 (O.S.).",
                            "Three weeks later they were let go."))
    assert [(d.value.iso(), d.value.calendar) for d in found] == [("1918-02-01", "julian"), ("1918-03-07", "gregorian")]


def test_nothing_counts_across_an_age_from_the_dates_before_it() -> None:
    # an age moves the story to a time of a life this reading cannot date: what follows it is left undated
    modern = dates(sentences("She moved to Tampere in May 1931.", "At the age of nineteen she joined the choir.",
                             "The next morning she sang for the first time."))
    older = dates(sentences("On the 3d of April, 1702, the family came to Rye.",
                            "When young Giles was twelve years old he was sent to sea.",
                            "The following spring he was wrecked."))
    memoir = dates(sentences("I left school on June 2, 1859.", "In my sixteenth year I went to work at the mill.",
                             "Three days later I was made a clerk."))
    assert [d.value.iso() for d in modern] == ["1931-05"]
    assert [d.value.iso() for d in older] == ["1702-04-03"]
    assert [d.value.iso() for d in memoir] == ["1859-06-02"]
    # without the age, each counts from the date before
    control = dates(sentences("On the 3d of April, 1702, the family came to Rye.", "He was sent to sea.",
                              "The following spring he was wrecked."))
    assert [d.value.iso() for d in control] == ["1702-04-03", "1703"]
    # an age in passing is no time of the story's
    passing = dates(sentences("On the 3d of April, 1702, the family came to Rye.",
                              "The navy then took boys of twelve years of age and upward.",
                              "The following spring he was wrecked."))
    assert [d.value.iso() for d in passing] == ["1702-04-03", "1703"]
    # the age opens the sentence and the count comes later in it; another's age in passing moves nothing
    same_sentence = dates(sentences("She moved to Tampere in May 1931.",
                                    "At the age of nineteen she joined the choir, and the following spring she sang."))
    assert [d.value.iso() for d in same_sentence] == ["1931-05"]
    aside = dates(sentences("I reached home on March 3, 1870.", "Her son, then five years old, fell ill.",
                            "The next morning the doctor came."))
    assert [d.value.iso() for d in aside] == ["1870-03-03", "1870-03-04"]
