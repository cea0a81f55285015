"""Which of the sources a question names: 'according to the review', 'according to his memoirs'.

A source is known by its title ('Personal Memoirs of …'), else by what it calls itself: a review speaks
of 'the review' and 'reviewed' far more often than the book it reviews does; else by what a text of its kind
speaks of, as WordNet defines the kind (a review, 'an essay or article … of a book or play', speaks of the
book far more often than the book speaks of books). Where none tells one source apart, the question is asked
of them all.
"""

from __future__ import annotations

import re

from ..model import DocumentInfo
from ..nlp.wordnet import WordNet
from ..store import Store, fts_query
from ..text import fold

_ACCORDING = re.compile(
    r"\baccording to (?:the |his |her |its |their |this |that |a )?([\w’'-]+(?: [\w’'-]+)?)", re.I)
SELF_NAMING = 4.0
"""How many times more often than any other a source must use the word to be the one it names."""
MIN_USES = 2
MIN_RATE = 1 / 2000
"""A source that names itself by a word uses it at least this often (one in so many words): a biography that
mentions troops 'reviewed' now and then does not call itself a review."""


def named_source(question: str) -> str | None:
    """The word a question names its source by ('According to the review, who …' → review)."""
    m = _ACCORDING.search(question)
    if m is None:
        return None
    words = [w for w in fold(m.group(1)).split() if w not in ("s",)]
    return words[-1] if words else None


def documents_named(store: Store, word: str, wordnet: WordNet | None) -> list[int] | None:
    """The documents a question's source word names, or None when no document stands out by it."""
    documents = store.documents()
    titled = [d.id for d in documents if re.search(rf"\b{re.escape(word)}", fold(d.title))]
    if titled:
        return titled
    lemma = wordnet.lemma(word) if wordnet else word
    found = _standing_out(store, documents, sorted((wordnet.written_forms(lemma) if wordnet else {word}) | {word}))
    if found is None and wordnet is not None:
        # a review seldom calls itself one, but speaks of the book it reviews far more than the book does
        defining = wordnet.defining_nouns(lemma)
        found = _standing_out(store, documents, sorted({f for n in defining for f in wordnet.plurals(n)})) \
            if defining else None
    return found


def _standing_out(store: Store, documents: list[DocumentInfo], forms: list[str]) -> list[int] | None:
    """The one document that uses the words far more often than any other, if one does."""
    counts = store.sentence_counts(fts_query(forms, "any"))
    rates = {d.id: counts.get(d.id, 0) / max(d.n_words, 1) for d in documents}
    if not rates:
        return None
    best = max(rates, key=lambda i: rates[i])
    others = [r for i, r in rates.items() if i != best]
    if counts.get(best, 0) >= MIN_USES and rates[best] >= MIN_RATE and all(SELF_NAMING * r <= rates[best]
                                                                          for r in others):
        return [best]
    return None
