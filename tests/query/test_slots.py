"""The slot a question asks to fill, and whether a sentence's words fill it, on the model's parse."""

from __future__ import annotations

import pytest

from prosopograph.nlp import parse_text
from prosopograph.query.slots import (
    AGENT,
    NAME,
    NAME_WORDS,
    PATIENT,
    PLACE,
    Slot,
    asks_an_act,
    copula_noun,
    counted_noun,
    counts,
    described,
    doers,
    fillers,
    fills,
    given_name,
    is_noun,
    predicate_words,
    question_slot,
    time_phrases,
    when_slot,
)


def parsed(text: str):
    tokens = parse_text(text)
    if tokens is None:
        pytest.skip("the spaCy pipeline is not installed")
    return tokens


def slot_of(question: str) -> Slot | None:
    return question_slot(parsed(question))


@pytest.mark.parametrize(("question", "predicate", "role"), [
    ("In which town did the painter spend his last winter?", "spend", "in"),
    ("Where did the young clerk lodge after the fire?", "lodge", PLACE),
    ("Whom did the widow marry in the spring?", "marry", PATIENT),
    ("Who founded the reading society?", "found", AGENT),
    ("Which captain commanded the second battery?", "command", AGENT),
    ("Who was arrested at the border?", "arrest", PATIENT),
    ("The governor urged the purchase of which harbour?", "purchase", "of"),
])
def test_question_slot(question: str, predicate: str, role: str) -> None:
    assert slot_of(question) == Slot(predicate, role)


@pytest.mark.parametrize("question", [
    "When did the poet leave the city?",  # a date: the events answer it
    "Who was the first mayor of the town?",  # a copula asks for no verb's argument
    "Where was the doctor when the letter came?",  # where he was, not where the letter came
])
def test_no_slot(question: str) -> None:
    assert slot_of(question) is None


def verdict(question: str, sentence: str, words: str) -> bool | None:
    slot = slot_of(question)
    assert slot is not None
    tokens = parsed(sentence)
    at = sentence.index(words)
    return fills(slot, predicate_words(slot.predicate), (at, at + len(words)), tokens, tokens)


def test_a_place_of_the_same_verb_fills_the_slot() -> None:
    # modern biography
    question = "In which town did the painter spend his last winter?"
    assert verdict(question, "The painter spent his last winter in Arles with his brother Theo.", "Arles")
    assert verdict(question, "The painter spent his last winter in Arles with his brother Theo.", "Theo") is False


def test_a_sentence_without_the_predicate_says_nothing() -> None:
    question = "In which town did the painter spend his last winter?"
    assert verdict(question, "His brother Theo sent letters from Paris.", "Paris") is None


def test_the_agent_of_a_passive_is_who_did_it() -> None:
    # nineteenth-century prose
    question = "Who founded the reading society?"
    sentence = "The reading society was founded by Mr. Hollis, and Mr. Pratt became its first secretary."
    assert verdict(question, sentence, "Hollis")
    assert verdict(question, sentence, "Pratt") is False


def test_a_doer_named_by_a_noun_in_apposition() -> None:
    question = "Who founded the reading society?"
    assert verdict(question, "Amos Hollis, the founder of the reading society, died poor.", "Amos Hollis")


def test_the_object_of_a_first_person_verb() -> None:
    # memoir
    question = "Whom did the author marry?"
    sentence = "In the autumn I married Clara Webb, whose brother Tom had been my classmate."
    assert verdict(question, sentence, "Clara Webb")
    assert verdict(question, sentence, "Tom") is False


def test_a_place_within_a_place_stands_where_the_outer_one_does() -> None:
    question = "Where was the boy sent that winter?"
    sentence = "That winter the boy was sent to a school in Dunmore, where his cousin from Carlow boarded."
    assert verdict(question, sentence, "Dunmore")
    assert verdict(question, sentence, "Carlow") is False


def test_the_question_keeps_its_subject_when_it_asks_for_something_else() -> None:
    slot = slot_of("In which town did Emma Hale spend the summer?")
    assert slot is not None and slot.subject == "Emma Hale"
    slot = slot_of("Who founded the reading society?")
    assert slot is not None and slot.subject is None  # the subject is what it asks for


