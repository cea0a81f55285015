"""Candidate answers read from one sentence's tagged names, written here as a model would tag them."""

import pytest

from prosopograph.query.candidates import _speech, candidates
from prosopograph.query.question import analyze
from prosopograph.store import EventRow, MentionRow, SentenceHit
from prosopograph.text import fold


def who(question: str, sentence: str, tagged: list[tuple[str, str | None]]) -> list[str]:
    """Candidates for `question` in `sentence`, each name tagged PERSON and resolved to the person named, if any."""
    mentions = [MentionRow(1, sentence.index(t), sentence.index(t) + len(t), t, "PERSON", i if person else None,
                           "PERSON" if person else None, person, False, 5 if person else 0)
                for i, (t, person) in enumerate(tagged, 1)]
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    return [c.text for c in candidates(analyze(question), hit, mentions, [], set(), fold(question))]


def test_a_title_no_one_was_found_behind_is_no_answer_to_who() -> None:
    # modern biography, nineteenth-century prose, a memoir: the bare title answers nothing, a name does
    assert who("Who led the fleet at the cape?", "The fleet was not led by the Admiral at the cape.",
               [("Admiral", None)]) == []
    assert who("Who led the fleet at the cape?", "The fleet was led by Admiral Holm at the cape.",
               [("Admiral Holm", None)]) == ["Admiral Holm"]
    assert who("Who sat in the chair that night?", "The chair that night was held by the Emperor himself.",
               [("Emperor", "Otto the Red")]) == ["Otto the Red"]  # the resolver knew whom it meant
    assert who("Who drove the cart to market?", "Old Sam Tuck drove the cart, for the Colonel would not.",
               [("Sam Tuck", None), ("Colonel", None)]) == ["Sam Tuck"]
    assert who("Who wrote the orders?", "The orders are printed in full in the Appendix.", [("Appendix", None)]) == []


def test_a_sentence_of_another_battle_does_not_tell_of_the_one_asked() -> None:
    from prosopograph.query.ask import _named_of, _names_another

    def hit(text: str) -> SentenceHit:
        return SentenceHit(1, 1, 1, 0, len(text), text, 1.0)

    asked = _named_of("When was the battle of Vik fought?")
    assert asked == [("battle", "vik")]
    # nineteenth-century prose, a modern history, a memoir: another battle named, the asked one not
    assert _names_another(asked, hit("The battle of Lund was won on the 3d of June."), None)
    assert _names_another(asked, hit("In 1702 the Battle of Lund ended the war."), None)
    assert not _names_another(asked, hit("In 1702 the Treaty of Lund ended the war."), None)  # no battle named
    assert _names_another(asked, hit("I rode to the battle of Lund on the 3d."), hit("We had left Vik behind.")) \
        is False  # the sentence before speaks of Vik
    assert not _names_another(asked, hit("The battle of Vik was fought on the 2d of June."), None)
    assert not _names_another(asked, hit("The fighting lasted until dark on the 2d of June."), None)
    assert _names_another(_named_of("When did the siege of Lund end?"),
                          hit("The siege of Orm ended in the spring of 1720."), None)
    # 'the name of Tom', 'the daughter of Reed': no event named, nothing to tell apart
    assert _named_of("What was the name of Tom's ship?") == _named_of("Who was the daughter of Reed?") == []


def test_a_person_the_record_knows_well_is_no_place() -> None:
    def where(sentence: str, name: str, mentions: int) -> list[str]:
        at = sentence.index(name)
        tagged = [MentionRow(1, at, at + len(name), name, "PERSON", 7, "PERSON", name, False, mentions)]
        hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
        question = "Where was the old doctor buried?"
        return [c.text for c in candidates(analyze(question), hit, tagged, [], set(), fold(question))]

    # a chronicle's king, named a hundred times, and a hamlet the model once took for a person
    assert where("The next day Ivo sent for the old doctor.", "Ivo", 120) == []
    assert where("The old doctor was buried at Ust-Lorn.", "Ust-Lorn", 2) == ["Ust-Lorn"]
    assert where("The doctor and Tom Pell and Ann were buried at Dunmore.", "Tom Pell", 2) == ["Dunmore"]


