"""Whether the sources speak of what a question asks about at all: what no source has a word for
(its own, a synonym, or one derived from it: 'wedding' → married), no source answers."""

from __future__ import annotations

import re

from ..nlp.wordnet import WordNet
from ..store import Store
from ..text import fold
from .question import STOPWORDS, Question

_WORD = re.compile(r"[A-Za-z][a-z’'-]*")


def unattested(q: Question, named: set[str], store: Store, wordnet: WordNet) -> list[str]:
    """The question's common nouns (and noun compounds, 'maiden name') that no sentence of the sources
    says in any of their forms; names (`named`: folded words of the names the question holds) and the
    noun the answer is asked as ('which city') are not looked for."""
    words = _WORD.findall(q.text)
    out: list[str] = []
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        low = fold(word)
        nxt = fold(words[i + 1]) if i + 1 < len(words) else ""
        if nxt and word.islower() and nxt not in named and wordnet.is_compound(low, nxt):
            term, skip = f"{low}_{nxt}", True
        elif word.islower() and low not in STOPWORDS and low not in named and low != q.head \
                and wordnet.noun_senses(low):
            term = low
        else:
            continue
        # the word's own forms first: most are in the text, and the whole family is a long search
        own = sorted(wordnet.written_forms(term))
        if store.says_any(own):
            continue
        forms = {form for kin in wordnet.kindred(term) for form in wordnet.written_forms(kin)}
        if not store.says_any(sorted(forms - set(own))):
            out.append(term.replace("_", " "))
    return out
