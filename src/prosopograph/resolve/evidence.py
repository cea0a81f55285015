"""What the grammar around a name says it names, whatever label the model gave it.

The model labels a rare name by its look, and often labels one name differently from one sentence to
the next; the sentence it stands in is surer:

- a person outright: a person noun beside it ('the painter Ruiz', 'Ruiz, a poet,'), 'who' after it
  ('Ruiz, who …') or kin of its own ('Ruiz's widow');
- a person likely: it says, thinks, sees or feels ('Ruiz replied');
- a place: a preposition of place governs it ('in Ruiz', 'near Ruiz').
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from ..model import MentionRecord, SentenceRecord
from ..nlp.parse import Token, decode
from ..nlp.rules import KIN, is_person_word
from ..nlp.wordnet import shared

PERSON, ACTS, PLACE = "person", "acts", "place"
NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})
MIND_FIELDS = frozenset({"communication", "cognition", "perception", "emotion"})
"""WordNet's fields of the verbs only people (and the bodies they make up) are the subjects of."""
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "inside", "outside", "through", "throughout", "across",
                                "toward", "towards", "via", "beyond"})
"""Prepositions whose object is a place; 'to' and 'from' are left out, as letters go to and from people."""
_WHO = frozenset({"who", "whom"})


def name_cues(mentions: Iterable[MentionRecord], sentences: dict[int, SentenceRecord], text_of: Callable[[int], str],
              parses_of: Callable[[int], dict[int, tuple[int, str]]]) -> dict[int, str]:
    """For each name mention the grammar says something of, PERSON, ACTS or PLACE (by mention id)."""
    by_passage: dict[tuple[int, int], list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        if m.label in NAME_LABELS and m.sentence_id in sentences:
            by_passage[(m.document_id, sentences[m.sentence_id].passage_id)].append(m)
    out: dict[int, str] = {}
    for document_id in sorted({d for d, _ in by_passage}):
        text, parses = text_of(document_id), parses_of(document_id)
        for (d, passage_id), named in by_passage.items():
            if d == document_id and passage_id in parses:
                start, data = parses[passage_id]
                out.update(_passage_cues(decode(data, text, start), named))
    return out


def _passage_cues(tokens: list[Token], named: list[MentionRecord]) -> dict[int, str]:
    children: dict[int, list[Token]] = defaultdict(list)
    for t in tokens:
        if t.head != t.i:
            children[t.head].append(t)
    at = {t.start: t for t in tokens}
    out = {}
    for m in named:
        span = _span(tokens, at, m)
        if not span:
            continue
        root = next((t for t in span if not span[0].i <= t.head <= span[-1].i or t.head == t.i), span[-1])
        cue = _cue(root, span, tokens, children, m.label)
        if cue:
            out[m.id] = cue
    return out


def _span(tokens: list[Token], at: dict[int, Token], m: MentionRecord) -> list[Token]:
    first = at.get(m.start)
    if first is None:
        return []
    span = [first]
    while span[-1].i + 1 < len(tokens) and tokens[span[-1].i + 1].end <= m.end:
        span.append(tokens[span[-1].i + 1])
    return span


def _cue(root: Token, span: list[Token], tokens: list[Token], children: dict[int, list[Token]],
         label: str) -> str | None:
    head = tokens[root.head] if 0 <= root.head < len(tokens) else root
    if root.dep == "pobj" and head.lower in PLACE_PREPOSITIONS:
        return PLACE
    # a party or a people is also 'who' ('the Whigs, who …'), and a person's name takes no article ('the James')
    before = tokens[span[0].i - 1] if span[0].i > 0 else None
    if _plural(root) or span[0].lower == "the" or (before is not None and before.dep == "det"):
        return None
    beside = [t for t in children[root.i] if t.dep in ("compound", "appos") and not span[0].i <= t.i <= span[-1].i]
    if root.dep == "appos":
        beside.append(head)
    if any(t.pos == "NOUN" and t.text.islower() and is_person_word(t.lemma.lower()) for t in beside):
        return PERSON
    if any(t.dep == "relcl" and any(c.lower in _WHO for c in children[t.i]) for t in children[root.i]):
        return PERSON
    if root.dep == "poss" and head.lower in KIN:
        return PERSON
    if label == "ORG":
        return None  # a body says and decides things as people do ('the Council replied')
    wordnet = shared()
    if root.dep == "nsubj" and head.pos == "VERB" and wordnet is not None and \
            wordnet.verb_field(head.text.lower()) in MIND_FIELDS:
        return ACTS
    return None


def _plural(t: Token) -> bool:
    """'Bolsheviks', 'Whigs': the plural of a noun for a kind of person ('Brooks' is a name). The model's tag
    is no guide: it tags many a surname in -s plural."""
    wordnet = shared()
    word = t.text.lower()
    return word.endswith("s") and wordnet is not None and (lemma := wordnet.lemma(word)) != word and \
        is_person_word(lemma)
