"""Rules that add what the statistical model misses: a name given right after a kinship noun or as kin's (each
name of a list), a name a verb of dwelling or moving puts one in, and the name of a body ('the Board of Trade').

'His wife, Maren, kept the inn': the model often leaves a bare first name untagged, yet the
phrase says plainly that it is a person; 'he was born in Taganrog' says as plainly that it is a place;
'the Army of the Rhine' is a body, as WordNet says an army is, though the model sees only 'Rhine'.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from ..text import MONTH_NAMES, WEEKDAY_NAMES
from .wordnet import shared

ORGANIZATION = ("n", 8008335)
"""WordNet 3.0's 'organization, organisation: a group of people who work together'."""
PERSON_SENSE = ("n", 7846)
"""WordNet 3.0's 'person, individual, someone …: a human being'."""
STATE_SENSE = ("n", 24720)
"""WordNet 3.0's 'state: the way something is with respect to its main attributes' (an illness, a wound)."""
STRUCTURE = ("n", 4341686)
POLITICAL_UNIT = ("n", 8359949)
"""WordNet 3.0's 'political unit: a unit with political responsibilities' (a country, a nation: a people and, in
another sense, its land)."""
BODY_PART = ("n", 5220461)
"""WordNet 3.0's 'body part: any part of an organism such as an organ or extremity' (a shoulder, a hand)."""
PLACE_SENSES = frozenset({("n", 27167), STRUCTURE, ("n", 3315023), ("n", 9225146), ("n", 9287968), ("n", 9334396)})
"""WordNet 3.0's location, structure, facility, body of water, geological formation and land: the kinds of
place whose common nouns begin place names ('Fort', 'Port', 'Camp', 'Lake', 'Hill', 'Cape')."""

KIN: dict[str, str] = {}
"""Kinship nouns and the relation the named kin stands in to the possessor."""
for _words, _relation in [
    ("wife husband spouse widow fiancée fiancee", "spouse_of"),
    ("son sons daughter daughters child children stepson stepdaughter", "child_of"),
    ("father mother parents stepfather stepmother", "parent_of"),
    ("brother brothers sister sisters half-brother half-sister sibling siblings", "sibling_of"),
    ("grandson grandsons granddaughter granddaughters grandchild grandchildren", "grandchild_of"),
    ("grandfather grandmother grandparents", "grandparent_of"),
    ("cousin cousins", "cousin_of"),
]:
    KIN.update(dict.fromkeys(_words.split(), _relation))
# older books hyphen the prefix of a step- or grand- kinsman ('step-mother', 'grand-son')
KIN.update({re.sub(r"^(step|grand)", r"\1-", k): v for k, v in KIN.items() if k.startswith(("step", "grand"))})

_GENERATIONS = {"grandfather": 2, "grandmother": 2, "grandparents": 2, "father": 1, "mother": 1, "parents": 1,
                "son": -1, "sons": -1, "daughter": -1, "daughters": -1, "child": -1, "children": -1,
                "grandson": -2, "grandsons": -2, "granddaughter": -2, "granddaughters": -2, "grandchild": -2,
                "grandchildren": -2}


def kin_key(word: str) -> str | None:
    """The kin noun a spelling writes, whole where it is one word ('grand-father' → grandfather; 'half-sister'); None
    for no kin noun ('god-father')."""
    joined = word.replace("-", "")
    return joined if joined in KIN else word if word in KIN else None


def generation(role: str) -> int | None:
    """How many generations above the possessor a lineal role is ('great-grandfather' 3, 'son' -1); None for
    a role off the line of descent ('wife', 'cousin')."""
    greats = role.count("great-")
    base = _GENERATIONS.get(role.removeprefix("great-" * greats).replace("-", ""))
    if base is None or (greats and abs(base) < 2):
        return None
    return base + greats if base > 0 else base - greats


FEMALE_KIN = frozenset(k for k in KIN if k.replace("-", "") in """wife widow fiancée fiancee daughter daughters
stepdaughter mother stepmother sister sisters halfsister granddaughter granddaughters grandmother""".split())
MALE_KIN = frozenset(k for k in KIN if k.replace("-", "") in """husband son sons stepson father stepfather brother
brothers halfbrother grandson grandsons grandfather""".split())

