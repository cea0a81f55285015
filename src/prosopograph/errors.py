"""Errors the build reports in one line: a source it cannot use, an engine that cannot start."""

from __future__ import annotations

import traceback
from pathlib import Path


class SourceError(Exception):
    """A source that cannot be read; the message says why in one line."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class EngineError(Exception):
    """The build engine cannot start (Ray missing, or the cluster unreachable)."""


def one_line(exc: BaseException) -> str:
    """An unexpected exception in one line: its kind, its message and where it was raised (what a bug report needs)."""
    # a pool process's exception is raised again in multiprocessing's own frames: no place worth naming
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "multiprocessing" not in f.filename]
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return " ".join(f"{type(exc).__name__}: {exc}".split()) + where