def named(question: str, sentence: str) -> list[str]:
    """Candidates for a question asking a name, from a sentence with no tagged names."""
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    return [c.text for c in candidates(analyze(question), hit, [], [], set(), fold(question))]


def test_words_someone_says_are_no_name() -> None:
    # a nickname, a ship's name in American print (its comma inside the marks), a book's title: names
    assert "the Professor" in named("What did her students call her?", 'Her students called her "the Professor."')
    assert "Hope" in named("What was the ship called?", "The ship was called “Hope,” and sailed at noon.")
    # a verb of saying further on, after words that name no speaker, says nothing of who said it
    assert not _speech("the old tub", " and the papers reported her loss.")
    assert _speech("the old tub", " the harbour master said.")
    assert "A Winter in Kerry" in named("What was his first book?", "His first book, “A Winter in Kerry,” sold well.")
    # a speech: to 'you', as 'I', a cry, or followed by who said it
    for question, sentence in [
            ("What was he called in the north?", "“When you reach the north, ask for the Grey One,” he said."),
            ("What did the captain call the island?", "“I shall call it Gull Rock,” the captain said."),
            ("What was the tune called?", "“Play it again!” cried the fiddler at the inn."),
            ("What was the farm called?", "“Go home to the farm,” the sergeant told him."),
            ("What was the oak called?", "Her last words were “You will find it under the oak.”"),
            ("What was the watchword?", "“Who goes there?” rang out over the water.")]:
        speech = sentence[sentence.index("“") + 1:sentence.index("”")].rstrip(",!.")
        assert speech not in named(question, sentence), sentence
    # asked what was said, the words said are the answer; a title in capitals is no speech, whoever praised it
    assert "Go home to the farm" in named("What did the sergeant say?", "“Go home to the farm,” the sergeant told him.")
    assert "My Years on the River" in named("What was her memoir called?",
                                            "“My Years on the River,” the critics said, was her best book.")


def test_a_place_the_resolver_knows_well_is_no_person_the_model_mistook() -> None:
    sentence = "The garrison of Velda and Orrin held out until the spring."
    question = "Who held out until the spring?"
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)

    def place(name: str, mentions: int) -> MentionRow:
        at = sentence.index(name)
        return MentionRow(1, at, at + len(name), name, "GPE", 3, "PLACE", name, False, mentions)

    # a rare name the model took for a place may be a person's; a town the book names a dozen times is not
    found = [c.text for c in candidates(analyze(question), hit, [place("Orrin", 2)], [], set(), fold(question))]
    assert found == ["Orrin"]
    assert candidates(analyze(question), hit, [place("Velda", 12)], [], set(), fold(question)) == []


def found_in(question: str, sentence: str) -> list[str]:
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    return [c.text for c in candidates(analyze(question), hit, [], [], set(), fold(question))]


def test_some_day_or_a_count_of_the_one_asked_about_is_no_answer_to_how_many() -> None:
    # modern biography, older prose, memoir
    assert found_in("How old was the engineer when he joined the firm?",
                   "One day the engineer, then twenty-six, walked into the office.") == ["twenty-six"]
    assert found_in("How much was a clerk paid each week?",
                   "There was one clerk who was paid nine shillings a week.") == ["nine shillings"]
    assert found_in("How many clerks did the office keep?", "The office kept one clerk and a boy.") == ["one clerk"]
    assert found_in("How many young men did we send north?", "We sent four young men north.") == ["four"]
    assert found_in("How many days did the siege of the fort last?", "The siege of the fort lasted one day.") \
        == ["one day"]
    # the count set before what the question's verb says happened to them ('40 killed, 112 wounded') answers it
    assert found_in("How many men were killed at the ford?", "At the ford we lost 40 killed and 112 wounded.") == \
        ["40", "112"]
    assert found_in("How many of the crew were drowned?", "Of the crew, eleven drowned and two were saved.") == \
        ["eleven", "two"]