KIN_WORDS = "|".join(sorted((re.escape(k) for k in KIN), key=len, reverse=True))
_NAMED_KIN = re.compile(rf"\b(?:(?i:his|her|their|a|an)|[A-Z][\w’'-]+[’']s)\s+(?:[a-z-]+\s+){{0,2}}(?:{KIN_WORDS}),?\s+"
                        r"(?:named\s+)?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\b")
_KIN_BEFORE = re.compile(rf"\b(?P<kin>{KIN_WORDS}),?\s+(?:named\s+)?$", re.I)
_NOT_A_NAME = frozenset("The A An He She They His Her Their It In On At When While After Before".split())


def named_kin(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names that a kinship phrase introduces ('his wife, Maren')."""
    out = []
    for m in _NAMED_KIN.finditer(text):
        name = m.group("name")
        if name.split()[0] not in _NOT_A_NAME:
            out.append((m.start("name"), m.end("name"), name))
    return out


_NOUN_NAMED = re.compile(r"\b(?i:a|an|one|another)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:named|called)\s+"
                         r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\b")
"""'a chief named Orm', 'an old surgeon called Amos O'Neil Pell'; not 'the captain called Dunmore his home', where
'called' is the verb."""


def named_by_noun(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, kind) of names a noun of a person or a place gives ('a chief named Orm' a person's,
    'a village called Dunmore' a place's; 'a ship named Hope' neither). A village is a community first and a
    settlement second, so a place may be either sense, but a dog is a person only in its second."""
    out = []
    for m in _NOUN_NAMED.finditer(text):
        kind = noun_kind(m.group("noun")) or ("place" if noun_kind(m.group("noun"), 2) == "place" else None)
        name = m.group("name")
        if kind in ("person", "place") and name.split()[0] not in _NOT_A_NAME:
            out.append((m.start("name"), m.end("name"), name, kind))
    return out


def kin_noun_before(text: str) -> str | None:
    """The kinship noun that `text` ends with ('… his younger sister, '), lower-cased, if any."""
    m = _KIN_BEFORE.search(text[-40:])
    return m.group("kin").lower() if m else None


_MONTHS_AND_DAYS = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES, "Spring", "Summer", "Autumn", "Winter"))
_PLACE_AFTER_VERB = re.compile(r"\b(?:born|died|lived|settled|arrived|moved|returned|buried|exiled|deported|emigrated)"
                               r"\s+(?:in|at|to)\s+(?P<name>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)\b")


def placed_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names a verb of dwelling or moving places one in ('was born in Taganrog')."""
    out = []
    for m in _PLACE_AFTER_VERB.finditer(text):
        name = m.group("name")
        if name.split()[0] not in _MONTHS_AND_DAYS and name.split()[0] not in _NOT_A_NAME:
            out.append((m.start("name"), m.end("name"), name))
    return out


def body_names(parsed: Any) -> list[tuple[int, int, str]]:
    """(start, end, name) of 'Army of the Rhine', 'Society of Friends': a capitalized word WordNet makes a
    body, then 'of', an optional 'the' and capitalized words."""
    out = []
    tokens = list(parsed)
    for k, t in enumerate(tokens[:-2]):
        if not (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and tokens[k + 1].lower_ == "of"):
            continue
        j = k + 2 + (tokens[k + 2].lower_ == "the")
        end = j
        while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].pos_ == "PROPN":
            end += 1
        if end > j and is_body_word(t.lower_):
            out.append((t.idx, tokens[end - 1].idx + len(tokens[end - 1].text),
                        parsed.text[t.idx:tokens[end - 1].idx + len(tokens[end - 1].text)]))
    return out


def kin_list_names(parsed: Any) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name of a list the parse gives kin: in apposition to a kinship noun ('his two
    sons, Ivo and Ben') or as what the kin's names were ('the names of her sons were Ivo and Ben', 'two daughters,
    whose names were Ann and Eve'), each conjunct a name of its own however the model tagged the list ('Ann, Eve and
    Kit' as one firm's). A lone name ('his wife, Ann') is left to the model and to `named_kin`."""
    out = []
    for t in parsed:
        if t.pos_ == "PROPN" and t.dep_ in ("appos", "attr", "conj") and _given_to_kin(t):
            names = _conjuncts(t)
            if len(names) < 2:
                continue
            for name in names:
                first = min([name, *(c for c in name.lefts if c.dep_ in ("compound", "flat"))], key=lambda x: x.i)
                if first.text[:1].isupper() and first.text not in _NOT_A_NAME:
                    end = name.idx + len(name.text)
                    out.append((first.idx, end, parsed.text[first.idx:end]))
    return out