@pytest.mark.parametrize(("sentence", "doer"), [
    ("Her elder sister, who had been spending the summer at Bath, came home in May.", "sister"),
    ("I spent the summer at Bath with my aunt.", "I"),
    ("The summer was spent by the whole family at Bath.", "family"),
])
def test_who_does_the_predicate(sentence: str, doer: str) -> None:
    tokens = parsed(sentence)
    assert [t.text for t in doers(predicate_words("spend"), tokens, tokens)] == [doer]


def test_no_doer_of_a_bare_passive() -> None:
    tokens = parsed("The summer was spent at Bath.")
    assert doers(predicate_words("spend"), tokens, tokens) == []


def test_a_proper_name_in_the_slot_is_found_by_the_parse() -> None:
    slot = slot_of("The governor urged the purchase of which harbour?")
    assert slot is not None
    sentence = "In his last message the governor urged the purchase of Port Fenwick from the Crown."
    tokens = parsed(sentence)
    found = [sentence[a:b] for a, b in fillers(slot, predicate_words(slot.predicate), tokens, tokens)]
    assert found == ["Port Fenwick"]


def test_the_number_that_counts_what_is_asked() -> None:
    question = parsed("How many prisoners did the garrison give up?")
    assert counted_noun(question) == "prisoner"
    sentence = "When the fort fell we took 4,200 prisoners and eleven guns."
    tokens = parsed(sentence)

    def verdict(words: str) -> bool | None:
        at = sentence.index(words)
        return counts("prisoner", (at, at + len(words)), tokens, tokens)

    assert verdict("4,200") is True
    assert verdict("eleven") is False
    # a count of a measure counts the stuff it is a measure of, not another stuff beside it
    sentence = "From the cellars the garrison gave up ten tons of powder and two carts of prisoners."
    tokens = parsed(sentence)
    assert counts("powder", (sentence.index("ten"), sentence.index("ten") + 3), tokens, tokens) is True
    assert counts("powder", (sentence.index("two"), sentence.index("two") + 3), tokens, tokens) is False
    other = "The siege lasted forty days."
    tokens = parsed(other)
    assert counts("prisoner", (other.index("forty"), other.index("forty") + 5), tokens, tokens) is None


def test_the_subject_of_a_passive_question_is_not_the_doer() -> None:
    slot = slot_of("Where was Emma Hale sent in the spring?")
    assert slot is not None and slot.subject is None


@pytest.mark.parametrize(("sentence", "noun", "name"), [
    ("In May they rode on to Ellery, a quiet town on the river.", "town", "Ellery"),  # modern
    ("He purchased a small estate called Whitmoor from his uncle.", "estate", "Whitmoor"),  # 19th century
    ("We wintered in the town of Bly, where my mother had friends.", "town", "Bly"),  # memoir
    # the name set beside a noun said to be the kind asked for
    ("The chief of the survey was the young chemist Ada Varga.", "chief", "Ada Varga"),  # modern
    ("The first master of the school was a clergyman, Josiah Pratt.", "master", "Josiah Pratt"),  # 19th century
    ("My guide was an old shepherd, Angus Reid.", "guide", "Angus Reid"),  # memoir
])
def test_a_name_the_sentence_calls_the_kind_asked_for(sentence: str, noun: str, name: str) -> None:
    tokens = parsed(sentence)
    assert [sentence[a:b] for a, b in described(noun, tokens, tokens)] == [name]


def test_a_name_beside_the_noun_but_not_called_it() -> None:
    sentence = "Near Ellery they found a town where nobody spoke to them."
    tokens = parsed(sentence)
    assert described("town", tokens, tokens) == []


@pytest.mark.parametrize(("sentence", "noun"), [
    ("The king of Navarre sent his fleet north.", "king"),
    ("She was the daughter of Thomas Hale, a miller.", "daughter"),
    ("I called on the mayor of Ford the next morning.", "mayor"),
    ("The chief of the band was the brother of the painter Tomas Ruiz.", "chief"),  # the painter is another
    # a hyphened title WordNet writes as a phrase is a person too
    ("The editor-in-chief of the Courier was a former nurse.", "editor-in-chief"),
    ("The governor-general of Acadia received the deputies coldly.", "governor-general"),
    ("I wrote to the commander-in-chief of the Rangers that night.", "commander-in-chief"),
])
def test_the_person_of_a_place_or_of_someone_is_not_that_place_or_someone(sentence: str, noun: str) -> None:
    tokens = parsed(sentence)
    assert described(noun, tokens, tokens) == []  # 'the king of Navarre' rules it; Navarre is no king


