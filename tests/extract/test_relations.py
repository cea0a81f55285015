"""Relations through the parse and coreference, in three registers, each rule with a case it must not fire on."""

import json

import pytest
from click.testing import CliRunner

from conftest import build_texts, cli_records
from prosopograph.cli import main
from prosopograph.extract.relations import extract_relations
from prosopograph.model import Relation, ResolvedEntity, RoleBinding

MODERN = """# The Harbour Years

Lena Moss was born in Tromsø in 1931. Her brother, Karl Moss, taught at the harbour school.
The Pilots' Guild, headed by Anton Berg, opened a hall in 1955. As chairman of the Rowing League, Lena Moss
organised the summer races. In 1960 Lena Moss worked with Anton Berg to draft the harbour charter.
Karl Moss spent his summers in his friend's cabin.
"""

VICTORIAN = """# Memorials of the Ashby Family

Sir Rupert Ashby and Lady Clara Ashby had two daughters, Margaret Ashby and Edith Ashby, both born at the Grange.
Margaret Ashby married Mr. Giles Fenn in 1861. Mr. Fenn's elder brother, Robert Fenn, kept the mill.
Sir Rupert Ashby was struck down by a fever at the Grange before the harvest.
"""

MEMOIR = """The Project Gutenberg EBook of Old Days on the Prairie, by Amos Crane

Title: Old Days on the Prairie

Author: Amos Crane

*** START OF THE PROJECT GUTENBERG EBOOK OLD DAYS ON THE PRAIRIE ***

My father, Jonas Crane, kept a store at the crossing. My grandfather, Elias Crane, had built it in 1810.
Jonas Crane was the eldest son of Elias Crane. My great grandfather, Abel Crane, came over from Kent.
Colonel Hale was killed at the ford before I had met him.
"""


@pytest.fixture(scope="module")
def relations(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    tmp = tmp_path_factory.mktemp("relations")
    for name, text in (("harbour.md", MODERN), ("ashby.md", VICTORIAN), ("crane.txt", MEMOIR)):
        (tmp / name).write_text(text)
    db = str(tmp / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp), "--db", db, "--quiet"]).exit_code == 0
    out = CliRunner().invoke(main, ["relations", "--db", db, "--json"]).stdout
    return [json.loads(line) for line in out.splitlines()]


def _triples(relations: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["relation"], r["object"]) for r in relations}


def _has(relations: list[dict], subject: str, relation: str, obj: str) -> bool:
    return any(subject in s and r == relation and obj in o for s, r, o in _triples(relations))


def test_kin_nouns_with_their_possessor_and_their_name(relations: list[dict]) -> None:
    assert _has(relations, "Karl Moss", "sibling_of", "Lena Moss")  # 'Her brother, Karl Moss'
    assert _has(relations, "Robert Fenn", "sibling_of", "Giles Fenn")  # "Mr. Fenn's elder brother, Robert Fenn"
    assert _has(relations, "Jonas Crane", "child_of", "Elias Crane")  # 'was the eldest son of'
    for child in ("Margaret", "Edith"):  # 'X and Y had two daughters, A and B'
        assert _has(relations, child, "child_of", "Rupert Ashby") and _has(relations, child, "child_of", "Clara")
    # 'his friend's cabin' names no kin; 'my great grandfather' is no grandfather
    assert not any("friend" in r["object"].lower() for r in relations)
    assert not _has(relations, "Abel Crane", "grandparent_of", "Amos Crane")


def test_bodies_led_named_before_their_leader(relations: list[dict]) -> None:
    assert _has(relations, "Anton Berg", "led", "Guild")  # 'the Guild, headed by X'
    assert _has(relations, "Lena Moss", "led", "Rowing League")  # 'As chairman of X, Y …'
    assert not _has(relations, "Lena Moss", "member_of", "Rowing League")  # leading it says so: not told twice
    assert not _has(relations, "Karl Moss", "led", "Guild")


def test_worked_with_someone_to_do_something(relations: list[dict]) -> None:
    assert _has(relations, "Lena Moss", "ally_of", "Anton Berg")
    assert not _has(relations, "Karl Moss", "ally_of", "Anton Berg")


def test_a_death_without_an_agent_is_no_killing(relations: list[dict]) -> None:
    assert not any(r["relation"] in ("killed_by", "killed") for r in relations)


def test_inferred_kinship_is_marked_and_cites_both_sentences(relations: list[dict]) -> None:
    sisters = [r for r in relations
               if "Margaret" in r["subject"] and r["relation"] == "sibling_of" and "Edith" in r["object"]]
    assert sisters and sisters[0]["inferred"] is True
    grand = [r for r in relations if r["subject"] == "Elias Crane" and r["relation"] == "grandparent_of"
             and r["object"] == "Amos Crane"]
    assert grand  # 'My grandfather, Elias Crane' is stated; so is it through 'my father' and 'son of'
    stated = [r for r in relations if r["relation"] == "spouse_of"]
    assert stated and not any(r.get("inferred") for r in stated)
    assert all(len(r["citations"]) == 2 for r in relations if r.get("inferred") and r["relation"] == "grandparent_of")


