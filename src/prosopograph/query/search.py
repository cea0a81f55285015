"""Ranked passages for user text: exact phrase first, then all words, then any word."""

from __future__ import annotations

from ..model import Citation, SearchHit
from ..store import PassageRow, Store, fts_query, fts_tokens
from ..text import fold


def search(store: Store, text: str, limit: int = 10) -> list[SearchHit]:
    """Passages for `text`, best first; the quote is the sentence that holds most of its words."""
    tokens = fts_tokens(text)
    if not tokens or limit <= 0:
        return []
    seen: dict[int, PassageRow] = {}
    modes = ["phrase", "all", "any"] if len(tokens) > 1 else ["all"]
    for mode in modes:
        if len(seen) >= limit:
            break
        for row in store.search_passages(fts_query(tokens, mode), limit):
            if row.id not in seen and len(seen) < limit:
                seen[row.id] = row
    return [_hit(store, rank, row, tokens) for rank, row in enumerate(seen.values(), 1)]


def _hit(store: Store, rank: int, row: PassageRow, tokens: list[str]) -> SearchHit:
    words = {fold(t) for t in tokens}
    sentences = store.sentences_of(row.id)
    start, end, quote = row.start, row.end, row.text
    if sentences:
        best = max(sentences, key=lambda s: (len(words & set(fold(w) for w in fts_tokens(s.text))), -s.start))
        start, end, quote = best.start, best.end, best.text
    citation = Citation(document=row.document, document_id=row.document_id, chapter=row.chapter, page=row.page,
                        start=start, end=end, quote=quote)
    return SearchHit(rank=rank, score=-row.score, citation=citation, passage=row.text)

