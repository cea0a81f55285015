"""Whether a sentence says what a question asks: the candidate stands where the wh-word stands.

'In which town did she spend the winter?' asks for the object of 'in' (or another preposition of
place) hanging on 'spend'. In 'She spent the winter in Bath with her aunt', Bath fills that slot and
the aunt does not; in 'Her aunt wrote from Bath', which never spends anything, the parse says nothing
either way. Who did something is its subject or the agent of its passive; whom, its object or the
subject of its passive; the predicate may be a noun ('the annexation of which island').
"""

from __future__ import annotations

from dataclasses import dataclass

from ..nlp.parse import Token
from ..nlp.wordnet import shared

AGENT, PATIENT, PLACE = "agent", "patient", "place"
LOCATIVE = frozenset({"in", "at", "near", "to", "into", "on", "inside", "within", "outside", "toward", "towards"})
"""Prepositions that place something: 'where' and 'in which town' may be answered by any of them."""
LIGHT = frozenset({"be", "do", "have", "get", "make", "take"})
"""Verbs too light to say what a question asks ('What did he have …'): no slot is read from them."""
NAMING_OF = frozenset({"NOUN"})
AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent")
"""Endings of English nouns of the one who does something ('founder', 'editor', 'assailant')."""
WH_WORDS = frozenset({"who", "whom", "which", "what", "where"})
_THROUGH = frozenset({"compound", "flat", "appos", "conj", "nmod", "poss", "amod", "nummod"})
"""Dependencies a name inherits its head's place through ('General Reed', 'Reed and Ames', 'Reed, a clerk')."""


@dataclass(frozen=True)
class Slot:
    """What a question asks for: the `role` (agent, patient, place or a preposition) on `predicate`."""

    predicate: str
    role: str


def question_slot(tokens: list[Token]) -> Slot | None:
    """The slot a question's wh-word asks to fill, read from its parse; None for when, how, why and whose."""
    wh = next((t for t in tokens if t.lower in WH_WORDS), None)
    if wh is None:
        return None
    phrase = _wh_phrase(wh, tokens)
    before = tokens[phrase[0].i - 1] if phrase[0].i > 0 else None
    root = _main_verb(tokens)
    if before is not None and before.pos == "ADP":
        governor = tokens[before.head] if 0 <= before.head < len(tokens) else None
        if governor is None or governor in phrase or governor.pos == "AUX" or governor.lemma.lower() in LIGHT:
            governor = root
        return _slot(governor, before.lower)
    if wh.lower == "where":
        return _slot(root, PLACE)
    if phrase[0].i == 0:
        return _slot(root, _initial_role(phrase, tokens))
    last = phrase[-1]
    if last.dep in ("dobj", "nsubjpass"):
        return _slot(tokens[last.head], PATIENT)
    if last.dep == "nsubj":
        return _slot(tokens[last.head], AGENT)
    return None


def _slot(governor: Token | None, role: str | None) -> Slot | None:
    if governor is None or role is None or governor.pos not in ("VERB", "NOUN") or governor.lemma.lower() in LIGHT:
        return None
    return Slot(governor.lemma.lower(), role)


def _wh_phrase(wh: Token, tokens: list[Token]) -> list[Token]:
    """'which', or 'which town', 'what Swiss village': the wh-word and the noun it picks, if any."""
    if wh.lower not in ("which", "what"):
        return [wh]
    for t in tokens[wh.i + 1:wh.i + 4]:
        if t.pos in ("NOUN", "PROPN"):
            return tokens[wh.i:t.i + 1]
        if t.pos not in ("ADJ", "NUM", "ADV"):
            break
    return [wh]


