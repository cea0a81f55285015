"""ask on a short life written here, with the real model: one test per kind of question."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import prosopograph
from conftest import build_texts
from prosopograph.query.question import analyze
from prosopograph.settings import Limits
from prosopograph.time.values import PRECISIONS

LIFE = """# The Life of Clara Novak

## Chapter 1. Childhood

Clara Novak was born in Brno on 12 March 1871. Her parents, Josef Novak and Marie Novak, had four children.
Her father Josef Novak ran a printing shop in Brno.

In 1889 Clara Novak moved to Vienna to study medicine. Two years later she published her first article in the
newspaper Wiener Rundschau.

## Chapter 2. Exile

In 1902 Clara Novak was expelled from Vienna and settled in Zurich. Her friends called her "the Professor".
She founded the journal Neue Stimme in Zurich. Clara Novak died in Geneva on 3 June 1930.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> prosopograph.KnowledgeBase:
    folder = tmp_path_factory.mktemp("ask")
    (folder / "novak.md").write_text(LIFE)
    db = folder / "kb.sqlite"
    prosopograph.build([str(folder / "novak.md")], db, Limits())
    return prosopograph.open(db)


@pytest.mark.parametrize(("question", "kind"), [
    ("When was Clara Novak born?", "date"), ("Where did she study medicine?", "place"),
    ("Who ran the printing shop?", "person"), ("How many children did her parents have?", "number"),
    ("Which newspaper printed her first article?", "org"), ("In what year did she move to Vienna?", "date"),
    ("What was the poet's pen name?", "name"), ("What name did the villagers call her by?", "name"),
    ("How great was the distance between the two farms?", "number"), ("Under what name did she travel?", "name"),
    ("In whose house did the council meet?", "person"), ("Which town whose mills burned was rebuilt?", "place"),
    ("On what night did the fire break out?", "date"), ("On which morning did the fleet sail?", "date"),
    ("Which night watchman found the key?", "person"), ("Which evening paper did he edit?", "org"),
    # 'which' after a preposition inside the question is a relative pronoun, and asks nothing
    ("What was the title of the pamphlet in which he mocked the mayor?", "text"),
    ("What was the name of the inn at which the general stayed?", "place"), ("To which regiment did he belong?", "org"),
])
def test_question_kinds(question: str, kind: str) -> None:
    assert analyze(question).answer_type == kind


@pytest.mark.parametrize(("question", "kind"), [
    # a noun the lists lack is typed by WordNet: modern biography, older prose, memoir
    ("Which member of the quartet first played the sonata?", "person"),
    ("Which churchman preached at the coronation?", "person"),
    ("Which of my neighbours lent me the wagon?", "person"),
    ("Which fort did the militia hold through the winter?", "place"),
    # however far up WordNet's tree the person or the body stands
    ("Which colonel led the storming party?", "person"), ("Which lieutenant carried the flag?", "person"),
    ("Which clinic took her in?", "org"),
    # a word the question writes as a name is no kind of answer ('which Fort Mill clerk'), nor a common word
    ("Which Fort Mill clerk signed the lease?", "person"),
    ("Which colour did she choose for the flag?", "text"),
    # after 'what' a verb may come first, and a noun there need be no kind of answer
    ("What made the old soldier desert?", "text"), ("What office did her father hold?", "text"),
])
def test_a_head_noun_wordnet_knows_the_kind_of(question: str, kind: str) -> None:
    assert analyze(question).answer_type == kind


@pytest.mark.parametrize(("question", "head", "kind"), [
    # 'the name of the N' asks for N's name, whatever else the question names after it
    ("What was the name of the yacht the Queen of Spain gave him?", "yacht", "text"),
    ("What was the name of Ann's paternal grandfather?", "grandfather", "person"),
    ("What were the names of his two sons?", "sons", "person"),
    ("What was the name of the inn where the coach stopped?", "inn", "place"),
    # of a run of nouns the last; a name, a relative word or a verb's form ends it
    ("What was the name of the old steamer that took us north?", "steamer", "text"),
    ("What was the name of the mill foreman who hired her?", "foreman", "person"),
    ("What was the name of the horse Ned Hale rode?", "horse", "text"),
    ("What was the name of the barge carried away by the flood?", "barge", "text"),
])
def test_the_name_of_a_noun_asks_for_that_nouns_name(question: str, head: str, kind: str) -> None:
    q = analyze(question)
    assert (q.head, q.answer_type) == (head, kind)


@pytest.mark.parametrize(("question", "kind"), [
    # a clause that opens the question sets when; the question is what follows it, in three registers
    ("When the strike was over, where did the family settle?", "place"),
    ("After the old squire had died, which of his nephews took the estate?", "person"),
    ("When my regiment was disbanded, how many of us went home by sea?", "number"),
    ("Before the treaty was signed, in what city did the envoys meet?", "place"),
    # not a question that asks when, nor one whose comma falls after its own wh-word
    ("When did the family settle in Lyon, and why?", "date"),
    ("When the strike was over, did the family settle in Lyon?", "date"),
    # the question's own 'when did' or 'until when', whose comma sets off a relative clause
    ("When did Mr. Shaw, who kept the inn at Ware, die?", "date"),
    ("Until when did the widow, whom the court had fined, keep the shop?", "date"),
])
def test_a_question_opening_with_a_time_clause_asks_what_its_main_clause_does(question: str, kind: str) -> None:
    assert analyze(question).answer_type == kind


