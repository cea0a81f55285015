"""What two or more sources say about the same fact, side by side, with whether they agree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from ..model import Citation
from ..store import ClaimRow, Store
from ..text import fold

LABELS: dict[str, bool | str] = {"true": True, "false": False, "partial": "partial"}


class UnknownSource(ValueError):
    """A source named to narrow the comparison is not in the knowledge base."""


@dataclass(frozen=True)
class Comparison:
    claim: str
    agree: bool | str
    sources: list[str]
    citations: list[Citation]
    values: list[str | None] = field(default_factory=list)
    """What each source says of the fact, in the order of `citations` (None for a parallel telling)."""
    reason: str | None = None


@dataclass(frozen=True)
class Filters:
    """Which claims to show: of these sources only (by id, path, file name or title), with this label,
    naming this entity."""

    sources: Sequence[str] = ()
    agree: str | None = None
    entity: str | None = None


def compare(store: Store, limit: int | None = None, offset: int = 0,
            filters: Filters | None = None) -> list[Comparison]:
    """The claims, `limit` of them (all if None) from `offset`, each side with its citation."""
    rows = _filtered(store, filters or Filters())
    rows = rows[offset:] if limit is None else rows[offset:offset + limit]
    cited = store.citations([sid for row, keep in rows for k, sid in enumerate(row.sentence_ids) if k in keep])
    out = []
    for row, keep in rows:
        citations = [cited[row.sentence_ids[k]] for k in keep if row.sentence_ids[k] in cited]
        out.append(Comparison(row.claim, _label(row, keep), list(dict.fromkeys(c.document for c in citations)),
                              citations, [row.values[k] for k in keep], row.reason))
    return out


def count(store: Store, filters: Filters | None = None) -> int:
    """How many claims the filters let through."""
    return len(_filtered(store, filters or Filters()))


def _filtered(store: Store, filters: Filters) -> list[tuple[ClaimRow, list[int]]]:
    """The claims that pass, each with the positions of the sources to show."""
    wanted = _documents(store, filters.sources)
    entity = fold(filters.entity).lower() if filters.entity else ""
    out = []
    for row in store.claims():
        keep = [k for k, d in enumerate(row.document_ids) if not wanted or d in wanted]
        if len(keep) < 2 or (wanted and not wanted <= {row.document_ids[k] for k in keep}):
            continue
        if entity and entity not in fold(row.claim).lower():
            continue
        if filters.agree and str(_label(row, keep)).lower() != filters.agree.lower():
            continue
        out.append((row, keep))
    return out


def _label(row: ClaimRow, keep: list[int]) -> bool | str:
    """The claim's label among the sources kept: the worst of every two of them."""
    if len(keep) == len(row.sentence_ids) or not row.pairs:
        return LABELS.get(row.agree, row.agree)
    labels = [LABELS.get(row.pairs.get(pair, row.agree), row.agree) for pair in combinations(keep, 2)]
    if any(label is False for label in labels):
        return False
    return "partial" if "partial" in labels else True


def _documents(store: Store, names: Sequence[str]) -> set[int]:
    """The ids of the documents named: by id, path, file name or title (or a part of it, if only one has it)."""
    if not names:
        return set()
    documents = store.documents()
    out = set()
    for name in names:
        exact = [d.id for d in documents if name in (str(d.id), d.path, Path(d.path).name, d.title)]
        loose = [d.id for d in documents if name.lower() in f"{d.path}\n{d.title}".lower()]
        found = exact or (loose if len(loose) == 1 else [])
        if not found:
            raise UnknownSource(f"no single source is named {name!r}" + (f" ({len(loose)} match)" if loose else ""))
        out.update(found)
    return out
