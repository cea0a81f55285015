from prosopograph.extract.relations import extract_relations
from prosopograph.resolve.records import MentionRecord, ResolvedEntity, SentenceRecord


def corpus(texts: list[str], names: list[str]):  # type: ignore[no-untyped-def]
    """One passage; a PERSON entity for every name, mentioned wherever it occurs."""
    sentences, mentions, entities = [], [], {}
    pos = 0
    for i, t in enumerate(texts, 1):
        sentences.append(SentenceRecord(i, 1, 1, 1, pos, pos + len(t), t))
        for name in names:
            at = t.find(name)
            while at >= 0:
                m = MentionRecord(len(mentions) + 1, 1, i, pos + at, pos + at + len(name), name, "PERSON")
                mentions.append(m)
                entities.setdefault(name, ResolvedEntity("PERSON", name)).mention_ids.append(m.id)
                at = t.find(name, at + len(name))
        pos += len(t) + 1
    return sentences, mentions, list(entities.values())


def triples(texts: list[str], names: list[str]) -> set[tuple[str, str, str]]:
    s, m, e = corpus(texts, names)
    return {(e[r.subject].name, r.relation, e[r.object].name) for r in extract_relations(s, m, e)}


def with_bodies(s, m, e, bodies: list[tuple[str, int]]) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The relations found once each (name, sentence number) is also an ORG mention and entity."""
    for text, sid in bodies:
        at = s[sid - 1].start + s[sid - 1].text.index(text)
        mention = MentionRecord(len(m) + 1, 1, sid, at, at + len(text), text, "ORG")
        m.append(mention)
        e.append(ResolvedEntity("ORG", text, [mention.id]))
    return {(e[r.subject].name, r.relation, e[r.object].name) for r in extract_relations(s, m, e)}


def test_kinship_with_a_possessive_both_ways() -> None:
    found = triples(["Anna Holm wrote every week to her brother, Erik Holm."], ["Anna Holm", "Erik Holm"])
    assert {("Erik Holm", "sibling_of", "Anna Holm"), ("Anna Holm", "sibling_of", "Erik Holm")} <= found


def test_his_stands_for_whom_the_passage_is_about_and_lists_of_children() -> None:
    found = triples(["Per Lund taught at the school for thirty years.",
                     "He and Kari Lund had two daughters, Ingrid and Sofie."],
                    ["Per Lund", "Kari Lund", "Ingrid", "Sofie"])
    for child in ("Ingrid", "Sofie"):
        for parent in ("Per Lund", "Kari Lund"):
            assert (child, "child_of", parent) in found and (parent, "parent_of", child) in found


def test_a_possessive_name_is_the_owner_not_the_kin() -> None:
    found = triples(["Ole Berg was married to Per Lund’s younger sister, Kari Lund."],
                    ["Ole Berg", "Per Lund", "Kari Lund"])
    assert ("Kari Lund", "sibling_of", "Per Lund") in found
    assert ("Ole Berg", "spouse_of", "Kari Lund") in found
    assert ("Ole Berg", "spouse_of", "Per Lund") not in found


def test_killed_by_from_the_verb_and_citations() -> None:
    s, m, e = corpus(["In the end Nils Dahl murdered Per Lund in the forest."], ["Nils Dahl", "Per Lund"])
    (r,) = extract_relations(s, m, e)
    assert (e[r.subject].name, r.relation, e[r.object].name, r.sentence_id) == ("Per Lund", "killed_by", "Nils Dahl", 1)


def test_editor_of_and_head_of_a_body() -> None:
    s, m, e = corpus(["Nils Dahl, the long-serving editor of the Morgenposten, met Per Lund.",
                      "Per Lund became head of the Teachers Union in 1920."], ["Nils Dahl", "Per Lund"])
    found = with_bodies(s, m, e, [("Morgenposten", 1), ("Teachers Union", 2)])
    assert ("Nils Dahl", "edited", "Morgenposten") in found
    assert ("Per Lund", "led", "Teachers Union") in found


def test_stances_need_their_person_right_after_the_verb() -> None:
    found = triples(["Per Lund worked closely with Nils Dahl for years.",
                     "Anna Holm denounced Erik Holm in public.",
                     "Anna Holm denounced the long imprisonment of Nils Dahl."], ["Per Lund", "Nils Dahl", "Anna Holm",
                                                                                 "Erik Holm"])
    assert {("Per Lund", "ally_of", "Nils Dahl"), ("Nils Dahl", "ally_of", "Per Lund")} <= found
    assert ("Anna Holm", "rival_of", "Erik Holm") in found
    assert ("Anna Holm", "rival_of", "Nils Dahl") not in found


def test_her_skips_the_man_the_passage_is_about() -> None:
    found = triples(["Per Lund taught at the school; he was strict with his pupils and his books.",
                     "Per Lund met Anna Berg there in May.",
                     "Her brother, Erik Holm, came later."], ["Per Lund", "Anna Berg", "Erik Holm"])
    assert ("Erik Holm", "sibling_of", "Anna Berg") in found
    assert ("Erik Holm", "sibling_of", "Per Lund") not in found


def test_a_shared_family_name_says_whose_kin() -> None:
    found = triples(["Per Lund taught at the school; he liked his work.", "Sofie Lund and Kari Dahl arrived in May.",
                     "Her sister, Ingrid Lund, stayed behind."], ["Per Lund", "Sofie Lund", "Kari Dahl", "Ingrid Lund"])
    assert ("Ingrid Lund", "sibling_of", "Sofie Lund") in found
    assert not {r for r in found if r[0] == "Ingrid Lund" and r[2] == "Kari Dahl"}


def test_he_as_the_agent_is_never_the_one_acted_on() -> None:
    found = triples(["Nils Dahl spoke first.", "Per Lund answered Nils Dahl.", "Nils Dahl left the hall.",
                     "Later he denounced Nils Dahl in public."], ["Per Lund", "Nils Dahl"])
    assert ("Per Lund", "rival_of", "Nils Dahl") in found


def test_a_body_named_before_its_leader() -> None:
    s, m, e = corpus(["The Harbour Commission, headed by Nils Dahl, met in May.",
                      "As chairman of the Rowing Club, Per Lund opened the season."], ["Nils Dahl", "Per Lund"])
    found = with_bodies(s, m, e, [("Harbour Commission", 1), ("Rowing Club", 2)])
    assert {("Nils Dahl", "led", "Harbour Commission"), ("Nils Dahl", "member_of", "Harbour Commission"),
            ("Per Lund", "led", "Rowing Club")} <= found