@pytest.mark.parametrize(("question", "kind"), [
    # a noun of an amount after 'what' asks for a number, as 'how many' does
    ("What share of the estate did the widow receive?", "number"),
    ("According to the ledger, what distance did the drovers cover?", "number"),
    ("What sum did the governor pay for the island?", "number"),
    # not a noun of anything else
    ("What prize did the essay win?", "text"), ("What book did the widow write?", "work"),
])
def test_a_noun_of_an_amount_asks_for_a_number(question: str, kind: str) -> None:
    assert analyze(question).answer_type == kind


@pytest.mark.parametrize(("question", "kind"), [
    # a noun older books hyphen ('step-mother', 'church-yard') is the kind of thing WordNet writes whole
    ("What was the name of the squire's step-daughter?", "person"),
    ("What was the name of the church-yard where the widow lies?", "place"),
    ("What was the name of my old school-master?", "person"),
    # negative: a hyphened pair that is no one word, or a word that is no person, place or body
    ("What was the name of the sea-green ribbon she wore?", "text"), ("What was the name of the man-of-war?", "text"),
])
def test_a_hyphened_noun_asked_after_is_the_kind_of_its_whole_word(question: str, kind: str) -> None:
    assert analyze(question).answer_type == kind


def test_an_ordinal_is_one_word_of_the_question_and_a_year_none() -> None:
    terms = analyze("Who led the 21st Regiment on the 4th of October, 1776, and the 2d of August?").terms
    assert {"21st", "4th", "2d"} <= set(terms)
    assert not {"st", "th", "d", "1776"} & set(terms)  # 'st' would find every 'St. Louis'


@pytest.mark.parametrize(("question", "head", "kind"), [
    ("Which lighthouse keeper did the children call 'Old Thunder'?", "keeper", "person"),  # a memoir
    ("Which member of the parish council signed the petition?", "member", "person"),
    ("What Swiss village was the painter born in?", "village", "place"),
    ("Which river port did the steamer reach in 1850?", "port", "place"),
    ("Which Lisbon newspaper printed her letters?", "newspaper", "org"),  # past the name
    # negative: where the question's verb may follow, the noun is read as before, not run on into the verb
    ("Which captain sailed the brig?", "captain", "person"),
    ("Which admiral, left in charge of the fleet, sank the galleys?", "admiral", "person"),  # a comma ends it
])
def test_the_noun_a_wh_word_picks_is_the_last_of_its_run(question: str, head: str, kind: str) -> None:
    found = analyze(question)
    assert (found.head, found.answer_type) == (head, kind)


@pytest.mark.parametrize(("question", "quoted"), [
    ("Who was chosen by Ann's father to teach the girl's brothers?", []),  # two possessives quote nothing
    ("Whom did the squire's lady call 'my good angel'?", ["my good angel"]),
    ("Which paper printed 'The Miller's Tale of Woe' in 1840?", ["The Miller's Tale of Woe"]),
    ('What did the men call "the Old Fox" in their letters?', ["the Old Fox"]),
    ("In which town did the brothers' mill stand before my uncles' house?", []),
])
def test_a_quoted_phrase_is_set_off_by_quotation_marks_not_by_apostrophes(question: str, quoted: list[str]) -> None:
    assert analyze(question).quoted == quoted


def test_a_name_someone_went_under_is_asked_as_a_name_taken() -> None:
    assert analyze("Under what name did she travel abroad?").name_kind == "pseudonym"
    assert analyze("By which name was he entered in the books?").name_kind == "pseudonym"
    assert analyze("What name did her aunt call her by?").name_kind == "nickname"
    assert analyze("Under what flag did she sail?").name_kind is None
    assert analyze("By what name was she called as a child?").name_kind == "nickname"


