"""Whether a sentence says what a question asks: the candidate stands where the wh-word stands.

'In which port did she pass her last years?' asks for the object of 'in' (or another preposition of
place) hanging on 'pass'. In 'She passed her last years in Bath with her aunt', Bath fills that slot and
the aunt does not; in 'Her aunt wrote from Bath', which passes no years, the parse says nothing
either way. Who did something is its subject or the agent of its passive; whom, its object or the
subject of its passive; the predicate may be a noun ('the annexation of which island').
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..nlp.parse import Token
from ..nlp.rules import KIN, NAMING_VERBS, is_kind, is_measure_word, is_person_word
from ..nlp.wordnet import shared
from ..resolve.names import TITLES
from ..text import fold

AGENT, PATIENT, PLACE, TIME, NAME = "agent", "patient", "place", "time", "name"
NAME_WORDS = NAMING_VERBS | {"christen", "dub", "nickname", "rename", "style", "term", "baptize", "baptise"}
"""The verbs a name is given with, and the noun 'name' itself ('her name was Ann'): any of them says what a question
of a name given asks ('what did they call the farm' is answered by 'the farm was named Windrush')."""
TIME_MARKS = frozenset({"when", "after", "before", "while", "whilst", "until", "till"})
"""Words opening a clause that says when ('as' and 'since' as often say why)."""
ORDERING = frozenset({"after", "before", "during"})
"""Prepositions that place a happening in time before or after an event ('after the flood', 'before the war')."""
TIME_PREPOSITIONS = frozenset({"in", "at", "on", "by", "about", "towards", "toward", "until", "till"})
"""Prepositions that place a happening at a time ('in the spring'); 'for' says how long, 'from' and 'to' where."""
KEPT_PREPOSITIONS = frozenset({"of", "after", "before"})
"""Prepositions whose phrase belongs to the time it hangs on ('the end of that winter', 'the spring after the
flood'); another's starts a phrase of its own ('before the war by my uncle')."""
TIME_KINDS = ("time_period", "time_unit")
"""WordNet's kinds of a time ('spring', 'year', 'morning')."""
EVENT_KINDS = ("event", "time_period")
"""WordNet's kinds of what a happening may be placed before or after ('the war', 'his death'; not 'the wind')."""
TIME_PARTS = frozenset({"beginning", "end", "middle", "course", "close", "start", "midst", "depth", "height", "eve",
                        "dawn", "time", "day", "night"})
"""Nouns for a part of a time or of an event, which say when with 'of' ('the end of that winter')."""
SUPPOSING = frozenset({"if", "unless", "lest"})
"""Marks of a clause that only supposes its predicate ('if he died')."""
MODALS = frozenset({"would", "should", "might", "may", "must", "could"})
"""A predicate under these is only supposed or possible: the text does not say it happened."""
LOCATIVE = frozenset({"in", "at", "near", "to", "into", "on", "inside", "within", "outside", "toward", "towards"})
"""Prepositions that place something: 'where' and 'in which town' may be answered by any of them."""
LIGHT = frozenset({"be", "do", "have", "get", "make", "take"})
"""Verbs too light to say what a question asks ('What did he have …'): no slot is read from them."""
PREPOSITIONS = LOCATIVE | {"of", "for", "with", "by", "from", "about", "under", "against", "after", "before",
                           "during", "among", "between", "through", "across", "over"}
AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent")
"""Endings of English nouns of the one who does something ('founder', 'editor', 'assailant')."""
WH_WORDS = frozenset({"who", "whom", "which", "what", "where"})
RELATIVE_REACH = 30
"""How many words after a noun its relative clause's verb is looked for."""
_THROUGH = frozenset({"compound", "flat", "appos", "conj", "nmod", "poss", "amod", "nummod"})
"""Dependencies a name inherits its head's place through ('General Reed', 'Reed and Ames', 'Reed, a clerk')."""


@dataclass(frozen=True)
class Slot:
    """What a question asks for: the `role` (agent, patient, place or a preposition) on `predicate`."""

    predicate: str
    role: str
    subject: str | None = None
    """Who does it, in the question's words, when it asks for something else ('did Ann spend' → Ann)."""


def question_slot(tokens: list[Token]) -> Slot | None:
    """The slot a question's wh-word asks to fill, read from its parse; None for when, how, why and whose."""
    wh = next((t for t in tokens if t.lower in WH_WORDS), None)
    if wh is None:
        return None
    phrase = _wh_phrase(wh, tokens)
    before = tokens[phrase[0].i - 1] if phrase[0].i > 0 else None
    root = _main_verb(tokens)
    if _asks_name(phrase, tokens):
        return _name_slot(tokens)
    if before is not None and (before.pos == "ADP" or before.lower in PREPOSITIONS):  # 'To which' may be PART
        governor = tokens[before.head] if 0 <= before.head < len(tokens) else None
        if governor is None or governor in phrase or governor.pos == "AUX" or governor.lemma.lower() in LIGHT:
            governor = root
        return _slot(governor, before.lower, tokens)
    if wh.lower == "where":
        return _slot(root, PLACE, tokens)
    if phrase[0].i == 0:
        role = _initial_role(phrase, tokens)
        return _slot(root, (_stranded(root, phrase, tokens) if role == PATIENT else None) or role, tokens)
    last = phrase[-1]
    if last.dep in ("dobj", "nsubjpass"):
        return _slot(tokens[last.head], PATIENT, tokens)
    if last.dep == "nsubj":
        return _slot(tokens[last.head], AGENT, tokens)
    return None


NAME_TAKING = frozenset({"give", "take", "assume", "adopt", "bear", "receive", "choose", "get"})
"""Verbs a name is given or taken with as their object ('took the name of Tom')."""


def _asks_name(phrase: list[Token], tokens: list[Token]) -> bool:
    """The wh-phrase asks for a name given: 'what name' or 'what nickname' ('what name did she give the farm'), or
    'what' as the name a verb of naming gives something else ('what did they call the boat', 'what was the farm
    called'); not 'whom did she call', where the one called is asked."""
    last = phrase[-1]
    if last.pos == "NOUN" and last.lemma.lower() in ("name", "nickname"):
        return True
    if last.pos != "PRON" or not 0 <= last.head < len(tokens):
        return False
    verb = tokens[last.head]
    if verb.pos == "AUX":  # 'What/attr was/auxpass the farm called', or 'was' the root and 'called' its clause
        words = [t for t in tokens if t.pos != "PUNCT"]
        ending = words[-1] if words[-1].tag == "VBN" else None  # '… the boat he built called?', however hung
        verb = next((t for t in tokens if t.head == verb.i and t.dep in ("ccomp", "xcomp") and t.tag == "VBN"),
                    ending or tokens[verb.head])
    if verb.lemma.lower() not in NAME_WORDS or verb.pos != "VERB" or last.dep not in ("dobj", "oprd", "attr"):
        return False
    kids = [t for t in tokens if t.head == verb.i and t.i != last.i]
    passive = verb.tag == "VBN" or any(t.dep in ("auxpass", "nsubjpass") for t in kids)
    # the thing named may hang as a bare noun phrase ('what did Tom name the spear-point': npadvmod), not a time
    # ('what did the crier call each morning')
    return passive or any(t.dep in ("dobj", "oprd") or (t.dep == "npadvmod" and not _is_time(t, tokens))
                          for t in kids)


def _name_slot(tokens: list[Token]) -> Slot:
    """A name given with the question's verb ('give', 'take', 'call'), by whoever the question names as giving it
    ('what did Ann call it' → Ann)."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    verb = root.lemma.lower() if root is not None and root.pos == "VERB" else "name"
    # 'What was Tom called': Tom is the one named, not the one naming
    active = root is not None and root.pos == "VERB" and root.tag != "VBN" and not any(
        t.head == root.i and t.dep == "auxpass" for t in tokens)
    return Slot(verb, NAME, _subject_of(root, tokens) if root is not None and active else None)


def when_slot(tokens: list[Token]) -> Slot | None:
    """The predicate a question opening with 'when' asks the time of, and its named subject ('When did Ann Reed
    sail?' → sail, Ann Reed); None for any other question."""
    if not tokens or tokens[0].lower != "when":
        return None
    # 'When was Tom Reed born?': the model may make 'was' the root and the participle hang on the name
    verb = _main_verb(tokens) or next((t for t in reversed(tokens) if t.tag == "VBN" and t.pos == "VERB"), None)
    return _slot(verb, TIME, tokens)


def time_phrases(related: set[str], sentence: list[Token], passage: Sequence[Token]) -> list[tuple[int, int]]:
    """The phrases that say when the predicate happened, as written (offsets in the passage's text): a clause
    opened by 'when', 'after', 'before', 'while' or 'until' ('when the boy was ten years old'), a phrase of
    'after', 'before' or 'during' an event ('after the flood'), one of a preposition of time whose noun is a time
    or a part of one ('in the spring', 'at the end of that winter'), and a bare time ('the year after she came
    back'); none of a predicate denied, supposed or only possible ('did not die', 'if he died', 'would have
    died')."""
    out = []
    for verb in sentence:
        if verb.pos not in ("VERB", "AUX") or verb.lemma.lower() not in related or not _asserted(verb, sentence):
            continue
        for c in sentence:
            if c.head == verb.i and c.i != verb.i and _tells_time(c, sentence):
                words = _phrase(c, sentence)
                out.append((words[0].start, words[-1].end))
    return out


def _asserted(verb: Token, sentence: list[Token]) -> bool:
    """The text says the predicate happened: not denied, not under 'if' or 'unless', not with a modal."""
    return not any(c.head == verb.i and (c.dep == "neg" or (c.dep == "mark" and c.lower in SUPPOSING)
                                         or (c.dep == "aux" and c.lower in MODALS)) for c in sentence)


def _tells_time(t: Token, sentence: list[Token]) -> bool:
    """The word heads a phrase that says when: a clause of time, a phrase of time, or a time with its article."""
    if t.dep == "advcl":
        return _opened_by_time(t, sentence)
    if t.dep == "prep":
        obj = next((c for c in sentence if c.head == t.i and c.dep == "pobj"), None)
        if obj is None or _numbered(obj, sentence):
            return False  # 'in three days', 'for six seasons': how long, not when
        if t.lower in ORDERING:
            return _is_time(obj, sentence) or is_kind(obj.lemma.lower(), EVENT_KINDS, 3)  # not 'before the wind'
        return t.lower in TIME_PREPOSITIONS and _is_time(obj, sentence)
    # 'the year after she came back' is a time; 'many years (after …)', a stretch of it, says how long before
    return t.dep == "npadvmod" and is_kind(t.lemma.lower(), TIME_KINDS, 2) and any(
        c.head == t.i and c.dep == "det" for c in sentence) and not _numbered(t, sentence)


def _opened_by_time(clause: Token, sentence: list[Token]) -> bool:
    """'When' is the clause's adverb, the others its mark."""
    return any(c.head == clause.i and c.dep in ("mark", "advmod") and c.lower in TIME_MARKS and c.i < clause.i
               for c in sentence)


def _numbered(noun: Token, sentence: list[Token]) -> bool:
    """A number counts the noun ('three days'): a stretch of time, not a time."""
    return any(c.head == noun.i and c.dep == "nummod" for c in sentence)


def _is_time(noun: Token, sentence: list[Token]) -> bool:
    """A time, or a part of one ('the spring', 'the beginning of that winter', 'the close of the war')."""
    if is_kind(noun.lemma.lower(), TIME_KINDS, 2):
        return True
    if noun.lemma.lower() not in TIME_PARTS:
        return False  # 'on account of the winter', 'the hunger of that winter'
    of = next((c for c in sentence if c.head == noun.i and c.dep == "prep" and c.lower == "of"), None)
    inner = next((c for c in sentence if of is not None and c.head == of.i and c.dep == "pobj"), None)
    return inner is not None and (is_kind(inner.lemma.lower(), TIME_KINDS, 2)
                                  or is_kind(inner.lemma.lower(), EVENT_KINDS, 3))


def _phrase(t: Token, sentence: list[Token]) -> list[Token]:
    """The phrase the word heads, up to where another begins: a clause inside it ('when I was ten because …'),
    save a time's own ('the day after the storm broke'), or in a phrase that is no clause, one of another
    preposition than 'of', 'after' or 'before' ('before the war by my uncle')."""
    clause = t.dep == "advcl"
    inside, grown = {t.i}, True
    while grown:
        more = {c.i for c in sentence if c.head in inside and c.i not in inside and c.head != c.i
                and not _another_phrase(c, sentence, clause)}
        inside |= more
        grown = bool(more)
    words = sorted(inside)
    run = [words[0]]
    for i in words[1:]:  # the words up to the first gap, a phrase cut off having left one
        if i != run[-1] + 1:
            break
        run.append(i)
    return [w for w in sentence if w.i in run and not (w.i == run[-1] and w.dep == "punct")]


def _another_phrase(t: Token, sentence: list[Token], in_clause: bool) -> bool:
    """The word opens a phrase of its own inside a time phrase (see `_phrase`)."""
    if t.dep == "advcl":  # a time's own clause stays ('the day after the storm broke'), not a clause's clause
        return in_clause or not _opened_by_time(t, sentence)
    return not in_clause and (t.dep == "agent" or (t.dep == "prep" and t.lower not in KEPT_PREPOSITIONS))


def _slot(governor: Token | None, role: str | None, tokens: list[Token]) -> Slot | None:
    if governor is None or role is None or governor.pos not in ("VERB", "NOUN") or governor.lemma.lower() in LIGHT:
        return None
    passive = governor.tag == "VBN" or any(t.head == governor.i and t.dep == "auxpass" for t in tokens)
    if role == AGENT or passive:  # 'Where was Ann sent': Ann is sent, not the sender
        return Slot(governor.lemma.lower(), role)
    return Slot(governor.lemma.lower(), role, _subject_of(governor, tokens))


def _subject_of(verb: Token, tokens: list[Token]) -> str | None:
    """The name that is the verb's subject, in the question's words ('did Ann Reed sail' → Ann Reed)."""
    subject = next((t for t in tokens if t.head == verb.i and t.dep == "nsubj" and t.pos == "PROPN"), None)
    if subject is None:
        return None
    return " ".join(t.text for t in tokens[_name_start(subject, tokens):subject.i + 1])


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
    if root is not None and root.lemma.lower() == "do":
        # 'did the brig sail': the model may make 'did' the root and the verb a loose dependent
        root = next((t for t in tokens[root.i + 1:] if t.head == root.i and t.dep in ("dep", "xcomp", "ccomp")
                     and t.pos in ("VERB", "NOUN")), root)
    return root if root is not None and root.lemma.lower() not in LIGHT else None


def _stranded(verb: Token | None, phrase: list[Token], tokens: list[Token]) -> str | None:
    """'Which clerk did she hand the keys to?': the verb's preposition left without an object of its own (a noun or
    a clause: 'after selling the farm'), whose object the wh-phrase is."""
    if verb is None:
        return None
    left = next((t for t in tokens if t.head == verb.i and t.dep == "prep" and t.lower in PREPOSITIONS
                 and not any(c.head == t.i and c.dep in ("pobj", "pcomp") and c not in phrase for c in tokens)), None)
    return left.lower if left is not None else None


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


def asks_an_act(tokens: list[Token]) -> bool:
    """'What did Ann do with the gold?', 'What did he vow not to do?': 'what' stands for the act the verb 'do' lacks
    an object for, which no name tells ('What did they do business in?' asks for a thing)."""
    words = [t for t in tokens if t.pos != "PUNCT"]
    if len(words) < 3 or words[0].lower != "what" or words[1].pos != "AUX":
        return False
    return any(t.lemma.lower() == "do" and t.pos == "VERB" and t.i != words[1].i and not any(
        c.head == t.i and c.dep == "dobj" and c.i != words[0].i for c in tokens) for t in words[2:])


def copula_noun(tokens: list[Token]) -> str | None:
    """The noun a 'who was the …' question asks for ('Who was the first mayor of Bly?' → mayor)."""
    wh = next((t for t in tokens if t.lower in ("who", "what") and t.dep in ("nsubj", "attr")), None)
    if wh is None or not 0 <= wh.head < len(tokens) or tokens[wh.head].lemma.lower() != "be":
        return None
    # the model makes both sides 'attr' when the wh-word comes first ('Who/attr was the mayor/attr …')
    # a title is often tagged a proper noun ('Who was the Emperor of Austria …')
    noun = next((t for t in tokens if t.head == wh.head and t.dep in ("nsubj", "attr") and t.i != wh.i
                 and (t.pos == "NOUN" or is_title(t))), None)
    word = _hyphenated(noun, tokens) if noun is not None else None  # 'Who was his step-mother?': not 'mother'
    return word if word is not None and word not in ("name", "one") else None


def is_title(t: Token) -> bool:
    """A title the tagger took for a proper noun, as it often does one written with a capital ('the Emperor')."""
    return t.pos == "PROPN" and fold(t.text) in TITLES


def counted_noun(tokens: list[Token]) -> str | None:
    """The noun 'how many' or 'how much' counts ('How many prisoners were taken?' → prisoner)."""
    for t in tokens[:-2]:
        if t.lower == "how" and tokens[t.i + 1].lower in ("many", "much"):
            noun = next((n for n in tokens[t.i + 2:t.i + 5] if n.pos == "NOUN"), None)
            return noun.lemma.lower() if noun is not None else None
    return None


def counts(noun: str, span: tuple[int, int], sentence: list[Token], passage: Sequence[Token]) -> bool | None:
    """Whether the number at `span` counts the noun ('31,600 prisoners', 'ten pounds of gold'): None when the
    sentence never names the noun, False when it counts something else ('172 cannon')."""
    if not any(t.lemma.lower() == noun for t in sentence):
        return None
    head = span_head(span, sentence, passage)
    for _ in range(4):  # within the number ('four hundred and fifty'), then to what it counts
        if head is None or head.pos != "NUM" or not 0 <= head.head < len(passage):
            break
        head = passage[head.head]
    if head is None:
        return False
    if head.lemma.lower() == noun:
        return True
    # 'ten pounds of gold', 'two barrels of flour': a count of a measure counts the stuff it is of
    return is_measure_word(head.lemma.lower()) and any(
        of.head == head.i and of.lower == "of" and any(t.head == of.i and t.lemma.lower() == noun for t in sentence)
        for of in sentence)


def described(noun: str, sentence: list[Token], passage: Sequence[Token]) -> list[tuple[int, int]]:
    """The proper names the sentence calls a `noun` (offsets in the passage's text): 'Bly, a small town',
    'the town of Bly', 'a town named Bly', 'the town Bly'."""
    out = []
    for t in sentence:
        if t.pos != "PROPN" or t.dep in ("compound", "flat"):
            continue
        if _is(noun, t, sentence, passage):
            out.append((passage[_name_start(t, passage)].start, t.end))
    return out


def _is(noun: str, t: Token, sentence: list[Token], passage: Sequence[Token]) -> bool:
    if any(c.head == t.i and c.dep == "appos" and is_noun(noun, c, passage) for c in sentence):
        return True  # 'Bly, a small town'
    if not 0 <= t.head < len(passage):
        return False
    head = passage[t.head]
    if t.dep in ("appos", "compound") and is_noun(noun, head, passage):
        return True  # 'the town, Bly'
    if t.dep == "appos" and _right_after(head, t, passage) and _said_to_be(noun, head, sentence, passage):
        return True  # 'the chief was the painter Ruiz' (not 'the brother of the painter Ruiz')
    if t.dep == "pobj" and head.lower == "of" and 0 <= head.head < len(passage) and not is_person_word(noun):
        return is_noun(noun, passage[head.head], passage)  # 'the town of Bly'; 'the king of Bly' rules it
    if t.dep in ("oprd", "dobj", "attr") and head.lemma.lower() in NAMING_VERBS and head.dep == "acl" \
            and 0 <= head.head < len(passage):
        named = passage[head.head]
        return is_noun(noun, named, passage) or _said_to_be(noun, named, sentence, passage)  # 'a town named Bly'
    return _said_to_be(noun, t, sentence, passage)


def _name_start(t: Token, passage: Sequence[Token]) -> int:
    """Where the name whose last word is `t` starts: the proper nouns before it the parser joins to it."""
    first = t.i
    while first > 0 and passage[first - 1].pos == "PROPN" and passage[first - 1].head == t.i:
        first -= 1
    return first


def _right_after(noun: Token, name: Token, passage: Sequence[Token]) -> bool:
    """The name follows the noun straight, or after a comma."""
    first = _name_start(name, passage)
    return noun.i == first - 1 or (noun.i == first - 2 and passage[first - 1].text == ",")


def _said_to_be(noun: str, t: Token, sentence: list[Token], passage: Sequence[Token]) -> bool:
    """'Bly was the county town', 'the chairman was an attorney named Bly': the other side of a copula."""
    if t.dep not in ("nsubj", "attr"):
        return False
    other = "attr" if t.dep == "nsubj" else "nsubj"
    return any(c.head == t.head and c.dep == other and is_noun(noun, c, passage) for c in sentence) \
        and any(c.i == t.head and c.lemma.lower() == "be" for c in sentence)


def is_noun(noun: str, t: Token, passage: Sequence[Token]) -> bool:
    """Whether the word is the noun, alone or with the words a hyphen joins to it, which the parse splits off
    ('foster-father', 'father-in-law' are each read as 'father' and its neighbours); a kin noun's part is not that
    kin ('mother' of 'step-mother' is no mother), though another noun's may be ('general' of 'Major-General')."""
    whole = _hyphenated(t, passage)
    if whole.replace("-", "") == noun.replace("-", ""):  # the word's head, not the 'step' hung on it
        return not (t.head == t.i + 2 and passage[t.i + 1].text == "-")
    return t.lemma.lower() == noun and (whole == t.lemma.lower() or noun not in KIN)


def _hyphenated(t: Token, passage: Sequence[Token]) -> str:
    """The word the token is written in when hyphens join it to others, its own part by its lemma."""
    def joined(a: int, b: int) -> bool:  # passage[a] and passage[b] touch across a hyphen
        return a >= 0 and b < len(passage) and passage[a + 1].text == "-" and \
            passage[a].end == passage[a + 1].start and passage[a + 1].end == passage[b].start
    first = last = t.i
    while joined(first - 2, first):
        first -= 2
    while joined(last, last + 2):
        last += 2
    return "".join(passage[k].lemma.lower() if k == t.i else passage[k].lower for k in range(first, last + 1))


def predicate_words(predicate: str) -> set[str]:
    """The lemmas a sentence may say a predicate with: itself and the words derived from it and spelled
    from it ('annex' for 'annexation'); not its synonyms, which a verb of many senses has too many of."""
    wordnet = shared()
    derived = wordnet.kindred(predicate) if wordnet else set()
    return {predicate} | {w for w in derived if "_" not in w and w[:3] == predicate[:3]}


def fills(slot: Slot, related: set[str], span: tuple[int, int], sentence: list[Token],
          passage: Sequence[Token]) -> bool | None:
    """Whether the words at `span` fill the slot in this sentence: True, False when the sentence has the
    predicate but not them in its slot, None when it has no word for the predicate (no evidence)."""
    if not any(t.lemma.lower() in related for t in sentence):
        return None
    head = span_head(span, sentence, passage)
    if head is None:
        return False
    if slot.role == NAME:
        return given_name(head, sentence, passage)
    if slot.role == AGENT and _named_as_doer(head, related, sentence):
        return True
    return any(governor.lemma.lower() in related and _compatible(slot.role, role)
               for role, governor in _roles(head, passage) + _relative_roles(head, passage))


def fillers(slot: Slot, related: set[str], sentence: list[Token], passage: Sequence[Token]) -> list[tuple[int, int]]:
    """The proper names that fill the slot in this sentence, as (start, end) in the passage's text: what the
    recognizer missed or mistyped is still the answer when the parse puts it where the question asks."""
    out = []
    for t in sentence:
        if t.pos != "PROPN" or (t.dep in _THROUGH and not (slot.role == NAME and t.dep == "appos")):
            continue
        if given_name(t, sentence, passage) if slot.role == NAME else \
                any(g.lemma.lower() in related and _compatible(slot.role, role) for role, g in _roles(t, passage)):
            words = [c for c in sentence if c.head == t.i and c.dep in ("compound", "flat") and c.pos == "PROPN"]
            first = min([t, *words], key=lambda w: w.i)
            if all(passage[k].pos == "PROPN" for k in range(first.i, t.i + 1)):
                out.append((first.start, t.end))
    return out


def given_name(t: Token, sentence: list[Token], passage: Sequence[Token]) -> bool:
    """The word is a name the sentence gives: what a verb of naming makes of its object ('they called the boy Tom',
    'we christened the boat the Kestrel', 'the farm was named Windrush'), or what the noun 'name' is ('her name was
    Ann', 'he took the name of Tom', 'the name Tom'); not the one a verb of naming is said to ('she called Tom')."""
    return giver(t, sentence, passage) is not None


def giver(t: Token, sentence: list[Token], passage: Sequence[Token]) -> Token | None:
    """The word that gives `t` as a name (see `given_name`): the verb of naming or the noun 'name'; None if none."""
    if not 0 <= t.head < len(passage):
        return None
    head = passage[t.head]
    lemma = head.lemma.lower()
    kids = [c for c in sentence if c.head == head.i and c.i != t.i]
    if lemma in NAME_WORDS and head.pos == "VERB":
        if t.dep in ("oprd", "npadvmod"):
            return head
        if t.dep in ("attr", "xcomp"):
            return head if any(c.dep in ("nsubjpass", "auxpass") for c in kids) else None
        # the parse may take 'the farm Windrush' or 'her Duchess' ('called her Duchess') for one noun, or give the
        # verb two objects
        two = t.dep == "dobj" and (any(c.dep == "dobj" for c in kids) or any(
            c.head == t.i and ((c.dep == "compound" and c.pos == "NOUN") or (c.dep == "poss" and c.lower == "her"))
            for c in sentence))
        return head if two else None
    if lemma == "name" and head.pos == "NOUN":
        return head if t.dep == "appos" else None
    if t.dep == "pobj" and head.lower == "of" and 0 <= head.head < len(passage):
        # 'took the name of Tom', 'gave him the name of Tom'; not 'in the name of the King', 'cleared the name of Tom'
        noun = passage[head.head]
        verb = passage[noun.head] if 0 <= noun.head < len(passage) else noun
        return noun if noun.lemma.lower() == "name" and noun.dep == "dobj" and verb.lemma.lower() in NAME_TAKING \
            else None
    if t.dep == "attr" and lemma == "be":
        return next((c for c in kids if c.dep == "nsubj" and c.lemma.lower() == "name"), None)
    return None


def doers(related: set[str], sentence: list[Token], passage: Sequence[Token],
          verb: Token | None = None) -> list[Token]:
    """Who does the predicate in this sentence (of that one `verb` of it, if given): its verbs' subjects (the
    antecedent of 'who' in a relative clause) and the agents of its passives."""
    out: list[Token] = []
    for t in sentence:
        if t.pos != "VERB" or t.lemma.lower() not in related or (verb is not None and t.i != verb.i):
            continue
        subjects = [c for c in sentence if c.head == t.i and c.dep == "nsubj"]
        subjects += [p for c in sentence if c.head == t.i and c.dep == "agent"
                     for p in sentence if p.head == c.i and p.dep == "pobj"]
        if not subjects and t.dep == "conj" and 0 <= t.head < len(passage):
            subjects = [c for c in sentence if c.head == t.head and c.dep == "nsubj"]
        for c in subjects:
            relative = c.tag in ("WP", "WDT") and t.dep == "relcl" and 0 <= t.head < len(passage)
            out.append(passage[t.head] if relative else c)
    return out


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


def span_head(span: tuple[int, int], sentence: list[Token], passage: Sequence[Token]) -> Token | None:
    """The word of the span whose head lies outside it."""
    inside = [t for t in sentence if t.start >= span[0] and t.end <= span[1]]
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head not in ids or t.head == t.i), None)


