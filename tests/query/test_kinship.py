"""Kinship questions from the record, and questions about what no source speaks of: null, not a guess."""

import pytest

import prosopograph
from prosopograph.query.kinship import describing, kin_asked, kin_owners, whose_kin
from prosopograph.settings import Limits

BIOGRAPHY = """# The Life of Irena Kowal

Irena Kowal was born in Lublin in 1904. Her mother, Zofia Kowal, taught music at the girls' school.
Her parents, Zofia Kowal and Marek Kowal, had three children. Her mother's father, Adam Lis, was a miller.
Marek Kowal was the son of Jan Kowal. In 1931 Irena Kowal married Piotr Nowak in Warsaw, and the wedding was small.
Irena's mother, Zofia Kowal, sang in the choir of St. Anne's.
"""

VICTORIAN = """# Memorials of the Hale Family

Mr. Josiah Hale kept the mill at Netherby for forty years. His son, Samuel Hale, went to sea at fourteen.
Samuel Hale was the father of Ruth Hale, who kept the mill after him.
Mr. Josiah Hale married Martha Wren in 1801. His second wife, Susan Pike, was the daughter of a Netherby weaver.
After his first wife died, Mr. Abel Hale married Jane Orr at Netherby.
"""

MEMOIR = """The Project Gutenberg EBook of A Farmer's Recollections, by Walter Brand

Title: A Farmer's Recollections

Author: Walter Brand

*** START OF THE PROJECT GUTENBERG EBOOK A FARMER'S RECOLLECTIONS ***

My father, Henry Brand, farmed the valley all his life. My mother, Anna Brand, was the eldest of six.
My mother's father, Jacob Ott, kept the inn at the ford. My eldest daughter, Ruth Brand, went west in 1890.
In 1870 I was married to Ellen Price at the chapel by the river.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> prosopograph.KnowledgeBase:
    folder = tmp_path_factory.mktemp("kin")
    for name, text in (("kowal.md", BIOGRAPHY), ("hale.md", VICTORIAN), ("brand.txt", MEMOIR)):
        (folder / name).write_text(text)
    db = folder / "kb.sqlite"
    prosopograph.build([str(folder)], db, Limits())
    return prosopograph.open(db)


def test_the_kin_noun_asked_of_the_person_named() -> None:
    assert kin_asked("Who was Irena Kowal's maternal grandfather?", "Irena Kowal") == ("grandfather", "maternal", None)
    assert kin_asked("What was the name of the mother of Irena Kowal?", "Irena Kowal") == ("mother", None, None)
    assert kin_asked("Who was Irena Kowal's second husband?", "Irena Kowal") == ("husband", None, "second")
    assert kin_asked("Who was the grandmother of Irena Kowal on her father's side?", "Irena Kowal") == \
        ("grandmother", "paternal", None)
    assert kin_asked("Who was Irena Kowal's grandmother on the farm?", "Irena Kowal") == ("grandmother", None, None)
    # the mother of someone else the question speaks of
    assert kin_asked("Who was the mother of the man Irena Kowal married?", "Irena Kowal") is None


def test_a_kin_noun_asked_hyphened_is_the_kin_written_whole() -> None:
    # 'grand-father' is folded to two words; the first is not a word of the name, the second not the kin asked
    assert kin_asked("Who was the grand-father of Irena Kowal?", "Irena Kowal") == ("grandfather", None, None)
    assert kin_asked("What was the name of Mr. Hale's step-mother?", "Hale") == ("stepmother", None, None)
    assert whose_kin("Whose grand-daughter was Ruth Hale?", "Ruth Hale") == "granddaughter"
    # negative: a kin by marriage is none of these, hyphened or not
    assert kin_asked("Who was Irena Kowal's father-in-law?", "Irena Kowal") is None


def test_whom_someone_named_with_a_title_married_is_their_spouse() -> None:
    # a title the question writes before the name ('Colonel Reed'), in three registers
    assert kin_asked("Who did Senator Irena Kowal marry?", "Irena Kowal") == ("spouse", None, None)
    assert kin_asked("Whom did Lady Ruth wed?", "Ruth") == ("spouse", None, None)
    assert kin_asked("Who did Colonel Walter Hale marry?", "Walter Hale") == ("spouse", None, None)
    # the titled person's kin marries, not the titled person
    assert (kin_asked("Who did General Hale's daughter marry?", "Hale") or ("",))[0] != "spouse"


def test_whom_someone_named_by_their_kin_married_is_their_spouse() -> None:
    # a modern biography, older prose, a memoir: the name after the kin noun marries, the one before only says whose
    assert kin_asked("Whom did Irena's son Piotr marry?", "Piotr") == ("spouse", None, None)
    assert kin_asked("Whom did the squire's daughter Ruth wed?", "Ruth") == ("spouse", None, None)
    assert kin_asked("Whom did my brother Walter marry?", "Walter") == ("spouse", None, None)
    # the owner of the kin is asked of that kin, and a name that is not the one marrying asks nothing of a spouse
    assert kin_asked("Whom did Irena's son Piotr marry?", "Irena") == ("son", None, None)
    assert kin_asked("Whom did Ruth Hale's son marry?", "Ruth Hale") == ("son", None, None)
    assert kin_asked("Whom did Piotr ask to marry his sister?", "Piotr") is None
    for other in ("the son of", "a friend of", "the widow of", "Ruth and"):  # another marries, or two do
        assert (kin_asked(f"Whom did {other} Piotr Kowal marry?", "Piotr Kowal") or ("",))[0] != "spouse"


@pytest.mark.parametrize(("question", "answer"), [
    ("Who was Irena Kowal's mother?", "Zofia Kowal"),  # 'Her mother, Zofia Kowal'
    ("Who was Irena Kowal's maternal grandfather?", "Adam Lis"),  # 'her mother's father'
    ("Who was Irena Kowal's grandfather on her mother's side?", "Adam Lis"),  # the line said after the noun
    ("Who was the father of Ruth Hale?", "Samuel Hale"),  # 'X was the father of Y'
    ("Who was Walter Brand's maternal grandfather?", "Jacob Ott"),  # "my mother's father" in a memoir
    ("Who was Walter Brand's father?", "Henry Brand"),
])
def test_kinship_from_the_record_with_its_sentence(kb: prosopograph.KnowledgeBase, question: str,
                                                   answer: str) -> None:
    found = kb.ask(question)
    assert found.answer == answer
    assert found.citations and any(answer.split()[-1] in c.quote for c in found.citations)


def test_a_parent_the_text_does_not_say_is_the_father_stays_null(kb: prosopograph.KnowledgeBase) -> None:
    # 'Her parents, Zofia Kowal and Marek Kowal' names both, but not which is the father
    assert kb.ask("Who was Irena Kowal's father?").answer is None
    assert kb.ask("Who was Irena Kowal's paternal grandfather?").answer is None  # so not his father either


def test_the_one_spouse_the_record_gives_is_the_wife_or_husband_asked_for(kb: prosopograph.KnowledgeBase) -> None:
    assert kb.ask("Who was Irena Kowal's husband?").answer == "Piotr Nowak"  # 'married Piotr Nowak'
    assert kb.ask("Who was Walter Brand's wife?").answer == "Ellen Price"  # a memoir's 'I was married to'
    # married twice: which wife is meant the question does not say
    assert kb.ask("Who was Josiah Hale's wife?").answer is None
    # the order asked for is answered where a sentence says it, and only there: the record keeps no order
    assert kb.ask("Who was Josiah Hale's second wife?").answer == "Susan Pike"
    assert kb.ask("Who was Josiah Hale's first wife?").answer is None
    assert kb.ask("Who was Abel Hale's first wife?").answer is None  # his first wife is not Jane Orr
    assert kb.ask("Who was Irena Kowal's second husband?").answer is None
    assert kb.ask("Who was Walter Brand's oldest daughter?").answer == "Ruth Brand"  # 'eldest', 'oldest': one order
    # 'whom did X marry' asks for the spouse the record gives, and only one
    assert kb.ask("Whom did Walter Brand marry?").answer == "Ellen Price"
    assert kb.ask("Who married Piotr Nowak?").answer == "Irena Kowal"
    assert kb.ask("Whom did Josiah Hale marry?").answer is None  # twice married: which one is not said
    assert kb.ask("Whom did Samuel Hale marry?").answer is None  # the record has no wife of his
    assert kb.ask("Who was Walter Brand's youngest daughter?").answer is None


def test_what_no_source_has_a_word_for_is_not_answered(kb: prosopograph.KnowledgeBase) -> None:
    # every word but one is in the texts; none speaks of a godmother or a dowry
    assert kb.ask("Who was Irena Kowal's godmother?").answer is None
    assert kb.ask("Who paid the dowry of Irena Kowal when she married Piotr Nowak?").answer is None
    # a word the text writes otherwise ('wedding' → married) still finds the sentence
    assert kb.ask("Where was the wedding of Irena Kowal and Piotr Nowak?").answer == "Warsaw"


def test_a_role_the_record_gives_someone_is_asked_through_the_kin_it_names(kb: prosopograph.KnowledgeBase) -> None:
    # 'Irena's mother' is one of Zofia's designations; the question asks of Irena, and the record answers it
    found = kb.ask("Who was Irena's mother?")
    assert found.answer == "Zofia Kowal" and found.features is not None and found.features.record


@pytest.mark.parametrize(("question", "names", "describing_names"), [
    # modern biography, older prose, memoir
    ("In what year was Ines Mora's son Pablo Mora born?", ["ines mora", "pablo mora"], {"ines mora"}),
    ("Whom did Edward, Lord Ashby's eldest son, marry?", ["edward", "lord ashby"], {"lord ashby"}),
    ("Where did my uncle's friend Tom Hale settle?", ["tom hale"], set()),
    # kin asked of, not given to say who another is
    ("Who was Tom Reed's mother?", ["tom reed"], set()),
    ("Did Ann Vale ever meet Tom Reed's son?", ["ann vale", "tom reed"], set()),
])
def test_a_name_given_only_to_say_who_another_is(question: str, names: list[str], describing_names: set[str]) -> None:
    assert describing(question, names) == describing_names


def test_whom_someone_married_through_an_apposition_of_kin() -> None:
    assert kin_asked("Whom did Edward, Lord Ashby's eldest son, marry?", "Edward") == ("spouse", None, None)
    assert kin_asked("Whom did Edward's tutor marry?", "Edward") != ("spouse", None, None)
    assert kin_asked("Whom did Edward's son marry?", "Edward") != ("spouse", None, None)  # the son's spouse


@pytest.mark.parametrize(("noun", "text", "owners"), [
    ("father", "Eva Berg's father, Anders Berg, kept the ferry for thirty years.", ["Eva Berg"]),  # older prose
    ("mother", "The mother of Karin Holm was a teacher in the town.", ["Karin Holm"]),  # a modern biography
    ("spouse", "Tom Reed's wife kept the shop.", ["Tom Reed"]),  # a spouse is a wife or a husband
    ("father", "My father, Amos Quill, kept the mill.", []),  # a memoir: no one named owns the noun
    ("father", "Her father was a sailor from the coast.", []),
    ("father", "Eva Berg's brother, Nils, kept the ferry.", []),  # another kin noun
])
def test_the_names_a_sentence_gives_the_kin_noun_to(noun: str, text: str, owners: list[str]) -> None:
    assert kin_owners(noun, text) == owners


def test_whose_kin_someone_was_is_the_relation_read_the_other_way(kb: prosopograph.KnowledgeBase) -> None:
    assert kin_asked("Whose daughter was Ruth Hale?", "Ruth Hale") == ("parents", None, None)
    assert kin_asked("Whose second wife was Susan Pike?", "Susan Pike") == ("spouse", None, None)
    assert kin_asked("Whose house was Ruth Hale born in?", "Ruth Hale") is None  # no kin asked
    # the name only begins what is asked: whose daughter she married, whose son her teacher was
    assert kin_asked("Whose daughter was Samuel Hale married to?", "Samuel Hale") is None
    assert kin_asked("Whose son was Ruth Hale's teacher?", "Ruth Hale") is None
    # a clause set beside the name goes on asking of her
    assert kin_asked("Whose daughter was Ruth Hale, the miller's heir?", "ruth hale") == ("parents", None, None)
    assert kin_asked("Whose daughter was Zoë Hale?", "zoe hale") == ("parents", None, None)
    assert kin_asked("whose daughter was ruth hale", "ruth hale") == ("parents", None, None)  # typed in haste
    # a kin noun inside another is not asked: her husband's father is no father of hers
    assert kin_asked("Who was Ruth Hale's father-in-law?", "Ruth Hale") is None
    # older prose: 'X was the father of Y'; a memoir: 'my eldest daughter'; a biography: 'married'
    assert kb.ask("Whose daughter was Ruth Hale?").answer == "Samuel Hale"
    assert kb.ask("Whose daughter was Ruth Brand?").answer == "Walter Brand"
    assert kb.ask("Whose husband was Piotr Nowak?").answer == "Irena Kowal"
    # a name of one word leaves the kin noun most of the question, and 'her mother's father' does not write it: the
    # relation read the other way says it all the same
    assert kb.ask("Whose daughter was Zofia?").answer == "Adam Lis"
    # the record gives her both parents: whose daughter she was has two answers, and none is a guess
    assert kb.ask("Whose daughter was Irena Kowal?").answer is None
    # the record gives him no sibling: his father is no answer
    assert kb.ask("Whose brother was Samuel Hale?").answer is None


SEXED_BY_NAME_OR_PRONOUN = {
    "orlov.md": "# Nadia Orlov\n\nNadia Orlov was the daughter of Count Ilya Orlov. She studied chemistry in Kazan "
                "in 1912.\nLena Marsh was the child of Robin Marsh, and the two were close.\n",
    "vane.md": "# Memoir of Clara Vane\n\nMiss Clara Vane, the only daughter of Lady Agnes Vane, was born at Holt "
               "in 1821.\n",
    "abel.txt": "Tom Abel, my schoolfellow, was the son of Rose Abel. Rose Abel kept the shop by the church; she sold "
                "thread and candles, and she died in the hard winter of 1860.\n",
}


@pytest.fixture(scope="module")
def sexed(tmp_path_factory: pytest.TempPathFactory) -> prosopograph.KnowledgeBase:
    folder = tmp_path_factory.mktemp("sexed")
    for name, text in SEXED_BY_NAME_OR_PRONOUN.items():
        (folder / name).write_text(text)
    db = folder / "kb.sqlite"
    prosopograph.build([str(folder)], db, Limits())
    return prosopograph.open(db)


@pytest.mark.parametrize(("question", "answer"), [
    ("Who was Nadia Orlov's father?", "Ilya Orlov"),  # 'the daughter of Count Ilya Orlov': a count is a man
    ("Who was Clara Vane's mother?", "Agnes Vane"),  # 'Lady' makes the parent a woman
    ("Who was Tom Abel's mother?", "Rose Abel"),  # 'she sold', 'she died': the parent's pronouns
])
def test_a_parent_whose_sex_the_record_makes_plain_answers_father_or_mother(
        sexed: prosopograph.KnowledgeBase, question: str, answer: str) -> None:
    found = sexed.ask(question)
    assert found.answer is not None and answer in found.answer
    assert found.citations and any(answer.split()[-1] in c.quote for c in found.citations)


def test_a_parent_of_no_plain_sex_or_of_the_other_sex_is_not_the_one_asked(sexed: prosopograph.KnowledgeBase) -> None:
    assert sexed.ask("Who was Lena Marsh's father?").answer is None  # Robin: a name of either sex, no pronoun
    assert sexed.ask("Who was Nadia Orlov's mother?").answer is None  # her one parent named is a count
    assert sexed.ask("Who was Clara Vane's father?").answer is None
    assert sexed.ask("Who was Tom Abel's father?").answer is None