def test_when_born_uses_the_resolved_birth_date(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("When was Clara Novak born?")
    assert a.answer is not None and "12 March 1871" in a.answer and "1871-03-12" in a.answer
    assert a.citations and "born in Brno" in a.citations[0].quote


def test_where(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("In which city did Clara Novak study medicine?")
    assert a.answer == "Vienna" and "medicine" in a.citations[0].quote


def test_who(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Who ran a printing shop in Brno?")
    assert a.answer is not None and "Josef Novak" in a.answer


def test_a_name_the_record_has_answers_only_a_question_it_accounts_for(kb: prosopograph.KnowledgeBase) -> None:
    assert "Professor" in (kb.ask("What did her friends call Clara Novak?").answer or "")
    # the nickname the dock workers of Trieste gave her is another: the record's is no answer to it
    other = kb.ask("What mocking nickname did the dock workers of Trieste give Clara Novak in her youth?")
    assert "Professor" not in (other.answer or "")


def test_who_a_named_person_was_is_never_answered_with_another_person(kb: prosopograph.KnowledgeBase) -> None:
    for question in ("Who was Josef Novak?", "who is Marie Novak"):
        a = kb.ask(question)
        assert a.answer is None and a.reason and "another person" in a.reason
    a = kb.ask("Who was Clara Novak's father?")  # a person the name stands in a relation to is asked for
    assert a.answer is not None and "Josef Novak" in a.answer
    assert "father" in a.citations[0].quote  # 'her parents, Josef and Marie' does not say who the father is


def test_a_person_asked_of_by_the_part_of_the_name_only_they_have(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Who was Clara's father?")
    assert a.answer is not None and "Josef Novak" in a.answer  # not Clara herself, from a sentence naming her
    a = kb.ask("Who was Marie's father?")  # the record does not say: the question is asked of Marie all the same
    assert a.answer is None


def test_where_or_when_someone_died_is_read_from_a_sentence_telling_a_death(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Where did Clara Novak die?")
    assert a.answer == "Geneva" and "died" in a.citations[0].quote
    # her father's shop in Brno is named, his death nowhere: no place of death
    assert kb.ask("Where did Josef Novak die?").answer is None
    # the sentence after her birth names her parents, not where they were born ('Josef Novak and Marie Novak' is
    # no place)
    assert kb.ask("Where was Josef Novak born?").answer is None


def test_how_many(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("How many children did Josef Novak and Marie Novak have?")
    assert a.answer is not None and a.answer.startswith("four")


def test_alias_in_the_question(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("In which city did the Professor found the journal Neue Stimme?")
    assert a.answer == "Zurich"


def test_relative_date_answered_with_its_anchor(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("In what year did Clara Novak publish her first article?")
    assert a.answer is not None and "1891" in a.answer
    assert len(a.citations) == 2 and "1889" in a.citations[1].quote  # the sentence the date counts from


def test_unanswerable_question_gets_no_answer(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Who was the king of Sweden when the railway opened?")
    assert a.answer is None and a.citations == []


def test_answers_are_short(kb: prosopograph.KnowledgeBase) -> None:
    for question in ("When did Clara Novak die?", "Where did Clara Novak die?"):
        a = kb.ask(question)
        assert a.answer is not None and len(a.answer.split()) <= 10


QUESTION_WORDS = st.sampled_from(["Who", "whom", "When", "Where", "Which", "What", "How many", "In what year",
                                  "was", "did", "she", "born", "die", "name", "pen name", "newspaper", "city",
                                  "Clara", "Novak", "Vienna", "\"the Professor\"", "1889", "?", "'s", "first",
                                  "last", "NOT", "OR", "*", "(", ")", "\"", "-", "NEAR", "^", ":"])
QUESTIONS = st.lists(st.one_of(QUESTION_WORDS, st.text(max_size=10)), max_size=14).map(" ".join)
ANSWER_TYPES = {"person", "place", "date", "number", "org", "work", "name", "text"}


@settings(max_examples=300, deadline=None)
@given(QUESTIONS)
def test_any_question_is_analyzed_into_a_known_kind_and_folded_terms(text: str) -> None:
    q = analyze(text)
    assert q.answer_type in ANSWER_TYPES
    assert q.precision is None or q.precision in PRECISIONS
    assert all(term and not any(ch.isspace() for ch in term) and term == term.lower() for term in q.terms)
    assert analyze(f"  {text}\n").answer_type == q.answer_type  # white space does not change the reading


@settings(max_examples=100, deadline=None)
@given(QUESTIONS)
def test_any_question_gets_an_answer_with_true_citations_or_none(kb: prosopograph.KnowledgeBase, text: str) -> None:
    answer = kb.ask(text)
    if answer.answer is not None:
        assert answer.citations
    for c in answer.citations:
        stored = kb.store.db.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                                     (c.start + 1, c.end - c.start, c.document_id)).fetchone()[0]
        assert stored == c.quote  # the quote is where the citation says


BATTLES = """# The Wars of Olaf Berg

## Chapter 1. The North

Olaf Berg led the northern levies for ten years. The battle of Lund was fought on 8 May 1701, and Olaf Berg held
the left wing. The battle of Vik was fought in a fog, and Olaf Berg lost his horse there.
"""

MARRIAGE = """# The Wars of Olaf Berg

## Chapter 2. The Marriage

Olaf Berg was married in secret to Inga Dahl in 1703, for her father had forbidden it. Olaf Berg and Inga Dahl
lived quietly at Vik. In the year 1705 the marriage of Olaf Berg and Inga Dahl was made known at the court.
"""


def built(folder: Path, text: str) -> prosopograph.KnowledgeBase:
    """A knowledge base of one Markdown text, written into the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "life.md").write_text(text)
    prosopograph.build([str(folder / "life.md")], folder / "kb.sqlite", Limits())
    return prosopograph.open(folder / "kb.sqlite")


def test_the_date_of_another_battle_is_no_answer(tmp_path: Path) -> None:
    kb = built(tmp_path, BATTLES)
    assert kb.ask("When was the battle of Vik fought?").answer is None  # the text does not say
    lund = kb.ask("When was the battle of Lund fought?")
    assert lund.answer is not None and "1701-05-08" in lund.answer


def test_a_year_written_after_the_word_year_is_no_likelier_the_one_asked(tmp_path: Path) -> None:
    kb = built(tmp_path, MARRIAGE)
    assert kb.ask("In what year was Olaf Berg married in secret to Inga Dahl?").answer == "1703"



ORM = """# The Wars of Olaf Berg

## Chapter 1. The South

Olaf Berg led the northern levies for ten years. The battle of Lund was fought on 8 May 1701. At Lund two roads
met, and one was taken by the army before noon. Olaf Berg counted three hundred prisoners after the fight.
"""


def test_how_many_is_not_answered_with_a_number_that_counts_something_else(tmp_path: Path) -> None:
    kb = built(tmp_path, ORM)
    # the 'one' of a sentence naming no prisoners counts a road
    assert kb.ask("How many prisoners were taken at Lund?").answer in (None, "three hundred")


UNDATED = """# Tales of the North

## Chapter 1. The Hall

When young Brand was twelve years old, his uncle Orm died at the hall by the fjord. Brand took his place at the
head of the table after him. His sister Sigrid was married at midsummer, in the year after the great storm.

## Chapter 2. The Voyage

Her brother Brand sailed for the islands in 1012, with two ships. Her brother Brand came home when the ice broke.
"""


def test_when_is_answered_in_the_text_s_words_where_it_gives_no_date(tmp_path: Path) -> None:
    kb = built(tmp_path, UNDATED)
    a = kb.ask("When did Orm die?")
    assert a.answer == "When young Brand was twelve years old" and a.citations
    assert "the year after the great storm" in (kb.ask("When was Sigrid married?").answer or "")
    # a year is asked for, and a phrase is none; nor is a time said of something else
    assert kb.ask("In what year did Orm die?").answer is None
    assert kb.ask("When did Brand leave the hall?").answer is None
    # a date stays the answer where a kin noun with the name beside it is the subject
    assert kb.ask("When did Brand sail for the islands?").answer == "1012"
    assert kb.ask("When did Brand come home?").answer == "when the ice broke"


RIVAL = """# The Life of Ivo Marsh

## Chapter 1. The Mill

Ivo Marsh was born at Orm in 1801. Ivo Marsh kept the mill at Orm for forty years, and he died in 1870, as the
last chapter tells.

## Chapter 2. The Rival

The miller Ivo Marsh offered a large reward to whoever should catch the thief; but he was never caught. He died
afterwards at Lisbon, poor and alone.
"""


def test_where_someone_died_is_read_where_the_record_has_the_death(tmp_path: Path) -> None:
    kb = built(tmp_path, RIVAL)
    # the 'he' who died at Lisbon may be the thief; the record's death of Ivo Marsh names no place
    assert kb.ask("Where did Ivo Marsh die?").answer is None
    assert kb.ask("Where was Ivo Marsh born?").answer == "Orm"  # the record's birth sentence names it


PACT = """# The Life of Ivo Marsh

## Chapter 3. The Pact

The banker Hugo Lenz of the old Tarrow counting house on the quay and his clerk Otto Ruhl signed the bond that
ruined Ivo Marsh.

Years later his daughter Rosa Marsh paid the bond in full.
"""


def test_two_people_asked_for_are_the_two_doing_what_is_asked(tmp_path: Path) -> None:
    kb = built(tmp_path, PACT)
    both = kb.ask("Which two men signed the bond that ruined Ivo Marsh?").answer or ""
    assert both.split(" and ") == ["Hugo Lenz", "Otto Ruhl"]  # both signers, in the order the text gives them
    one = kb.ask("Who signed the bond that ruined Ivo Marsh?").answer or ""
    assert " and " not in one  # one asked for, one given
    # named side by side, both are as likely; one of the two is still one
    side_by_side = built(tmp_path / "side", PACT.replace(" of the old Tarrow counting house on the quay", ""))
    assert " and " in (side_by_side.ask("Which two men signed the bond that ruined Ivo Marsh?").answer or "")
    assert " and " not in (side_by_side.ask("Which of the two men signed the bond that ruined Ivo Marsh?").answer
                           or "")


FEUD = """# The Life of Karl Brand

## Chapter 4. The Feud

Karl Brand killed the old grey wolf that had harried the sheepfolds all that winter. His father, Otto Brand, kept
the inn at the ford. Ada Voss came to the ford in the spring and took the mill.

Years after, Ada Voss was killed by the raider Jon Harker on the road to the coast.
"""


def test_what_befell_someone_is_read_from_a_sentence_that_speaks_of_them(tmp_path: Path) -> None:
    told = built(tmp_path / "told", FEUD)
    assert told.ask("Who killed Ada Voss?").answer == "Jon Harker"
    # without its last paragraph the text says of no killing of hers: the wolf's killer is no answer
    untold = built(tmp_path / "untold", FEUD.split("\n\nYears after")[0] + "\n")
    assert untold.ask("Who killed Ada Voss?").answer is None


REASONS = """# The Life of Ivo Marsh

## Chapter 5. The Ford

Ivo Marsh sold the mill at Orm in 1841 because the river had silted up below the weir. He moved to Lisbon. The
miller's wife Ada Voss left the town the same year; she went to live with her sister at Hull. In 1850 she closed
her school for fear of the fever. Because the mill had failed, Carl Berg sold his boats in 1853.
"""


def test_why_is_answered_only_by_a_reason_the_text_gives(tmp_path: Path) -> None:
    kb = built(tmp_path, REASONS)
    sold = kb.ask("Why did Ivo Marsh sell the mill?").answer or ""
    assert sold.startswith("because the river had silted up")
    assert kb.ask("Why did Ada Voss close her school?").answer == "for fear of the fever"
    assert kb.ask("For what reason did Carl Berg sell his boats?").answer == "Because the mill had failed"
    # the text says where he went and where she went, not why: a place is no reason
    assert kb.ask("Why did Ivo Marsh move to Lisbon?").answer is None
    assert kb.ask("Why did Ada Voss leave the town?").answer is None


INN = """# The Life of Tom Reed

## Chapter 2. The Inn

Eyvindra kept the inn at the ford, and Eyvindra was kind to travellers. Tom Reed came there in the autumn. His
father, Sam Reed, was a smith at Orm.
"""


def test_a_rare_name_the_model_takes_for_a_body_is_asked_of_as_a_person(tmp_path: Path) -> None:
    kb = built(tmp_path, INN)
    assert kb.ask("Who was Tom Reed's father?").answer == "Sam Reed"
    # the one father the text names is another's: nothing says who hers was
    assert kb.ask("Who was Eyvindra's father?").answer is None


LEASE = """# The Life of Ivo Marsh

## Chapter 6. The Lease

In 1852 Ivo Marsh and the surveyor Carl Berg signed the lease in the house of Otto Frey, and the lawyer Jon Tell,
who had come up from Hull with Carl Berg, kept the papers for both of them.
"""


def test_whose_asks_for_the_owner_named_after_the_thing_asked(tmp_path: Path) -> None:
    kb = built(tmp_path, LEASE)
    assert kb.ask("In whose house did Ivo Marsh sign the lease?").answer == "Otto Frey"
    assert analyze("Whose letters did the lawyer keep?").answer_type == "person"  # not a place for 'house'


def test_a_name_weakly_given_by_many_sentences_does_not_outweigh_the_one_that_answers() -> None:
    from prosopograph.query.ask import _Tally
    from prosopograph.query.candidates import Candidate

    tally = _Tally()
    tally.add(Candidate("Tom Reed", 0.45, 1))
    for sentence in range(2, 40):  # the book's subject, a weak candidate of every other sentence
        tally.add(Candidate("Ann Vale", 0.1, sentence))
    best = tally.best(analyze("Which clerk carried the letter to the mill?"))
    assert best is not None and best.text == "Tom Reed"
    # a few sentences that agree still count: three good ones outweigh a single better one
    tally = _Tally()
    tally.add(Candidate("Tom Reed", 0.45, 1))
    for sentence in range(2, 5):
        tally.add(Candidate("Ann Vale", 0.4, sentence))
    best = tally.best(analyze("Which clerk carried the letter to the mill?"))
    assert best is not None and best.text == "Ann Vale"


def test_a_plural_asks_for_the_names_written_as_a_pair() -> None:
    from prosopograph.query.ask import _Tally
    from prosopograph.query.candidates import Candidate
    from prosopograph.store import SentenceHit

    def answer(question: str, sentence: str) -> str | None:
        hit = SentenceHit(1, 1, 1, 100, 100 + len(sentence), sentence, 1.0)
        tally = _Tally()
        for name, score in (("Uncle Tom", 1.0), ("Ann", 0.3)):
            at = 100 + sentence.index(name)
            tally.add(Candidate(name, score, 1, span=(at, at + len(name))), hit)
        best = tally.best(analyze(question))
        return best.text if best else None

    # a plural is answered by the pair the sentence writes, a singular by one; two names not joined are no pair
    paired = "The boy lived with Uncle Tom and Aunt Ann at the mill."
    assert answer("With which relatives did the boy live?", paired) == "Uncle Tom and Ann"
    assert answer("With which relative did the boy live?", paired) == "Uncle Tom"
    assert answer("With which relatives did the boy live?", "The boy found Uncle Tom near Ann at the mill.") == \
        "Uncle Tom"
    assert answer("With which children did the boy play?", "He played with Uncle Tom, and Ann.") == "Uncle Tom and Ann"


@pytest.mark.parametrize(("question", "head"), [
    # what a naming verb's object is, is what the name is of: a tale, a memoir, a modern biography
    ("What did the crew call their dragon-headed ship?", "ship"),
    ("What did we name the little schooner we bought at Bath?", "schooner"),
    ("What did the critics call her third novel?", "novel"),
    # a person named is asked as before; without an object the head stays unknown
    ("What did the sailors call the cook?", "cook"),
    ("What did her pupils call her?", None),
    # a compound WordNet lacks is no head, and the pronoun after it ('he' is helium to WordNet) none either
    ("What did the smith name the sword-blade he forged?", None),
    ("What did the critics call the show she wrote?", "show"),  # a noun spaCy lists among its stop words
])
def test_the_object_of_a_naming_verb_is_the_head(question: str, head: str | None) -> None:
    assert analyze(question).head == head


NAMED_THINGS = """# The Life of Ada Quill

## Chapter 2. The Mill

In 1801 Tom Quill bought the old mill at Elm Creek, and he called the mill Greyfield after his mother's people.
That winter Ada Quill slept at Dunmore with her aunt, Nell Voss. Later she went by coach to Corran.

## Chapter 3. Letters

I well remember the schooner that took us north; the schooner was called Petrel. My brother stayed at Carrick.
"""


def test_the_name_of_a_thing_is_read_where_the_thing_is_spoken_of(tmp_path: Path) -> None:
    kb = built(tmp_path, NAMED_THINGS)
    assert kb.ask("What was the name of the mill Tom Quill bought at Elm Creek?").answer == "Greyfield"
    assert kb.ask("What was the name of the schooner that took them north?").answer == "Petrel"
    # no inn, no ship of the brother's is spoken of: the places named beside them are no names of one
    assert kb.ask("What was the name of the inn where Ada Quill slept that winter with her aunt?").answer is None
    assert kb.ask("What was the name of the ship on which my brother stayed?").answer is None


@pytest.mark.parametrize(("question", "head"), [
    # a word mostly an adjective or an adverb starts no noun, and a name inside the run is passed over
    ("What was the name of the private Lisbon clinic that took him in?", "clinic"),
    ("What was the name of the convent outside Bruges where she stayed?", "convent"),
    ("What was the name of the girl born on the long voyage?", "girl"),
    ("What did the crew call their standard as they rowed out?", "standard"),
    # a noun right before a verb, or after an article or a possessive, begins a clause of its own
    ("What was the name of the farm his father bought?", "farm"),
    ("What was the name of the inn travellers used on the road?", "inn"),
    ("What was the name of the dog the children loved?", "dog"),
])
def test_the_head_is_a_noun_not_an_adjective_nor_a_name(question: str, head: str) -> None:
    assert analyze(question).head == head


def test_a_body_asked_for_is_named_not_a_common_noun_the_parse_finds(tmp_path: Path) -> None:
    kb = built(tmp_path, """# The Life of Ada Quill

## Chapter 4. The Wharf

In 1820 the Hale Brothers Company, then the richest association of traders in the county, owned the wharf at
Corran where Ada Quill worked.
""")
    assert kb.ask("Which company owned the wharf at Corran?").answer == "Hale Brothers Company"


STORY_YEARS = """# The Harbour at Vik

In 1901 Mara Lind moved to Vik. She would die there in 1950. She rented a room near the harbour. A storm broke
the harbour wall that winter. Tom Berg rebuilt the harbour wall.

In 1920 Mara Lind came back to Vik. The harbour was busy again. A fire burned the sheds on the quay. Peter
Holm rebuilt the sheds and the harbour wall.
"""


def test_a_year_the_question_names_is_read_in_the_part_of_the_story_at_that_time(tmp_path: Path) -> None:
    # a modern biography: two sentences that date nothing, each in its own part of the story (a look ahead to a
    # death among the dates before the first)
    (tmp_path / "vik.md").write_text(STORY_YEARS)
    db = tmp_path / "kb.sqlite"
    prosopograph.build([str(tmp_path / "vik.md")], db, Limits())
    kb = prosopograph.open(db)
    assert kb.ask("Who rebuilt the harbour wall in 1920?").answer == "Peter Holm"
    assert kb.ask("Who rebuilt the harbour wall in 1901?").answer == "Tom Berg"


COURT = """# The Old Court

The court spent the summer at Vellin. This house was a sort of hunting palace of the King's, which was also a
place of rest for the Queen. The hunters rode out every morning from the palace.
"""


def test_a_title_the_parse_puts_where_the_name_is_asked_is_no_answer(tmp_path: Path) -> None:
    # older prose: 'a palace of the King's' names the palace's owner by his title, not the palace
    (tmp_path / "court.md").write_text(COURT)
    db = tmp_path / "kb.sqlite"
    prosopograph.build([str(tmp_path / "court.md")], db, Limits())
    assert prosopograph.open(db).ask("What was the name of the hunting palace?").answer not in ("King", "Queen")


CAMP = """# The Camp on the River

Years before, a pasha of the sultan had sent gifts to the king. In 1711 the army marched south to the river.
The camp was soon surrounded by the enemy. This force was led by General Hugo Brandt, the officer whom the king
had made general of the army before his journey.
"""


@pytest.mark.parametrize(("question", "role"), [
    ("Who was the old pasha leading the fleet?", "pasha"),  # older prose
    ("Which foreign duke was the princess betrothed to?", "duke"),
    ("Who was the village schoolmaster in whose house I boarded?", "schoolmaster"),  # a memoir
    ("Which President of the Republic opened the bridge?", "president"),  # a title, capitalized
    ("Who was the father of Ann Reed?", None),  # kin: read from the record
    ("Which man killed the wolf?", None),  # anyone is a man
    ("Who founded the firm from which Ottar Lane bought the mill?", None),  # a name, not a kind of person
])
def test_the_kind_of_person_a_question_asks_for(question: str, role: str | None) -> None:
    assert analyze(question).role == role


def test_a_sentence_that_speaks_of_no_one_of_the_kind_asked_answers_little(tmp_path: Path) -> None:
    # older prose: the text names a general where a pasha is asked for (and speaks of a pasha elsewhere)
    (tmp_path / "camp.md").write_text(CAMP)
    db = tmp_path / "kb.sqlite"
    prosopograph.build([str(tmp_path / "camp.md")], db, Limits())
    assert prosopograph.open(db).ask("Who was the grand pasha commanding the army that surrounded the camp?") \
        .answer is None


TRAVELS = """# The Travels of Anna Berg

Anna Berg reached Lyon on 3 May 1921 and met her brother there for the first time in years. Anna Berg reached
Paris, by way of Dijon, in October 1922. Her brother wrote to her from Lyon every week. Later she went to
London with friends.
"""


def test_a_date_asked_of_a_place_is_read_where_that_place_is_named(tmp_path: Path) -> None:
    # a modern biography: the sentence of another town holds more of the question's words
    (tmp_path / "berg.md").write_text(TRAVELS)
    db = tmp_path / "kb.sqlite"
    prosopograph.build([str(tmp_path / "berg.md")], db, Limits())
    kb = prosopograph.open(db)
    assert kb.ask("When did Anna Berg reach Paris and meet her brother for the first time?").answer.startswith(
        "October 1922")
    # a place no dated sentence names weighs nothing: the date is read as before
    assert kb.ask("When did Anna Berg meet her brother in London for the first time?").answer.startswith(
        "3 May 1921")


def test_kin_given_to_someone_else_by_name_or_by_a_pronoun_bound_to_another() -> None:
    from prosopograph.query.ask import _Evidence, _kin_of_another
    from prosopograph.store import SentenceHit

    def another(text: str, bound: list[tuple[str, int]] = ()) -> bool:  # type: ignore[assignment]
        hit = SentenceHit(1, 1, 1, 0, len(text), text, 1.0)
        spans = [(text.index(word), text.index(word) + len(word), entity) for word, entity in bound]
        evidence = _Evidence([(1.0, hit)], {}, {1: []}, {1: []}, {1: spans})
        return _kin_of_another("father", "olaf lund", {7}, hit, evidence)

    # older prose: another's father by name, and by 'his' bound to another (entity 3)
    assert another("He rode to the house of Gyrd's father, Anders.")
    assert another("When Tom was nine, his father died.", [("his", 3)])
    # the one asked of: named by a part of his name, or 'his' bound to him, or named in the sentence
    assert not another("Olaf's father, Anders, kept the ferry.")
    assert not another("When the boy was nine, his father died.", [("his", 7)])
    assert not another("Olaf Lund rode to the house of Gyrd's father.")


def test_a_kind_of_person_is_spoken_of_by_its_noun_or_by_the_verb_it_is_the_doer_of() -> None:
    from prosopograph.nlp.wordnet import shared
    from prosopograph.query.ask import _role_words

    wordnet = shared()
    if wordnet is None:
        pytest.skip("WordNet is not installed")
    assert {"commanded", "commanders"} <= _role_words(wordnet, "commander")  # 'Hale commanded the fort'
    assert "wrote" in _role_words(wordnet, "writer")
    assert "delegating" not in _role_words(wordnet, "delegate")  # a verb of the same spelling says no delegate
    assert _role_words(wordnet, "duke") == {"duke", "dukes"}


NAMING = """# The Life of Ivo Marsh

## Chapter 7. The Valley

In 1844 the settlers gave the valley beyond the ford to Ivo Marsh, who had led them there.{named}

## Chapter 8. The Mill

In 1851 Ivo Marsh bought the old mill at Orm from Carl Berg. He called the mill Brightwater, for the clear race
under its wheel.
"""


def test_a_name_given_is_read_after_what_is_named_where_the_text_speaks_of_naming(tmp_path: Path) -> None:
    kb = built(tmp_path / "named", NAMING.format(named=" The settlers named the valley Greywater, after its river."))
    assert kb.ask("What name did the settlers give to the valley?").answer == "Greywater"
    assert kb.ask("What name did Ivo Marsh give the mill he bought?").answer == "Brightwater"
    # the one sentence of the valley speaks of no naming: the man it was given to is no name of it
    unnamed = built(tmp_path / "unnamed", NAMING.format(named=""))
    assert unnamed.ask("What name did the settlers give to the valley?").answer is None


EPITHET = """# Tales of the Fen Country

## Hal and Ingrid

Hal came from the hill farms. Hal married a weaver named Ingrid, and Hal built her a house by the mere. His wife
Ingrid kept bees.
"""


def test_an_epithet_the_question_writes_after_a_known_name_belongs_to_it(tmp_path: Path) -> None:
    from prosopograph.query.ask import _epithet

    # 'Hal the Bold's wife', where the text calls him Hal: the record answers of Hal
    found = built(tmp_path, EPITHET).ask("Who was Hal the Bold's wife?")
    assert found.answer == "Ingrid" and found.features is not None and found.features.record
    # 'Hal the smith', 'Hal the Ely man': a common noun, or another name the record knows, is no epithet
    index = {"hal": [(1, "PERSON")], "ely": [(2, "PLACE")]}
    assert _epithet("the smith s wife".split(), set(), index) == 0
    assert _epithet("the ely man".split(), {"ely"}, index) == 0


SEXED = [
    ("""# Marta Lind

Marta Lind ran the city archive from 1961. She catalogued the letters of the poets, and she wrote two books
about them. Her brother Johan Lind was a surgeon; he joined the Red Cross in 1940, and he served in Finland.
In 1975 Johan Lind handed the archive keys to a trusted friend of the family.
""", "Which woman handed the archive keys to a friend of the family?",
     "Which surgeon handed the archive keys to a friend of the family?", "Johan Lind"),
    ("""# The House of Ashcombe

Lady Eleanor Ashcombe kept the great house through the long winter. She was beloved of the tenants, and she
gave them bread. Sir Roger Ashcombe, her cousin, was a soldier; he had fought in Spain, and he came home lame.
Sir Roger Ashcombe sold the northern farms to pay the debts of the estate.
""", "Which lady sold the northern farms to pay the debts?",
     "Which soldier sold the northern farms to pay the debts?", "Roger Ashcombe"),
    ("""# What I Saw

I served under Colonel Amos Pratt in the second year of the war. He was kind to me, and he taught me to ride.
His sister, Hannah Pratt, nursed the wounded at the mill; she never slept, and she never complained. Colonel
Amos Pratt burned the bridge at the mill before the enemy came up.
""", "Which woman burned the bridge at the mill?", "Which colonel burned the bridge at the mill?", "Amos Pratt"),
]


@pytest.mark.parametrize(("text", "for_a_woman", "for_either", "man"), SEXED)
def test_a_question_for_a_woman_is_not_answered_with_a_man(tmp_path: Path, text: str, for_a_woman: str,
                                                           for_either: str, man: str) -> None:
    kb = prosopograph.open(build_texts(tmp_path, {"life.md": text}))
    assert man not in (kb.ask(for_a_woman).answer or "")  # 'he' twice: the man is no woman asked for
    assert man in (kb.ask(for_either).answer or "")  # a noun of either sex takes him


ORIGINS = """# The Life of Ivo Marsh

## Chapter 3. The Bridge

In 1861 the town resolved to bridge the river. The engineer who drew the plans for the bridge was a Swiss officer.
His name was Anton Weber, and he lodged with Ivo Marsh all that winter. The mason who cut the stone was a Catholic
from Leeds named Saul Pratt. I remember that my tutor, Mr. Hale, who was Irish, argued with the engineer every
evening.
"""
WEDDED = """Felix Orrin was born in 1822 in a town on the Rhine. His parents were Dutch, but the family moved to
Scotland when he was a child.

Felix became a Scot in all but name.

Ada Brell was born in 1830 in Lyon and held French citizenship all her life.

Ada married Felix Orrin in 1855.
"""


def test_a_nationality_asked_is_answered_only_by_such_a_word(tmp_path: Path) -> None:
    kb = built(tmp_path, ORIGINS)
    # the modern, the older and the first-person register of one life
    assert kb.ask("What nationality was the engineer who drew the plans for the bridge?").answer == "Swiss"
    assert kb.ask("What nationality was my tutor who argued with the engineer?").answer == "Irish"
    # a person named beside the word is never the answer, nor a place, nor the spouse the record knows
    for question in ("What nationality was Anton Weber's landlord?", "What nationality was the mason from Leeds?"):
        assert kb.ask(question).answer not in ("Anton Weber", "Ivo Marsh", "Saul Pratt", "Mr. Hale", "Leeds")
    wedded = prosopograph.open(build_texts(tmp_path / "wedded", {"orrin.txt": WEDDED}))
    assert wedded.ask("What nationality was the woman who married Felix Orrin?").answer not in ("Ada Brell", "Lyon")
