"""prosopograph: biographies and other historical sources turned into a cited, queryable record."""

from __future__ import annotations

from .build import build
from .kb import KnowledgeBase
from .kb import open_kb as open
from .store import StoreError

__all__ = ["KnowledgeBase", "StoreError", "build", "open"]
__version__ = "0.1.0"
