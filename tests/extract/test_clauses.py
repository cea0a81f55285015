"""Who led what, from the parse: verbs and nouns of command with their arguments, in three registers."""

import json

import pytest
from click.testing import CliRunner

from prosopograph.cli import main

MODERN = """# A Life on the Docks

Helen Carter was born in Valdivia in 1921. In 1950 Helen Carter led the Textile Workers Union through its
first strike. The Harbour Pilots Guild was headed by Tomas Vega, a rival of hers.
"""

VICTORIAN = """# Recollections of the Northern Campaign

The Army of the Tweed, General Duncan Ross commanding, lay along the river that winter.
In the spring Colonel Ewan Baird was given the command of the Rifle Brigade of the Highlands.
The Army of the Tweed marched north in April, and General Ross rode with the guns.
"""

MEMOIR = """The Project Gutenberg EBook of Personal Recollections, by Hugh Talbot

Title: Personal Recollections

Author: Hugh Talbot

*** START OF THE PROJECT GUTENBERG EBOOK PERSONAL RECOLLECTIONS ***

In 1861 I raised a company in my county. I took command of the Company of Border Rangers in May,
and we marched to the river. My friend, Peter Lyle, watched the Board of Ordnance from afar.
"""


def _relations(tmp_path, name: str, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    source = tmp_path / name
    source.write_text(text)
    db = str(tmp_path / f"{name}.sqlite")
    assert CliRunner().invoke(main, ["build", str(source), "--db", db, "--quiet"]).exit_code == 0
    rows = CliRunner().invoke(main, ["relations", "--db", db, "--json"]).stdout.splitlines()
    return {(r["subject"], r["relation"], r["object"]) for r in map(json.loads, rows)}


@pytest.fixture(scope="module")
def registers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, str, str]]]:
    tmp = tmp_path_factory.mktemp("clauses")
    return {"modern": _relations(tmp, "modern.md", MODERN), "victorian": _relations(tmp, "victorian.md", VICTORIAN),
            "memoir": _relations(tmp, "memoir.txt", MEMOIR)}


def _led(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, rel, o in found if rel == "led"}


def test_a_subject_leads_the_body_its_verb_of_command_takes(registers: dict) -> None:
    led = _led(registers["modern"])
    assert any(s == "Helen Carter" and "Textile Workers Union" in o for s, o in led)
    assert any(s == "Tomas Vega" and "Harbour Pilots Guild" in o for s, o in led)  # the passive's agent
    assert not any(o == "Valdivia" for _, o in led)  # a place she was born in is led by no one


def test_a_body_with_its_commander_attached(registers: dict) -> None:
    led = _led(registers["victorian"])
    assert any("Ross" in s and "Army of the Tweed" in o for s, o in led)
    assert any("Baird" in s and "Rifle Brigade" in o for s, o in led)
    assert not any("Ross" in s and "Rifle Brigade" in o for s, o in led)  # the other man's command


def test_the_narrator_takes_command(registers: dict) -> None:
    led = _led(registers["memoir"])
    assert any(s == "Hugh Talbot" and "Border Rangers" in o for s, o in led)
    assert not any("Lyle" in s for s, _ in led)  # watching a body is not leading it


BOOK_WITH_APPARATUS = """The Project Gutenberg EBook of The Life of Mary Kell, by John Orme

Title: The Life of Mary Kell

Author: John Orme

*** START OF THE PROJECT GUTENBERG EBOOK THE LIFE OF MARY KELL ***

CHAPTER I.

Mary Kell was born in Dundee in 1841. In 1866 Mary Kell opened a school in Perth.


APPENDIX.

Her brother Robert Kell was born in Dundee in 1844, as the parish book shows.


BIBLIOGRAPHY.

John Orme, Schools of the North, printed for the author at Edinburgh in 1871

Robert Kell, Letters from Perth, with a memoir of Mary Kell by John Orme, Glasgow, 1880
"""


def test_apparatus_states_events_in_clauses_but_a_bibliography_line_is_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "kell.txt"
    source.write_text(BOOK_WITH_APPARATUS)
    db = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(source), "--db", db, "--quiet"]).exit_code == 0
    events = [json.loads(line) for line in
              CliRunner().invoke(main, ["timeline", "--db", db, "--json"]).stdout.splitlines()]
    years = {e["date"][:4] for e in events}
    assert {"1841", "1866", "1844"} <= years  # the appendix's sentence says what happened
    assert not {"1871", "1880"} & years  # a book's imprint is no event of the life


