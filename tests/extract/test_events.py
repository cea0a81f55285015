from prosopograph.extract.events import extract_events, fill_life_dates
from prosopograph.resolve.records import MentionRecord, ResolvedEntity, SentenceRecord
from prosopograph.time.narrative import TimeRules


def corpus(texts: list[str], names: dict[str, str]):  # type: ignore[no-untyped-def]
    """Sentences, mentions of the given names (name → PERSON/PLACE) and one entity per name."""
    sentences, mentions, entities = [], [], {}
    pos = 0
    for i, t in enumerate(texts, 1):
        sentences.append(SentenceRecord(i, 1, 1, i, pos, pos + len(t), t))
        for name, kind in names.items():
            at = t.find(name)
            if at >= 0:
                m = MentionRecord(len(mentions) + 1, 1, i, pos + at, pos + at + len(name), name, kind)
                mentions.append(m)
                entity = entities.setdefault(name, ResolvedEntity("PLACE" if kind == "GPE" else "PERSON", name))
                entity.mention_ids.append(m.id)
        pos += len(t) + 1
    return sentences, mentions, list(entities.values())


def test_dated_sentence_with_an_entity_becomes_a_cited_event() -> None:
    s, m, e = corpus(["Anna Holm was born in Bergen on 4 May 1880.", "She stayed there for three years."],
                     {"Anna Holm": "PERSON", "Bergen": "GPE"})
    (event,) = extract_events(s, m, e, TimeRules())
    assert event.dated.value.iso() == "1880-05-04" and event.kind == "birth"
    assert [e[i].name for i in event.participants] == ["Anna Holm"] and e[event.place].name == "Bergen"
    assert event.sentence_id == 1
    fill_life_dates([event], e)
    assert e[0].born == ("1880-05-04", 1)


def test_duration_is_not_an_event() -> None:
    s, m, e = corpus(["Anna Holm taught in Bergen for three years."], {"Anna Holm": "PERSON", "Bergen": "GPE"})
    assert extract_events(s, m, e, TimeRules()) == []


def test_description_is_the_clause_not_the_sentence() -> None:
    s, m, e = corpus(["Anna Holm finished her degree with the highest marks in the faculty; on 2 June 1904 "
                      "she sailed from Bergen to New York with her two brothers."], {"Anna Holm": "PERSON",
                                                                                    "Bergen": "GPE"})
    (event,) = extract_events(s, m, e, TimeRules())
    assert event.description.startswith("on 2 June 1904 she sailed") and "degree" not in event.description
    assert event.kind == "departure"


def test_death_date_goes_to_the_one_who_died() -> None:
    s, m, e = corpus(["After Anna Holm visited him, Per Holm died on 1 March 1911."],
                     {"Anna Holm": "PERSON", "Per Holm": "PERSON"})
    events = extract_events(s, m, e, TimeRules())
    fill_life_dates(events, e)
    by_name = {x.name: x for x in e}
    assert by_name["Per Holm"].died == ("1911-03-01", 1) and by_name["Anna Holm"].died is None


def test_he_in_a_passage_about_someone_is_that_person() -> None:
    s, m, e = corpus(["Per Holm was attacked at home on 20 August 1911.", "Anna Holm found Per Holm at noon.",
                      "He succumbed the next day."], {"Anna Holm": "PERSON", "Per Holm": "PERSON"})
    s = [SentenceRecord(x.id, x.document_id, x.chapter_id, 1, x.start, x.end, x.text) for x in s]  # one passage
    events = extract_events(s, m, e, TimeRules())
    fill_life_dates(events, e)
    by_name = {x.name: x for x in e}
    assert by_name["Per Holm"].died == ("1911-08-21", 3)
