"""What the grammar around a name says it names, whatever label the model gave it.

The model labels a rare name by its look, and often labels one name differently from one sentence to
the next; the sentence it stands in is surer:

- a person outright: a person noun beside it ('the painter Ruiz', 'Ruiz, a poet,'), 'who' after it
  ('Ruiz, who …'), 'himself' beside it ('Ruiz himself'), kin of its own ('Ruiz's widow', 'the son of Ruiz'), a
  title only persons bear ('Queen Ruiz'), or 'be' makes it one of a kind of person ('Ruiz was a chief');
- a person likely: it says, thinks, sees or feels ('Ruiz replied'), or has a body ('Ruiz's hand'); a one-word
  name the model took for a body's and WordNet does not know ('Ruiz said'; 'Congress declared' stays a body's);
- a place: a preposition of place governs it ('in Ruiz', 'near Ruiz');
- a place by its naming: a verb of naming gives it to a noun of a place ('they called the farm Ruiz').
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Literal

from ..model import MentionRecord, SentenceRecord
from ..nlp.parse import Token, decode
from ..nlp.rules import KIN, NAMING_VERBS, is_body_part, is_person_word, is_polity_word, noun_kind, plural_of
from ..nlp.wordnet import shared
from ..text import fold
from .names import HONORIFICS, INSTITUTION_WORDS

KIN_OF_SOMEONE = frozenset(k for k in KIN if k.rstrip("s") not in ("father", "mother", "child", "children", "parent"))
"""Kin nouns whose 'of' names a person: a son or a widow is someone's, a father or a mother may be a country's or a
movement's."""
Cue = Literal["person", "acts", "place", "named place"]
PERSON: Cue = "person"
ACTS: Cue = "acts"
PLACE: Cue = "place"
NAMED_PLACE: Cue = "named place"
NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})
_PLACE_TAGS = frozenset({"GPE", "LOC"})
"""The model's labels of a place: a name it gave one is not read as someone's from a figure of speech."""
MIND_FIELDS = frozenset({"communication", "cognition", "perception", "emotion"})
"""WordNet's fields of the verbs whose subjects are mostly people (countries and bodies 'declare' too, so
this cue alone never decides)."""
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "inside", "outside", "throughout", "across", "via",
                                "beyond"})
"""Prepositions whose object is a place; 'to', 'from', 'towards' and 'through' are left out, as letters go to
and from people and feelings towards them."""
_WHO = frozenset({"who", "whom"})
PERSON_TITLES = HONORIFICS | frozenset("""king queen prince princess duke duchess earl count countess baron baroness
emperor empress tsar czar tsarina czarina sultan lord lady dame""".split())
"""Titles that stand before a person's name ('King Olaf'), unlike ranks and offices ('General Electric', 'President
Hotel'); a place named after someone ('Queen Street') ends in a word for a place."""


def name_cues(mentions: Iterable[MentionRecord], sentences: dict[int, SentenceRecord], text_of: Callable[[int], str],
              parses_of: Callable[[int], dict[int, tuple[int, str]]]) -> dict[int, Cue]:
    """For each name mention the grammar says something of, PERSON, ACTS, PLACE or NAMED_PLACE (by mention id)."""
    by_document: dict[int, dict[int, list[MentionRecord]]] = defaultdict(lambda: defaultdict(list))
    for m in mentions:
        if m.label in NAME_LABELS and m.sentence_id in sentences:
            by_document[m.document_id][sentences[m.sentence_id].passage_id].append(m)
    out: dict[int, Cue] = {}
    for document_id, by_passage in by_document.items():
        text, parses = text_of(document_id), parses_of(document_id)
        for passage_id, named in by_passage.items():
            if passage_id in parses:
                start, data = parses[passage_id]
                out.update(_passage_cues(decode(data, text, start), named))
    return out


def _passage_cues(tokens: list[Token], named: list[MentionRecord]) -> dict[int, Cue]:
    by_i = {t.i: t for t in tokens}
    children: dict[int, list[Token]] = defaultdict(list)
    for t in tokens:
        if t.head != t.i:
            children[t.head].append(t)
    at = {t.start: t for t in tokens}
    out: dict[int, Cue] = {}
    for m in named:
        span = _span(by_i, at, m)
        if not span:
            continue
        root = next((t for t in span if not span[0].i <= t.head <= span[-1].i or t.head == t.i), span[-1])
        cue = _cue(root, span, by_i, children, m.label)
        if cue:
            out[m.id] = cue
    return out


def _span(by_i: dict[int, Token], at: dict[int, Token], m: MentionRecord) -> list[Token]:
    first = at.get(m.start)
    if first is None:
        return []
    span = [first]
    while (after := by_i.get(span[-1].i + 1)) is not None and after.end <= m.end:
        span.append(after)
    return span


