"""Who founded, taught, employed, helped or led whom, read from the parse in three registers, each reading with a
case it must not fire on."""

import pytest

from conftest import build_texts, cli_records

MODERN = """# The Weaver of Bergen

Ingrid Solberg was born in Bergen in 1948. In 1971 Ingrid Solberg and Karen Holm helped to found the Coastal
Weavers Cooperative. Two years later Karen Holm began editing the Fjord Review, a quarterly journal. Nils Dahl
planned to found the Harbour Theatre Company but never did. Karen Holm later worked in the employ of the Bergen
Shipping Company.

Ingrid Solberg's teacher, Olav Brekke, ran a drawing class in the old town. With Olav Brekke's help, Ingrid Solberg
opened a studio in Oslo in 1975. Nils Dahl was never a member of the Coastal Weavers Cooperative, and Ingrid Solberg
was not a pupil of Nils Dahl.
"""

VICTORIAN = """# Memoir of the Reverend Josiah Penrose

Josiah Penrose was born at Truro in the year 1802. In his tenth year he was sent to the school of Dr. Samuel Kitto,
a stern master of the old kind. At twenty he entered the service of Sir Humphrey Vane.

In 1835 Josiah Penrose was appointed colonel of the Second Cornwall Volunteers. Edward Trelawny was then
lieutenant-colonel of the Second Cornwall Volunteers. Mr. George Bolitho, a clergyman of the parish, visited the
school of Dr. Samuel Kitto in 1815.
"""

MEMOIR = """The Project Gutenberg EBook of Recollections of the Miami Valley, by Jonas Marsh

Title: Recollections of the Miami Valley

Author: Jonas Marsh

*** START OF THE PROJECT GUTENBERG EBOOK RECOLLECTIONS OF THE MIAMI VALLEY ***

CHAPTER I.

My father, Reuben Marsh, kept a dry-goods store at Dayton. My cousin, Luke Marsh, had a saddle shop across the
street.

In 1850 I took a clerkship in my father's store. With my father's help I built a new counter for it.
I bought a saddle in my cousin's shop that spring. My school-days were spent at the
school of Mr. Elias Bright, and later I studied under Professor Caleb Wynn.

In 1861 I was appointed colonel of the Ninth Ohio Volunteers, the regiment that my cousin had raised.
"""


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    db = build_texts(tmp_path_factory.mktemp("service"),
                     {"solberg.md": MODERN, "penrose.md": VICTORIAN, "marsh.txt": MEMOIR})
    return {(r["subject"], r["relation"], r["object"]) for r in cli_records(db, "relations")}


def _has(found: set[tuple[str, str, str]], subject: str, relation: str, obj: str) -> bool:
    return any(subject in s and r == relation and obj in o for s, r, o in found)


def test_the_doers_of_a_verb_through_coordination_and_the_verb_it_completes(found: set) -> None:
    assert _has(found, "Ingrid Solberg", "founded", "Coastal Weavers")  # 'X and Y helped to found'
    assert _has(found, "Karen Holm", "founded", "Coastal Weavers")  # the second of two subjects
    assert _has(found, "Karen Holm", "edited", "Fjord Review")  # 'began editing'
    assert not _has(found, "Nils Dahl", "founded", "")  # a plan is no founding


def test_rank_and_membership_nouns_with_their_holder(found: set) -> None:
    assert _has(found, "Josiah Penrose", "led", "Second Cornwall Volunteers")  # 'was appointed colonel of'
    assert _has(found, "Jonas Marsh", "led", "Ninth Ohio Volunteers")  # the narrator, 'I was appointed colonel'
    assert _has(found, "Edward Trelawny", "member_of", "Second Cornwall Volunteers")
    assert not _has(found, "Edward Trelawny", "led", "")  # a lieutenant-colonel serves under the colonel
    assert not _has(found, "Nils Dahl", "member_of", "")  # 'was never a member of'


def test_a_teacher_named_by_role_school_or_verb(found: set) -> None:
    assert _has(found, "Olav Brekke", "teacher_of", "Ingrid Solberg")  # "Ingrid Solberg's teacher, Olav Brekke"
    assert _has(found, "Samuel Kitto", "teacher_of", "Josiah Penrose")  # 'was sent to the school of'
    assert _has(found, "Elias Bright", "teacher_of", "Jonas Marsh")  # 'my school-days were spent at the school of'
    assert _has(found, "Caleb Wynn", "teacher_of", "Jonas Marsh")  # 'studied under'
    assert not _has(found, "Samuel Kitto", "teacher_of", "Bolitho")  # a visit to a school is no schooling
    assert not _has(found, "Nils Dahl", "teacher_of", "")  # 'was not a pupil of'