def _roles(t: Token, passage: Sequence[Token], depth: int = 0) -> list[tuple[str, Token]]:
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
    if head.lower in ("of", *LOCATIVE) and governor.pos == "NOUN" and depth < 2:
        # 'the town of Bath', 'to a school in Bath': Bath stands where the town or the school stands
        roles += [r for r in _roles(governor, passage, depth + 1) if head.lower == "of" or r[0] in LOCATIVE]
    return roles


def _relative_roles(t: Token, passage: Sequence[Token]) -> list[tuple[str, Token]]:
    """The roles a word plays in a relative clause hung on it: 'it was Tom who urged it' makes Tom the one who
    urged, 'Tom, whom the court fined' the one fined."""
    out: list[tuple[str, Token]] = []
    for k in range(t.i + 1, min(len(passage), t.i + RELATIVE_REACH)):
        verb = passage[k]
        if verb.dep != "relcl" or verb.head != t.i:
            continue
        for w in (passage[j] for j in range(t.i + 1, verb.i)):
            if w.head == verb.i and (w.tag in ("WP", "WDT") or w.lower == "that"):
                role = AGENT if w.dep == "nsubj" else PATIENT if w.dep in ("dobj", "nsubjpass") else None
                out += [(role, verb)] if role else []
    return out


def _compatible(asked: str, found: str) -> bool:
    if asked == found:
        return True
    return asked in (PLACE, *LOCATIVE) and found in LOCATIVE