def test_a_name_made_only_of_the_questions_words_is_no_answer() -> None:
    # the by-name asked about, and the title the question gives, are the question's own words
    assert who("Who gave Tom the name Redbeard?", "Tom Redbeard rode north with Ann Vale.",
               [("Tom Redbeard", None), ("Ann Vale", None)]) == ["Ann Vale"]
    assert who("Which of the king's men taught young Olaf to ride?", "King Olaf was taught to ride by Ivar.",
               [("King Olaf", None), ("Ivar", None)]) == ["Ivar"]
    # one word in common is not enough: another Tom may answer
    assert who("Who taught Tom to swim?", "Tom Hale taught the boy to swim.", [("Tom Hale", None)]) == ["Tom Hale"]


def test_which_of_an_order_is_answered_by_the_order_the_sentence_gives() -> None:
    # modern biography, older prose, memoir
    assert "second term" in found_in("In which term did she pass the harbour bill?",
                                    "She passed the harbour bill early in her second term.")
    assert "fourth generation" in found_in("Of which generation of the Hales was Ruth?",
                                          "Ruth was of the fourth generation of Hales at the mill.")
    assert "3d attempt" in found_in("At which attempt did I cross the pass?", "I crossed the pass at my 3d attempt.")
    # an order of another noun is no answer, nor the order of a thing, which has a name
    assert not any("second" in c for c in found_in("In which term did she pass the bill?",
                                                  "She passed the bill on her second visit."))
    assert not any("third" in c for c in found_in("Which ship did he sail on?", "He sailed on the third ship."))


def test_a_place_the_resolver_knows_is_no_name_of_a_thing_asked_for() -> None:
    sentence = "The yacht sailed from Flushing under the name of Sea Lark."
    question = "What was the name of the yacht?"
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    at = sentence.index("Flushing")
    town = MentionRow(1, at, at + 8, "Flushing", "GPE", 4, "PLACE", "Flushing", True, 12)
    found = [c.text for c in candidates(analyze(question), hit, [town], [], set(), fold(question))]
    assert "Flushing" not in found and "Sea Lark" in found
    # asked for a place, it stays
    question = "From which port did the yacht sail?"
    assert "Flushing" in [c.text for c in candidates(analyze(question), hit, [town], [], set(), fold(question))]


def test_how_long_is_answered_by_a_number_of_a_unit() -> None:
    # modern biography, older prose, memoir
    assert found_in("How long did the strike last?", "At three o'clock on the 4th the strike ended after nine weeks.") \
        == ["nine weeks"]
    assert found_in("How long was the new bridge?", "The bridge, built by three masons, was two hundred yards long.") \
        == ["two hundred yards"]
    assert found_in("How long did we stay at the ford?", "We stayed at the ford three long years.") == ["three"]
    # 'how many' still counts what it counts
    assert "three masons" in found_in("How many masons built the bridge?", "The bridge was built by three masons.")


def test_a_count_says_what_it_counts_where_that_is_a_unit_or_the_question_s_noun() -> None:
    # a memoir, older prose, a modern biography: the unit, and the stuff measured where the question names it
    assert found_in("How much flour did we carry over the pass?", "We carried six barrels of flour over the pass.") \
        == ["six barrels of flour"]
    assert found_in("How much did the widow leave to the chapel?", "The widow left two hundred pounds to the chapel, "
                    "with her books.") == ["two hundred pounds"]
    assert found_in("How many sloops did the yard launch that year?", "That year the yard launched nine sloops.") \
        == ["nine sloops"]
    # what follows is neither a unit nor the question's noun, or the stuff is not the question's: the count alone
    assert found_in("How many sloops did the yard launch?", "The yard launched nine of them that year.") == ["nine"]
    assert found_in("How many of the crew were saved?", "Of the crew, eleven drowned and two were saved.") \
        == ["eleven", "two"]
    assert found_in("How much did the widow leave?", "The widow left two hundred pounds of silver plate.") \
        == ["two hundred pounds"]
    assert found_in("How many cousins sailed with him?", "Three cousins sailed with him.") == ["Three cousins"]
    assert found_in("How many young men did we send north?", "We sent four young men north.") == ["four"]
    # a comma runs two numbers together only after a multiplier
    assert found_in("How old was Ann when she married?", "Ann married at twenty, two years after her sister.") \
        == ["twenty"]
    assert found_in("How many acres did the estate have?", "The estate had one thousand, two hundred acres.") \
        == ["one thousand, two hundred acres"]


