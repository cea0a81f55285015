"""People's names the model never tagged, found by the grammar around them, on texts written here."""

from __future__ import annotations

from prosopograph.resolve.cued import cued_people
from prosopograph.resolve.records import MentionRecord, SentenceRecord


def sentences(*texts: str) -> list[SentenceRecord]:
    out, pos = [], 0
    for i, text in enumerate(texts, 1):
        out.append(SentenceRecord(i, 1, 1, i, pos, pos + len(text), text))
        pos += len(text) + 1
    return out


def found(texts: list[str], tagged: dict[int, str] | None = None, label: str = "GPE") -> list[tuple[int, str]]:
    """(sentence, name) of each person mention, added or relabelled; `tagged`: sentence → a name the model tagged
    there with `label`."""
    ss = sentences(*texts)
    mentions = []
    for sid, name in (tagged or {}).items():
        s = ss[sid - 1]
        at = s.start + s.text.index(name)
        mentions.append(MentionRecord(len(mentions) + 1, 1, sid, at, at + len(name), name, label))
    out = cued_people(mentions, ss)
    added = [m for m in out if m.id < 0]
    assert all(m.label == "PERSON" and m.kind == "untagged" for m in added)
    return sorted((m.sentence_id, m.text) for m in out if m.label == "PERSON")


def test_a_rare_name_with_kin_beside_it_and_a_verb_of_saying_is_a_persons() -> None:
    # an old tale: kin in apposition, a possessive of kin, a speaker
    tale = ["The jarl had a daughter, and men spoke often of Thorgunna, the daughter of the jarl.",
            "Thorgunna wove a red cloak by the fire.", "Then Thorgunna said that she would wait.",
            "The suitor rode to the hall of Thorgunna’s father."]
    assert found(tale) == [(1, "Thorgunna"), (2, "Thorgunna"), (3, "Thorgunna"), (4, "Thorgunna")]
    # a modern biography: named by a kin noun, and the object of a verb of saying
    life = ["In 1931 he married his wife Ysolde in Lyon.", "“We will stay,” said Ysolde.", "Ysolde taught music."]
    assert {name for _, name in found(life)} == {"Ysolde"}


def test_a_word_written_in_lower_case_cued_once_or_tagged_is_left_alone() -> None:
    # a memoir: 'Rose' is also a flower; 'Mabry' is cued once only; 'Dunmore' the model tagged (as a place)
    memoir = ["Rose said she would come.", "My sister Rose came in May.", "Rose stayed a week.",
              "I picked a rose for her.", "Mabry said nothing.", "Mabry rode on.", "Mabry slept.",
              "Dunmore said it would rain.", "Then his brother Dunmore laughed.", "Dunmore left."]
    assert found(memoir, {10: "Dunmore"}) == []
    # older prose: a place a thing is called by is no speaker
    farm = ["They bought a farm called Greywood.", "The farm called Greywood was sold.", "Greywood lay by the river.",
            "Its owner called Greywood the best land in the valley."]
    assert found(farm) == []


def test_a_name_the_model_took_for_a_body_or_a_people_is_a_persons_where_the_grammar_says_so() -> None:
    # an old tale: the model read the thrall's name as a people's twice; the verbs of saying show a speaker, and
    # she is spoken to
    tale = ["“Tell me of the sea, Sigrun.”", "Sigrun said the sea was rising.", "“It is late,” replied Sigrun.",
            "Sigrun’s oar broke in the storm."]
    assert found(tale, {1: "Sigrun", 4: "Sigrun’s"}, "NORP") == [(1, "Sigrun"), (2, "Sigrun"), (3, "Sigrun"),
                                                                 (4, "Sigrun’s")]
    # a news agency says and answers things, without 'the', but no one speaks to it or gives it kin
    wires = ["Nordpress said the talks had failed.", "In May Nordpress answered the minister.",
             "Nordpress said nothing more.", "Nordpress closed its office."]
    assert found(wires, {1: "Nordpress", 2: "Nordpress"}, "ORG") == []
    # a modern life: a body the text names with 'the' says things too, and stays a body
    life = ["The Vestry said the roof must wait.", "In 1931 the Vestry replied that no money was left.",
            "Vestry said nothing more that year.", "Vestry met on Mondays."]
    assert found(life, {1: "Vestry", 2: "Vestry"}, "ORG") == []
