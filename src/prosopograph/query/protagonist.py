"""Whom a passage has been about: the stand-in answer when the sentence that answers says only 'he' or 'she'."""

from __future__ import annotations

from ..store import SentenceHit, Store


def passage_protagonist(store: Store, sentence: SentenceHit,
                        excluded: frozenset[int] = frozenset()) -> list[tuple[str, int]]:
    """The person named most in the sentence's passage before it: [(name, the last sentence naming them)],
    or [] where the passage names no one before it (no one but the `excluded`).

    Most named wins (a paragraph's subject is named often, the people it meets along the way once or
    twice); a tie goes to the entity stored first, so the answer does not change from run to run.
    """
    named = store.person_counts_before(sentence.passage_id, sentence.start, excluded)
    if not named:
        return []
    name, _, sentence_id = max(named, key=lambda row: row[1])
    return [(name, sentence_id)]
