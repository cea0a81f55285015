"""Names the text gives a person with a verb of naming, read on the parse once the pronouns are bound: 'all the
crew called him Tom Longshanks', 'Ann was called Nan', 'he called himself Captain Swift', 'she was known as Old
Meg', 'the boys called her the “Wharf Owl.”' A common noun given so is no name ('she called him a coward'), nor is
a title ('called him Earl'), nor the name of a thing ('they called the ship Swallow'), nor words quoted in lower case
('called the plan a “monstrosity”').
"""

from __future__ import annotations

from ..model import ResolvedEntity
from ..nlp.parse import Token
from ..text import fold
from .names import TITLES, name_tokens
from .reader import Sentence, s_text

NAMING_VERBS = frozenset({"call", "name", "nickname", "dub", "christen", "style"})
"""Verbs whose object predicate is what the text calls someone."""
OPENING_QUOTES = frozenset({"“", '"', "‘", "`", "``"})


def named_so(at: Sentence, entities: list[ResolvedEntity]) -> list[tuple[int, str, int | None]]:
    """(person, name, the entity the name was resolved to if any) of each name the sentence gives a person by a verb
    of naming."""
    out = []
    for verb in at.tokens:
        if verb.pos != "VERB":
            continue
        kids = at.children.get(verb.i, [])
        if verb.lemma in NAMING_VERBS:
            given = [c for c in kids if c.dep == "oprd"]
            passive = any(c.dep == "auxpass" for c in kids)
            named = [c for c in kids if c.dep == ("nsubjpass" if passive else "dobj")]
        elif verb.lemma == "know" and any(c.dep == "auxpass" for c in kids):  # 'she was known as Old Meg'
            given = [p for c in kids if c.dep == "prep" and c.lower == "as"
                     for p in at.children.get(c.i, []) if p.dep == "pobj"]
            named = [c for c in kids if c.dep == "nsubjpass"]
        else:
            continue
        if len(given) == 1 and not named:  # 'called him Ivar Longhair' is sometimes parsed with 'him' in the name
            named = [c for c in at.children.get(given[0].i, []) if c.tag == "PRP" and c.i < given[0].i]
        if len(given) != 1 or len(named) != 1:
            continue
        person = _person(named[0], at, kids)
        name = _name(given[0], at)
        if person is not None and entities[person].type == "PERSON" and name:
            resolved = at.name_at.get(given[0].i, (None,))[0]
            out.append((person, name, resolved if resolved is not None and resolved >= 0 else None))
    return out


def _person(t: Token, at: Sentence, verb_kids: list[Token]) -> int | None:
    """Whom the word stands for: a bound pronoun, a name, or for 'himself' the verb's subject."""
    if t.lower.endswith("self"):
        subject = next((c for c in verb_kids if c.dep == "nsubj"), None)
        return _person(subject, at, []) if subject is not None else None
    if t.i in at.bound:
        return at.bound[t.i]
    if t.i in at.name_at and at.name_at[t.i][0] >= 0:
        return at.name_at[t.i][0]
    return None


def _name(head: Token, at: Sentence) -> str | None:
    """The words of the name an object predicate gives: a proper name ('Tom Longshanks'), or any words set in
    quotation marks ('“the little owl”'); None for a common noun or a title."""
    words = sorted([head, *(c for c in _subtree(head, at) if c.i < head.i and c.tag != "PRP")], key=lambda x: x.i)
    quoted = any(w.text in OPENING_QUOTES for w in words) or (
        words[0].i > 0 and at.passage[words[0].i - 1].text in OPENING_QUOTES)
    words = [w for w in words if w.pos != "PUNCT" and w.text not in OPENING_QUOTES]
    while words and words[0].dep == "det":
        words = words[1:]
    if not words or any(w.i in at.bound for w in words):
        return None
    capitalized = [w.text[:1].isupper() for w in words]
    proper = head.pos == "PROPN" and all(capitalized)
    text = s_text(at.record, words[0].start, head.end)
    if not (proper or (quoted and any(capitalized))) or fold(text) in TITLES:
        return None
    return text


def _subtree(t: Token, at: Sentence) -> list[Token]:
    out, frontier = [], [t]
    while frontier:
        kids = [c for x in frontier for c in at.children.get(x.i, [])]
        out += kids
        frontier = kids
    return out


def renamed(entities: list[ResolvedEntity], joined: list[tuple[int, int, int]]) -> dict[int, int]:
    """The people the resolver kept apart from someone the text gave their name ('called him Tom Longshanks', the
    model having found a new person in 'Tom Longshanks') → that person: where the names share a word, so that a
    pronoun bound to someone else joins no stranger to them ('named him Nils' of a newborn is not the father's name).
    """
    out: dict[int, int] = {}
    for other, person, _ in joined:
        if other in out or person in out or other in out.values() or entities[other].type != "PERSON" or len(
                entities[other].mention_ids) > len(entities[person].mention_ids):
            continue
        if _shared(_words(entities[other]), _words(entities[person])):
            out[other] = person
    return out


def _words(e: ResolvedEntity) -> list[str]:
    return [w for w in (fold(w) for w in name_tokens(e.name)) if w not in TITLES]


def _shared(a: list[str], b: list[str]) -> bool:
    """The names share a word that is not the family name both end in ('Tom Reed', 'Tom Longshanks'; not 'Olaf
    Dahl' and 'Nils Dahl', a father and the son a pronoun bound to the father may name)."""
    family = {a[-1]} if a and b and a[-1] == b[-1] else set()
    return bool((set(a) & set(b)) - family)