def test_two_people_said_each_to_be_the_others_parent_keep_only_the_side_said_far_more() -> None:
    people = [ResolvedEntity("PERSON", name) for name in ("Tom Reed", "Tom Reed the younger", "Ann Hale", "Eve Hale")]
    tom, young, ann, eve = range(4)

    def triples(stated: list[Relation]) -> set[tuple[int, str, int]]:
        return {(r.subject, r.relation, r.object) for r in extract_relations(people, stated=stated)}

    # namesakes read as one: 'his father Tom' twice, 'his son Tom' once
    said = triples([Relation(tom, "parent_of", young, 1), Relation(young, "child_of", tom, 2),
                    Relation(young, "parent_of", tom, 3), Relation(ann, "parent_of", eve, 4)])
    assert (tom, "parent_of", young) in said and (young, "child_of", tom) in said
    assert (young, "parent_of", tom) not in said and (tom, "child_of", young) not in said
    assert (ann, "parent_of", eve) in said  # other pairs untouched
    even = triples([Relation(tom, "parent_of", young, 1), Relation(young, "parent_of", tom, 2)])
    assert not {r for r in even if r[1] in ("parent_of", "child_of")}  # as often each way: neither is told


def test_a_relation_said_twice_cites_the_sentence_that_names_the_kin() -> None:
    people = [ResolvedEntity("PERSON", name) for name in ("Ada Vane", "Hugh Vane", "Mary Vane")]
    ada, hugh, mary = range(3)
    # 'her parents, Hugh and Mary' (sentence 1) then 'her father Hugh' (sentence 2): the father's sentence is cited
    bindings = [RoleBinding(ada, "parents", hugh, 1), RoleBinding(ada, "parents", mary, 1),
                RoleBinding(ada, "father", hugh, 2)]
    cited = {(r.subject, r.relation, r.object): r.sentence_id for r in extract_relations(people, bindings)}
    assert cited[(hugh, "parent_of", ada)] == 2 and cited[(ada, "child_of", hugh)] == 2
    assert cited[(mary, "parent_of", ada)] == 1  # said only among the parents: that sentence stays
    # no gendered noun anywhere: the first sentence is cited, as before
    plain = [RoleBinding(ada, "parents", hugh, 3), RoleBinding(ada, "parents", hugh, 4)]
    assert {r.sentence_id for r in extract_relations(people, plain) if r.subject == hugh} == {3}


PICKED_KIN = {
    "studio.md": """# The Studio on Calle Ancha

Rosa Ibarra, a widow and the mother of Teresa Ibarra, kept the studio open. Marta Ibarra was the youngest of
Rosa's five children and studied in Madrid. Andres Ibarra, one of Rosa's sons, ran the shop. Elena Soto, one of
her pupils, later taught in Seville. Kate Hill, a singer, and the mother of Jo Marsh sang there together. Tomas
Ruiz, a notary, and the father of Inés Duarte, were the witnesses.
""",
    "lima.md": """# Clay

Lucia Vega, a potter, and the mother of Pilar Ibarra, moved to Lima in 1970.
""",
    "grange.md": """# Memorials of the Grange

Lady Clara Ashby was the eldest of Sir Rupert Vane's daughters. Mr. Giles Fenn, the steward of the Grange, and
the author of a county history, outlived them all. Mrs. Honoria Blount, the widow of the vicar, and the mother of
Edmund Blount, was buried at the Grange in 1841.
""",
    "crane.txt": """The Project Gutenberg EBook of Further Prairie Days, by Amos Crane

Title: Further Prairie Days

Author: Amos Crane

*** START OF THE PROJECT GUTENBERG EBOOK FURTHER PRAIRIE DAYS ***

In those years Jonas Crane, one of my brothers, kept the ferry. Ruth Hale, the second of my cousins to marry,
went east. That winter Sarah Pike, a widow, and the mother of Caleb Moss, kept house for me.
""",
}


