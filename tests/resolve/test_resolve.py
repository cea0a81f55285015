"""The resolver on small texts written here, with the mentions a model would tag marked by hand."""

from __future__ import annotations

import re

from prosopograph.resolve import MentionRecord, ResolvedEntity, SentenceRecord, resolve
from prosopograph.resolve.evidence import ACTS
from prosopograph.resolve.gazetteer import load_gazetteer
from prosopograph.segment import sentence_spans


def annotate(paragraphs: list[str], tags: dict[str, str]) -> tuple[list[MentionRecord], list[SentenceRecord]]:
    """Sentences of the paragraphs (one chapter) and a mention wherever a tagged name occurs."""
    text = "\n\n".join(paragraphs)
    sentences: list[SentenceRecord] = []
    pos = 0
    for pid, para in enumerate(paragraphs):
        for a, b in sentence_spans(para):
            sentences.append(SentenceRecord(len(sentences) + 1, 1, 1, pid, pos + a, pos + b, para[a:b]))
        pos += len(para) + 2
    mentions = []
    for name, label in sorted(tags.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
            if any(x.start <= m.start() < x.end for x in mentions):
                continue  # inside a longer name already tagged
            s = next(s for s in sentences if s.start <= m.start() < s.end)
            mentions.append(MentionRecord(len(mentions) + 1, 1, s.id, m.start(), m.end(), name, label))
    return mentions, sentences


def people_in(paragraphs: list[str], tags: dict[str, str]) -> list[ResolvedEntity]:
    """The people the resolver makes of the paragraphs, the names tagged as given."""
    mentions, sentences = annotate(paragraphs, tags)
    return [e for e in resolve(mentions, sentences, load_gazetteer()) if e.type == "PERSON"]


def entity_with(entities: list[ResolvedEntity], alias: str) -> list[ResolvedEntity]:
    return [e for e in entities if alias in {a.alias for a in e.aliases}]


def test_one_person_under_four_names() -> None:
    mentions, sentences = annotate([
        "Elena Marchetti was born Elena Rossi in a mountain village in 1901.",
        "She wrote her first stories under the pseudonym Lumen. Marchetti moved to the city at twenty.",
        "Elena later said that the move saved her. Marchetti never went back.",
    ], {"Elena Marchetti": "PERSON", "Elena Rossi": "PERSON", "Lumen": "PERSON", "Marchetti": "PERSON",
        "Elena": "PERSON"})
    people = [e for e in resolve(mentions, sentences, load_gazetteer()) if e.type == "PERSON"]
    assert len(people) == 1
    names = {a.alias for a in people[0].aliases}
    assert {"Elena Marchetti", "Elena Rossi", "Lumen", "Marchetti", "Elena"} <= names
    reasons = {a.alias: a.reason for a in people[0].aliases}
    assert "born" in reasons["Elena Rossi"] and "pseudonym" in reasons["Lumen"]
    assert all(a.sentence_id for a in people[0].aliases)


def test_family_members_sharing_a_surname_stay_two() -> None:
    mentions, sentences = annotate([
        "Paolo Verdi kept a bakery by the harbour. Verdi rose before dawn every day.",
        "His wife Anna Verdi ran the accounts. Anna Verdi outlived him by thirty years.",
    ], {"Paolo Verdi": "PERSON", "Anna Verdi": "PERSON", "Verdi": "PERSON"})
    people = [e for e in resolve(mentions, sentences, load_gazetteer()) if e.type == "PERSON"]
    assert sorted(e.name for e in people) == ["Anna Verdi", "Paolo Verdi"]
    paolo = next(e for e in people if e.name == "Paolo Verdi")
    assert "Verdi" in {a.alias for a in paolo.aliases}  # the bare surname right after his full name


def test_bare_shared_surname_without_evidence_stays_unresolved() -> None:
    mentions, sentences = annotate([
        "Paolo Verdi and Anna Verdi married in spring.",
        "Years later, in another town, Verdi was remembered fondly.",
    ], {"Paolo Verdi": "PERSON", "Anna Verdi": "PERSON", "Verdi": "PERSON"})
    sentences = [SentenceRecord(s.id, s.document_id, s.id, s.passage_id, s.start, s.end, s.text) for s in sentences]
    entities = resolve(mentions, sentences, load_gazetteer())
    bare = next(m for m in mentions if m.text == "Verdi")
    assert not any(bare.id in e.mention_ids for e in entities)


def test_renamed_city_is_one_place_with_coordinates() -> None:
    mentions, sentences = annotate([
        "The family sailed from Bombay in 1920. Decades later Mumbai was still home to his cousins.",
        "He returned to Bombay once, and wrote about it in Vienna.",
    ], {"Bombay": "GPE", "Mumbai": "GPE", "Vienna": "GPE"})
    places = [e for e in resolve(mentions, sentences, load_gazetteer()) if e.type == "PLACE"]
    city = entity_with(places, "Bombay")
    assert len(city) == 1 and "Mumbai" in {a.alias for a in city[0].aliases}
    assert city[0].lat is not None and city[0].country == "IN"
    assert len(places) == 2


def test_unknown_place_kept_without_coordinates() -> None:
    mentions, sentences = annotate(["They farmed at Zelenovka-on-the-Steppe for a decade."],
                                   {"Zelenovka-on-the-Steppe": "GPE"})
    (place,) = resolve(mentions, sentences, load_gazetteer())
    assert place.type == "PLACE" and place.lat is None and place.lon is None


def test_surname_tagged_as_a_place_stays_a_person() -> None:
    mentions, sentences = annotate([
        "Viktor Osgood taught chemistry. Osgood was strict. Osgood published two books.",
        "Students feared Osgood, yet Osgood was fair.",
    ], {"Viktor Osgood": "PERSON", "Osgood": "PERSON"})
    # the model tagged one of the bare surnames as a place
    mentions = [MentionRecord(m.id, m.document_id, m.sentence_id, m.start, m.end, m.text,
                              "GPE" if i == 2 else m.label) for i, m in enumerate(mentions)]
    entities = resolve(mentions, sentences, load_gazetteer())
    (person,) = [e for e in entities if e.type == "PERSON"]
    assert len(person.mention_ids) == len(mentions)
    assert not [e for e in entities if e.type == "PLACE"]


def test_title_and_acronym_forms() -> None:
    mentions, sentences = annotate([
        "Count Ilya Moravec chaired the Workers Education League. Moravec was its founder.",
        "The WEL grew fast under Moravec.",
    ], {"Ilya Moravec": "PERSON", "Moravec": "PERSON", "Workers Education League": "ORG", "WEL": "ORG"})
    entities = resolve(mentions, sentences, load_gazetteer())
    (person,) = [e for e in entities if e.type == "PERSON"]
    assert "Count Ilya Moravec" in {a.alias for a in person.aliases}
    (org,) = [e for e in entities if e.type == "ORG"]
    assert {"Workers Education League", "WEL"} <= {a.alias for a in org.aliases}


def test_organization_names_lose_what_the_model_caught_around_them() -> None:
    from prosopograph.resolve.organizations import org_name

    assert org_name("the Morgenposten (Morning") == "Morgenposten"
    assert org_name("the Morgenposten in") == "Morgenposten"
    assert org_name("Workers Education League") == "Workers Education League"


def test_gazetteer_takes_alternate_names_only_of_sizeable_places() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.best("Odessa").country == "UA"  # an older spelling of a large city
    assert gazetteer.best("Nina") is None  # a first name that is also a small town's other name


def test_a_country_foreign_to_a_book_of_one_countrys_places_places_nothing() -> None:
    from collections import Counter

    gazetteer = load_gazetteer()
    home = Counter({"US": 60, "MX": 3})  # a memoir of the frontier: its places are American
    assert gazetteer.best("Cairo", home) is None  # no Egyptian city in a book that names no other
    assert gazetteer.best("Petrograd", home) is None  # a listed older name of a foreign city neither
    assert gazetteer.best("Chicago", home).country == "US"
    travels = Counter({"RU": 9, "FR": 6, "US": 5, "TR": 3, "NO": 2})  # a life across countries: no home
    assert gazetteer.best("Cairo", travels).country == "EG"
    assert gazetteer.best("Petrograd", travels).country == "RU"


def test_a_name_that_cities_of_like_size_share_across_countries_stays_unplaced_without_context() -> None:
    from collections import Counter

    gazetteer = load_gazetteer()
    assert gazetteer.best("Newcastle") is None  # cities of one size in three countries
    assert gazetteer.best("Hull") is None  # a small city's main name, a larger one's other name
    assert gazetteer.best("Paris").country == "FR"  # far the largest of its name
    english = Counter({"GB": 25, "FR": 2})  # a book of English towns
    assert gazetteer.best("Newcastle", english).country == "GB"
    assert gazetteer.best("Hull", english).country == "GB"
    travels = Counter({"GB": 3, "AU": 3, "ZA": 2})  # a few places of each: no context that decides
    assert gazetteer.best("Newcastle", travels) is None


def test_a_name_after_a_kinship_noun_is_a_person_whatever_the_model_said() -> None:
    mentions, sentences = annotate([
        "Per Lund wrote to his daughter, Ilse, every week.",
        "Ilse answered from the coast. In the spring Ilse came home.",
    ], {"Per Lund": "PERSON", "Ilse": "GPE"})
    (ilse,) = entity_with(resolve(mentions, sentences, load_gazetteer()), "Ilse")
    assert ilse.type == "PERSON"


def test_a_place_label_on_a_body_of_people_makes_it_an_organization() -> None:
    mentions, sentences = annotate(["Per Lund spoke to the Harbour Soviet in May."],
                                   {"Per Lund": "PERSON", "the Harbour Soviet": "LOC"})
    (body,) = entity_with(resolve(mentions, sentences, load_gazetteer()), "Harbour Soviet")
    assert body.type == "ORG"


def test_a_leading_word_the_text_writes_in_lower_case_is_no_part_of_a_name() -> None:
    people = people_in([
        "General Hale often rode ahead. We often wondered why.",
        "Often Hale slept in the saddle; he was often tired, and often cold.",
        "Colonel Hale led the horse. Major-General Hale wrote the order.",
    ], {"General Hale": "PERSON", "Often Hale": "PERSON", "Colonel Hale": "PERSON", "Major-General Hale": "PERSON"})
    assert len(people) == 1  # one Hale, under a title, a hyphenated rank and a capitalized 'Often'
    assert not any(a.alias.startswith("Often") for a in people[0].aliases)


def test_a_name_that_only_begins_like_a_common_word_keeps_it() -> None:
    mentions, sentences = annotate([
        "Rose Lark ran the mill. Rose Lark sold it in 1890.",
        "Lark had a brother, Tom Lark, who farmed.",
    ], {"Rose Lark": "PERSON", "Tom Lark": "PERSON", "Lark": "PERSON"})
    people = {e.name for e in resolve(mentions, sentences, load_gazetteer()) if e.type == "PERSON"}
    assert "Rose Lark" in people  # 'rose' is never written in lower case here


def test_a_name_after_an_honorific_is_a_person_whatever_the_model_said() -> None:
    mentions, sentences = annotate([
        "In 1862 I proposed to Miss Clara Vane, of Lisbon.",
        "Mrs. Vane came with us to Lisbon.",
    ], {"Clara Vane": "ORG", "Vane": "ORG", "Lisbon": "GPE"})
    entities = resolve(mentions, sentences, load_gazetteer())
    assert [e.type for e in entity_with(entities, "Clara Vane")] == ["PERSON"]
    assert all(e.type == "PLACE" for e in entities if e.name == "Lisbon")


def test_a_married_womans_title_keeps_her_apart_from_the_man_of_that_name() -> None:
    registers = [
        ["Colonel Tobias Rand held the fort all winter. Rand wrote home each week.",
         "Mrs. Rand joined him in the spring. Rand met her at the landing."],  # 19th-century prose
        ["Oskar Lind ran the paper for ten years. Mrs. Lind kept its books, and Lind trusted her with all of it."],
        ["I served under General Amos Hale. Mrs. Hale wrote to me after the war. Hale had died in March."],
    ]
    for paragraphs, (man, woman, bare) in zip(registers, [("Tobias Rand", "Mrs. Rand", "Rand"),
                                                          ("Oskar Lind", "Mrs. Lind", "Lind"),
                                                          ("Amos Hale", "Mrs. Hale", "Hale")]):
        # the model tags the surname only; the title before it is the text's
        mentions, sentences = annotate(paragraphs, {man: "PERSON", bare: "PERSON"})
        people = [e for e in resolve(mentions, sentences, load_gazetteer()) if e.type == "PERSON"]
        husband = next(e for e in people if e.name == man)
        assert woman not in {a.alias for a in husband.aliases}
        assert bare in {a.alias for a in husband.aliases}  # the bare surname is still his
        assert entity_with(people, woman) and entity_with(people, woman)[0] is not husband


def test_a_fort_the_model_took_for_a_man_is_a_place_and_takes_no_mans_name() -> None:
    # the corpus writes 'fort' as a common word, so 'Fort Tyne' opens with a kind of place, not a first name
    mentions, sentences = annotate([
        "The regiment held the old fort through the winter. A second fort stood upstream, and a third fort below.",
        "In March the column marched on Fort Tyne. Captain Tyne of my staff carried the order.",
        "Tyne returned at dusk with the answer.",
    ], {"Fort Tyne": "PERSON", "Captain Tyne": "PERSON", "Tyne": "PERSON"})
    entities = resolve(mentions, sentences, load_gazetteer())
    fort = entity_with(entities, "Fort Tyne")
    assert [e.type for e in fort] == ["PLACE"]
    captain = entity_with(entities, "Tyne")
    assert [e.type for e in captain] == ["PERSON"] and "Fort Tyne" not in {a.alias for a in captain[0].aliases}


def test_a_first_name_that_is_also_a_kind_of_place_stays_a_mans_when_the_grammar_says_so() -> None:
    mentions, sentences = annotate([
        "The path climbed out of the glen. Below the glen lay a second glen, darker still.",
        "Glen Orrin said that the sheep were lost.",
    ], {"Glen Orrin": "PERSON"})
    orrin = next(m for m in mentions if m.text == "Glen Orrin")
    entities = resolve(mentions, sentences, load_gazetteer(), cues={orrin.id: ACTS})
    assert [e.type for e in entities if orrin.id in e.mention_ids] == ["PERSON"]
    assert [e.type for e in resolve(mentions, sentences, load_gazetteer()) if orrin.id in e.mention_ids] == ["PLACE"]


def test_a_common_word_before_a_name_at_a_sentence_start_is_still_dropped() -> None:
    # negative case: 'Later' is no kind of place; 'Later Dunmore' is the man Dunmore
    people = people_in([
        "Hugh Dunmore kept the ledger. It was later sold. The books were later lost, and later found.",
        "Later Dunmore wrote to the bank.",
    ], {"Hugh Dunmore": "PERSON", "Later Dunmore": "PERSON"})
    assert [e.name for e in people] == ["Hugh Dunmore"] and len(people[0].mention_ids) == 2


def test_a_heading_or_a_dash_run_together_names_no_one() -> None:
    # a synopsis of the old kind runs phrases together with '--', and an upper-case heading keeps its 'THE':
    # neither makes a person who would take the bare 'Olga' of the text
    names = {e.name for e in people_in([
        "CHAPTER IV. THE PRINCESS OLGA",
        "Arrival of Ivan--Olga at the mill--The rains begin.",
        "Olga ruled the city for seven years. Olga Marr, a merchant's widow, lent her money.",
    ], {"THE PRINCESS OLGA": "PERSON", "Ivan--Olga": "PERSON", "Olga": "PERSON", "Olga Marr": "PERSON"})}
    assert not any("--" in n or "PRINCESS" in n for n in names)
    assert "Olga Marr" in names


def test_a_name_written_in_capitals_or_with_a_possessive_is_named_as_the_text_writes_it() -> None:
    # a colonel's dispatches signed in capitals, a chapter heading's possessive, the running text of a memoir
    names = {e.name for e in people_in([
        "Signed at the camp, T. R. HALE, Colonel.", "With respect, T. R. HALE.",
        "Hale rode to the river that winter.", "I wrote to Hale at once.",
        "ANNA VOSS'S JOURNEY.", "ANNA VOSS'S RETURN.", "Anna Voss spoke for an hour.",
    ], {"T. R. HALE": "PERSON", "Hale": "PERSON", "ANNA VOSS'S": "PERSON", "Anna Voss": "PERSON"})}
    assert {"T. R. Hale", "Anna Voss"} <= names
    # a name the text never writes otherwise, or only partly ('O'DELL'), keeps its capitals
    mentions, sentences = annotate(["Signed, A. B. KORVALD.", "Signed again, A. B. KORVALD.",
                                    "Signed, JAN O'DELL.", "Signed again, JAN O'DELL.", "Jan was late."],
                                   {"A. B. KORVALD": "PERSON", "JAN O'DELL": "PERSON", "Jan": "PERSON"})
    names = {e.name for e in resolve(mentions, sentences, load_gazetteer())}
    assert {"A. B. KORVALD", "JAN O'DELL"} <= names


def test_a_part_of_the_book_is_no_person_whatever_the_model_took_it_for() -> None:
    # a memoir's footnotes and a history's references: 'the Appendix', 'the Preface' point into the book
    people = {e.name for e in people_in([
        "See the letter in the Appendix.", "The Appendix gives the orders in full.", "Appendix wrote nothing.",
        "As the Preface says, the war was long.", "Tom Reed read the Preface twice.",
    ], {"Appendix": "PERSON", "Preface": "PERSON", "Tom Reed": "PERSON"})}
    assert people == {"Tom Reed"}


def test_an_epithet_alone_is_no_name_but_a_noun_after_the_is() -> None:
    # a modern biography, older prose, a memoir
    people = people_in([
        "Alfred the Bold was crowned at Wexham in 1021. The Bold, as the chroniclers called him, rode north.",
        "In those days Ivo the Tall kept the mill above the ford. TALL, the song of him began.",
        "My grandmother told us of Robert the Bruce. Bruce, she said, never gave up.",
    ], {"Alfred the Bold": "PERSON", "Bold": "PERSON", "Wexham": "GPE", "Ivo the Tall": "PERSON", "TALL": "PERSON",
        "Robert the Bruce": "PERSON", "Bruce": "PERSON"})
    aliases = {a.alias for e in people for a in e.aliases}
    assert {"Alfred the Bold", "Ivo the Tall", "Robert the Bruce"} <= aliases
    assert not {"Bold", "TALL"} & aliases
    assert "Bruce" in {a.alias for e in entity_with(people, "Robert the Bruce") for a in e.aliases}


def test_a_countrys_older_or_shorter_name_is_that_country_not_a_small_town_of_it() -> None:
    from collections import Counter

    gazetteer = load_gazetteer()
    russian = Counter({"RU": 30, "SE": 3, "NL": 2, "GB": 2})  # a life told among Russian towns
    assert gazetteer.best("Holland", russian).country == "NL"  # not the town of that name in Michigan
    assert gazetteer.best("Netherlands").country == "NL" and gazetteer.best("Persia").country == "IR"
    # a nation geonames lists as no country keeps its own name, in the country it is part of
    assert (gazetteer.best("England").name, gazetteer.best("England").country) == ("England", "GB")
    assert gazetteer.best("Wales", russian).name == "Wales"
    # negative: in a book of American towns it is the town, and without context neither is guessed
    assert gazetteer.best("Holland", Counter({"US": 60, "MX": 3})).country == "US"
    assert gazetteer.best("Holland") is None and gazetteer.best("Formosa") is None