def test_a_date_decades_from_the_year_the_question_names_counts_little() -> None:
    question = "On what date did the trial of the 1848 strikers open?"
    sentence = "The trial opened on 12 March 1849, and a second trial opened on 3 May 1901."
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    scores = {c.iso: c.score for c in candidates(analyze(question), hit, [], [], set(), fold(question))}
    assert scores["1849-03-12"] == 1.0 and scores["1901-05-03"] < 0.5
    # a question naming no year weighs every date alike
    question = "On what date did the trial open?"
    scores = {c.iso: c.score for c in candidates(analyze(question), hit, [], [], set(), fold(question))}
    assert scores["1849-03-12"] == scores["1901-05-03"]


def test_a_day_in_the_year_the_question_names_answers_it_and_the_year_alone_does_not() -> None:
    def dates(question: str, sentence: str) -> set[str | None]:
        hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
        return {c.iso for c in candidates(analyze(question), hit, [], [], set(), fold(question))}

    # a modern biography, a memoir
    assert "1917-09-23" in dates("On what date in 1917 was the strike called off?",
                                 "The strike was called off on 23 September 1917.")
    assert "1862-04" in dates("In what month of 1862 did we reach the river?", "We reached the river in April, 1862.")
    # older prose: asked the year, the year named in the question tells nothing new
    assert "1703" not in dates("In what year after 1703 was the fort built?", "In 1703 the fort was planned.")


def test_a_name_set_beside_whose_name_it_is_is_named() -> None:
    # nineteenth-century prose, a memoir, a modern biography
    def said_named(question: str, sentence: str) -> list[str]:  # not merely capitalized (a weaker candidate)
        hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
        return [c.text for c in candidates(analyze(question), hit, [], [], set(), fold(question)) if c.score > 0.6]

    assert said_named("What was the name of the farm?",
                      "We rode out to Elm Hill, the name of the farm, at dusk.") == ["Elm Hill"]
    assert said_named("What was the name of the pony?",
                      "They named her Snowdrop, and she lived for years.") == ["Snowdrop"]
    # a name beside a description that names nothing is only a capitalized word
    assert said_named("What was the name of the farm?", "We rode out to Elm Hill, the seat of the family.") == []


def test_a_thing_asked_for_is_no_person() -> None:
    # a weapon, an illness, a ship: not whoever the sentence names; a name is anyone's
    assert who("What weapon did the thief carry?", "The thief, Tom Pell, carried a short club.",
               [("Tom Pell", "Tom Pell")]) == []
    assert who("What illness kept the judge at home?", "Judge Amos Roe kept to his bed with gout.",
               [("Amos Roe", "Amos Roe")]) == []
    assert "Ned Bly" in who("What name did the sailors give the cook?", "The sailors called the cook Ned Bly.",
                            [("Ned Bly", "Ned Bly")])
    assert who("Which colonel held the bridge?", "The bridge was held by Colonel Amos Roe.",
               [("Amos Roe", "Amos Roe")]) == ["Amos Roe"]


def test_a_title_asked_for_is_capitalized() -> None:
    # a book's, a pamphlet's, a song's title; words quoted in lower case are someone's words
    assert "Notes from the Fen" in named("What was the title of her pamphlet?",
                                        "Her pamphlet, “Notes from the Fen,” was read in every parish.")
    assert named("What was the title of the pamphlet in which he mocked the mayor?",
                 "In the pamphlet he called the mayor “a fat and idle fellow” before the whole town.") == []
    # asked for any words, lower-case quotations answer
    assert "a fat and idle fellow" in named("What did he call the mayor in the pamphlet?",
                                           "In the pamphlet he called the mayor “a fat and idle fellow.”")


