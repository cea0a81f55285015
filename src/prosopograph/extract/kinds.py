"""The kind of an event, from the word that tells it: a verb's lemma ('died' → death), or the noun of a
verbless phrase ('the battle of …'). Verbs the table does not list take the kind of a verb WordNet puts
above them ('slay' is a way to kill, 'embark' a way to leave)."""

from __future__ import annotations

from functools import cache

from ..nlp.wordnet import shared

VERB_KINDS: dict[str, str] = {}
for _kind, _verbs in [
    ("death", "die perish succumb drown"),
    ("killing", "kill murder assassinate execute slay shoot hang behead"),
    ("marriage", "marry wed"),
    ("arrest", "arrest seize detain imprison jail"),
    ("exile", "exile deport banish expel"),
    ("escape", "escape flee"),
    ("election", "elect vote"),
    ("appointment", "appoint nominate promote assign commission"),
    ("publication", "publish print"),
    ("battle", "fight battle"),
    ("attack", "attack assault storm raid bomb besiege"),
    ("surrender", "surrender capitulate"),
    ("capture", "capture occupy"),
    ("arrival", "arrive reach land return enter"),
    ("departure", "leave depart sail embark"),
    ("founding", "found establish"),
    ("trial", "try sentence convict acquit"),
    ("graduation", "graduate"),
    ("resignation", "resign abdicate"),
    ("meeting", "meet visit"),
    ("move", "settle emigrate immigrate"),
]:
    VERB_KINDS.update(dict.fromkeys(_verbs.split(), _kind))

WOUNDING = frozenset({"shoot"})
"""Verbs of a blow that may not kill ('shot in the hand'): a death only where the clause says so."""
FATAL = frozenset({"dead", "mortally", "fatally", "lifeless", "death"})

NOUN_KINDS: dict[str, str] = {}
for _kind, _nouns in [
    ("birth", "birth"), ("death", "death funeral"), ("killing", "assassination murder execution"),
    ("marriage", "marriage wedding"), ("arrest", "arrest"), ("exile", "exile deportation"),
    ("election", "election"), ("appointment", "appointment promotion"), ("publication", "publication"),
    ("battle", "battle"), ("attack", "attack assault siege raid"), ("surrender", "surrender capitulation"),
    ("capture", "capture occupation"), ("arrival", "arrival"), ("departure", "departure"),
    ("founding", "founding foundation"), ("trial", "trial"), ("graduation", "graduation"),
]:
    NOUN_KINDS.update(dict.fromkeys(_nouns.split(), _kind))

ANOTHER = frozenset("first second third fourth next other another later earlier last previous former new".split())
"""Adjectives that single out one event of a kind from another ('the second wedding'), not the one just told."""
OCCURRING = frozenset({"occur", "happen"})
"""Verbs that say only that their subject happened ('the wedding occurred in May'), as 'take place' does."""

BORN = "bear"
"""'was born': a birth, of the verb's subject."""


def verb_kinds(lemmas: set[str]) -> dict[str, str]:
    """The kind of event each verb lemma tells, for those of a kind ('was born' is read apart: see BORN)."""
    out = {lemma: VERB_KINDS[lemma] for lemma in lemmas if lemma in VERB_KINDS}
    rest = lemmas - out.keys() - {BORN}
    wordnet = shared()
    if wordnet is None or not rest:
        return out
    anchors = _anchors()
    for lemma, senses in wordnet.concepts(rest).items():  # one pass over WordNet's index for them all
        found = [(level, anchors[c]) for c, level in senses.items() if c in anchors and c[0] == "v" and level > 0]
        if found:
            out[lemma] = min(found)[1]
    return out


@cache
def _anchors() -> dict[tuple[str, int], str]:
    """The verb senses of the table's verbs, each with its kind (read once: the table's verbs are many)."""
    wordnet = shared()
    out: dict[tuple[str, int], str] = {}
    if wordnet is None:
        return out
    found = wordnet.concepts(set(VERB_KINDS))
    for verb, kind in VERB_KINDS.items():
        for concept, level in found.get(verb, {}).items():
            if level == 0 and concept[0] == "v":
                out.setdefault(concept, kind)
    return out