def _cue(root: Token, span: list[Token], by_i: dict[int, Token], children: dict[int, list[Token]],
         label: str) -> Cue | None:
    head = by_i.get(root.head, root)
    if root.dep == "pobj" and head.lower in PLACE_PREPOSITIONS:
        return PLACE
    if root.dep in ("oprd", "dobj") and head.lemma.lower() in NAMING_VERBS and _names_a_place(root, head, children):
        return NAMED_PLACE  # 'they called the new town Bly', 'the province was named Ostmark'
    verb = by_i.get(head.head, head)
    if root.dep == "appos" and root.i == head.i + 1 and head.dep == "dobj" and verb.lemma.lower() in NAMING_VERBS \
            and _names_a_place(root, verb, children):
        return NAMED_PLACE  # the parser may hang the name on the noun named: 'called his country Bly'
    # a people is also 'who' ('Whigs, who …'), and a name with an article straight before it is a river's, a
    # ship's or a body's far more often than a person's ('the Pomeroy, which …'; 'the famous Ruiz' passes)
    before = by_i.get(span[0].i - 1)
    if _plural(root) or span[0].lower == "the" or (before is not None and before.dep == "det"):
        return None
    beside = [t for t in children[root.i] if t.dep in ("compound", "appos") and not span[0].i <= t.i <= span[-1].i]
    if root.dep == "appos":
        beside.append(head)
    if any(t.pos == "NOUN" and t.text.islower() and is_person_word(t.lemma.lower()) for t in beside):
        return PERSON
    if any(t.dep == "relcl" and any(c.lower in _WHO for c in children[t.i]) for t in children[root.i]):
        return PERSON
    # 'Ruiz himself was rich': only a person is 'himself'; a country or a ship may be 'herself'
    if any(c.dep in ("appos", "npadvmod") and (c.lower == "himself" or (c.lower == "herself" and label not in (
            "GPE", "LOC"))) for c in children[root.i]):
        return PERSON
    if root.dep == "poss" and head.lower in KIN:
        return PERSON
    # what a place or a body may also be ('a son of Kentucky', 'Congress was the master of …') is said of a rare name
    # the model took for a body's only
    wordnet = shared()
    rare = label not in _PLACE_TAGS and (label != "ORG" or _rare_word(span, root))
    if (rare and _said_to_be_one(root, head, children)) or (
            label not in _PLACE_TAGS and _said_to_be_kin(root, head, children)):
        return PERSON
    if rare and root.dep == "pobj" and head.lower == "of" and by_i.get(head.head, head).text in KIN_OF_SOMEONE:
        return PERSON  # 'Ulf, son of Grim'; not 'the father of his country'
    titles = [*span[:-1], *(c for c in children[root.i] if c.dep == "compound" and c.i < span[0].i)]
    # 'Prince Edward Island', 'Queen Street' are no one's
    if any(t.text[:1].isupper() and fold(t.text) in PERSON_TITLES for t in titles) and \
            root.lower not in INSTITUTION_WORDS:
        return PERSON
    if label == "ORG" and not _rare_word(span, root):
        return None  # a body says and decides things as people do ('the Council replied', 'Congress declared', 'TASS')
    if root.dep == "nsubj" and head.pos == "VERB" and wordnet is not None and \
            wordnet.verb_field(head.lemma.lower()) in MIND_FIELDS:
        return ACTS
    if root.dep == "poss" and head.pos == "NOUN" and label not in _PLACE_TAGS and _of_a_body(head.lemma.lower()):
        return ACTS  # 'Ruiz's shoulder': a body's part is someone's (a country's 'hand' in a treaty is no body's)
    return None


def _names_a_place(name: Token, verb: Token, children: dict[int, list[Token]]) -> bool:
    """The verb of naming gives the name to a common noun of a place, its other object or a noun the parser hung on
    the name ('called the new province …', 'called the farm …', 'called his country …', a people that is its land
    too; not 'called their union …' nor 'called the captain …' nor 'called his ship …')."""
    named = [c for c in children[verb.i] if c.dep in ("dobj", "nsubjpass") and c.i != name.i] + \
        [c for c in children[name.i] if c.dep == "compound" and c.text.islower()]
    if len(named) != 1 or named[0].pos != "NOUN":
        return False
    noun = named[0].lemma.lower()
    return noun_kind(noun) == "place" or is_polity_word(noun)


def _of_a_body(noun: str) -> bool:
    """A part of a body, and none of a hill's or a river's in another common sense ('hand', 'shoulder'; not the 'foot'
    or the 'brow' of a hill, the 'mouth' of a river)."""
    return is_body_part(noun) and noun_kind(noun, senses=3) != "place"


def _rare_word(span: list[Token], root: Token) -> bool:
    """One word WordNet does not know, not in capitals: a rare name, not 'Congress', 'Harvard' or 'TASS'."""
    wordnet = shared()
    return len(span) == 1 and wordnet is not None and not wordnet.is_lemma(root.lower) and not root.text.isupper()


def _said_to_be_one(root: Token, verb: Token, children: dict[int, list[Token]]) -> bool:
    """'Ruiz was a chief', 'one of the chiefs was Ruiz': 'be' makes the name one of a kind of person (a name the
    model took for a country's is left alone: 'the victor was Spain')."""
    if verb.lemma != "be" or root.dep not in ("nsubj", "attr", "acomp"):
        return False
    other_side = ("attr",) if root.dep == "nsubj" else ("nsubj",)
    for side in (c for c in children[verb.i] if c.dep in other_side and c.i != root.i):
        if side.lower == "one":  # 'one of the chiefs'
            side = next((p for of in children[side.i] if of.lower == "of" for p in children[of.i] if p.dep == "pobj"),
                        side)
        if side.pos == "NOUN" and side.text.islower() and is_person_word(side.lemma.lower()):
            return True
    return False


def _said_to_be_kin(root: Token, verb: Token, children: dict[int, list[Token]]) -> bool:
    """'Ruiz was the daughter of …', 'Ruiz was his widow': someone's kin, as no body is (a country may be 'the mother
    of' something, so a mother, a father or a child is left alone; a name taken for a place's is, as a colony is
    'the daughter of' another)."""
    return verb.lemma == "be" and root.dep == "nsubj" and any(
        c.dep == "attr" and c.pos == "NOUN" and c.lower in KIN_OF_SOMEONE for c in children[verb.i])


def _plural(t: Token) -> bool:
    """'Whigs': the plural of a noun for a kind of person, not a surname ('Brooks' stays a name; 'Parsons' is
    lost). The model's tag is no guide: it tags many a surname in -s plural."""
    word = t.text.lower()
    return word.endswith("s") and (noun := plural_of(word)) is not None and is_person_word(noun)