def test_a_state_asked_for_is_named_by_no_name() -> None:
    # 'what illness', 'what wound': a common noun, never the place or the person the sentence names
    assert found_in("What illness did the captain bring home?", "The captain caught a fever from Ann Tull.") == []
    assert found_in("What wound did the old judge take?", "At Corran Bridge the judge was hit in the arm.") == []
    # a thing that may bear a name still finds one
    assert "Petrel" in found_in("What ship did the captain take to Corran?", "He took the Petrel to Corran.")


def test_a_building_asked_for_is_a_name_ending_in_a_building_and_no_town() -> None:
    sentence = "From Dunmore he was sent on to the Pell House, in Corran, and to Brook Hall."
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)

    def town(name: str) -> MentionRow:
        at = sentence.index(name)
        return MentionRow(1, at, at + len(name), name, "GPE", 3, "PLACE", name, True, 40)

    question = "In which hotel did he stay?"
    found = {c.text: c.score for c in candidates(analyze(question), hit, [town("Dunmore"), town("Corran")], [],
                                                 set(), fold(question))}
    assert found["Pell House"] > found["Dunmore"] and found["Brook Hall"] > found["Corran"]
    # asked for a town, the towns are as likely as ever and no building is offered
    question = "In which town did he stay?"
    found = {c.text: c.score for c in candidates(analyze(question), hit, [town("Dunmore"), town("Corran")], [],
                                                 set(), fold(question))}
    assert found.get("Dunmore") == 1.0 and "Pell House" not in found


@pytest.mark.parametrize(("question", "sentence", "person", "building"), [
    # a modern biography, older prose, a memoir: a person whose name ends in a word for a building is none
    ("In which palace did the queen hold her court?", "The queen held her court with Anne Castle at the palace "
     "of Kew.", "Anne Castle", None),
    ("At which hall did the squire dine?", "The squire dined with Tom Hall at Ashby Manor.", "Tom Hall", "Ashby Manor"),
    ("In which barracks did we camp?", "We camped with Jack Barracks at Hale Barracks.", "Jack Barracks",
     "Hale Barracks"),
])
def test_a_person_the_resolver_knows_is_no_building(question: str, sentence: str, person: str,
                                                    building: str | None) -> None:
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    at = sentence.index(person)
    known = MentionRow(1, at, at + len(person), person, "FAC", 7, "PERSON", person, False, 30)
    found = [c.text for c in candidates(analyze(question), hit, [known], [], set(), fold(question))]
    assert person not in found and not any(person in c for c in found)
    assert building is None or building in found
    # the resolver not knowing the name, it may still be a building's
    assert person in [c.text for c in candidates(analyze(question), hit, [], [], set(), fold(question))]


def test_a_building_the_model_took_for_a_body_is_still_one() -> None:
    sentence = "Every Sunday the old minister preached at Marsh Chapel."
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    at = sentence.index("Marsh Chapel")
    body = MentionRow(1, at, at + 12, "Marsh Chapel", "ORG", 3, "ORG", "Marsh Chapel", False, 4)
    question = "At which chapel did the minister preach?"
    found = {c.text: c.score for c in candidates(analyze(question), hit, [body], [], set(), fold(question))}
    assert found.get("Marsh Chapel") == 1.0


def test_one_as_a_pronoun_is_no_count_and_a_hundred_keeps_its_article() -> None:
    # older prose: the fine and the pronoun 'one' for the thing fined
    assert found_in("How much did a trader pay for a licence?",
                    "Every trader had to pay a hundred crowns a year for the right to hold one.") == ["a hundred"]
    # a memoir: 'any one', 'the one who'
    assert found_in("How many cadets failed?", "We never lost any one sent from our county, except the one "
                    "whose bunk I took.") == []
    # a modern biography: a count of one, and 'one' before a noun, stay counts
    assert found_in("How many clerks did the office keep?", "The office kept one clerk and a boy.") == ["one clerk"]
    assert found_in("How many sons did she have?", "She had one son and two daughters.")[:1] == ["one son"]
    assert "one" in found_in("How many of his sons survived the war?", "Only one of his four sons survived the war.")


