"""What the sentences around a fact say about it: whom a bare 'he' most likely stands for."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..model import MentionRecord, ResolvedEntity, SentenceRecord


def protagonists(sentences: list[SentenceRecord], by_sentence: Mapping[int, Sequence[tuple[int, MentionRecord]]],
                 entities: list[ResolvedEntity]) -> dict[int, int]:
    """For each sentence, the person its passage has named most so far: whom a bare 'he' most likely means."""
    return {sid: ranked[0] for sid, ranked in passage_people(sentences, by_sentence, entities).items()}


def passage_people(sentences: list[SentenceRecord], by_sentence: Mapping[int, Sequence[tuple[int, MentionRecord]]],
                   entities: list[ResolvedEntity]) -> dict[int, list[int]]:
    """For each sentence, the people its passage has named so far, most named first."""
    out: dict[int, list[int]] = {}
    counts: Counter[int] = Counter()
    passage: int | None = None
    for s in sorted(sentences, key=lambda s: (s.document_id, s.start)):
        if s.passage_id != passage:
            counts, passage = Counter(), s.passage_id
        if counts:
            out[s.id] = [i for i, _ in counts.most_common()]
        counts.update(i for i, _ in by_sentence.get(s.id, []) if entities[i].type == "PERSON")
    return out
