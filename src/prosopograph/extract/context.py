"""What the sentences around a fact say about it: whom a bare 'he' or 'her' stands for."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..model import MentionRecord, ResolvedEntity, SentenceRecord
from ..nlp.rules import FEMALE_KIN, MALE_KIN, kin_noun_before

FEMALE, MALE = "F", "M"
_PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
                   "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
_PRONOUNS = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.I)
_TITLE_GENDER = {"mrs": FEMALE, "madame": FEMALE, "mme": FEMALE, "miss": FEMALE, "lady": FEMALE,
                 "queen": FEMALE, "empress": FEMALE, "countess": FEMALE, "princess": FEMALE,
                 "mr": MALE, "sir": MALE, "king": MALE, "emperor": MALE, "tsar": MALE, "count": MALE,
                 "prince": MALE, "father": MALE, "lord": MALE}
KIN_WEIGHT = 3
"""Votes a kinship noun before a name ('his sister, Greta') casts for the gender it implies."""


def protagonists(sentences: list[SentenceRecord], by_sentence: Mapping[int, Sequence[tuple[int, MentionRecord]]],
                 entities: list[ResolvedEntity]) -> dict[int, int]:
    """For each sentence, the person its passage has named most so far: whom a bare 'he' most likely means."""
    return {sid: ranked[0] for sid, ranked in passage_people(sentences, by_sentence, entities).items()}


def passage_people(sentences: list[SentenceRecord], by_sentence: Mapping[int, Sequence[tuple[int, MentionRecord]]],
                   entities: list[ResolvedEntity]) -> dict[int, list[int]]:
    """For each sentence, the people its passage has named so far, most named first."""
    out: dict[int, list[int]] = {}
    counts: Counter[int] = Counter()
    passage: int | None = None
    for s in sorted(sentences, key=lambda s: (s.document_id, s.start)):
        if s.passage_id != passage:
            counts, passage = Counter(), s.passage_id
        if counts:
            out[s.id] = [i for i, _ in counts.most_common()]
        counts.update(i for i, _ in by_sentence.get(s.id, []) if entities[i].type == "PERSON")
    return out


def genders(sentences: list[SentenceRecord], by_sentence: Mapping[int, Sequence[tuple[int, MentionRecord]]],
            entities: list[ResolvedEntity]) -> dict[int, str]:
    """Entities whose gender the text makes plain: kinship nouns before their name, titles, and the
    pronouns of sentences that name them alone."""
    votes: dict[int, Counter[str]] = {}
    for s in sentences:
        named = by_sentence.get(s.id, [])
        people = {i for i, _ in named if entities[i].type == "PERSON"}
        for i, m in named:
            kin = kin_noun_before(s.text[:m.start - s.start])
            if kin in FEMALE_KIN or kin in MALE_KIN:
                votes.setdefault(i, Counter())[FEMALE if kin in FEMALE_KIN else MALE] += KIN_WEIGHT
            title = m.text.split()[0].lower().rstrip(".") if m.text.split() else ""
            if title in _TITLE_GENDER:
                votes.setdefault(i, Counter())[_TITLE_GENDER[title]] += KIN_WEIGHT
        if len(people) == 1:
            (i,) = people
            first = min(m.end for j, m in named if j == i)
            for w in _PRONOUNS.findall(s.text[first - s.start:]):
                votes.setdefault(i, Counter())[_PRONOUN_GENDER[w.lower()]] += 1
    out = {}
    for i, v in votes.items():
        (g, n), (_, second) = [*v.most_common(2), ("", 0)][:2]
        if n >= 2 and n >= 2 * second:
            out[i] = g
    return out