def test_a_title_alone_is_no_name_to_answer_with() -> None:
    # older prose: 'the Queen', 'of the King's' name no one the question is after
    found = found_in("What was the name of the palace?", "The hunters met at a palace of the King's, which the Queen "
                     "also used.")
    assert not {"King", "King's", "Queen"} & set(found)
    # a memoir: the name given beside it still is one
    assert found_in("What was the name of the croft?", "We stayed at a croft called Greywood that the Colonel kept.") \
        == ["Greywood"]


def test_someone_the_text_speaks_of_often_is_no_name_of_a_thing_asked_for() -> None:
    # a memoir: the general named forty times is not the mule
    def names(question: str, sentence: str, person: str, mentions: int) -> list[str]:
        hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
        at = sentence.index(person)
        row = MentionRow(1, at, at + len(person), person, "PERSON", 7, "PERSON", person, False, mentions)
        return [c.text for c in candidates(analyze(question), hit, [row], [], set(), fold(question))]

    question = "What was the name of the mule I rode to the ford?"
    assert "Hollis" not in names(question, "When the note from Hollis came I mounted my mule.", "Hollis", 40)
    # a name met once may be the mule's own (older prose)
    assert "Dandy" in names(question, "I rode Dandy the mule to the ford and back again.", "Dandy", 1)


def test_a_title_word_or_a_well_known_name_set_beside_the_noun_asked_is_its_name() -> None:
    # a memoir: 'his dog Duke' names the dog; older prose: 'the steamer Lincoln', though Lincoln is named often
    assert "Duke" in found_in("What was the name of the dog?", "His dog Duke slept by the fire.")
    sentence = "He sailed down the river on the steamer Lincoln."
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    at = sentence.index("Lincoln")
    row = MentionRow(1, at, at + 7, "Lincoln", "PERSON", 7, "PERSON", "Lincoln", False, 40)
    question = "What was the name of the steamer?"
    assert "Lincoln" in [c.text for c in candidates(analyze(question), hit, [row], [], set(), fold(question))]



def test_a_name_given_is_read_after_what_is_named_and_not_past_a_preposition() -> None:
    # a modern life, older prose, a memoir
    assert found_in("What name did the settlers give the valley?",
                    "The settlers named the upper valley Greywater, after its river.") == ["Greywater"]
    assert given_names("What name did the boy give the skiff?",
                       "The name the boy gave his dinghy was Little Wren.") == ["Little Wren"]
    assert given_names("What name did my aunt give the farm?",
                       "The name my aunt gave the farm was Elm Hill.") == ["Elm Hill"]
    # what follows a preposition or a clause word is no name given (other readings may still offer it)
    assert given_names("What name did the crew give the boat?", "The crew christened the boat in Leith harbour.") == []
    assert given_names("What name did the clerk write?", "Her name was on the list and so was Tom Reed.") == []
    assert given_names("What name did they give the valley?", "They named the valley after Ivo Marsh.") == []
    assert given_names("What name did they give the farm?", "They named the farm near Bath Greywater.") == []
    # a passive's agent may stand between the name and what it is the name of
    assert given_names("What name was the infant given?", "The name given to the infant by the priest was Ada.") == \
        ["Ada"]


def given_names(question: str, sentence: str) -> list[str]:
    """What the sentence says is named or called, read by the naming patterns alone."""
    from prosopograph.query.candidates import _named

    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    return [c.text for c in _named(analyze(question), hit, [], lambda name: False)]


def test_the_first_word_of_a_quotation_or_a_parenthesis_is_no_name() -> None:
    # capitalized because it opens the sentence: memoir speech, older prose, a modern aside
    assert found_in("What was the name of the miller's horse?", "“Never was there a faster horse,” he said.") == []
    assert found_in("What was the name of the squire's dog?", "‘Truly the dog was a wonder,’ said the parson.") == []
    assert found_in("What was the name of her boat?", "(Later the boat was sold for a song.)") == []
    # a name further on in such a sentence still answers
    assert "Bess" in found_in("What was the name of the miller's horse?", "“Never was Bess faster,” he said.")


