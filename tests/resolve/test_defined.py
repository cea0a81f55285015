"""Other names a text gives a body: found where the model missed them, joined to the body, and the name it goes by."""

from __future__ import annotations

import re

from prosopograph.model import DEFINED
from prosopograph.resolve.defined import define_names, is_short_form
from prosopograph.resolve.organizations import resolve_organizations
from prosopograph.resolve.records import MentionRecord, SentenceRecord


def tagged(lines: list[str], names: dict[str, str]) -> tuple[list[MentionRecord], list[SentenceRecord]]:
    """One sentence a line of one document, each name of `names` tagged with its label wherever it stands."""
    sentences: list[SentenceRecord] = []
    mentions: list[MentionRecord] = []
    pos = 0
    for text in lines:
        s = SentenceRecord(len(sentences) + 1, 1, 1, len(sentences) + 1, pos, pos + len(text), text)
        sentences.append(s)
        for name, label in names.items():
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                mentions.append(MentionRecord(len(mentions) + 1, 1, s.id, pos + m.start(), pos + m.end(), name, label))
        pos += len(text) + 1
    return sorted(mentions, key=lambda m: m.start), sentences


def test_a_short_name_given_with_or_is_found_wherever_the_text_writes_it() -> None:
    mentions, sentences = tagged([
        "Ortega and two friends set up the Federation of Mill Hands (or Fedmill) in a rented room.",  # modern
        "Within a year Fedmill had nine hundred members.",
        "Its paper, the Fedmill Bulletin, came out weekly, and Fedmill paid for it.",
    ], {"Federation of Mill Hands": "ORG", "Fedmill Bulletin": "ORG"})
    found = define_names(mentions, sentences)
    assert [m.text for m in found.added] == ["Fedmill"] * 3  # not inside the name of the paper
    assert all(m.kind == DEFINED and m.label == "ORG" and m.id < 0 for m in found.added)
    assert found.joined == {"fedmill": "federation of mill hands"}
    bodies = resolve_organizations([m for m in found.mentions if m.label == "ORG"], found.joined)
    assert ("Fedmill", 4) in [(b.name, len(b.mention_ids)) for b in bodies]  # the name the text then uses


def test_a_name_given_as_the_term_for_a_body_is_that_bodys_though_the_model_took_it_for_a_person() -> None:
    mentions, sentences = tagged([
        "In that year the Vestry (the old name for the Ashby Parish Council) met in the schoolroom.",  # 19th c.
        "The Ashby Parish Council then voted a new rate.",
    ], {"Vestry": "PERSON", "Ashby Parish Council": "ORG"})
    found = define_names(mentions, sentences)
    assert {m.label for m in found.mentions} == {"ORG"} and not found.added  # tagged already: relabelled only
    bodies = resolve_organizations(found.mentions, found.joined)
    assert [(b.name, len(b.mention_ids)) for b in bodies] == [("Ashby Parish Council", 3)]  # used less: the full name


def test_no_definition_without_a_body_a_closed_apposition_or_a_name_made_from_its_own() -> None:
    mentions, sentences = tagged([
        "I wrote to Tom Reed, or Reedy, every week.",  # memoir: a person's other name is not read here
        "We joined the Mutual Aid League, or Mutual and its sister club, that winter.",  # not closed: a list
        "Either the Mutual Aid League, or Later, would feed them.",  # a word the text writes in lower case
        "It was later in the year, and later still the snow came, and later we left.",
        "The Harbour Council, or the Mayor, could refuse the new rate.",  # either one: no other name
    ], {"Tom Reed": "PERSON", "Mutual Aid League": "ORG", "Harbour Council": "ORG"})
    found = define_names(mentions, sentences)
    assert not found.added and not found.joined
    assert found.mentions == mentions


def test_a_short_form_is_made_from_the_full_names_words_or_letters() -> None:
    assert is_short_form("Mutual", "Mutual Aid League") and is_short_form("MAL", "Mutual Aid League")
    assert is_short_form("Fedmill", "Federation of Mill Hands")
    assert not is_short_form("Mayor", "Harbour Council") and not is_short_form("Millfed", "Federation of Mill Hands")
