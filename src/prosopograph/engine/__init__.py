"""engine: where sources are prepared and annotated — worker processes on this machine (default) or Ray."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from ..settings import Limits
from .local import Job, LocalEngine, Result

ENGINES = ("local", "ray")


class Engine(Protocol):
    def run(self, jobs: list[Job], annotating: Callable[[str], None]) -> Iterator[Result]:
        """Each job's annotated PreparedDocument (or its error), in the order of `jobs`."""
        ...

    def close(self) -> None:
        """Release workers."""
        ...


def make_engine(name: str, model: str, limits: Limits, address: str | None = None) -> Engine:
    """The engine called `name`; `address` is a Ray cluster's (None: Ray on this machine)."""
    if name == "ray":
        from .ray_engine import RayEngine  # Ray is an optional extra

        return RayEngine(model, limits, address)
    return LocalEngine(model, limits)


__all__ = ["ENGINES", "Engine", "Job", "Result", "make_engine"]
