"""store: the one SQLite file (WAL) that holds the knowledge base. All SQL lives in this package.

`Store` is the one public object, assembled from a part per concern: `base` opens the file and
checks its schema, `writer` writes, and one reader per domain (`corpus`, `documents`, `entities`,
`relations`, `events`, `claims`, `search`, `annotations`) reads; `rows` holds what the readers return. The store
knows only `model`'s records, never the stages that make them.
"""

from __future__ import annotations

from .annotations import AnnotationReader
from .base import SCHEMA_VERSION, QueryTimeout, StoreError, WriteError
from .claims import ClaimReader
from .corpus import CorpusReader
from .documents import DocumentReader
from .entities import EntityReader
from .events import EventReader
from .relations import RelationReader
from .rows import (
    AliasRow,
    AnnotationRow,
    ChapterRow,
    ClaimRow,
    EntityRow,
    EventRow,
    MarkRow,
    MentionRow,
    PassageRow,
    PassageSpan,
    PlaceDateRow,
    SentenceHit,
    SentenceRow,
    SourceRow,
)
from .search import SearchReader, fts_query, fts_tokens
from .writer import StoreWriter

__all__ = [
    "SCHEMA_VERSION",
    "AliasRow",
    "AnnotationRow",
    "ChapterRow",
    "ClaimRow",
    "EntityRow",
    "EventRow",
    "MarkRow",
    "MentionRow",
    "PassageRow",
    "PassageSpan",
    "PlaceDateRow",
    "QueryTimeout",
    "SentenceHit",
    "SentenceRow",
    "SourceRow",
    "Store",
    "StoreError",
    "WriteError",
    "fts_query",
    "fts_tokens",
]


class Store(StoreWriter, CorpusReader, DocumentReader, EntityReader, RelationReader, EventReader, ClaimReader,
            SearchReader, AnnotationReader):
    """An open knowledge-base file: `Store(path, create=False, read_only=False)`."""