def test_to_which_asks_for_the_object_of_to() -> None:
    assert slot_of("To which port did the brig sail after the storm?") == Slot("sail", "to")
    assert slot_of("To which town did the family move in 1850?") == Slot("move", "to")


@pytest.mark.parametrize(("question", "role"), [
    ("Which officer did the sentry hand the letter to?", "to"),
    ("Whom did the old squire leave his fortune to?", "to"),
    ("Which friend did you stay with in Leeds?", "with"),
    # a preposition with its own object, a noun or a clause, leaves the wh-phrase the verb's object
    ("Which horse did the farmer sell to the miller?", PATIENT),
    ("Which mill did he buy after selling the farm?", PATIENT),
])
def test_a_stranded_preposition_asks_for_its_object(question: str, role: str) -> None:
    slot = slot_of(question)
    assert slot is not None and slot.role == role


@pytest.mark.parametrize(("question", "noun"), [
    ("Who was the first mayor of Bly?", "mayor"),
    ("Who was chairman of the reading society in 1850?", "chairman"),
    ("Who was at her side when she died?", None),  # no noun to be
    ("Who was the step-mother of the young squire?", "step-mother"),  # the hyphened word whole, not 'mother'
])
def test_the_noun_a_who_was_question_asks_for(question: str, noun: str | None) -> None:
    assert copula_noun(parsed(question)) == noun


@pytest.mark.parametrize(("sentence", "noun", "name"), [
    # a kin noun hyphened to its prefix names that kin, in three registers
    ("In 1950 her step-mother, Joan Hart, sold the farm.", "stepmother", "Joan Hart"),
    ("His grand-father, Mr. Amos Lowe, kept the toll-gate.", "grandfather", "Mr. Amos Lowe"),
    ("My foster-father, Caleb Dunn, taught me to row.", "foster-father", "Caleb Dunn"),
    # the part of a hyphened noun of another kind may be what the whole is: a sea-captain is a captain
    ("We sailed with Abel Shore, a sea-captain of Leith.", "captain", "Abel Shore"),
])
def test_a_hyphened_noun_names_what_its_whole_word_is(sentence: str, noun: str, name: str) -> None:
    tokens = parsed(sentence)
    assert name in [sentence[a:b] for a, b in described(noun, tokens, tokens)]


@pytest.mark.parametrize(("sentence", "noun"), [
    # negative: the part of a hyphened kin noun is not that kin ('step-mother' is no mother)
    ("In 1950 her step-mother, Joan Hart, sold the farm.", "mother"),
    ("His father-in-law, Mr. Amos Lowe, kept the toll-gate.", "father"),
    ("My grand-father, Caleb Dunn, taught me to row.", "father"),
])
def test_the_part_of_a_hyphened_kin_noun_is_not_that_kin(sentence: str, noun: str) -> None:
    tokens = parsed(sentence)
    assert described(noun, tokens, tokens) == []


@pytest.mark.parametrize(("sentence", "noun", "word"), [
    ("Her step-mother sold the farm in 1950.", "stepmother", "mother"),
    ("His grand-father kept the toll-gate.", "grandfather", "father"),
    ("My foster-brother and I rowed to the island.", "foster-brother", "brother"),
])
def test_a_hyphened_noun_is_its_head_word_not_the_prefix_hung_on_it(sentence: str, noun: str, word: str) -> None:
    tokens = parsed(sentence)
    assert [t.text for t in tokens if is_noun(noun, t, tokens)] == [word]


@pytest.mark.parametrize(("sentence", "name"), [
    ("The first chairman was a young clerk named Amos Hollis.", "Amos Hollis"),  # 19th century
    ("In those years Ruth Carver was the chairman of the board.", "Ruth Carver"),  # modern
])
def test_a_name_said_to_be_the_noun(sentence: str, name: str) -> None:
    tokens = parsed(sentence)
    assert name in [sentence[a:b] for a, b in described("chairman", tokens, tokens)]


