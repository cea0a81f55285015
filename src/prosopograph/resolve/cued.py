"""People's names the model never tagged, where the grammar around them says they are people's.

A small model knows common names; a rare one ('Thorgunna', 'Ysolde') it may miss every time it is written, and the
person drops out of the record. English tells who is a person in ways no list of names needs: kin set beside the
name ('Orla, the daughter of the smith', "Orla's father"), a verb of saying with the name as its subject ('Orla
said', 'said Orla'), a kin noun that names her ('his wife Orla'). A capitalized word that the text writes with such
cues twice or more, writes often and never writes in lower case is taken for a person's name wherever the text
writes it alone, where the model tagged it as nothing, or only as a body or a people ('Orla' as NORP), where the text
never writes it after 'the' and gives it kin or speaks to it, as no body's name is written.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..model import UNTAGGED
from ..nlp.rules import KIN
from ..text import MONTH_NAMES, STOP_WORDS, WEEKDAY_NAMES, fold
from .clusters import PERSON_LABEL
from .names import TITLES, lower_case_words, surface
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
_SURE = [_CUES[0], _CUES[1], _CUES[4], re.compile(rf",\s+(?P<w>{_WORD})(?=\s*(?:[?!]|[.,]\s*[”\"]))")]
"""Cues no body is given: kin, and being spoken to ('…, Orla?', '…, Orla.”'); a paper or an agency says things too."""
_ALONE = re.compile(rf"(?<![\w’'-]){_WORD}(?![\w-])(?!['’](?!s\b))(?!\s+[A-Z])")
"""The word alone (a possessive's too), not a part of a longer name ('Orla Brand')."""
_NOT_NAMES = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAY_NAMES)) | STOP_WORDS
_AFTER_THE = re.compile(rf"\b[Tt]he\s+({_WORD})\b")
BODIES = frozenset({"ORG", "NORP"})
"""The labels of a name the model took for a body or a people, which the grammar may show is a person's."""


def cued_people(mentions: list[MentionRecord], sentences: Iterable[SentenceRecord]) -> list[MentionRecord]:
    """The mentions, with person mentions added for the names the grammar shows are people's where the model tagged
    nothing (with negative ids, below any id given), and those names' mentions the model took for a body or a
    people ('Olaf' as NORP) relabelled as a person's."""
    sentences = list(sentences)
    labels: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for w in m.text.split():
            labels[fold(w)].add(m.label)
    lower = lower_case_words(sentences)
    cued: Counter[str] = Counter()
    written: Counter[str] = Counter()
    after_the: Counter[str] = Counter()
    sure: Counter[str] = Counter()
    for s in sentences:
        cued.update({m.group("w") for cue in _CUES for m in cue.finditer(s.text)})
        sure.update({m.group("w") for cue in _SURE for m in cue.finditer(s.text)})
        written.update(_ALONE.findall(s.text))
        after_the.update(_AFTER_THE.findall(s.text))
    names = {w for w, n in cued.items() if n >= CUED_AT_LEAST and written[w] >= WRITTEN_AT_LEAST
             and not lower[w.lower()] and _untaken(labels.get(fold(w), set()), after_the[w], sure[w])
             and fold(w) not in TITLES and w.lower() not in _NOT_NAMES and fold(w) not in KIN}
    if not names:
        return mentions
    out = [replace(m, label=PERSON_LABEL) if surface(m.text) in names and m.label in BODIES else m for m in mentions]
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        taken[m.sentence_id].append((m.start, m.end))
    next_id = min([0, *(m.id for m in mentions)]) - 1
    added: list[MentionRecord] = []
    for s in sentences:
        for hit in _ALONE.finditer(s.text):
            start, end = s.start + hit.start(), s.start + hit.end()
            if hit.group() in names and not any(a < end and start < b for a, b in taken[s.id]):
                added.append(MentionRecord(next_id - len(added), s.document_id, s.id, start, end, hit.group(),
                                           PERSON_LABEL, UNTAGGED))
    return out + added


def _untaken(labels: set[str], after_the: int, sure: int) -> bool:
    """No person's or place's name the model saw: untagged, or taken only for a body or a people, never written after
    'the' as a body's name is ('the Guild said'), and given kin or spoken to at least once, as no body is."""
    return not labels or (labels <= BODIES and not after_the and sure > 0)
