"""People's names the model never tagged, where the grammar around them says they are people's.

A small model knows common names; a rare one ('Thorgunna', 'Ysolde') it may miss every time it is written, and the
person drops out of the record. English tells who is a person in ways no list of names needs: kin set beside the
name ('Orla, the daughter of the smith', "Orla's father"), a verb of saying with the name as its subject ('Orla
said', 'said Orla'), a kin noun that names her ('his wife Orla'). A capitalized word that the text writes with such
cues twice or more, writes often, never writes in lower case, and the model never tagged as anything, is taken for
a person's name wherever the text writes it alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..model import UNTAGGED
from ..nlp.rules import KIN
from ..text import MONTH_NAMES, STOP_WORDS, WEEKDAY_NAMES, fold
from .names import TITLES, lower_case_words
from .records import MentionRecord, SentenceRecord

CUED_AT_LEAST = 2
"""How many sentences must show the word is a person's name."""
WRITTEN_AT_LEAST = 3
"""How often the word must be written to be worth a person of its own."""
_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
_KIN = "|".join(sorted(KIN, key=len, reverse=True))
_SAYING = "said|says|answered|replied|cried|asked|whispered|shouted"
"""Verbs of saying whose subject or inverted subject is a speaker ('called' is left out: 'a farm called Greywood')."""
_CUES = [
    re.compile(rf"(?<![\w’'-])(?P<w>{_WORD}),\s+(?:the|a|an|his|her|their|my|our)\s+(?:[a-z-]+\s+)?(?:{_KIN})\b"),
    re.compile(rf"(?<![\w’'-])(?P<w>{_WORD})['’]s\s+(?:[a-z-]+\s+)?(?:{_KIN})\b"),
    re.compile(rf"(?<![\w’'-])(?P<w>{_WORD}),?\s+(?:{_SAYING})\b(?!\s+(?:to|for|of)\b)"),
    re.compile(rf"\b(?:{_SAYING}),?\s+(?P<w>{_WORD})(?![\w’'-])(?!\s+[A-Z])"),
    re.compile(rf"\b(?i:his|her|my|their|our)\s+(?:[a-z-]+\s+)?(?:{_KIN}),?\s+(?P<w>{_WORD})(?![\w’'-])"
               rf"(?!\s+[A-Z])"),
]
"""'Orla, the daughter of …', "Orla's father", 'Orla said', 'said Orla', 'his wife Orla'."""
_ALONE = re.compile(rf"(?<![\w’'-]){_WORD}(?![\w-])(?!['’](?!s\b))(?!\s+[A-Z])")
"""The word alone (a possessive's too), not a part of a longer name ('Orla Brand')."""
_NOT_NAMES = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAY_NAMES)) | STOP_WORDS


def cued_people(mentions: list[MentionRecord], sentences: Iterable[SentenceRecord]) -> list[MentionRecord]:
    """Person mentions for the names the grammar shows are people's and the model never tagged (with negative ids,
    below any id given)."""
    sentences = list(sentences)
    tagged = {fold(w) for m in mentions for w in m.text.split()}
    lower = lower_case_words(sentences)
    cued: Counter[str] = Counter()
    written: Counter[str] = Counter()
    for s in sentences:
        cued.update({m.group("w") for cue in _CUES for m in cue.finditer(s.text)})
        written.update(_ALONE.findall(s.text))
    names = {w for w, n in cued.items() if n >= CUED_AT_LEAST and written[w] >= WRITTEN_AT_LEAST
             and not lower[w.lower()] and fold(w) not in tagged and fold(w) not in TITLES
             and w.lower() not in _NOT_NAMES and fold(w) not in KIN}
    if not names:
        return []
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        taken[m.sentence_id].append((m.start, m.end))
    next_id = min([0, *(m.id for m in mentions)]) - 1
    out: list[MentionRecord] = []
    for s in sentences:
        for hit in _ALONE.finditer(s.text):
            start, end = s.start + hit.start(), s.start + hit.end()
            if hit.group() in names and not any(a < end and start < b for a, b in taken[s.id]):
                out.append(MentionRecord(next_id - len(out), s.document_id, s.id, start, end, hit.group(), "PERSON",
                                         UNTAGGED))
    return out