def test_a_name_beside_a_copula_about_someone_else() -> None:
    sentence = "Ruth Carver met the chairman, who was away that spring."
    tokens = parsed(sentence)
    assert described("chairman", tokens, tokens) == []


@pytest.mark.parametrize(("question", "sentence", "name", "fits"), [
    # a modern biography: a cleft sentence
    ("Who urged the mayor to resign?", "It was Nora Vance who urged the mayor to resign, not the council.",
     "Nora Vance", True),
    # older prose: the object of a relative clause
    ("Whom did the court banish?", "The clerk was Silas Pratt, whom the court banished for life.", "Silas Pratt",
     True),
    # a memoir: the one the relative clause is hung on did not do it
    ("Who urged the mayor to resign?", "I met Nora Vance, whom the mayor urged to stay.", "Nora Vance", False),
])
def test_a_name_a_relative_clause_is_hung_on_plays_its_role(question: str, sentence: str, name: str,
                                                             fits: bool) -> None:
    assert verdict(question, sentence, name) is fits


def said_when(sentence: str, verb: str) -> list[str]:
    tokens = parsed(sentence)
    return [sentence[a:b] for a, b in time_phrases(predicate_words(verb), tokens, tokens)]


def test_the_phrase_that_says_when_the_predicate_happened() -> None:
    # a modern biography, nineteenth-century prose, a memoir: a clause, a part of a time, a bare time
    assert said_when("She left the firm when her second child was born.", "leave") == \
        ["when her second child was born"]
    assert said_when("In the spring of that year the old squire died at his house.", "die") == \
        ["In the spring of that year"]
    assert said_when("We reached the river the day after the storm broke.", "reach") == \
        ["the day after the storm broke"]
    assert said_when("At the end of that winter I sold the farm.", "sell") == ["At the end of that winter"]


def test_no_phrase_says_when_where_the_words_say_how_long_why_or_where() -> None:
    # the predicate is the time another thing is measured from: 'many years' is how long after
    assert said_when("It was a cold morning many years after the old squire died.", "die") == []
    assert said_when("He died of the fever because he would not rest.", "die") == []  # why
    assert said_when("I lodged in the house by the mill.", "lodge") == []  # where
    assert said_when("As he rode home, he fell from his horse.", "fall") == []  # 'as' as often says why
    assert said_when("In the spring of that year the old squire died.", "sell") == []  # another predicate
    # how long, not when; a preposition of place or of cause; a noun that is no time nor a part of one
    assert said_when("Marta kept the shop in Leeds for three years.", "keep") == []
    assert said_when("I finished the survey in six days.", "finish") == []
    assert said_when("The sloop sailed before the wind to Cowes.", "sail") == []
    assert said_when("He left the parish on account of the winter.", "leave") == []
    assert said_when("The old shepherd died from the hunger of that winter.", "die") == []
    assert said_when("She looked after her mother in the house.", "look") == []


def test_no_phrase_says_when_of_what_the_text_denies_or_only_supposes() -> None:
    # older prose, a memoir, a modern biography
    assert said_when("If the ice broke before the spring, he would sail for home.", "break") == []
    assert said_when("The squire would have died in that winter, had the doctor not come.", "die") == []
    assert said_when("I did not leave the farm in that year.", "leave") == []
    assert said_when("I left the farm in that year.", "leave") == ["in that year"]


def test_a_time_phrase_ends_where_another_phrase_begins() -> None:
    assert said_when("The cottage was built before the war by my grandfather.", "build") == ["before the war"]
    assert said_when("I left school when I was fourteen because my father could not pay.", "leave") == \
        ["when I was fourteen"]
    # a time's own clause and its relative clause stay
    assert said_when("She fell ill the moment she reached the coast.", "fall") == ["the moment she reached the coast"]


