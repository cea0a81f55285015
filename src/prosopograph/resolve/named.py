"""Names the text gives a person with a verb of calling, read on the parse once the pronouns are bound: 'all the
crew called him Tom Longshanks', 'Ann was called Nan', 'he called himself Tom Swift', 'she was known as Old Meg',
'the boys called her the “Wharf Owl.”'

Only a proper name, or capitalized words in quotation marks, is a name: not a common noun ('called him a coward'),
a person's kind or office ('was known as a Quaker', 'called him Earl'), a phrase with an article or an 'of' left
unquoted ('dubbed him the Hero of the Hour'), nor words quoted in lower case. 'Name' and 'christen' are left out:
they name newborns and appoint to offices ('named him Secretary') far more often than they nickname; and a sentence
near a birth ('a son was born … they called him Tom') names no one, since its pronoun is a newborn the text has not
named before.
"""

from __future__ import annotations

from ..model import ResolvedEntity
from ..nlp.parse import Token
from ..nlp.rules import is_person_word
from ..text import fold
from .names import is_title, name_tokens
from .reader import Sentence, descendants, s_text

CALLING_VERBS = frozenset({"call", "nickname", "dub", "style"})
"""Verbs whose object predicate is what the text calls someone."""
OPENING_QUOTES = frozenset({"“", '"', "‘", "`", "``"})
"""Marks that open a quotation, as the text or the tagger writes them."""
BIRTH_WORDS = frozenset({"bear", "birth", "baby", "infant", "child", "son", "daughter", "baptize", "christen"})
"""Lemmas that put a sentence near a birth, whose 'him' or 'her' may be a newborn bound to someone else."""


def named_so(at: Sentence, entities: list[ResolvedEntity]) -> list[tuple[int, str, int | None]]:
    """(person, name, the entity the name was resolved to if any) of each name the sentence gives a person by a verb
    of calling."""
    out = []
    for verb in at.tokens:
        if verb.pos != "VERB":
            continue
        kids = at.children.get(verb.i, [])
        if verb.lemma in CALLING_VERBS:
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
        if len(given) != 1 or len(named) != 1 or _near_a_birth(at):
            continue
        person = _person(named[0], at, kids)
        name = _name(given[0], at)
        if person is not None and entities[person].type == "PERSON" and name:
            resolved = at.name_at.get(given[0].i, (None,))[0]
            out.append((person, name, resolved if resolved is not None and resolved >= 0 else None))
    return out


def _near_a_birth(at: Sentence) -> bool:
    """The sentence, or the one before it in the passage, speaks of a birth or a child."""
    start = at.tokens[0].i if at.tokens else 0
    before = start - 1
    while before > 0 and not at.passage[before].sent_start:
        before -= 1
    return any(t.lemma in BIRTH_WORDS for t in [*at.passage[max(0, before):start], *at.tokens])


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
    """The words of the name an object predicate gives, or None where they are no name (see the module's text)."""
    words = sorted([head, *(at.passage[i] for i in descendants(head, at) if i < head.i and at.passage[i].tag != "PRP")],
                   key=lambda x: x.i)
    quoted = any(w.text in OPENING_QUOTES for w in words) or (
        words[0].i > 0 and at.passage[words[0].i - 1].text in OPENING_QUOTES)
    articles = {w.lower for w in words if w.dep == "det"}
    if articles & {"a", "an"} or (not quoted and (articles or any(
            c.dep == "prep" for c in at.children.get(head.i, [])))):
        return None
    words = [w for w in words if w.pos != "PUNCT" and w.dep != "det" and w.text not in OPENING_QUOTES]
    if not words or any(w.i in at.bound for w in words):
        return None
    capitalized = [w.text[:1].isupper() for w in words]
    proper = head.pos == "PROPN" and all(capitalized)
    text = s_text(at.record, words[0].start, head.end)
    if not (proper or (quoted and any(capitalized))) or is_title(text) or (
            len(words) == 1 and is_person_word(head.lower)):
        return None
    return text


def renamed(entities: list[ResolvedEntity], joined: list[tuple[int, int, int]],
            kin: set[frozenset[int]]) -> dict[int, int]:
    """The people the resolver kept apart from someone the text gave their name ('called him Tom Longshanks', the
    model having found a new person in 'Tom Longshanks') → that person, where the names share more than a family
    name and the text never makes the two kin (`kin`: pairs of people a role binds, as a father and the son named
    after him)."""
    out: dict[int, int] = {}
    for other, person, _ in joined:
        if other in out or person in out or other in out.values() or entities[other].type != "PERSON" or len(
                entities[other].mention_ids) > len(entities[person].mention_ids) or frozenset((other, person)) in kin:
            continue
        if _shared(_words(entities[other]), _words(entities[person])):
            out[other] = person
    return out


def _words(e: ResolvedEntity) -> list[str]:
    return [fold(w) for w in name_tokens(e.name)]


def _shared(a: list[str], b: list[str]) -> bool:
    """The names share a word that is not the family name both end in ('Tom Reed', 'Tom Longshanks'; not 'Olaf Dahl'
    and 'Nils Dahl')."""
    family = {a[-1]} if a and b and a[-1] == b[-1] else set()
    return bool((set(a) & set(b)) - family)