FAMILY_AND_FEUDS = """The Project Gutenberg EBook of Recollections of a Border Town, by Walter Hume

Title: Recollections of a Border Town

Author: Walter Hume

*** START OF THE PROJECT GUTENBERG EBOOK RECOLLECTIONS OF A BORDER TOWN ***

CHAPTER I.

In 1840 I was married to Margaret Pike at Carlisle. My cousin, Edward Hume, never married.

Edward Hume served under Colonel Arthur Bell in the war. Colonel Arthur Bell was killed by Silas Croft in 1847.

Thomas Gray, the editor of the Carlisle Courier, denounced Silas Croft. Mary Lane and Henry Dodd married in 1850.

Henry Dodd founded the Carlisle Lending Library and presided over the Border Historical Society.
"""


@pytest.fixture(scope="module")
def feuds(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    return _relations(tmp_path_factory.mktemp("feuds"), "hume.txt", FAMILY_AND_FEUDS)


def test_marriages_active_passive_and_joined(feuds: set[tuple[str, str, str]]) -> None:
    assert ("Walter Hume", "spouse_of", "Margaret Pike") in feuds  # 'I was married to …': the narrator
    assert ("Mary Lane", "spouse_of", "Henry Dodd") in feuds  # 'X and Y married'
    assert not any(s == "Edward Hume" and r == "spouse_of" for s, r, _ in feuds)  # 'never married'


def test_verbs_with_their_agents_and_patients(feuds: set[tuple[str, str, str]]) -> None:
    assert any(s == "Edward Hume" and r == "served_under" and "Bell" in o for s, r, o in feuds)
    assert any("Bell" in s and r == "killed_by" and o == "Silas Croft" for s, r, o in feuds)
    assert ("Thomas Gray", "rival_of", "Silas Croft") in feuds
    assert any(s == "Thomas Gray" and r == "edited" and "Courier" in o for s, r, o in feuds)  # the editor of
    assert any(s == "Henry Dodd" and r == "founded" and "Lending Library" in o for s, r, o in feuds)
    # 'and presided over': the subject of the verb it is joined to
    assert any(s == "Henry Dodd" and r == "led" and "Historical Society" in o for s, r, o in feuds)
    # the killer is no victim, the victim no rival
    assert not any(s == "Silas Croft" and r == "killed_by" for s, r, _ in feuds)
    assert not any("Bell" in s and r == "rival_of" for s, r, _ in feuds)


def test_a_second_in_rank_belongs_to_the_body_without_leading_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = ("# Minutes of the Valley Meeting\n\nOwen Pryce, the vice chairman of the Miners Federation, spoke first.\n"
            "Dafydd Rees, the chairman of the Quarrymen's Union, closed the meeting at nine.\n")
    found = _relations(tmp_path, "minutes.md", text)
    assert any(s == "Owen Pryce" and r == "member_of" and "Miners" in o for s, r, o in found)
    assert not any(s == "Owen Pryce" and r == "led" for s, r, o in found)
    assert any(s == "Dafydd Rees" and r == "led" and "Quarrymen" in o for s, r, o in found)


STAFF = """The Project Gutenberg EBook of Camp and Field, by Owen Marsh

Title: Camp and Field

Author: Owen Marsh

*** START OF THE PROJECT GUTENBERG EBOOK CAMP AND FIELD ***

At the ford I met Captain Silas Pell of my staff, who had ridden ahead. Dr. Ira Cobb, a surgeon on the staff
of General Hugh Voss, came up at noon. The staff of the Mercy Hospital sent bandages with Nurse Ada Lind.
"""


def test_who_is_on_someones_staff_served_under_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = _relations(tmp_path, "camp.txt", STAFF)
    assert ("Silas Pell", "served_under", "Owen Marsh") in found  # 'of my staff': the narrator's
    assert ("Ira Cobb", "served_under", "Hugh Voss") in found  # 'a surgeon on the staff of General Voss'
    assert not any(r == "served_under" and "Lind" in s for s, r, o in found)  # a hospital's staff is no one's


UNREAL = {
    "voss.md": """# Lena Voss

Had the war gone on, Lena Voss would have married Karl Brandt. In 1950 Lena Voss married Otto Brandt in Kiel.
Greta Voss was never married to Emil Roth, though she would have been married to him by then.
""",
    "bright.md": """# The Fencibles of Harrow Bay

Captain Amos Hale might have served under Colonel Jasper Bright, had the corps been raised that year.
Lieutenant Noah Moss served under Colonel Jasper Bright at the fort. With a little more money Colonel Jasper
Bright would have become chairman of the Harbour Trust.
""",
    "ames.txt": """The Project Gutenberg EBook of Marching Days, by Eli Stroud

Title: Marching Days

Author: Eli Stroud

*** START OF THE PROJECT GUTENBERG EBOOK MARCHING DAYS ***

I would have served under General Seth Ames as gladly as General Seth Ames had served under me.
""",
}


SUPPOSED = {
    "kell.md": """# Ada Kell

Ada Kell mourned Hugo Brandt as if Hugo Brandt had been her own teacher. Ada Kell's teacher, Mr. Ivo Lund, was a
kind man.
""",
    "stroud.md": """# Memorials of the Parish of Stroud

Mrs. Ruth Sims spoke of Jonas Fry as though Jonas Fry were the pupil of Dr. Amos Kemp. If Silas Dane was the enemy of
Mr. Abel Sims, no record of it remains. Mr. Abel Sims was the enemy of Mr. Giles Carter.
""",
    "camp.txt": """The Project Gutenberg EBook of Camp Years, by Eli Marsh

Title: Camp Years

Author: Eli Marsh

*** START OF THE PROJECT GUTENBERG EBOOK CAMP YEARS ***

I treated Owen Pike as if Owen Pike were my servant. Later Tom Gray became my servant, and a good one.
""",
}


def test_what_is_only_supposed_is_no_relation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = set().union(*(_relations(tmp_path, name, text) for name, text in SUPPOSED.items()))
    assert ("Ivo Lund", "teacher_of", "Ada Kell") in found
    assert not any("Hugo Brandt" in s + o for s, r, o in found)  # 'as if Hugo Brandt had been her own teacher'
    assert ("Abel Sims", "rival_of", "Giles Carter") in found or ("Giles Carter", "rival_of", "Abel Sims") in found
    assert not any("Jonas Fry" in s + o for s, r, o in found)  # 'as though Jonas Fry were the pupil of'
    assert not any("Silas Dane" in s + o for s, r, o in found)  # 'if Silas Dane was the enemy of'
    assert ("Tom Gray", "employed_by", "Eli Marsh") in found
    assert not any("Owen Pike" in s + o for s, r, o in found)  # 'as if Owen Pike were my servant'


def test_what_would_have_happened_is_no_relation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = set().union(*(_relations(tmp_path, name, text) for name, text in UNREAL.items()))
    assert ("Lena Voss", "spouse_of", "Otto Brandt") in found
    assert not any("Karl" in o for s, r, o in found if r == "spouse_of")  # 'would have married'
    assert not any("Emil" in s + o for s, r, o in found)  # 'was never married to', 'would have been married to'
    assert ("Noah Moss", "served_under", "Jasper Bright") in found
    assert not any(s == "Amos Hale" for s, r, o in found)  # 'might have served under'
    assert not any(s == "Jasper Bright" and r == "led" for s, r, o in found)  # 'would have become chairman of'
    assert ("Seth Ames", "served_under", "Eli Stroud") in found  # what he did
    assert ("Eli Stroud", "served_under", "Seth Ames") not in found  # what the narrator would have done


WEDDINGS_AND_OFFICES = {
    "harbour.md": """# The Harbour Families

The wedding of Tomas Vega and Ines Mora took place in Valparaiso in 1948. Carla Diaz counted on a marriage
of her son Pablo with Lucia Ortiz, and the wedding of Rafael Soto and Elena Cruz would take place in May. The
director of the Harbour Pilots Guild was Jorge Pena, a sailor from Valdivia. The director of the Customs Office
was a patient man.
""",
    "border.md": """# Annals of the Border

The marriage of Robert Hume with Isobel Hay was celebrated at Kelso in 1790. The proposed marriage of
Walter Scott of Harden to Janet Elliot never took place. The chieftain of the Clan Elliot was Gilbert
Elliot, and Adam Kerr was the chieftain of the Kerr Riders.
""",
    "talbot.txt": """The Project Gutenberg EBook of Camp Letters, by Hugh Talbot

Title: Camp Letters

Author: Hugh Talbot

*** START OF THE PROJECT GUTENBERG EBOOK CAMP LETTERS ***

After the wedding of Ned Talbot to Mary Lyle my brother went west. In 1880 a ferryman named Peter Lyle
became colonel of the Border Rangers.
""",
}


def test_a_marriage_noun_relates_its_spouses_where_the_clause_says_it_took_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = set().union(*(_relations(tmp_path, name, text) for name, text in WEDDINGS_AND_OFFICES.items()))
    spouses = {frozenset((s, o)) for s, rel, o in found if rel == "spouse_of"}
    assert {frozenset(("Tomas Vega", "Ines Mora")), frozenset(("Robert Hume", "Isobel Hay")),
            frozenset(("Ned Talbot", "Mary Lyle"))} <= spouses
    # a marriage counted on, one that would take place, or one that never took place, is none
    assert not {frozenset(("Pablo", "Lucia Ortiz")), frozenset(("Walter Scott", "Janet Elliot")),
                frozenset(("Rafael Soto", "Elena Cruz"))} & spouses
    # the holder of an office the sentence opens with, and one named by 'named'
    assert {("Jorge Pena", "Harbour Pilots Guild"), ("Peter Lyle", "Border Rangers")} <= _led(found)
    assert ("Adam Kerr", "Kerr Riders") in _led(found)
    assert not {o for s, o in _led(found) if o == "Customs Office"}  # no one named holds it


COMMANDS_NOT_HELD = {
    "militia.md": """# The Lowland Militia

In 1798 Colonel Rhys Vane declined the command of the Lowland Militia. Major Owen Tudge was offered the command of
the Border Regiment, and Colonel Hywel Parry took command of the Lowland Militia in June. General Madoc Lloyd,
chief-of-staff of the Severn Legion, rode beside the guns. The Governor declined to deny that Colonel Ifor Bowen held
the command of the Border Regiment.
""",
    "union.md": """# The Dock Strike

In 1921 Maria Lopez sought the leadership of the Dockers Union. Pedro Saenz, the chairman of the Dockers Union,
held on. Later that year Maria Lopez assumed the leadership of the Weavers Union.
""",
    "letters.txt": """The Project Gutenberg EBook of Field Letters, by Amos Drury

Title: Field Letters

Author: Amos Drury

*** START OF THE PROJECT GUTENBERG EBOOK FIELD LETTERS ***

General Titus Webb refused to take the command of the Ninth Corps. General Ezra Pike, who had held the command
of the Eighth Corps since spring, was relieved in May. Colonel Ned Vance, a nephew of Mrs. Sarah Ward, who had led
the Rifle Brigade, came to see me. In June we marched in favour of General Amos Crane, who then led the Kentucky
Legion.
""",
}


def test_a_command_declined_offered_or_sought_is_not_held(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = set().union(*(_relations(tmp_path, name, text) for name, text in COMMANDS_NOT_HELD.items()))
    led = _led(found)
    assert any("Parry" in s and "Lowland Militia" in o for s, o in led)  # took command
    assert any("Maria Lopez" in s and "Weavers Union" in o for s, o in led)  # assumed the leadership
    assert any("Ezra Pike" in s and "Eighth Corps" in o for s, o in led)  # had held the command
    assert not any("Vane" in s for s, _ in led)  # declined it
    assert not any("Tudge" in s for s, _ in led)  # was offered it
    assert not any("Maria Lopez" in s and "Dockers" in o for s, o in led)  # sought it
    assert any("Pedro Saenz" in s and "Dockers" in o for s, o in led)
    assert not any("Webb" in s for s, _ in led)  # refused to take it
    assert any("Bowen" in s and "Border Regiment" in o for s, o in led)  # what the Governor declined was a denial
    assert not any("Sarah Ward" in s for s, _ in led)  # 'who' may be the nephew's as well as hers: no one's
    assert any("Amos Crane" in s and "Kentucky Legion" in o for s, o in led)  # 'in favour of' him: his alone
    # the chief of staff belongs to the army and does not lead it
    assert not any("Lloyd" in s for s, _ in led)


TAKEN_TO_WIFE = {
    "modern.md": """# The Weaver of Oaxaca

Rosa Ibarra opened her first workshop in 1958. Two years later the painter Diego Luna made her his wife. Her
partner, Ramon Soto, took Elena Ruiz as a model for his murals. In 1962 the sculptor Pablo Reyes made Lucia Moreno
his wife. Her father, Jorge Moreno, had made Clara Moreno a bride at seventeen.
""",
    "victorian.md": """# Memoir of the Rev. Josiah Crane

In the year 1788 the Rev. Josiah Crane took Hannah Webb to wife. Squire Ralph Oakes gave his niece Dorothy Pell in
marriage to Captain Silas Hart, and Lord Fenwick took Lucy Marsh for the wife of his steward. The old baron, Giles Ware,
made Agnes Hale his bride in the chapel of the castle. Mr. Edward Lyle gave his daughter Jane Lyle in marriage to
Mr. Henry Croft.
""",
    "memoir.txt": """The Project Gutenberg EBook of Days on the Prairie, by Eli Brandt

Title: Days on the Prairie

Author: Eli Brandt

*** START OF THE PROJECT GUTENBERG EBOOK DAYS ON THE PRAIRIE ***

In the autumn of 1871 I took Martha Quist for my wife. Our neighbour Carl Dahl made Ingrid Berg his foreman's wife
in all but name, and Carl Dahl took Ingrid Berg for a fool. When the girl fell ill, Amos Brandt took Sigrid Holm to his
wife, who nursed her. In those days my cousin Jed Brandt took Anna Vik to wife in 1872.
""",
}


def test_one_taken_or_made_a_wife_is_the_doers_spouse(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = set().union(*(_relations(tmp_path, name, text) for name, text in TAKEN_TO_WIFE.items()))
    spouses = {frozenset((s, o)) for s, rel, o in found if rel == "spouse_of"}
    assert {frozenset(("Diego Luna", "Rosa Ibarra")), frozenset(("Josiah Crane", "Hannah Webb")),
            frozenset(("Dorothy Pell", "Silas Hart")), frozenset(("Eli Brandt", "Martha Quist")),
            frozenset(("Pablo Reyes", "Lucia Moreno")), frozenset(("Giles Ware", "Agnes Hale")),
            frozenset(("Jane Lyle", "Henry Croft")), frozenset(("Jed Brandt", "Anna Vik"))} <= spouses
    # taken for something else or for another's wife, made another's wife, or the one who gave her: no one's spouse
    married = {name for pair in spouses for name in pair}
    # ('took her to his wife' brings her to his wife; a father makes his daughter another's bride)
    unwed = ("Elena Ruiz", "Lucy Marsh", "Ingrid Berg", "Ralph Oakes", "Sigrid Holm", "Jorge Moreno", "Edward Lyle")
    assert not {n for n in married for u in unwed if u in n}


CONTESTS = {
    "modern.md": """# The Union Years

The rivalry between Marta Solis and Lucia Moreno divided the union for a decade. The friendship between Rosa Lanz
and Elena Ruiz outlasted both of them.
""",
    "victorian.md": """# Annals of the Parish

The long enmity between Sir Giles Ware and Lord Fenwick ended only with the death of the latter. There was never
any feud between Mr. Edward Lyle and Mr. Henry Croft, whatever the village said.
""",
    "memoir.txt": """The Project Gutenberg EBook of Days on the Prairie, by Eli Brandt

Title: Days on the Prairie

Author: Eli Brandt

*** START OF THE PROJECT GUTENBERG EBOOK DAYS ON THE PRAIRIE ***

In 1874 the struggle between Silas Pike and me for the county seat grew bitter. The friendly contest between Amos
Brandt and Carl Dahl at checkers lasted all winter, and the war between Dan Hoyt, Abel Cross and Seth Kerr over the
water rights went on for years.
""",
}


def test_the_two_a_contest_is_between_are_each_others_rivals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = set().union(*(_relations(tmp_path, name, text) for name, text in CONTESTS.items()))
    rivals = {(s, o) for s, rel, o in found if rel == "rival_of"}
    for a, b in [("Marta Solis", "Lucia Moreno"), ("Giles Ware", "Fenwick"), ("Eli Brandt", "Silas Pike")]:
        assert (a, b) in rivals and (b, a) in rivals
    # a friendship or a game is no fight, a feud there never was is none; among three, who fought whom is not said
    at_peace = {"Rosa Lanz", "Elena Ruiz", "Edward Lyle", "Henry Croft", "Amos Brandt", "Carl Dahl", "Dan Hoyt",
                "Abel Cross", "Seth Kerr"}
    assert not {p for pair in rivals for p in pair} & at_peace