def test_a_country_is_no_answer_to_which_town() -> None:
    def places(question: str, sentence: str, names: list[tuple[str, bool]]) -> list[str]:
        rows = [MentionRow(1, sentence.index(n), sentence.index(n) + len(n), n, "GPE", i, "PLACE", n, True, 30,
                           country) for i, (n, country) in enumerate(names, 1)]
        hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
        return [c.text for c in candidates(analyze(question), hit, rows, [], set(), fold(question))]

    # a modern life, older prose, a memoir: the country the sentence names is no town
    assert places("To which town did the poet retire?", "The poet retired to Portugal in 1960.",
                  [("Portugal", True)]) == []
    assert places("In what village was the squire buried?", "The squire was buried at Ashby, in England.",
                  [("Ashby", False), ("England", True)]) == ["Ashby"]
    assert places("From which port did I sail?", "I sailed from Leith for Norway in May.",
                  [("Leith", False), ("Norway", True)]) == ["Leith"]
    # negative: asked for a country, the country answers
    assert places("To which country did the poet retire?", "The poet retired to Portugal in 1960.",
                  [("Portugal", True)]) == ["Portugal"]


@pytest.mark.parametrize(("question", "sentence", "owner"), [
    ("What was the yacht called?", "All summer Vera Lind's yacht lay idle at the pier.", "Vera Lind's"),  # modern
    ("What was the name of the barge?", "The water rose until Squire Hebden's barge floated in the lane.",
     "Squire Hebden's"),  # 19th century
    ("What did we call the old boat?", "We borrowed Uncle Abner's boat for the whole of that summer.",
     "Uncle Abner's"),  # memoir
])
def test_an_owner_is_no_name_of_the_thing_asked_for(question: str, sentence: str, owner: str) -> None:
    assert owner not in found_in(question, sentence)


def test_a_name_that_ends_a_phrase_in_the_possessive_may_still_be_a_things_name() -> None:
    # 'at St. Olaf's' names the church itself: nothing owned follows; a building is named after its saint or founder
    assert "Olaf's" in found_in("What was the name of the church?", "They were married at St. Olaf's in May.")
    assert "Mary's" in found_in("What was the name of the church?", "They were married at St. Mary's church in May.")
    assert "Guy's" in found_in("Where did she train?", "She trained as a nurse at Guy's hospital in 1912.")


def dated(sentence: str, written: str, iso: str) -> EventRow:
    """The event a sentence tells, dated where it writes `written` (as the build dates it)."""
    return EventRow(1, 1, iso, "day", None, None, written, None, None, None, 0, None, "event", sentence, None)


@pytest.mark.parametrize(("question", "sentence", "written", "iso", "asked"), [
    # modern biography, 19th-century prose, memoir
    ("On what date did the strike at the Hale mill begin?",
     "The owners closed the gates on 14 May 1926, three days after the strike at the Hale mill began.",
     "14 May 1926", "1926-05-14", "1926-05-11"),
    ("When was the fire at Wensley church?", "The vestry met on the 20th of October, two weeks after the fire at "
     "Wensley church, to raise a new roof.", "20th of October", "1788-10-20", "1788-10-06"),
    ("On what day did the fight at Oxley Ford take place?", "I rode out with the scouts on the 2d of June, a day "
     "before the fight at Oxley Ford.", "2d of June", "1863-06-02", "1863-06-03"),
])
def test_a_date_counted_from_the_event_asked_of_gives_that_events_date(question: str, sentence: str, written: str,
                                                                      iso: str, asked: str) -> None:
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    found = {c.iso for c in candidates(analyze(question), hit, [], [dated(sentence, written, iso)], set(),
                                       fold(question))}
    assert found == {asked}


def test_a_date_counted_from_another_event_is_the_sentences_own() -> None:
    sentence = "The owners closed the gates on 14 May 1926, three days after the strike at the Hale mill began."
    question = "On what date did the owners close the gates?"
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    found = {c.iso for c in candidates(analyze(question), hit, [], [dated(sentence, "14 May 1926", "1926-05-14")],
                                       set(), fold(question))}
    assert found == {"1926-05-14"}
