"""The knowledge base as a library: `prosopograph.open(path)` and the queries it answers."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from .model import DocumentInfo, SearchHit
from .query.search import search as search_passages
from .store import Store


class KnowledgeBase:
    """An open knowledge base; every method returns plain dataclasses."""

    def __init__(self, path: str | Path) -> None:
        self.store = Store(path)

    def search(self, text: str, limit: int = 10) -> list[SearchHit]:
        """Passages for user text (not FTS syntax), ranked, each with its citation."""
        return search_passages(self.store, text, limit)

    def documents(self) -> list[DocumentInfo]:
        return self.store.documents()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def open_kb(path: str | Path) -> KnowledgeBase:
    """Open an existing knowledge base (StoreError if there is none at `path`)."""
    return KnowledgeBase(path)