def test_employment_by_a_person_or_a_body(found: set) -> None:
    assert _has(found, "Jonas Marsh", "employed_by", "Reuben Marsh")  # 'a clerkship in my father's store'
    assert _has(found, "Josiah Penrose", "employed_by", "Humphrey Vane")  # 'entered the service of'
    assert _has(found, "Karen Holm", "employed_by", "Bergen Shipping")  # 'in the employ of'
    assert not _has(found, "Jonas Marsh", "employed_by", "Luke Marsh")  # buying in a shop is no work there


def test_a_helper_is_an_ally_but_kin_are_not(found: set) -> None:
    assert ("Olav Brekke", "ally_of", "Ingrid Solberg") in found  # 'With Olav Brekke's help, Ingrid …'
    assert not _has(found, "Reuben Marsh", "ally_of", "Jonas Marsh")  # 'with my father's help': kin, not an ally


MEMBERS = {
    "lund.md": """# The Chemist of Uppsala

Dagny Lund was born in Uppsala in 1931. Dagny Lund, a chemist and later a member of the Royal Swedish Academy,
wrote to him each spring. Per Eng, a friend of the Royal Swedish Academy, sent books. Olof Berg was a judge and not a
member of the Royal Swedish Academy. Mrs. Greta Holm of the Grand Union Hotel kept the letters.
""",
    "vosper.md": """# Memoir of Colonel Vosper

Henry Vosper was born at Exeter in the year 1790. Major Henry Vosper, of the 42nd Regiment, dined with the
governor. His aunt, Mrs. Ellen Crane, of Bath, kept his letters.
""",
    "kerr.txt": """The Project Gutenberg EBook of Camp and Field, by Amos Kerr

Title: Camp and Field

Author: Amos Kerr

*** START OF THE PROJECT GUTENBERG EBOOK CAMP AND FIELD ***

CHAPTER I.

I was born at Vevay in 1838. Lieutenant Jesse Pruitt, of the 12th Indiana Volunteers, brought me the news, and
Sergeant Dan Orr, a neighbour and a friend of the 12th Indiana Volunteers, came with him.
""",
}


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    db = build_texts(tmp_path_factory.mktemp("members"), MEMBERS)
    return {(r["subject"], r["relation"], r["object"]) for r in cli_records(db, "relations")}


def test_a_member_named_by_a_joined_role_noun_or_the_body_he_is_of(members: set) -> None:
    assert _has(members, "Dagny Lund", "member_of", "Royal Swedish Academy")  # 'a chemist and later a member of'
    assert _has(members, "Henry Vosper", "member_of", "42nd Regiment")  # "Major Henry Vosper, of the 42nd …"
    assert _has(members, "Jesse Pruitt", "member_of", "Indiana Volunteers")  # 'Lieutenant Jesse Pruitt of the …'
    # a friend of a body, a lady of a town, a neighbour and a friend: no members
    assert not _has(members, "Per Eng", "member_of", "")
    assert not _has(members, "Ellen Crane", "member_of", "")
    assert not _has(members, "Dan Orr", "member_of", "")
    # a member denied, and a building one is 'of'
    assert not _has(members, "Olof Berg", "member_of", "")
    assert not _has(members, "Greta Holm", "member_of", "")


KILLERS = {
    "reed.md": """# The Life of Colonel Amos Reed

Colonel Amos Reed was shot at Harlan in 1868. Colonel Reed's assassin, a drover named Tom Pike, was hanged at
Frankfort the next spring. Years before, his would-be murderer, Jed Vance, had fired at him from a barn and missed.
""",
    "kell.md": """# Mara Kell

Mara Kell died in Prague in 1951. Mara Kell's suspected killer, Ivo Brandt, was questioned twice and let go. It was
rumoured that Pavel Roth was the murderer of Mara Kell. Olga Lind's murderer was Karel Hrad. Was Ivo Hrad the
killer of Olga Lind?
""",
    "orr.md": """# Crimes of the Valley

## Chapter 1

Kit Orr died in 1890. Kit Orr's murderer was Al Voss and not Bo Lamb. Ada Finch's murderer was not Ned Ash. Eli Moss
was allegedly the murderer of Jim Bell. Sam Cole's killer was either Leo Hume or Roy Boyd.
""",
    "brede.txt": """The Project Gutenberg EBook of Memoirs of Hal Brede, by Hal Brede

Title: Memoirs of Hal Brede

Author: Hal Brede

*** START OF THE PROJECT GUTENBERG EBOOK MEMOIRS OF HAL BREDE ***

My brother, Simon Brede, was killed on the river road in 1879. My brother's murderer, Dan Tull, was never tried.
""",
}