def _given_to_kin(t: Any) -> bool:
    """The proper noun is set beside a kinship noun, or is the attribute of 'be' whose subject is the names of kin."""
    head = t.head
    if t.dep_ == "appos" or (t.dep_ == "conj" and t.i == head.i + 2 and t.nbor(-1).text == ","):
        # 'his sons, Ivo and Ben' is often parsed as the noun joined to the first name; a singular noun takes no
        # list ('her husband, London and Paris' are what she gave up besides him)
        return head.pos_ == "NOUN" and head.lower_ in KIN and head.tag_ == "NNS"
    if head.lemma_ != "be":
        return False
    for subject in (c for c in head.children if c.dep_ == "nsubj" and c.lemma_ == "name"):
        of_kin = any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lower_ in KIN for o in c.children) for c in subject.children)
        whose = any(c.lower_ == "whose" for c in subject.children) and head.dep_ == "relcl" and (
            head.head.lower_ in KIN)
        if of_kin or whose:
            return True
    return False


def _conjuncts(t: Any) -> list[Any]:
    """The proper noun and the proper nouns joined to it ('Ann, Eve and Kit')."""
    out, frontier = [t], [t]
    while frontier:
        frontier = [c for x in frontier for c in x.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        out += frontier
    return out


def numbered_bodies(parsed: Any) -> list[tuple[int, int, str]]:
    """(start, end, name) of '21st Ohio', '4th Kent': a numeral's ordinal right before a place's name, the body
    numbered among those of that place, as regiments are ('the 9th Ohio marched', 'the 9th Ohio infantry'); not
    where another noun follows ('his 2nd Paris visit') or the place is a street's ('42nd Street')."""
    tokens = list(parsed)
    out = []
    for first, place in _ordinal_and_place(list(parsed.ents)):
        after = tokens[place.end] if place.end < len(tokens) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN") or is_body_word(after.lower_):
            out.append((first.start_char, place.end_char, parsed.text[first.start_char:place.end_char]))
    return out


def _ordinal_and_place(ents: list[Any]) -> list[tuple[Any, Any]]:
    """(the ordinal, the place) of each '21st Ohio', tagged as two names or, with the number, as one place."""
    found = [(a, b) for a, b in itertools.pairwise(ents) if a.label_ == "ORDINAL" and ORDINAL.match(a.text)
             and b.label_ in PLACE_ENTS and b.start_char == a.end_char + 1]
    found += [(e, e) for e in ents if e.label_ in PLACE_ENTS and len(e) >= 2 and ORDINAL.match(e[0].text)
              and e[1].text[:1].isupper()]
    return found


@cache
def is_body_word(word: str) -> bool:
    """WordNet's commonest sense of the noun is a kind of organization ('army', 'committee', 'church')."""
    wordnet = shared()
    return wordnet is not None and ORGANIZATION in wordnet.noun_senses(word, commonest=1)


NAMING_VERBS = frozenset({"name", "call"})
"""'a town named Bly', 'a clerk called Reed': verbs whose participle gives a noun its name."""
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|d)$")
"""A number's ordinal as written ('21st', older books' '2d')."""
PLACE_ENTS = frozenset({"GPE", "LOC"})