def test_a_question_opening_with_when_asks_the_time_of_its_verb() -> None:
    slot = when_slot(parsed("When did Tom Reed sail for Lisbon?"))
    assert slot is not None and (slot.predicate, slot.subject) == ("sail", "Tom Reed")
    slot = when_slot(parsed("When was Ann Hale, the miller's daughter, married?"))
    assert slot is not None and slot.predicate == "marry"
    # the model may make 'was' the root and hang the participle on the name
    slot = when_slot(parsed("When was Tom Reed, the smith's son, born?"))
    assert slot is not None and slot.predicate == "bear"
    assert when_slot(parsed("In what year did Tom Reed sail?")) is None  # a year is asked, not a time in words


@pytest.mark.parametrize("question", [
    "What name did the settlers give the valley?",  # modern
    "What did the old squire call his new mare?",  # nineteenth-century
    "What was the farm called when we bought it?",  # memoir, a passive
    "What nickname did the sailors give the captain?",
    "What did Ellen name the spear-point she found?",  # the thing named parsed as a bare noun phrase (npadvmod)
])
def test_a_name_given_is_asked_whatever_verb_the_question_gives_it_with(question: str) -> None:
    found = slot_of(question)
    assert found is not None and found.role == NAME


@pytest.mark.parametrize("question", [
    "Whom did the widow call to her bedside?",  # the one called, not a name
    "What did the town call for after the flood?",
    "What did she give the captain?",
    "What did the crier call each morning?",  # a time, not a thing named
])
def test_a_verb_of_naming_without_a_name_given_asks_no_name(question: str) -> None:
    found = slot_of(question)
    assert found is None or found.role != NAME


@pytest.mark.parametrize(("sentence", "name"), [
    ("The settlers called the valley Greendale for its grass.", "Greendale"),  # modern, parsed as one noun
    ("After that winter all the village called him Long Tom.", "Tom"),
    ("The estate was named Thornbury by its first owner.", "Thornbury"),  # nineteenth-century passive
    ("We christened the boat the Kestrel.", "Kestrel"),  # memoir
    ("Her name was Mary Lyle.", "Lyle"),
    ("He took the name of Brother Ambrose.", "Ambrose"),
])
def test_a_name_the_sentence_gives(sentence: str, name: str) -> None:
    tokens = parsed(sentence)
    word = next(t for t in tokens if t.text == name)
    assert given_name(word, tokens, tokens)


@pytest.mark.parametrize(("sentence", "word"), [
    ("In the evening she called Tom Reed to the table.", "Reed"),  # one called, no name given
    ("Mary Lyle was the name on the letter.", "letter"),
    ("The settlers left the valley for Greendale.", "Greendale"),
    ("The settlers claimed the valley in the name of King George.", "George"),  # on another's behalf
    ("In 1850 the court cleared the name of Tom Reed.", "Reed"),
])
def test_no_name_given(sentence: str, word: str) -> None:
    tokens = parsed(sentence)
    found = next(t for t in tokens if t.text == word)
    assert not given_name(found, tokens, tokens)


def test_the_name_given_fills_a_name_slot_and_the_namer_does_not() -> None:
    slot = slot_of("What did Ada Vane call the cottage?")
    assert slot is not None and slot.role == NAME
    sentence = "In 1890 Ada Vane bought a cottage near the sea and called it Seaholme."
    tokens = parsed(sentence)
    found = [sentence[a:b] for a, b in fillers(slot, set(NAME_WORDS), tokens, tokens)]
    assert found == ["Seaholme"]
    at = sentence.index("Ada Vane")
    assert fills(slot, set(NAME_WORDS), (at, at + len("Ada Vane")), tokens, tokens) is False


@pytest.mark.parametrize("question", [
    "What did the young widow do after the funeral?",  # modern
    "What did the good parson resolve to do when the fever came?",  # 19th century
    "What did I have to do before the regiment sailed?",  # memoir
])
def test_what_someone_did_asks_for_an_act(question: str) -> None:
    assert asks_an_act(parsed(question))


@pytest.mark.parametrize("question", [
    "What work did the young widow do after the funeral?",  # 'what work': a thing done
    "What did the parson do business in?",  # 'do' has an object of its own
    "What harm did the fever do to the parish?",
])
def test_what_someone_did_to_a_thing_is_no_act(question: str) -> None:
    assert not asks_an_act(parsed(question))
