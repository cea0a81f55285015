"""ask reads the question with the parse: the slot, its subject, its year and what 'how many' counts."""

from pathlib import Path

import pytest

import prosopograph
from conftest import build_texts
from prosopograph.query.ask import searched_words

MEMOIR = """# Recollections of Henry Marsh

## Chapter I. School

I was born at Hollin Brook in the county of Kerry in 1828. In the winter of 1841 my father sent me from
Tralee to a school in Dunmore, where my cousin Edward Lacy, a boy from Carlow, also boarded. My cousin
spent his holidays in Galway with an uncle. Our master was a Scot named Angus Reid. He had founded the
debating club of the town in 1838.

## Chapter II. The Company

In the winter of 1849 I was sent to Tralee on the company's business. When the fort at Kilbride fell in the
spring of 1852 our column took eleven guns from Kilbride, and after a long march through the hills, four
hundred and twelve prisoners.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> prosopograph.KnowledgeBase:
    db = build_texts(Path(tmp_path_factory.mktemp("parse")), {"marsh.md": MEMOIR})
    return prosopograph.open(db)


def test_the_place_in_the_slot_of_the_year_asked(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Where was Henry Marsh sent in the winter of 1841?")
    assert a.answer == "Dunmore" and a.citations and "1841" in a.citations[0].quote


def test_another_year_gives_another_place(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Where was Henry Marsh sent in the winter of 1849?")
    assert a.answer == "Tralee"


def test_a_sentence_with_every_word_of_the_question_that_does_not_answer_it(
        kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Where did Henry Marsh spend his holidays?")  # his cousin spent them in Galway
    assert a.answer is None


def test_an_answer_across_two_sentences_through_he(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Who founded the debating club?")
    assert a.answer == "Angus Reid"
    assert [c.quote.split()[0] for c in a.citations[:2]] == ["He", "Our"]


def test_what_another_person_did_is_not_read_from_the_narrators_sentences(kb: prosopograph.KnowledgeBase) -> None:
    # 'I was born … in 1828' holds every other word; the master is neither named nor spoken of there
    assert kb.ask("In what year was Angus Reid born?").answer is None
    assert kb.ask("Where was Henry Marsh born?").answer == "Hollin Brook"  # the narrator's own sentence
    a = kb.ask("In what year did Angus Reid found the debating club?")  # 'He had founded …' speaks of him
    assert a.answer is not None and "1838" in a.answer


def test_born_is_not_read_as_bear() -> None:
    from prosopograph.nlp.wordnet import shared
    from prosopograph.query.ask import _forms

    wordnet = shared()
    assert wordnet is not None
    assert "bear" not in _forms(wordnet, "born") and "bore" not in _forms(wordnet, "born")
    assert {"buy", "buying"} <= _forms(wordnet, "bought")  # an irregular form of no sense of its own still widens
    assert {"marry", "marrying"} <= _forms(wordnet, "married")


def test_a_quantity_written_in_words(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("How many prisoners did the column take at Kilbride?")
    assert a.answer == "four hundred and twelve prisoners"


def test_the_narrator_named_in_the_question_is_the_i_of_the_memoir(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Where was Henry Marsh born?")
    assert a.answer is not None and "Hollin Brook" in a.answer


def test_the_question_words_are_found_in_their_other_forms() -> None:
    from prosopograph.query.candidates import follows_head, proximity, words_pattern

    bought = words_pattern({"bought", "buy", "buying", "buys"})
    sentence = "Buying land near the river, his uncle named the place Fernhill; Mr. Doyle kept the mill."
    assert proximity(sentence, "Fernhill", bought) > proximity(sentence, "Doyle", bought)
    estate = words_pattern({"estate", "estates"})
    assert follows_head("They bought the estates called Fernhill.", "Fernhill", estate)
    assert not follows_head("They bought Fernhill and the estates nearby.", "Fernhill", estate)


CHORES = ["fed the hens", "mended a net", "walked to the quay", "read by the stove", "wrote to the bank",
          "swept the yard", "counted the barrels", "sold a cart", "painted the gate", "lit the lamps"]


def test_a_name_in_most_sentences_still_leads_to_the_one_that_answers(tmp_path: Path) -> None:
    # the subject's name is in hundreds of sentences, more than the search looks for it in: the answer is
    # found through the question's other words
    days = [f"On day {i} Ada Pryce {CHORES[i % len(CHORES)]}." for i in range(560)]
    days.insert(300, "In the autumn Ada Pryce edited the Harbour Gazette, a weekly newspaper of the coast.")
    db = build_texts(tmp_path, {"pryce.md": "# Ada Pryce\n\n" + " ".join(days) + "\n"})
    with prosopograph.open(db) as kb:
        a = kb.ask("What newspaper did Ada Pryce edit?")
        assert a.answer == "Harbour Gazette" and "weekly newspaper" in a.citations[0].quote


def test_a_word_in_a_good_share_of_all_sentences_is_not_searched_for_while_others_are() -> None:
    words = ["Pryce", "edit", "edited"]
    assert searched_words(words, {"Pryce": 900, "edit": 3, "edited": 5}, 2000) == ["edit", "edited"]
    assert searched_words(words, {"Pryce": 150, "edit": 3, "edited": 5}, 2000) == words  # not a tenth of them
    assert searched_words(words, {"Pryce": 9, "edit": 3, "edited": 5}, 20) == words  # a short text's words all count
    assert searched_words(["Pryce"], {"Pryce": 900}, 2000) == ["Pryce"]  # nothing else to search for


def test_a_count_of_others_who_did_it_is_not_the_question_s_subject(tmp_path: Path) -> None:
    march = """# Recollections of Henry Marsh

