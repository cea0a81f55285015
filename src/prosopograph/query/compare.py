"""What two or more sources say about the same fact, side by side, with whether they agree."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Citation
from ..store import Store

LABELS = {"true": True, "false": False, "partial": "partial"}


@dataclass(frozen=True)
class Comparison:
    claim: str
    agree: bool | str
    sources: list[str]
    citations: list[Citation]


def compare(store: Store, limit: int | None = None, offset: int = 0) -> list[Comparison]:
    """The claims, `limit` of them (all if None) from `offset`, each side with its citation."""
    rows = store.claims(limit, offset)
    cited = store.citations([sid for *_, ids in rows for sid in ids])
    out = []
    for _, claim, agree, ids in rows:
        citations = [cited[i] for i in ids if i in cited]
        out.append(Comparison(claim, LABELS.get(agree, agree), list(dict.fromkeys(c.document for c in citations)),
                              citations))
    return out