def _main_verb(tokens: list[Token]) -> Token | None:
    """The question's verb, its root; None when that is 'be' or 'have' ('Where was she when she heard …'
    asks where she was, not where she heard)."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return root if root is not None and root.lemma.lower() not in LIGHT else None


def _initial_role(phrase: list[Token], tokens: list[Token]) -> str | None:
    """At the head of the question: 'Who led …' asks for the agent; 'Whom did he …' and 'Who was arrested'
    for the patient; 'Who was the …' is a copula, no verb's argument."""
    after = tokens[phrase[-1].i + 1:]
    if not after:
        return None
    first = after[0]
    if first.lemma.lower() == "do" and first.pos == "AUX":
        return PATIENT
    if first.lemma.lower() == "be":
        participle = next((t for t in after[1:4] if t.tag == "VBN"), None)
        return PATIENT if participle is not None else None
    return AGENT if first.pos == "VERB" else None


def predicate_words(predicate: str) -> set[str]:
    """The lemmas a sentence may say a predicate with: itself and the words derived from it and spelled
    from it ('annex' for 'annexation'); not its synonyms, which a verb of many senses has too many of."""
    wordnet = shared()
    derived = wordnet.kindred(predicate) if wordnet else set()
    return {predicate} | {w for w in derived if "_" not in w and w[:3] == predicate[:3]}


def fills(slot: Slot, related: set[str], span: tuple[int, int], sentence: list[Token],
          passage: list[Token]) -> bool | None:
    """Whether the words at `span` fill the slot in this sentence: True, False when the sentence has the
    predicate but not them in its slot, None when it has no word for the predicate (no evidence)."""
    if not any(t.lemma.lower() in related for t in sentence):
        return None
    head = _span_head(span, sentence, passage)
    if head is None:
        return False
    if slot.role == AGENT and _named_as_doer(head, related, sentence):
        return True
    return any(governor.lemma.lower() in related and _compatible(slot.role, role)
               for role, governor in _roles(head, passage))


def _named_as_doer(head: Token, related: set[str], sentence: list[Token]) -> bool:
    """'Tom Reed, the founder of the club' or 'Tom Reed was its founder': a noun of the doer of the
    predicate ('founder' for 'found') in apposition to the candidate or said of it."""
    for n in sentence:
        if n.pos != "NOUN" or n.lemma.lower() not in related or not n.lemma.lower().endswith(AGENT_SUFFIXES):
            continue
        if (n.dep == "appos" and n.head == head.i) or (head.dep == "appos" and head.head == n.i):
            return True
        if n.dep == "attr" and head.dep == "nsubj" and n.head == head.head:
            return True
    return False


def _span_head(span: tuple[int, int], sentence: list[Token], passage: list[Token]) -> Token | None:
    """The word of the span whose head lies outside it."""
    inside = [t for t in sentence if t.start >= span[0] and t.end <= span[1]]
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head not in ids or t.head == t.i), None)


def _roles(t: Token, passage: list[Token], depth: int = 0) -> list[tuple[str, Token]]:
    """The roles a word plays and the word it plays each for."""
    for _ in range(6):
        if t.dep not in _THROUGH or not 0 <= t.head < len(passage) or t.head == t.i:
            break
        t = passage[t.head]
    if not 0 <= t.head < len(passage):
        return []
    head = passage[t.head]
    if t.dep in ("nsubj", "csubj"):
        return [(AGENT, head)]
    if t.dep in ("dobj", "nsubjpass", "oprd"):
        return [(PATIENT, head)]
    if t.dep == "dative":
        return [("to", head)]  # 'gave her the ring' answers 'to whom did he give it'
    if t.dep != "pobj" or not 0 <= head.head < len(passage):
        return []
    governor = passage[head.head]
    if head.dep == "agent":
        return [(AGENT, governor)]
    roles = [(head.lower, governor)]
    if head.lower == "of" and governor.pos in NAMING_OF and depth < 2:
        roles += _roles(governor, passage, depth + 1)  # 'the town of Bath' stands where the town stands
    return roles


def _compatible(asked: str, found: str) -> bool:
    if asked == found:
        return True
    return asked in (PLACE, *LOCATIVE) and found in LOCATIVE
