"""Events from dated clauses, in three registers: the predicate's kind, its arguments, its place."""

import json

import pytest
from click.testing import CliRunner

from conftest import build_texts, cli_records
from prosopograph.cli import main
from prosopograph.extract.events import fill_life_dates
from prosopograph.model import Event, ResolvedEntity
from prosopograph.time.narrative import DatedExpression
from prosopograph.time.values import DateValue

MODERN = """# Anna Holm

Anna Holm was born in Bergen on 4 May 1880. She taught in Bergen for three years.

Anna Holm finished her degree with the highest marks in the faculty; on 2 June 1904 she sailed from Bergen
to New York with her two brothers. In 1910 Anna Holm married Johan Berg in Oslo.

Karl Holm was attacked at home on 20 August 1911, and he died the next day.

## Later Years

In 1920 Anna Holm opened a school in Tromsø. In 1890 her father had built a hall there. On 3 May her first
pupils came. In 1950 she would leave the town for good. On 9 June she bought a piano.
"""

VICTORIAN = """# Memorials of the Fenn Family

Mr. Giles Fenn kept the mill at Netherby for forty years. On the 3d of March, 1861, Mr. Giles Fenn died at
London, much lamented. His widow, Mrs. Martha Fenn, bore a son in the spring of 1862.

CAMP NEAR THE FORD, May 3, 1863.

The battle of the 9th of May, 1863, was fought in a heavy rain.
"""

MEMOIR = """The Project Gutenberg EBook of Old Days on the Prairie, by Amos Crane

Title: Old Days on the Prairie

Author: Amos Crane

*** START OF THE PROJECT GUTENBERG EBOOK OLD DAYS ON THE PRAIRIE ***

I was born at Cedar Ford, Iowa, on the 9th of April, 1840. Graduating in 1858, I went west with a survey
party, and reached Denver in June, 1859.
"""


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    tmp = tmp_path_factory.mktemp("events")
    for name, text in (("holm.md", MODERN), ("fenn.md", VICTORIAN), ("crane.txt", MEMOIR)):
        (tmp / name).write_text(text)
    db = str(tmp / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp), "--db", db, "--quiet"]).exit_code == 0
    out = CliRunner().invoke(main, ["timeline", "--db", db, "--json"]).stdout
    return [json.loads(line) for line in out.splitlines()]


