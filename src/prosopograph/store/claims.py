"""Reading claims: what two or more sources say of one fact, and whether they agree."""

from __future__ import annotations

from collections import defaultdict

from .base import StoreBase, chunks


class ClaimReader(StoreBase):
    """Claims with the sentences that make them."""

    def claims(self, limit: int | None = None, offset: int = 0) -> list[tuple[int, str, str, list[int]]]:
        """(id, claim, agree, sentence ids in source order), `limit` of them (all if None) from `offset`."""
        rows = self.db.execute("SELECT id, claim, agree FROM claims ORDER BY id LIMIT ? OFFSET ?",
                               (-1 if limit is None else limit, offset)).fetchall()
        sources: dict[int, list[int]] = defaultdict(list)
        for chunk in chunks([i for i, _, _ in rows]):
            for claim_id, sentence_id in self.db.execute(
                    f"SELECT claim_id, sentence_id FROM claim_sources WHERE claim_id IN ({','.join('?' * len(chunk))})"
                    " ORDER BY claim_id, seq", chunk):
                sources[claim_id].append(sentence_id)
        return [(i, text, agree, sources[i]) for i, text, agree in rows]

    def claim_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM claims").fetchone()[0])