def test_kin_picked_out_of_many_or_joined_to_an_apposition(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name, text in PICKED_KIN.items():
        (tmp_path / name).write_text(text)
    db = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp_path), "--db", db, "--quiet"]).exit_code == 0
    out = CliRunner().invoke(main, ["relations", "--db", db, "--json"]).stdout
    found = [json.loads(line) for line in out.splitlines()]
    assert _has(found, "Teresa Ibarra", "child_of", "Rosa Ibarra")  # 'a widow and the mother of Teresa Ibarra,'
    assert _has(found, "Marta Ibarra", "child_of", "Rosa Ibarra")  # 'was the youngest of Rosa's five children'
    assert _has(found, "Andres Ibarra", "child_of", "Rosa Ibarra")  # 'Andres, one of Rosa's sons,'
    assert _has(found, "Clara Ashby", "child_of", "Rupert Vane")  # 'was the eldest of X's daughters'
    assert _has(found, "Jonas Crane", "sibling_of", "Amos Crane")  # 'Jonas, one of my brothers,'
    assert _has(found, "Ruth Hale", "cousin_of", "Amos Crane")  # 'the second of my cousins to marry'
    # 'X, a potter, and the mother of Z, …': the parser joins the second noun to the name itself; not where the verb
    # says the two are two people
    assert _has(found, "Pilar Ibarra", "child_of", "Lucia Vega")
    assert _has(found, "Edmund Blount", "child_of", "Honoria Blount")
    assert _has(found, "Caleb Moss", "child_of", "Sarah Pike")
    assert not [r for r in found if "Tomas Ruiz" in (r["subject"], r["object"]) and r["relation"] != "rival_of"]
    # a pupil is no kin, nor the steward's second office; a second subject is not the first one's apposition
    assert not any("Elena Soto" in (r["subject"], r["object"]) and r["relation"] in ("child_of", "parent_of")
                   for r in found)
    assert not any("Giles Fenn" in (r["subject"], r["object"]) for r in found)
    assert not _has(found, "Kate Hill", "parent_of", "Jo Marsh")


TITLED_KIN = {
    "alder.md": """# The Harbour Years

Governor Frank Alder took office in the spring of 1951. The Governor spoke often of the new harbour. At the opening
of the pier, Ruth Kemp, the daughter of the Governor, cut the ribbon. Mayor Tom Gale of Ridley came as a guest. The
Mayor was cheered. Lena Holt, the wife of the Mayor of Dorton, stood beside him. Nora Quill, the sister of the
Bishop, brought flowers. Edith Crane, the widow of the former Governor, sent a letter.
""",
    "vane.md": """# The Reign of a Boy King

King Richard Vane came to the throne in the autumn of his fifteenth year. The King was then a youth of fair promise.
Margaret, the wife of the King, was banished by the elders before the winter was out.
""",
    "ames.txt": """The Project Gutenberg EBook of Days at the Fort, by Amos Crane

Title: Days at the Fort

Author: Amos Crane

*** START OF THE PROJECT GUTENBERG EBOOK DAYS AT THE FORT ***

In the spring Colonel Jasper Ames took command of the post. The Colonel was kind to me. I often rode out on the
plain with Harry, the son of the Colonel, and we hunted antelope together.
""",
}


def test_kin_of_a_title_is_kin_of_whom_the_title_stands_for(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = build_texts(tmp_path, TITLED_KIN)
    found = cli_records(db, "relations")
    assert _has(found, "Ruth Kemp", "child_of", "Frank Alder")  # 'the daughter of the Governor', read after it
    assert _has(found, "Margaret", "spouse_of", "Richard Vane")  # 'the wife of the King'
    assert _has(found, "Harry", "child_of", "Jasper Ames")  # 'the son of the Colonel'
    # the mayor of another town is not the Mayor named, a bishop no one names is no one's kin, and the former
    # governor is not the one in office
    assert not any("Lena Holt" in (r["subject"], r["object"]) for r in found)
    assert not any("Nora Quill" in (r["subject"], r["object"]) for r in found)
    assert not any("Edith Crane" in (r["subject"], r["object"]) for r in found)  # not the present Governor's


ONE_KINSMAN = {
    "porto.md": """# Bread of Porto

Clara Marsh grew up above a bakery in Porto. Her sister Julia Marsh and Ana Pires opened a shop of their own in
1961.
""",
    "vane.md": """# Memorials of the Vanes

Sir Rupert Vane's son Edmund Vane and Mr. Giles Fenn rode together to York in the year 1802.
""",
    "brandt.txt": """The Project Gutenberg EBook of Days on the Prairie, by Eli Brandt

Title: Days on the Prairie

Author: Eli Brandt

*** START OF THE PROJECT GUTENBERG EBOOK DAYS ON THE PRAIRIE ***

That spring my brother Amos Brandt and Carl Dahl broke the sod on the east quarter. My sons Jacob and Peter
helped them.
""",
}


def test_a_kin_noun_for_one_names_one_of_the_names_joined_after_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = cli_records(build_texts(tmp_path, ONE_KINSMAN), "relations")
    assert _has(found, "Julia Marsh", "sibling_of", "Clara Marsh")
    assert _has(found, "Edmund Vane", "child_of", "Rupert Vane")
    assert _has(found, "Amos Brandt", "sibling_of", "Eli Brandt")
    assert _has(found, "Jacob", "child_of", "Eli Brandt") and _has(found, "Peter", "child_of", "Eli Brandt")  # sons
    # the man named after the kinsman is no kin
    assert not [r for r in found if {"Ana Pires", "Giles Fenn", "Carl Dahl"} & {r["subject"], r["object"]}
                and r["relation"] in ("sibling_of", "child_of", "parent_of")]