def timeline_of(folder, files: dict[str, str]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The timeline of a knowledge base built from the files, written into the folder."""
    for name, text in files.items():
        (folder / name).write_text(text)
    db = str(folder / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(folder), "--db", db, "--quiet"]).exit_code == 0
    out = CliRunner().invoke(main, ["timeline", "--db", db, "--json"]).stdout
    return [json.loads(line) for line in out.splitlines()]


def _at(events: list[dict], date: str) -> list[dict]:
    return [e for e in events if e["date"] == date]


def test_the_predicate_gives_the_kind_and_its_arguments_the_people(events: list[dict]) -> None:
    (birth,) = _at(events, "1880-05-04")
    assert birth["kind"] == "birth" and birth["participants"][0] == "Anna Holm" and birth["place"] == "Bergen"
    assert birth["label"] == "Birth — Anna Holm"
    (marriage,) = _at(events, "1910")
    assert marriage["kind"] == "marriage" and {"Anna Holm", "Johan Berg"} <= set(marriage["participants"])
    (death,) = _at(events, "1861-03-03")
    assert death["kind"] == "death" and "Giles Fenn" in death["participants"][0] and death["place"] == "London"
    (battle,) = _at(events, "1863-05-09")
    assert battle["kind"] == "battle"  # a verbless phrase whose noun carries the date


def test_the_description_is_the_clause_of_the_date(events: list[dict]) -> None:
    (sailing,) = _at(events, "1904-06-02")
    assert sailing["kind"] == "departure" and "degree" not in sailing["event"]
    assert sailing["participants"][0] == "Anna Holm"  # 'she', through coreference


def test_a_memoir_tells_the_narrators_life(events: list[dict]) -> None:
    (birth,) = _at(events, "1840-04-09")
    assert birth["kind"] == "birth" and birth["participants"][0] == "Amos Crane"
    assert [e["participants"][:1] for e in _at(events, "1858")] == [["Amos Crane"]]  # 'Graduating …, I went'
    (arrival,) = _at(events, "1859-06")
    assert arrival["kind"] == "arrival" and arrival["place"] == "Denver"


def test_a_clause_in_the_past_perfect_or_future_in_the_past_does_not_move_the_story(events: list[dict]) -> None:
    assert _at(events, "1920-05-03") and _at(events, "1920-06-09")
    assert not _at(events, "1890-05-03") and not _at(events, "1950-06-09")


def test_what_is_no_event_or_not_that_event(events: list[dict]) -> None:
    assert not any("three years" in e["date_text"] for e in events)  # a duration
    # 'bore a son' is a birth, but not the mother's; a letter's dateline dates the letter
    assert not any(e["kind"] == "birth" and "Martha" in " ".join(e["participants"]) for e in events)
    assert [e["kind"] for e in _at(events, "1863-05-03")] == ["letter"]


def people_of(folder, files: dict[str, str]) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    """The people of a knowledge base built from the files, written into the folder, by name."""
    for name, text in files.items():
        (folder / name).write_text(text)
    db = str(folder / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(folder), "--db", db, "--quiet"]).exit_code == 0
    return {p["name"]: p for p in map(json.loads, CliRunner().invoke(
        main, ["people", "--db", db, "--json"]).stdout.splitlines())}


def test_life_dates_from_births_and_deaths(tmp_path) -> None:  # type: ignore[no-untyped-def]
    people = people_of(tmp_path, {"holm.md": MODERN})
    assert people["Anna Holm"]["born"] == "1880-05-04" and "died" not in people["Anna Holm"]
    assert people["Karl Holm"].get("died") == "1911-08-21"  # 'he died the next day'


REIGN = """# The Reign of Ivan Rusk

Ivan Rusk was born in 1690 and died in 1741. He ruled the duchy for thirty years.

## The End of the Reign

In the winter the duke fell ill. Ivan Rusk died on the 3d of March, 1741, at his palace.
"""


def test_a_life_date_given_again_more_precisely_is_made_finer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    people = people_of(tmp_path, {"rusk.md": REIGN})
    assert people["Ivan Rusk"]["died"] == "1741-03-03" and people["Ivan Rusk"]["born"] == "1690"


def test_a_later_life_date_that_disagrees_does_not_replace_the_first() -> None:
    people = [ResolvedEntity("PERSON", "Olga Rusk")]
    said = [("1760", DateValue(1760)), ("9th of May, 1762", DateValue(1762, 5, 9, "day")),
            ("May, 1760", DateValue(1760, 5, precision="month"))]
    events = [Event(DatedExpression(i, 0, 1, text, value, None, False, None, ""), i, "", "death", [0], None, 0)
              for i, (text, value) in enumerate(said, 1)]
    fill_life_dates(events, people)
    assert people[0].died == ("1760-05", 3)  # the first year, made finer by the month, not another year's day


LETTERS = """# Letters of Amos Carew

Amos Carew served with the river brigade through the war.

CAMP NEAR THE FORD, June 3, 1863.

Dear Sister, we crossed the river this morning and the men are well.

On the 10th of June, 1863, Amos Carew moved his tent to Milltown.
"""


def test_a_dateline_dates_its_letter_and_the_letter_dates_what_it_tells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "carew.md").write_text(LETTERS)
    db = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp_path), "--db", db, "--quiet"]).exit_code == 0
    events = [json.loads(x) for x in CliRunner().invoke(main, ["timeline", "--db", db, "--json"]).stdout.splitlines()]
    kinds = {(e["date"], e["kind"]) for e in events}
    assert ("1863-06-03", "letter") in kinds  # the dateline
    assert ("1863-06-10", "letter") not in kinds  # a dated clause is no letter
    crossing = [e for e in events if "crossed" in e["event"]]
    assert crossing and crossing[0]["date"] == "1863-06-03"  # 'this morning' of the letter
    asked = CliRunner().invoke(main, ["ask", "--db", db, "--json", "When did Amos Carew camp near the ford?"])
    answer = json.loads(asked.stdout)
    assert answer["answer"] is None or "June 3" not in answer["answer"]  # a dateline is no answer to 'when did he…'


DATING = """# The Ferry Years

Ruth Vane took the ferry across the sound with her two brothers. This was on the 3d of May, 1888.
It was a hard crossing, and Ruth Vane wrote of it in 1890 that it was the worst of her life.
"""


def test_this_was_on_a_date_dates_the_event_told_just_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "vane.md").write_text(DATING)
    db = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp_path), "--db", db, "--quiet"]).exit_code == 0
    events = [json.loads(x) for x in CliRunner().invoke(main, ["timeline", "--db", db, "--json"]).stdout.splitlines()]
    crossing = [e for e in events if e["date"] == "1888-05-03"]
    assert crossing and "took the ferry" in crossing[0]["citations"][0]["quote"]
    assert crossing[0]["anchor"]["quote"].startswith("This was on")  # where the date was read
    assert any(e["date"] == "1890" for e in events)  # a longer sentence about its own date keeps it


CLEFTS = {
    "holm.md": """# Anna Holm

Anna Holm grew up on a farm outside Uppsala. It was in 1931 that she married Erik Lind.

It was clear in 1929 that she would marry Karl Berg. It was not in 1925 that she married Nils Ek, as some have said.
""",
    "fenn.md": """# Memorials of the Fenn Family

Mr. Giles Fenn kept the mill at Ware for many years. It was on the 2d of June, 1841, when he sold it to his
brother.
""",
    "crane.txt": """The Project Gutenberg EBook of Old Days on the Prairie, by Amos Crane

Title: Old Days on the Prairie

Author: Amos Crane

*** START OF THE PROJECT GUTENBERG EBOOK OLD DAYS ON THE PRAIRIE ***

I worked on my uncle's ranch through the dry years. It was in the spring of 1872 that I went east to school.
Tom Pike bought the ranch from my uncle. It was in 1874.
""",
}


def test_a_cleft_dates_the_clause_it_sets_off_not_the_sentence_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    events = cli_records(build_texts(tmp_path, CLEFTS), "timeline")
    dated = {e["date"]: e for e in events}
    assert dated["1931"]["kind"] == "marriage" and "Erik Lind" in dated["1931"]["participants"]
    assert "sold it" in dated["1841-06-02"]["citations"][0]["quote"]
    assert "went east" in dated["1872"]["citations"][0]["quote"] and "Amos Crane" in dated["1872"]["participants"]
    # what the sentence before told is not given the cleft's date
    assert not any(e["date"] in ("1931", "1841-06-02", "1872") and
                   any(w in e["citations"][0]["quote"] for w in ("grew up", "kept the mill", "through the dry"))
                   for e in events)
    # a copula saying something else of the time, or denying it, sets off no event of that time
    assert not any(e["kind"] == "marriage" and e["date"] in ("1929", "1925") for e in events)
    # negative: 'It was in 1874.' is no cleft: it dates what the sentence before told
    assert "bought the ranch" in dated["1874"]["citations"][0]["quote"]


FROM_LIFE_EVENTS = {
    "holm.md": """# Anna Holm

Anna Holm was born in Uppsala in 1902. She died in Stockholm on 3 March 1975.

Two years before her death she gave her letters to the university library.
""",
    "fenn.md": """# Memorials of the Fenn Family

Mr. Giles Fenn was born at Ware in 1790, and died there in the autumn of 1861.

It was but a year before his death that his portrait was painted by Mr. Orme. Ruth Fenn was a cousin of his;
two years before her death she wrote the memorial of the family.
""",
    "marsh.md": """# The Mill at Ware

Mr. Giles Marsh was born at Ware in 1790, and died there in 1861. Three years before her death, Giles Marsh sold
the mill to the parish.
""",
}


def test_years_before_a_death_the_record_dates_date_the_clause(tmp_path) -> None:  # type: ignore[no-untyped-def]
    events = cli_records(build_texts(tmp_path, FROM_LIFE_EVENTS), "timeline")
    dated = {e["citations"][0]["quote"][:20]: e for e in events}
    letters = dated["Two years before her"]
    assert letters["date"] == "1973" and "Anna Holm" in letters["participants"]
    portrait = dated["It was but a year be"]
    assert portrait["date"] == "1860" and "Giles Fenn" in portrait["participants"]
    assert "painted" in portrait["event"]  # the clause the cleft sets off tells the event
    # negative: no death of hers is told, so nothing dates the memorial; whoever 'her' is, the sale is not dated by
    # the death of the man who sold
    assert not any(w in e["citations"][0]["quote"] for e in events for w in ("memorial of the family", "sold the mill"))


SPANS = {
    "docks.md": """# The Dock Strike

In May 1921 the strike began in the docks. The strike dragged on into March 1922 and emptied the union's
funds. On June 3 the owners gave way.

## The Next Year

In March 1923 the union failed. On June 3 the docks were sold.
""",
    "valley.md": """# Annals of the Valley

In the spring of 1848 the fever came to the valley, and it lingered well into January, 1849. On the 2d
of June the first wagons left for the coast.
""",
    "works.txt": """The Project Gutenberg EBook of At the Works, by Hiram Doyle

Title: At the Works

Author: Hiram Doyle

*** START OF THE PROJECT GUTENBERG EBOOK AT THE WORKS ***

I entered the iron works in April, 1870, and the contract kept me there into August, 1871. On the 9th of May I
was given a bench of my own.
""",
}


def test_a_date_a_span_runs_into_does_not_move_the_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    dates = {e["date"] for e in timeline_of(tmp_path, SPANS)}
    assert {"1921-06-03", "1848-06-02", "1870-05-09"} <= dates  # counted from where the span began
    assert not {"1922-06-03", "1849-06-02", "1871-05-09"} & dates
    assert "1923-06-03" in dates  # a date the story moves to ('In March 1923 …') still moves it


HAPPENED = {
    "brandt.md": """# Lena Brandt

Lena Brandt trained as a nurse in Kiel. The wedding of Lena Brandt and Otto Kiel took place in Hamburg on
2 May 1925. The exhibition took place in Hamburg on 9 June 1926.
""",
    "marle.md": """# Annals of the Marle Family

Sir Hugo Marle kept a great house at Bath for many years. The death of Sir Hugo Marle occurred at Bath on
the 2d of June, 1790. A great storm occurred on the 5th of August, 1790.
""",
    "ames.txt": """The Project Gutenberg EBook of Frontier Service, by Silas Orme

Title: Frontier Service

Author: Silas Orme

*** START OF THE PROJECT GUTENBERG EBOOK FRONTIER SERVICE ***

I served three years at Fort Ames under a hard colonel. My marriage took place at Fort Ames on the 4th of
October, 1851. Nothing of note happened at the fort on the 9th of November, 1851.
""",
}


def test_an_event_said_to_take_place_is_the_event_its_noun_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    events = {e["date"]: e for e in timeline_of(tmp_path, HAPPENED)}
    wedding, death, marriage = events["1925-05-02"], events["1790-06-02"], events["1851-10-04"]
    assert wedding["kind"] == "marriage" and {"Lena Brandt", "Otto Kiel"} <= set(wedding["participants"])
    assert death["kind"] == "death" and death["participants"][0] == "Hugo Marle"
    assert marriage["kind"] == "marriage" and marriage["participants"][0] == "Silas Orme"  # 'my', the narrator
    # what is said to happen is no birth, death or wedding unless its noun names one
    assert {events[d]["kind"] for d in ("1926-06-09", "1790-08-05", "1851-11-09") if d in events} <= {"event"}


JUST_TOLD = {
    "lund.md": """# Erik Sand

Erik Sand met Maja Holt at a dance in Lund. Soon after, Maja Holt was married in secret to Erik Sand. The marriage
took place in May 1829. The marriage of her sister took place in June 1830.
""",
    "fenn.md": """# Annals of the Fenn Family

In the year of the great flood the old miller was drowned in the race below his mill. This death happened on the
2d of March, 1790. Ann Fenn was married to Hugh Marle against her mother's counsel. That marriage happened on the
9th of October, 1791, and the second marriage happened on the 2d of December, 1791.
""",
    "orme.txt": """The Project Gutenberg EBook of Frontier Service, by Silas Orme

Title: Frontier Service

Author: Silas Orme

*** START OF THE PROJECT GUTENBERG EBOOK FRONTIER SERVICE ***

I met Ruth Dale at the fort, and I married her against her father's wishes. The marriage happened on the 4th
of October, 1851. The marriage that followed it happened in the spring of 1852.
""",
}


def test_an_event_noun_that_names_no_one_dates_the_event_just_told(tmp_path) -> None:  # type: ignore[no-untyped-def]
    events = {e["date"]: e for e in timeline_of(tmp_path, JUST_TOLD)}
    secret, flood, fort = events["1829-05"], events["1790-03-02"], events["1851-10-04"]
    assert secret["kind"] == "marriage" and "Erik Sand" in secret["participants"]
    assert "married in secret" in secret["citations"][0]["quote"]
    assert secret["anchor"]["quote"].startswith("The marriage")  # where the date was read
    assert flood["kind"] == "death" and "drowned" in flood["citations"][0]["quote"]
    counsel = events["1791-10-09"]  # the parse takes 'married' for an adjective here
    assert counsel["kind"] == "marriage" and counsel["participants"][0] == "Ann Fenn"
    assert "Ann Fenn" not in events.get("1791-12-02", {}).get("participants", [])  # 'the second marriage': another
    assert fort["kind"] == "marriage" and fort["participants"][0] == "Silas Orme"
    # a marriage said to be someone else's, or another one, is not the one just told
    assert not any("married in secret" in e["citations"][0]["quote"] for e in events.values() if e["date"] != "1829-05")
    assert not any("married her" in e["citations"][0]["quote"] for e in events.values() if e["date"] != "1851-10-04")


BLOWS = {
    "voss.md": """# Karl Voss

Karl Voss joined the border guard at twenty. On 3 May 1921 Karl Voss was shot in the arm at the bridge. His
captain, Emil Roth, was shot dead at the same bridge on 9 May 1921. The court ordered Karl Voss to be executed on
2 June 1921, but on 5 June 1921 Karl Voss was pardoned.
""",
    "pell.md": """# Memorials of the Pell Family

Mr. Owen Pell kept the mill at Ashby. On the 4th of March, 1790, Mr. Owen Pell was shot in a quarrel at the
fair, and lived forty years after. His brother, Jacob Pell, was hanged at the county gaol on the 1st of May, 1795.
Their cousin, Mr. Silas Pell, was shot to death by a poacher on the 2d of June, 1796.
""",
    "dorn.txt": """The Project Gutenberg EBook of Camp and Field, by Amos Dorn

Title: Camp and Field

Author: Amos Dorn

*** START OF THE PROJECT GUTENBERG EBOOK CAMP AND FIELD ***

I enlisted at Fort Lee in the spring. Our old aunt died at the farm in 1852, and the farm was sold. On the 9th of
May, 1862, I was shot through the shoulder at the ford. Tom Reed's wife died in the hospital on the 3d of June, 1862.
""",
}


def test_a_blow_that_may_not_kill_is_no_death_unless_the_clause_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    events = timeline_of(tmp_path, BLOWS)
    kinds = {e["date"]: e["kind"] for e in events}
    # a modern life, a Victorian family, a soldier's memoir: shot in the arm, in a quarrel, through the shoulder
    assert kinds["1921-05-03"] == kinds["1790-03-04"] == kinds["1862-05-09"] == "attack"
    assert kinds["1921-05-09"] == kinds["1796-06-02"] == "death"  # 'shot dead', 'shot to death'
    assert kinds["1795-05-01"] == "death"  # 'hanged' always kills
    # what a court ordered to be done did not happen by the order
    assert kinds.get("1921-06-02") not in ("death", "killing")
    # 'our old aunt died', 'Tom Reed's wife died': the aunt's and the wife's deaths, not the narrator's or Tom Reed's
    assert not any(e["kind"] == "death" and {"Amos Dorn", "Tom Reed"} & set(e["participants"]) for e in events)
    out = CliRunner().invoke(main, ["people", "--db", str(tmp_path / "kb.sqlite"), "--json"]).stdout
    people = {p["name"]: p for p in map(json.loads, out.splitlines())}
    assert people["Karl Voss"].get("died") is None and people["Owen Pell"].get("died") is None


AGES = {
    "modern.md": """# Lena Marsh

Lena Marsh was born in Hull on 3 March 1931. At the age of seventeen she won a place at the art school in Leeds.
Her teacher Paul Crane, then forty years old, had shown her work in London.
""",
    "older.md": """# The Life of Silas Orme

Silas Orme was born at Wexcombe in the year 1764. So it came about that, young as he was, Silas Orme, though
but twelve years old, kept the customs books. In his nineteenth year he was sent to sea in a brig of the Levant trade.
The brig was then thirty years old and leaked at every seam.
""",
    "memoir.txt": """The Project Gutenberg EBook of A Plain Life, by Hal Brede

Title: A Plain Life

Author: Hal Brede

*** START OF THE PROJECT GUTENBERG EBOOK A PLAIN LIFE ***

I was born at Harrowgate on the 9th of April, 1840. When I was ten years old my father sold the farm and took us
west. When I was twenty years old, my old teacher Amos Lane died at Harrowgate.
""",
}


def test_an_age_dates_an_event_by_the_birth_of_whom_it_is_said(tmp_path) -> None:  # type: ignore[no-untyped-def]
    events = timeline_of(tmp_path, AGES)
    by_text = {e["date_text"]: e for e in events}
    assert by_text["At the age of seventeen"]["date"] == "1948"
    assert by_text["In his nineteenth year"]["date"] == "1782"  # eighteen years after his birth
    assert by_text["twelve years old"]["date"] == "1776"  # said of the name the age is set off after
    assert "Lena Marsh" in by_text["At the age of seventeen"]["participants"]
    memoir = by_text["ten years old"]
    assert memoir["date"] == "1850" and "sold the farm" in memoir["event"]  # the event is the main clause's
    assert by_text["twenty years old"]["participants"][0] == "Amos Lane"  # his death, dated by my age
    # a teacher and a ship whose births the text does not give: their ages date nothing
    assert "forty years old" not in by_text and "thirty years old" not in by_text


NAMED_BY_DATE = {
    "mill.md": """# The Harrow Mill

In July 1931 the company opened its second mill at Harrow. Its manager still spoke of the great fire of
3 March 1929. On 14 July the new mill ran its first shift.
""",
    "ford.md": """# The Border Regiment

The regiment reached the ford on the 2d of October, 1811. The colonel talked bitterly of the rout of the
9th of May, 1809. On the 5th the river fell, and the regiment crossed.
""",
    "york.md": """# The Millers of Ouse Bank

The Ouse Bank mill was sold on 2 January 1863. The great flood of 9 May 1858 ruined its wheel. On 12 May
the family moved to York.
""",
    "carver.txt": """The Project Gutenberg EBook of A Surveyor's Years, by Amos Pell

Title: A Surveyor's Years

Author: Amos Pell

*** START OF THE PROJECT GUTENBERG EBOOK A SURVEYOR'S YEARS ***

I joined the survey at Carver on the 4th of August, 1866. I thought often of my letter of the 20th of June,
1865, to my brother. On the 9th of August we broke camp. The evening of the 2d of August we had spent at
the river. On the 3d we had reached the camp.
""",
}


def test_a_date_that_names_an_earlier_thing_does_not_move_the_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    dates = {e["date"] for e in timeline_of(tmp_path, NAMED_BY_DATE)}
    assert {"1929-03-03", "1809-05-09", "1865-06-20"} <= dates  # the thing keeps its own date
    assert {"1931-07-14", "1811-10-05", "1866-08-09"} <= dates  # the story stays where it was
    assert not {"1929-07-14", "1809-05-05", "1865-08-09"} & dates
    # a date under a noun of time ('the evening of …') is where the story goes, back or not
    assert "1866-08-03" in dates
    # a dated thing that is the clause's subject is told of: the story goes back to it
    assert "1858-05-12" in dates and "1863-05-12" not in dates


DATED_FROM = {
    "firm.md": """# The Leeds Office

In March 1931 the firm moved its office to Leeds. Orders had been falling since the crash of October 1929.
On 12 March the new office opened its doors.
""",
    "regiment.md": """# The Dover Winter

The regiment wintered at Dover in December, 1840. The men grumbled at the hard winter that came after the wreck
of their transport in May, 1838. On the 20th of December the colonel rode up to London.
""",
    "siege.md": """# The Old Colonel

The colonel settled at Hythe in June 1750. He had come home from the wars a poor man. He lost his arm during the
siege of May 1709; on the 20th of May he was carried out of the trenches.
""",
    "store.txt": """The Project Gutenberg EBook of Counter and Ledger, by Silas Brand

Title: Counter and Ledger

Author: Silas Brand

*** START OF THE PROJECT GUTENBERG EBOOK COUNTER AND LEDGER ***

I came back to my father's farm on the 3d of November, 1858. Since the fire in February my brother had slept in
the barn. In December I rebuilt the house, and in January the snow came.

I reached the river town on the 4th of April, 1860. Trade there had been dull ever since the panic in the fall
of 1857. On the 9th of April I opened the store.
""",
}


def test_the_date_of_the_event_a_clause_is_dated_from_does_not_move_the_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    dates = {e["date"] for e in timeline_of(tmp_path, DATED_FROM)}
    assert {"1931-03-12", "1840-12-20", "1860-04-09"} <= dates  # the story stays where it was
    assert not {"1929-03-12", "1838-12-20", "1857-04-09"} & dates
    # a month alone is of the story's year, and the next across the year's end, unless it dates the event a clause
    # is dated from ('since the fire in February', told in November: the February before)
    assert {"1858-02", "1858-12", "1859-01"} <= dates and not {"1859-02", "1859-12"} & dates
    # a siege the clause happens during is the story's time: the day after it is in the siege's year
    assert "1709-05-20" in dates and "1750-05-20" not in dates


FRAMED = {
    "congress.md": """# The Reformers

In the summer of 1903 the reformers met often in a rented hall. Writing in the Gazette in January 1904, Morel
called the plan a fraud. On July 17 the congress opened in Ghent.
""",
    "letters.md": """# The Vicar of Ashby

In the spring of 1841 the vicar came to Ashby. As he told his sister in a letter of March, 1850, the parish was
poor and cold. On the 9th of June the new school was opened.
""",
    "cabinet.md": """# The Minister

In the spring of 1919 he joined the cabinet. Announcing his resignation in March 1921, he left for Paris. On
9 June he reached Rome.
""",
    "shop.md": """# The Draper

In the autumn of 1911 the draper sold his shop. Returning to Leeds in January 1912, he opened a new one. On
July 17 his son was born.
""",
}


def test_words_quoted_from_another_time_do_not_move_the_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    dates = {e["date"] for e in timeline_of(tmp_path, FRAMED)}
    assert {"1904-01", "1903-07-17"} <= dates and "1904-07-17" not in dates  # the article keeps its own date
    assert "1841-06-09" in dates and "1850-06-09" not in dates
    # a return is no quotation, nor is a saying the main clause does not report: the story goes on from them
    assert "1912-07-17" in dates and "1911-07-17" not in dates
    assert "1921-06-09" in dates and "1919-06-09" not in dates


def test_a_date_a_state_lasted_up_to_does_not_move_the_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    dates = {e["date"] for e in timeline_of(tmp_path, {"fort.md": """# The Coast Forts

On the 2d of November, 1864, the admiral met the general at the river. Up to January, 1865, the rebels held the
fort at the river's mouth. On the 9th of December the fleet sailed south.
""", "mill.md": """# The Mill

In May 1880 the owners went to law. Up to then the mill had run at a loss; in March 1881 the court ruled against
them. On the 9th of June the mill was sold.
"""})}
    assert "1864-12-09" in dates and "1865-12-09" not in dates
    # a date the text moves to, not one a span ends at
    assert "1881-06-09" in dates
