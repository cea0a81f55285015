"""The one error type a reader raises for a source it cannot use."""

from __future__ import annotations


class SourceError(Exception):
    """A source that cannot be read; the message says why in one line."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
