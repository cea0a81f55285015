"""Whom the text makes a man or a woman, from the pronouns of sentences that name one person only."""

from __future__ import annotations

import re

from prosopograph.model import MentionRecord, ResolvedEntity, SentenceRecord
from prosopograph.resolve.gender import FEMALE, MALE, UNKNOWN, person_genders

PEOPLE = [ResolvedEntity("PERSON", "Martha Gale"), ResolvedEntity("PERSON", "Tom Reed")]


def genders(lines: list[str], unresolved: str = "") -> dict[str, str]:
    """Genders read from one sentence a line; names of PEOPLE are theirs, `unresolved` a name no one could be
    given (tagged a person all the same)."""
    sentences, named = [], {}
    pos = 0
    for sid, text in enumerate(lines, 1):
        sentences.append(SentenceRecord(sid, 1, 1, sid, pos, pos + len(text), text))
        found = []
        for who, name in [*((i, p.name) for i, p in enumerate(PEOPLE)), (UNKNOWN, unresolved)]:
            for m in re.finditer(re.escape(name), text) if name else []:
                found.append((who, MentionRecord(len(found) + 100 * sid, 1, sid, pos + m.start(), pos + m.end(),
                                                 name, "PERSON")))
        named[sid] = found
        pos += len(text) + 1
    return {PEOPLE[i].name: g for i, g in person_genders(sentences, named, PEOPLE).items()}


def test_pronouns_after_the_one_name_of_a_sentence_say_whose_they_are() -> None:
    assert genders(["Martha Gale said she would stay.", "Martha Gale kept her school open.",
                    "Tom Reed said he would go."]) == {"Martha Gale": FEMALE}
    assert genders(["Tom Reed lost his horse.", "Tom Reed sold his farm.", "Then Tom Reed went home."]) == {
        "Tom Reed": MALE}


def test_a_sentence_with_someone_unnamed_gives_no_vote() -> None:
    # in the old style and in a modern one: the pronouns are the other's ('the Regent', a bare 'Holm')
    lines = ["Martha Gale nursed the Regent through the winter and sat with him every night.",
             "Martha Gale wrote to the Regent, and his answer came in May.",
             "Martha Gale met the Regent at the quay; he had grown thin."]
    assert genders(lines, unresolved="Regent") == {}
    assert genders(lines) == {"Martha Gale": MALE}  # without the unnamed one the votes went to her
