"""Reading claims: what two or more sources say of one fact, and whether they agree."""

from __future__ import annotations

from collections import defaultdict

from .base import StoreBase, chunks
from .rows import ClaimRow


class ClaimReader(StoreBase):
    """Claims with the sentences that make them."""

    def claims(self, limit: int | None = None, offset: int = 0) -> list[ClaimRow]:
        """The claims in order, `limit` of them (all if None) from `offset`, each source with its value."""
        rows = self.db.execute("SELECT id, claim, agree, reason FROM claims ORDER BY id LIMIT ? OFFSET ?",
                               (-1 if limit is None else limit, offset)).fetchall()
        sources: dict[int, list[tuple[int, int, str | None]]] = defaultdict(list)
        pairs: dict[int, dict[tuple[int, int], str]] = defaultdict(dict)
        for chunk in chunks([r[0] for r in rows]):
            marks = ",".join("?" * len(chunk))
            for claim_id, sentence_id, document_id, value in self.db.execute(
                    "SELECT c.claim_id, c.sentence_id, s.document_id, c.value FROM claim_sources c"
                    f" JOIN sentences s ON s.id = c.sentence_id WHERE c.claim_id IN ({marks})"
                    " ORDER BY c.claim_id, c.seq", chunk):
                sources[claim_id].append((sentence_id, document_id, value))
            for claim_id, first, second, agree in self.db.execute(
                    f"SELECT claim_id, first, second, agree FROM claim_pairs WHERE claim_id IN ({marks})", chunk):
                pairs[claim_id][(first, second)] = agree
        return [ClaimRow(i, text, agree, reason, [s for s, _, _ in sources[i]], [d for _, d, _ in sources[i]],
                         [v for _, _, v in sources[i]], pairs[i]) for i, text, agree, reason in rows]

    def claim_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM claims").fetchone()[0])
