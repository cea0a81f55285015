"""Errors the build reports in one line: a source it cannot use, an engine that cannot start."""

from __future__ import annotations


class SourceError(Exception):
    """A source that cannot be read; the message says why in one line."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class EngineError(Exception):
    """The build engine cannot start (Ray missing, or the cluster unreachable)."""
