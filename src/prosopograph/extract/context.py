"""What the sentences around a fact say about it: whom a bare 'he' stands for."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..resolve.records import MentionRecord, ResolvedEntity, SentenceRecord


def protagonists(sentences: list[SentenceRecord], by_sentence: Mapping[int, Sequence[tuple[int, MentionRecord]]],
                 entities: list[ResolvedEntity]) -> dict[int, int]:
    """For each sentence, the person its passage has named most so far: whom a bare 'he' most likely means."""
    out: dict[int, int] = {}
    counts: Counter[int] = Counter()
    passage: int | None = None
    for s in sorted(sentences, key=lambda s: (s.document_id, s.start)):
        if s.passage_id != passage:
            counts, passage = Counter(), s.passage_id
        if counts:
            out[s.id] = counts.most_common(1)[0][0]
        counts.update(i for i, _ in by_sentence.get(s.id, []) if entities[i].type == "PERSON")
    return out