## Chapter III. The March

In the summer of 1853 I led the column over the hills. Three of the crew fell sick and died at Kilbride.
"""
    kb = prosopograph.open(build_texts(tmp_path / "crew", {"march.md": march}))
    assert kb.ask("Where did Henry Marsh die?").answer is None  # three of his crew did, not he
    # 'the two' are the two just named, he among them
    pair = march.replace("Three of the crew fell sick and died at Kilbride.",
                         "My brother and I went on alone. The two died at Kilbride of the fever.")
    kb = prosopograph.open(build_texts(tmp_path / "pair", {"march.md": pair}))
    assert kb.ask("Where did Henry Marsh die?").answer == "Kilbride"


def test_a_person_the_sentence_leaves_unnamed_is_not_another_it_names(tmp_path: Path) -> None:
    office = """# The Harbour Office

In 1881 a Welsh surveyor who had trained at Bristol sent a formal complaint to Walter Hume about his pay.
In 1883 the harbour engineer, Owen Pryce, rebuilt the north quay. In 1885 Ivor Bevan became a clerk at the
harbour office and kept its ledgers.
"""
    kb = prosopograph.open(build_texts(tmp_path / "office", {"office.md": office}))
    # the surveyor is never named: Hume received his complaint and is no answer
    assert kb.ask("What was the name of the Welsh surveyor who sent a complaint about his pay?").answer is None
    # a name beside the noun is the one asked for
    assert kb.ask("What was the name of the engineer who rebuilt the north quay?").answer == "Owen Pryce"
    # what someone became names them too
    assert kb.ask("What was the name of the clerk who kept the ledgers of the harbour office?").answer == "Ivor Bevan"


def test_the_date_of_an_event_named_by_its_place_is_read_where_the_place_is_named(tmp_path: Path) -> None:
    ford = """# Recollections of Henry Marsh

## Chapter IV. The Ford

In May we camped at Kell Ford. The men were tired and the river was high. The battle of Alder Creek was fought
on the 3d of June, 1850. Two battles fought on one day, the 9th of June, 1850, would have ruined us.
"""
    kb = prosopograph.open(build_texts(tmp_path / "ford", {"ford.md": ford}))
    assert kb.ask("On which day was the battle of Alder Creek fought?").answer.startswith("3d of June, 1850")
    # no sentence naming Kell Ford dates a battle there; the battles of another sentence are not its
    assert kb.ask("On which day was the battle of Kell Ford fought?").answer is None


def test_what_someone_did_is_an_act_no_name_tells(kb: prosopograph.KnowledgeBase) -> None:
    assert kb.ask("What did my cousin Edward Lacy do in Galway?").answer is None  # not 'Galway', nor the uncle