@pytest.fixture(scope="module")
def killers(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    db = build_texts(tmp_path_factory.mktemp("killers"), KILLERS)
    return {(r["subject"], r["relation"], r["object"]) for r in cli_records(db, "relations")}


def test_a_killers_noun_relates_the_killed_to_the_killer(killers: set[tuple[str, str, str]]) -> None:
    # older prose with a possessive, and a memoir's: the one whose killer it is was killed by the one named
    assert _has(killers, "Amos Reed", "killed_by", "Tom Pike")
    assert _has(killers, "Simon Brede", "killed_by", "Dan Tull")
    assert _has(killers, "Olga Lind", "killed_by", "Karel Hrad")  # a modern life: 'X's murderer was Y'
    # a would-be murderer killed no one; a suspect is no killer; a rumour and a question assert no killing
    assert _has(killers, "Kit Orr", "killed_by", "Al Voss")
    assert not any(name in (s, o) for s, _, o in killers
                   for name in ("Jed Vance", "Ivo Brandt", "Pavel Roth", "Ivo Hrad"))
    # denied, hedged, one of two: no killer ('… and not Bo Lamb', 'was not', 'allegedly', 'either … or')
    assert not any(name in (s, o) for s, _, o in killers
                   for name in ("Bo Lamb", "Ned Ash", "Eli Moss", "Leo Hume", "Roy Boyd"))


SERVICE_AND_FRIENDS = {
    "quill.md": """# The Life of Mara Quill

Mara Quill was born in Hull in 1840. In 1858 she entered Lord Ashby's service as a governess. Her friend Edith
Lorne wrote to her every week. Mara Quill was no friend of Mrs. Agnes Pole. Lord Ashby was a hard master. Mr.
Jasper Kell, his confederate in many a shady bargain, kept the books. Tobias Venn, a comrade of Mara Quill in the
strike of 1872, went to prison for it.
""",
    "grell.md": """# Memoir of Mr. Amos Tindall

Amos Tindall was born at Selby in the year 1811. At fifteen he went into Mr. Josiah Grell's service, and he
stayed in it nine years. Mr. Josiah Grell was the old friend of Mr. Silas Orme, the corn factor. Mr. Josiah
Grell owned the house in Mr. Silas Orme's yard. Amos Tindall sang in Mr. Silas Orme's funeral service.
""",
    "bellamy.txt": """The Project Gutenberg EBook of Days at Selby, by Wat Bellamy

Title: Days at Selby

Author: Wat Bellamy

*** START OF THE PROJECT GUTENBERG EBOOK DAYS AT SELBY ***

CHAPTER I.

I was born at Selby in 1812. My old friend, Nathan Crabbe, kept the ferry, and I worked in Nathan Crabbe's service
for a year. My friend's brother, Obed Crabbe, drowned in 1830.
""",
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    db = build_texts(tmp_path_factory.mktemp("served"), SERVICE_AND_FRIENDS)
    return {(r["subject"], r["relation"], r["object"]) for r in cli_records(db, "relations")}


def test_service_owned_by_a_possessive_is_employment_by_its_owner(served: set[tuple[str, str, str]]) -> None:
    assert _has(served, "Mara Quill", "employed_by", "Ashby")  # 'entered Lord Ashby's service'
    assert _has(served, "Amos Tindall", "employed_by", "Josiah Grell")  # 'went into Mr. Josiah Grell's service'
    assert _has(served, "Wat Bellamy", "employed_by", "Nathan Crabbe")  # 'I worked in Nathan Crabbe's service'
    assert not _has(served, "Josiah Grell", "employed_by", "Silas Orme")  # a house in someone's yard is no service
    assert not _has(served, "Amos Tindall", "employed_by", "Silas Orme")  # a funeral service is a rite


def test_a_friend_comrade_or_confederate_is_an_ally_unless_denied(served: set[tuple[str, str, str]]) -> None:
    def allies(a: str, b: str) -> bool:  # one relation, which either way round
        return _has(served, a, "ally_of", b) or _has(served, b, "ally_of", a)

    assert allies("Edith Lorne", "Mara Quill")  # 'her friend Edith Lorne'
    assert allies("Tobias Venn", "Mara Quill")  # 'a comrade of Mara Quill'
    assert allies("Wat Bellamy", "Nathan Crabbe")  # 'my old friend, Nathan Crabbe' in a memoir
    assert allies("Jasper Kell", "Ashby")  # 'Mr. Jasper Kell, his confederate': his is Lord Ashby's
    assert allies("Josiah Grell", "Silas Orme")  # 'was the old friend of'
    assert not any("Agnes Pole" in (s, o) for s, r, o in served if r == "ally_of")  # 'no friend of'
    assert not any("Obed Crabbe" in (s, o) for s, r, o in served if r == "ally_of")  # 'my friend's brother'