@cache
def is_kind(word: str, kinds: tuple[str, ...], senses: int = 1) -> bool:
    """One of the noun's `senses` commonest senses is, within a few steps up, one of the `kinds` ('year' of
    'time_period'); False without WordNet."""
    wordnet = shared()
    if wordnet is None:
        return False
    wanted = {c for kind in kinds for c, level in wordnet.noun_senses(kind, 1).items() if level == 0}
    return bool(wanted & wordnet.noun_senses(word, senses).keys())


@cache
def is_measure_word(word: str) -> bool:
    """A noun a count may be a number of besides the thing counted: a unit, a stretch of time or a vessel
    ('pounds', 'years', 'barrels'), which says how much of a stuff ('ten barrels of flour')."""
    return is_kind(word, ("unit_of_measurement", "time_period", "container"), 3)


@cache
def is_place_word(word: str) -> bool:
    """WordNet's commonest sense of the noun is, within a few steps up, a kind of place ('fort', 'harbour',
    'lake', 'hill'; not 'spring', a season first)."""
    wordnet = shared()
    return wordnet is not None and bool(PLACE_SENSES & wordnet.noun_senses(word, commonest=1).keys())


@cache
def plural_of(word: str) -> str | None:
    """The noun a plural is of ('officers' → officer, 'men' → man); None for a singular ('boss') or no noun."""
    wordnet = shared()
    if wordnet is None or (lemma := wordnet.lemma(word)) == word:
        return None
    return lemma if word in wordnet.plurals(lemma) else None


@cache
def is_noun(word: str) -> bool:
    """WordNet knows the word as a noun, whatever else it is ('standard', 'old'); False without WordNet."""
    wordnet = shared()
    return wordnet is not None and bool(wordnet.noun_senses(word, 1))


@cache
def mostly_noun(word: str) -> bool:
    """WordNet reads the word as a noun more than as an adjective or an adverb ('steamer'; not 'old'); False
    without WordNet."""
    wordnet = shared()
    return wordnet is not None and wordnet.mostly_noun(word)


@cache
def noun_kind(word: str, senses: int = 1) -> str | None:
    """Whether one of WordNet's `senses` commonest senses of the noun is, however far up, a person, a place or an
    organization ('colonel', 'fort', 'clinic'); None for any other thing ('weapon', 'illness') or a word it
    lacks."""
    wordnet = shared()
    lineage = wordnet.lineage(word, senses) if wordnet is not None else set()
    if PERSON_SENSE in lineage:
        return "person"
    if PLACE_SENSES & lineage:
        return "place"
    return "org" if ORGANIZATION in lineage else None


@cache
def is_building_word(word: str, senses: int = 1) -> bool:
    """One of WordNet's `senses` commonest senses of the noun is, however far up, a structure ('hotel', 'mill';
    'hall' and 'church' in their second), which a town is not."""
    wordnet = shared()
    return wordnet is not None and STRUCTURE in wordnet.lineage(word, senses)


@cache
def is_polity_word(word: str) -> bool:
    """WordNet's commonest sense of the noun is, however far up, a political unit ('country', 'nation')."""
    wordnet = shared()
    return wordnet is not None and POLITICAL_UNIT in wordnet.lineage(word)


@cache
def is_body_part(word: str) -> bool:
    """WordNet's commonest sense of the noun is, however far up, a part of a body ('shoulder', 'eyes')."""
    wordnet = shared()
    return wordnet is not None and BODY_PART in wordnet.lineage(word)


@cache
def is_state_word(word: str) -> bool:
    """WordNet's commonest sense of the noun is, however far up, a state ('illness', 'wound'): what it names is no
    one's proper name."""
    wordnet = shared()
    return wordnet is not None and STATE_SENSE in wordnet.lineage(word)


@cache
def is_person_word(word: str) -> bool:
    """WordNet's commonest sense of the noun is, within a few steps up, a kind of person ('poet', 'clerk',
    'widow'; not the deeper 'colonel')."""
    wordnet = shared()
    return wordnet is not None and PERSON_SENSE in wordnet.noun_senses(word, commonest=1)
