"""The phases of the person resolver, each on a few sentences written here with the names a model would tag."""

from __future__ import annotations

import re
from collections import defaultdict

from prosopograph.nlp.rules import kin_noun_before
from prosopograph.resolve.people import Cluster, PersonResolution, key_of, resolve_people
from prosopograph.resolve.records import MentionRecord, SentenceRecord


def people(chapters: list[list[str]], names: list[str],
           subject: str | None = None) -> tuple[PersonResolution, list[MentionRecord]]:
    """The resolver's people for chapters of one sentence a line, each name tagged PERSON wherever it stands
    (those right after a kin noun marked so), in one document whose title may name its `subject`."""
    sentences: dict[int, SentenceRecord] = {}
    mentions: list[MentionRecord] = []
    pos = 0
    for chapter_id, chapter in enumerate(chapters, 1):
        for text in chapter:
            s = SentenceRecord(len(sentences) + 1, 1, chapter_id, len(sentences) + 1, pos, pos + len(text), text)
            sentences[s.id] = s
            taken: list[tuple[int, int]] = []
            for name in sorted(names, key=len, reverse=True):
                for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                    if not any(a <= m.start() < b for a, b in taken):  # not inside a longer name
                        taken.append((m.start(), m.end()))
                        mentions.append(MentionRecord(len(mentions) + 1, 1, s.id, pos + m.start(), pos + m.end(),
                                                      name, "PERSON"))
            pos += len(text) + 1
    keys: dict[str, list[MentionRecord]] = defaultdict(list)
    by_sentence: dict[int, list[MentionRecord]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        keys[key_of(m.text)].append(m)
        by_sentence[m.sentence_id].append(m)
    after_kin = {m.id for m in mentions
                 if kin_noun_before(sentences[m.sentence_id].text[:m.start - sentences[m.sentence_id].start])}
    subjects = {1: subject} if subject else {}
    return resolve_people(dict(keys), sentences, dict(by_sentence), after_kin, subjects), mentions


def holder(found: PersonResolution, mention: MentionRecord) -> Cluster | None:
    return next((c for c in found.clusters if any(m.id == mention.id for m in c.mentions)), None)


def named(found: PersonResolution, alias: str) -> Cluster:
    return next(c for c in found.clusters if alias in {" ".join(k) for k in c.full_keys} or alias in c.evidence)


def reason(found: PersonResolution, person: str, alias: str) -> str | None:
    ev = named(found, person).evidence.get(alias)
    return ev.reason if ev else None


def test_phase_1_full_names_of_one_person_join_and_a_namesake_stays_apart() -> None:
    found, mentions = people([[
        "Marek Zalewski sailed from the harbour in spring.",
        "M. Zalewski signed the letter from the ship.",
        "Anna Zalewski kept the shop in town.",
    ]], ["Marek Zalewski", "M. Zalewski", "Anna Zalewski"])
    marek, initial, anna = (holder(found, m) for m in mentions)
    assert marek is not None and marek is initial  # same surname, 'M.' an initial of 'Marek'
    assert anna is not None and anna is not marek  # a shared surname alone is no evidence


def test_phase_2_a_name_the_text_gives_someone_is_theirs_before_it_is_counted_alone() -> None:
    found, mentions = people([[
        "Marek Zalewski was called Kruk by the other sailors.",
        "Kruk kept the night watch.",
        "Kruk mended the sails.",
        "Kruk never complained.",
        "Anna Zalewski was born May 3 in the old town.",
    ]], ["Marek Zalewski", "Kruk", "Anna Zalewski"])
    marek = holder(found, mentions[0])
    # a weak cue ('called') takes a name used this often only before the name is a person of its own
    assert marek is not None and all(holder(found, m) is marek for m in mentions if m.text == "Kruk")
    assert reason(found, "Marek Zalewski", "Kruk") == "introduced by 'called'"
    assert not any("May" in c.evidence for c in found.clusters)  # a date after 'born' is no name


def test_phase_3_a_name_someone_took_joins_the_full_name_built_on_it() -> None:
    found, mentions = people([[
        "Piotr Wronski took the name Sokol in the year of the strike.",
        "Piotr Sokol spoke at the meeting that winter.",
    ]], ["Piotr Wronski", "Piotr Sokol"])
    assert holder(found, mentions[0]) is holder(found, mentions[1])
    found, mentions = people([[
        "Piotr Wronski took the name Sokol in the year of the strike.",
        "Ewa Sokol spoke at the meeting that winter.",
    ]], ["Piotr Wronski", "Ewa Sokol"])
    assert holder(found, mentions[0]) is not holder(found, mentions[1])  # another first name: someone else


def test_phase_4_bare_names_go_to_the_nearest_full_name_or_stay_unresolved() -> None:
    found, mentions = people([
        ["Marek Zalewski sailed in spring.", "Zalewski wrote home from the ship.",
         "Anna Zalewski opened a shop.", "Zalewski did well with it.", "Marek came back in the autumn."],
        ["Zalewski was seen at the fair."],
    ], ["Marek Zalewski", "Anna Zalewski", "Zalewski", "Marek"])
    marek, his, anna, hers, first, far = mentions
    assert holder(found, his) is holder(found, marek) and holder(found, hers) is holder(found, anna)
    assert holder(found, first) is holder(found, marek)  # the one person with that first name
    assert reason(found, "Anna Zalewski", "Zalewski") == "bare name: the nearest full name before it"
    assert found.unresolved == [far]  # two people could be meant: sharing a surname merges no one


def test_phase_5_a_cue_on_a_bare_name_resolved_late_names_its_person() -> None:
    found, _ = people([
        ["Marek Zalewski was born in a fishing village."],
        ["Marek adopted the pen name Kruk."],  # another chapter: 'Marek' is his only in phase 4
    ], ["Marek Zalewski", "Marek"])
    assert reason(found, "Marek Zalewski", "Kruk") == "introduced by 'pen name'"


def test_phase_5_the_appositive_rule_gives_the_second_name_to_the_first() -> None:
    found, _ = people([["Marek Zalewski, or Kruk, his party name, wrote at night."]], ["Marek Zalewski"])
    assert reason(found, "Marek Zalewski", "Kruk") == "introduced as another name"
    found, _ = people([["Marek Zalewski, or Kruk, his neighbour, wrote at night."]], ["Marek Zalewski"])
    assert "Kruk" not in named(found, "Marek Zalewski").evidence


def test_phase_5_the_passive_rule_gives_the_quoted_name_to_the_one_said_to_go_by_it() -> None:
    text = ["Marek Zalewski came to the port.", "The sailors feared the “Sowa”, as Zalewski was called."]
    found, _ = people([text], ["Marek Zalewski", "Zalewski"])
    assert reason(found, "Marek Zalewski", "Sowa") == "introduced as another name"
    text[1] = "The sailors feared the “Sowa”, as Zalewski was told."
    found, _ = people([text], ["Marek Zalewski", "Zalewski"])
    assert "Sowa" not in named(found, "Marek Zalewski").evidence


def test_phase_4_a_name_after_a_kin_noun_is_not_the_nearest_full_name_of_it() -> None:
    found, mentions = people([[
        "Tom Reed was my wife's brother.", "Tom Hale came to the farm in May.", "My son Tom was born that winter.",
        "Tom Hale left in the spring.", "Tom mended the fence before he went.",
    ]], ["Tom Reed", "Tom Hale", "Tom"])
    _, hale, son, _, mender = mentions
    assert holder(found, son) is not holder(found, hale)  # the kin says who he is, not the last Tom named
    assert holder(found, mender) is holder(found, hale)  # a bare Tom elsewhere: the nearest full name


def test_phase_4_a_bare_name_no_full_name_stands_near_is_the_subjects_whom_the_title_names() -> None:
    chapters = [
        ["Ivo the Bold ruled the northern shore for thirty years.", "Ivo raised a fleet in his youth."],
        ["Ivo Marsh, a ship's carpenter, came to the court in the winter.", "Ivo soon became the master's favourite."],
        ["The harvest failed, and Ivo sent grain to the villages."],
    ]
    names = ["Ivo the Bold", "Ivo Marsh", "Ivo"]
    found, mentions = people(chapters, names, subject="Ivo the Bold")
    bold, _, marsh, favourite, sender = mentions
    assert holder(found, sender) is holder(found, bold)  # the life of Ivo the Bold calls him Ivo
    assert reason(found, "ivo the bold", "Ivo") is not None
    assert holder(found, favourite) is holder(found, marsh)  # a full name just before still says who
    untitled, mentions = people(chapters, names)
    assert mentions[-1] in untitled.unresolved  # without the title two Ivos could be meant


def test_phase_4_a_bare_surname_far_from_a_full_name_is_the_subjects() -> None:
    chapters = [
        ["Anna Reed grew up on a farm in the hills.", "Her mother, Clara Reed, kept the farm after the war."],
        ["In the spring Reed sold the horses and moved to the town."],
        ["Clara Reed stayed behind on the farm.", "Reed never saw the town.", "Reed kept the goats.",
         *["The rain fell on the fields and the river rose over the low meadows." for _ in range(40)],
         "Reed came back from the market lame."],
    ]
    names = ["Anna Reed", "Clara Reed", "Reed"]
    found, mentions = people(chapters, names, subject="Anna Reed")
    anna, clara, seller, _, stayer, _, lame = mentions
    assert holder(found, seller) is holder(found, anna)  # a life of Anna Reed calls her Reed
    assert holder(found, stayer) is holder(found, clara)  # right after her mother's full name: the mother
    assert holder(found, lame) is holder(found, clara)  # far from it, but the chapter's Reed is the mother
    untitled, mentions = people(chapters, names)
    assert holder(untitled, mentions[2]) is not holder(untitled, mentions[0])  # no title: never Anna


def test_phase_4_a_bare_name_written_often_before_the_full_name_holding_it_is_someone_else() -> None:
    abbess = ["Maud kept the abbey's books.", "The bishop trusted Maud.", "Maud wrote to the king for money.",
              "In the famine Maud fed the poor.", "Maud lived to a great age."]
    found, mentions = people([
        abbess,
        ["The cloth merchant's wife was Edith Clare Maud.", "Maud kept his shop while he travelled."],
        ["In the spring Maud sold the shop."],
    ], ["Edith Clare Maud", "Maud"])
    wife = next(m for m in mentions if m.text == "Edith Clare Maud")
    assert all(holder(found, m) is not holder(found, wife) for m in mentions[:5])  # the abbess is no wife
    assert len({id(holder(found, m)) for m in mentions[:5]}) == 1 and holder(found, mentions[0]) is not None
    assert holder(found, mentions[-2]) is holder(found, wife)  # right after the wife's full name: the wife
    assert holder(found, mentions[-1]) is None or holder(found, mentions[-1]) is holder(found, wife)  # either
    # may be meant once both are named: not the abbess by default


def test_phase_4_a_surname_used_before_its_full_form_and_more_after_it_is_still_its_holders() -> None:
    # a memoir may call a man by his surname for a while before it gives his full name
    before = ["Old Harlow kept the store at the crossing.", "I bought my first knife from Harlow.",
              "Harlow gave credit to no one.", "Harlow had a dog.", "Harlow shut the store on Sundays."]
    after = ["Harlow sold the store in the spring.", "Harlow moved to the town.", "I never saw Harlow again.",
             "Harlow died that winter.", "Harlow left the dog to my father.", "We buried Harlow by the creek."]
    found, mentions = people([before, ["His full name was Jonas Eli Harlow."], after], ["Jonas Eli Harlow", "Harlow"])
    assert len({id(holder(found, m)) for m in mentions}) == 1


def test_phase_4_a_plain_surname_is_its_holders_however_late_the_full_name_comes() -> None:
    # an old general's memoir names an officer by surname all through, and in full only in a letter at the end
    found, mentions = people([
        ["Holm led the left.", "Holm was slow.", "I sent Holm a sharp order.", "Holm came up at noon.",
         "By night Holm held the ridge."],
        ["To Major-General T. J. Holm, commanding the left:"],
    ], ["T. J. Holm", "Holm"])
    assert len({id(holder(found, m)) for m in mentions}) == 1


def test_a_name_taken_is_his_whom_he_stands_for_even_where_only_that_name_could_explain_him() -> None:
    # nineteenth-century prose: 'he' is the Ivo of the sentence before, and that Ivo is the subject's
    chapters = [
        ["Ivo the Bold ruled the northern shore for thirty years."],
        ["Ivo grew tired of the court and its quarrels.",
         "That spring he signed on as a deck hand under the name Ivo Sandberg.",
         "Ivo scrubbed the deck every morning.", "Ivo ate with the crew.", "Ivo slept below."],
    ]  # the chapter's usual Ivo is then the one the new name makes, and cannot tell who 'he' was
    names = ["Ivo the Bold", "Ivo Sandberg", "Ivo"]
    found, mentions = people(chapters, names, subject="Ivo the Bold")
    assert holder(found, mentions[0]) is holder(found, mentions[2]) is holder(found, mentions[-1])
    assert reason(found, "ivo the bold", "Ivo Sandberg") == "introduced by 'under the name'"
    # without a subject the bare Ivo may be anyone: the name joins no one
    untitled, mentions = people(chapters, names)
    assert holder(untitled, mentions[2]) is not holder(untitled, mentions[0])


def test_a_person_by_the_name_of_someone_is_that_someone_not_the_one_spoken_of() -> None:
    # modern biography, a memoir, a log: 'by the name of' names the sailor, the clerk, the ship
    for text in (["Anna Reed left the port in May.", "She hired a sailor by the name of Jonas Pell."],
                 ["Anna Reed came to the office late.", "She met there the clerk by the name of Jonas Pell."],
                 ["Anna Reed took passage for the south.", "She sailed with the mate by the name of Jonas Pell."]):
        found, mentions = people([text], ["Anna Reed", "Jonas Pell"])
        assert holder(found, mentions[0]) is not holder(found, mentions[1])
        assert "Jonas Pell" not in named(found, "Anna Reed").evidence


def test_a_few_uses_after_a_namesakes_full_name_do_not_give_him_a_chapter_mostly_about_the_subject() -> None:
    # nineteenth-century life: the king's little namesake is named once, then the chapter goes on with the king
    filler = ["The rain fell on the fields and the river rose over the low meadows." for _ in range(40)]
    chapters = [
        ["Ivo the Bold ruled the northern shore for thirty years."],
        ["Ivo Marsh, a cousin's child, was christened that spring.", "Ivo cried at the font.", "Ivo slept after.",
         *filler, "Ivo rode north to the border.", "Ivo built a fort there.", "Ivo held the pass all winter.",
         "Ivo came home in the spring.", "Ivo feasted the army."],
    ]
    found, mentions = people(chapters, ["Ivo the Bold", "Ivo Marsh", "Ivo"], subject="Ivo the Bold")
    bold, marsh, crier, sleeper, *later = mentions
    assert holder(found, crier) is holder(found, sleeper) is holder(found, marsh)  # just after his full name
    assert all(holder(found, m) is holder(found, bold) for m in later)  # the rest of the chapter: the king's


def test_acting_in_the_name_of_someone_is_not_going_by_his_name() -> None:
    # a steward's accounts: he signed for his master, under his own name
    found, mentions = people([["Anna Reed signed every lease in the name of Ivo Marsh.", "Ivo Marsh was abroad."]],
                             ["Anna Reed", "Ivo Marsh"])
    assert holder(found, mentions[0]) is not holder(found, mentions[1])
    assert "Ivo Marsh" not in named(found, "Anna Reed").evidence


def test_phase_4_a_bare_name_spelled_with_a_letter_doubled_is_the_one_spelled_otherwise() -> None:
    # a modern biography, older prose and a memoir each spell one name two ways
    for full, bare in (("Philippa Hale", "Phillippa"), ("Ottilie Varnhagen", "Otillie"), ("Mattheus Roos", "Matheus")):
        found, mentions = people([
            [f"In those years {full} kept the accounts of the firm."],
            [f"{bare} wrote to the bank in the spring.", f"{bare} left the town in May."],
        ], [full, bare])
        first, *later = mentions
        assert all(holder(found, m) is holder(found, first) for m in later), (full, bare)


def test_phase_4_a_short_name_or_one_ending_otherwise_is_not_another_spelling() -> None:
    found, mentions = people([
        ["Anna Kowalska kept the accounts of the firm.", "Ana wrote to the bank.", "Kowalski left the town in May.",
         "Jan Carroll taught at the school.", "Carol sang there."],
    ], ["Anna Kowalska", "Ana", "Kowalski", "Jan Carroll", "Carol"])
    anna, ana, kowalski, jan, carol = mentions
    assert holder(found, ana) is not holder(found, anna) and holder(found, kowalski) is not holder(found, anna)
    assert holder(found, carol) is not holder(found, jan)  # a short bare name, however long the other
