"""What sentences mean beyond their exact words: WordNet senses weighted by rarity, and the tools and
weapons they name.

Two accounts of one scene share few words ('stabbed him in the chest with a dagger', 'knifed him in
the breast') but many senses: a sentence becomes the senses of its nouns and verbs and the
broader senses above them, each weighted by how rare it is in the corpus, and two sentences are
as alike as those weights (a cosine). The tools and weapons a sentence names are the instrument of
what it tells, a slot two sources can fill alike, with two names for one thing, or differently.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from ..model import SentenceRecord
from ..nlp.wordnet import Concept, WordNet, data_folder
from ..resolve.names import fold

MAX_SHARE = 0.01
"""A sense found in more than this share of the corpus's sentences ('person', 'act') tells nothing."""
CLOSER = 0.8
"""A broader sense counts this much less for each step above the word's own sense."""
INSTRUMENT_KINDS = ("tool", "weapon")
"""The senses whose narrower senses are instruments (a hatchet, a dagger, a revolver)."""
_WORD = re.compile(r"[a-z]+")
_NAME = re.compile(r"(?<=\w\W)\b[A-Z]\w+")
"""A capitalized word inside a sentence: a name ('the Dies Committee'), not a tool."""
_ARTICLES = frozenset("a an the his her their its my our your this that".split())
_STOP = frozenset("""
the and but for was were had has have his her him she they them their not with that this from which who
whom what when where while into than then there these those been being would could should about after
before also only such some more most other over under upon again its our your are all any one two
a an as at be by he i in is it of on or so to we
""".split())


@dataclass(frozen=True)
class Instrument:
    """A tool or weapon a sentence names, with its senses and how far above the word each stands."""

    word: str
    senses: dict[Concept, int]

    @property
    def head(self) -> str:
        """The last word of a compound ('knife' of 'pocket knife'): what a later mention calls it."""
        return self.word.rsplit(" ", 1)[-1]

    def distance(self, other: Instrument) -> int | None:
        """Steps from one to the other through their nearest shared sense, None if they share none."""
        shared = self.senses.keys() & other.senses.keys()
        return min(self.senses[c] + other.senses[c] for c in shared) if shared else None


@dataclass
class Meanings:
    """Each paragraph sentence's weighted senses and the instruments it names, by sentence id."""

    vectors: dict[int, dict[Concept, float]]
    """Unit length, so that the dot product is the cosine."""
    instruments: dict[int, list[Instrument]]

    def similarity(self, a: int, b: int) -> float:
        """How alike two sentences are in meaning, from 0 to 1."""
        va, vb = self.vectors.get(a, {}), self.vectors.get(b, {})
        return sum(va[c] * vb[c] for c in va.keys() & vb.keys())


def sentence_meanings(sentences: list[SentenceRecord], wordnet: WordNet | None = None) -> Meanings:
    """The senses and instruments of each sentence, senses weighed by their rarity among these sentences
    (none at all without WordNet's data)."""
    folder = data_folder() if wordnet is None else wordnet.folder
    if folder is None:
        return Meanings({}, {})
    wordnet = wordnet or WordNet(folder)
    tokens = {s.id: _WORD.findall(fold(s.text).lower()) for s in sentences}
    vocabulary: dict[str, str] = {}  # one string object per word: a large corpus has millions of them
    words = {sid: tuple(vocabulary.setdefault(w, w) for w in _words(ts, wordnet)) for sid, ts in tokens.items()}
    senses = wordnet.concepts(set(vocabulary) | set(INSTRUMENT_KINDS))
    return Meanings(_vectors(words, senses), _instruments(sentences, tokens, words, wordnet, senses))


def _instruments(sentences: list[SentenceRecord], tokens: dict[int, list[str]], words: dict[int, tuple[str, ...]],
                 wordnet: WordNet, senses: dict[str, dict[Concept, int]]) -> dict[int, list[Instrument]]:
    """The tools and weapons each sentence names: in a word's commonest noun sense ('axe'), or in another
    right after an article ('with a hammer': WordNet's first hammer is a gun's, and 'he saw' is no saw)."""
    kinds = {c for kind in INSTRUMENT_KINDS for c, level in wordnet.noun_senses(kind, 1).items() if level == 0}
    maybe = [w for w, found in senses.items() if kinds & found.keys()]
    always = {w for w in maybe if _is_instrument(wordnet.noun_senses(w, 1), kinds)}
    as_noun = {w for w in maybe if _is_instrument(wordnet.noun_senses(w), kinds)}
    out: dict[int, list[Instrument]] = {}
    for s in sentences:
        names = {fold(w).lower() for w in _NAME.findall(s.text)}
        found = (always.intersection(words[s.id]) | _after_article(tokens[s.id], wordnet) & as_noun) - names
        named = [Instrument(w.replace("_", " "), senses[w]) for w in sorted(found)]
        parts = {part for i in named if " " in i.word for part in i.word.split()}
        if named:
            out[s.id] = [i for i in named if i.word not in parts]
    return out


def _vectors(words: dict[int, tuple[str, ...]],
             senses: dict[str, dict[Concept, int]]) -> dict[int, dict[Concept, float]]:
    """Unit vectors of senses in which rarer senses weigh more and broader ones less; senses of one
    sentence only, or of too many, are left out."""
    df: Counter[Concept] = Counter()
    for ws in words.values():
        df.update(set().union(*(senses[w].keys() for w in ws if w in senses)))
    n = max(len(words), 1)
    most = max(5, MAX_SHARE * n)  # a small corpus still tells senses apart
    weights = {w: {c: math.log(n / df[c]) * CLOSER ** level for c, level in found.items() if 2 <= df[c] <= most}
               for w, found in senses.items()}
    out = {}
    for sid, ws in words.items():
        vector: dict[Concept, float] = {}
        for w in ws:
            for c, x in weights.get(w, {}).items():
                if x > vector.get(c, 0.0):
                    vector[c] = x
        norm = math.sqrt(sum(x * x for x in vector.values()))
        out[sid] = {c: x / norm for c, x in vector.items()} if norm else {}
    return out


def _is_instrument(senses: dict[Concept, int], kinds: set[Concept]) -> bool:
    """A word with a common noun sense under a tool or a weapon, but not 'tool' or 'weapon' itself."""
    levels = [level for concept, level in senses.items() if concept in kinds]
    return bool(levels) and 0 not in levels


def _words(tokens: list[str], wordnet: WordNet) -> set[str]:
    """Content words of a sentence, and adjacent pairs that WordNet knows as one noun ('pocket_knife')."""
    return {t for t in tokens if len(t) > 2 and t not in _STOP} | _compounds(tokens, wordnet)


def _compounds(tokens: list[str], wordnet: WordNet) -> set[str]:
    return {f"{a}_{b}" for a, b in pairwise(tokens) if a not in _STOP and b not in _STOP and wordnet.is_compound(a, b)}


def _after_article(tokens: list[str], wordnet: WordNet) -> set[str]:
    """Words and compounds right after an article or a possessive: nouns, most likely."""
    out = set()
    for i, t in enumerate(tokens[:-1]):
        if t in _ARTICLES:
            out.add(tokens[i + 1])
            out.update(_compounds(tokens[i + 1: i + 3], wordnet))
    return out
