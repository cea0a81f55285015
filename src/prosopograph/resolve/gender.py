"""Whom the text makes a man or a woman: titles in their names, and the pronouns that follow them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache

from ..model import MentionRecord, ResolvedEntity, SentenceRecord
from ..nlp.rules import FEMALE_KIN, MALE_KIN
from ..nlp.wordnet import shared
from ..text import fold

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE, FEMALE = "M", "F"
FEMALE_PERSON, MALE_PERSON = ("n", 9619168), ("n", 9624168)
"""WordNet 3.0's 'female, female person' and 'male, male person'."""
_DEFINED_SEX = re.compile(r"^(?:(?:the|a|an) )?(?:(?P<f>female|woman|wife)|male|man|husband)(?![\w-])"
                          r"|\bwho is an? (?:(?P<f2>woman)|man)(?![\w-])")
UNKNOWN = -1
"""A person the resolver could not name."""
_TITLE_GENDER = {
    **dict.fromkeys("mr sir lord uncle father brother king emperor tsar czar prince count duke baron monsieur herr"
                    .split(), MALE),
    **dict.fromkeys("mrs miss ms madame mme lady aunt mother sister queen empress tsarina czarina princess countess"
                    " duchess baroness frau".split(), FEMALE),
}


def title_gender(word: str) -> str | None:
    """'M' for king, czar, sir…; 'F' for queen, countess, madame…; None for a title of either ('President')."""
    return _TITLE_GENDER.get(fold(word))


def role_gender(noun: str) -> str | None:
    """'M' for father, son, brother…; 'F' for mother, wife, sister…; None for a role of either."""
    return MALE if noun in MALE_KIN else FEMALE if noun in FEMALE_KIN else None


@cache
def noun_gender(noun: str) -> str | None:
    """'F' for a kin noun of a woman or a noun WordNet makes a female person ('sister', 'girl', 'widow'), 'M' for a
    man's ('brother', 'boy', 'lad'); None for a person of either ('doctor', 'child') or no person."""
    said = role_gender(noun) or title_gender(noun)
    if said is not None:
        return said
    wordnet = shared()
    if wordnet is None:
        return None
    lineage = wordnet.lineage(noun)
    if FEMALE_PERSON in lineage or MALE_PERSON in lineage:
        return FEMALE if FEMALE_PERSON in lineage else MALE
    # 'a female heir', 'a male religious', 'a landlord who is a woman': WordNet says so in the definition
    defined = _DEFINED_SEX.search(wordnet.definition(noun))
    return None if defined is None else FEMALE if defined.group("f") or defined.group("f2") else MALE


def pronoun_gender(word: str) -> str | None:
    """'M' for he, him, his, himself; 'F' for she, her, hers, herself; None for any other word."""
    w = word.lower()
    return MALE if w in MALE_PRONOUNS else FEMALE if w in FEMALE_PRONOUNS else None


def person_genders(sentences: list[SentenceRecord], named: dict[int, list[tuple[int, MentionRecord]]],
                   entities: list[ResolvedEntity]) -> dict[int, str]:
    """People whose gender the text makes plain: a title in their names ('Mrs.', 'King'), and the pronouns
    of sentences that name them and no one else."""
    votes: dict[int, Counter[str]] = {i: title_votes(a.alias for a in e.aliases)
                                      for i, e in enumerate(entities) if e.type == "PERSON"}
    for s in sentences:
        people = {i for i, _ in named.get(s.id, []) if i != UNKNOWN and entities[i].type == "PERSON"}
        if len(people) != 1 or any(i == UNKNOWN and m.label == "PERSON" for i, m in named.get(s.id, [])):
            continue  # a person the resolver could not name ('the Czar' tagged a name) may own the pronouns
        (i,) = people
        first = min(m.end for j, m in named[s.id] if j == i)
        for word in s.text[first - s.start:].split():
            g = pronoun_gender(word.strip(".,;:!?\"“”'’()"))
            if g:
                votes.setdefault(i, Counter())[g] += 1
    return {i: g for i, v in votes.items() if (g := plain_sex(v))}


def plain_sex(votes: Counter[str]) -> str | None:
    """'M' or 'F' where the votes for it are at least two and three times those for the other, else None."""
    (g, n), (_, second) = [*votes.most_common(2), ("", 0), ("", 0)][:2]
    return g if n >= 2 and n >= 3 * second else None


def title_votes(names: Iterable[str]) -> Counter[str]:
    """Three votes for each name a title of one sex opens ('Mrs. Reed', 'King Olaf'): a title is plainer than a
    pronoun."""
    votes: Counter[str] = Counter()
    for name in names:
        if name.split() and (g := title_gender(name.split()[0])) is not None:
            votes[g] += 3
    return votes


def pronoun_sex(counts: Mapping[str, int], names: Iterable[str] = ()) -> str | None:
    """The sex the pronouns bound to someone ({'he': 9, 'her': 1} → 'M') and the titles of their names ('Queen
    Ann') make plain, else None."""
    votes = title_votes(names)
    for word, n in counts.items():
        if (g := pronoun_gender(word)) is not None:
            votes[g] += n
    return plain_sex(votes)
