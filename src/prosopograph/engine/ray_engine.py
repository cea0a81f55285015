"""Sources prepared and annotated on a Ray cluster (or a local Ray instance using this machine's cores).

Each Ray worker is an actor that loads the NLP model once. A source's bytes are read here and sent
with its job, so the cluster's machines need prosopograph, not the files. An actor reads, cleans
and segments a source in a child process (the same memory cap and timeout as the local engine), and
annotates batches of passages: a long document is spread over every actor. Results come back to
this process, the one writer of the SQLite file, in the order of the jobs; no more than
`limits.window` sources are in flight, so memory stays flat however large the corpus. A document
whose annotation outlasts `limits.annotate_timeout_s` fails alone: the actors busy with it are
killed and replaced.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EngineError, SourceError
from ..model import PreparedDocument
from ..nlp import Annotation, Annotator, batch_texts, passage_batches, place_annotations
from ..pipeline import prepare_document
from ..settings import Limits
from .local import Job, Result, run_jobs


class Worker:
    """What runs inside each Ray actor: the model, loaded once, and the two kinds of work."""

    def __init__(self, model: str, limits: Limits) -> None:
        self.limits = limits
        self.annotator = Annotator(model)
        self.annotator.nlp  # noqa: B018 — load now, in parallel with the other actors

    def ready(self) -> bool:
        """True once the model is loaded (an error here says why the actor could not start)."""
        return True

    def prepare(self, key: int, path: str, data: bytes) -> Result:
        """Read, clean and segment one source in a child process (capped memory, timeout)."""
        return next(run_jobs(prepare_document, [Job(key, Path(path), data)], self.limits))

    def annotate(self, texts: list[str]) -> list[Annotation]:
        """Mentions and parse of each passage text, with offsets into that text."""
        return self.annotator.annotate_texts(texts)


@dataclass
class _Pending:
    """A document between preparation and the end of its annotation."""

    doc: PreparedDocument
    batches: list[list[int]]
    """Indexes into doc.passages, one list per batch sent to an actor."""
    found: dict[int, list[Annotation]] = field(default_factory=dict)
    deadline: float | None = None
    """When its annotation is given up (time.monotonic()); set when its first batch goes to an actor."""


class RayEngine:
    """Prepare and annotate on Ray; `address` names an existing cluster, None starts Ray on this machine."""

    def __init__(self, model: str, limits: Limits, address: str | None = None) -> None:
        self.model = model
        self.limits = limits
        ray = _import_ray()
        self.started_here = not ray.is_initialized()
        if self.started_here:
            if address:
                _check_reachable(address)
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no usage report, no token in the home folder
            os.environ.setdefault("RAY_AUTH_MODE", "disabled")
            try:
                ray.init(address=address, num_cpus=None if address else limits.workers, include_dashboard=False,
                         logging_level=logging.WARNING, log_to_driver=False)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise EngineError(f"cannot reach the Ray cluster at {address}: {exc}") from None
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.actor_class = ray.remote(num_cpus=1, max_restarts=0)(Worker)
        self.actors = [self._new_actor() for _ in range(max(1, cpus if address else min(cpus, limits.workers)))]
        try:
            ray.get([actor.ready.remote() for actor in self.actors])
        except ray.exceptions.RayError as exc:
            self.close()
            raise EngineError(f"the Ray workers could not start: {_reason(exc)}") from None

    def _new_actor(self) -> Any:
        return self.actor_class.remote(self.model, self.limits)

    def run(self, jobs: list[Job], annotating: Callable[[str], None]) -> Iterator[Result]:
        """Each job's annotated PreparedDocument (or its error), in the order of `jobs`."""
        ray = _import_ray()
        order = [job.key for job in jobs]
        position = {key: i for i, key in enumerate(order)}
        to_prepare = deque(jobs)
        to_annotate: deque[tuple[int, int]] = deque()  # (job key, batch index)
        pending: dict[int, _Pending] = {}
        done: dict[int, Result] = {}
        idle = list(self.actors)
        busy: dict[Any, tuple[Any, int, int | None]] = {}  # object ref -> (actor, job key, batch index)
        next_at = 0
        while next_at < len(order):
            while idle and (to_annotate or (to_prepare and position[to_prepare[0].key] < next_at + self.limits.window)):
                actor = idle.pop()
                if to_annotate:  # finish documents already started before reading new ones
                    key, batch = to_annotate.popleft()
                    if key not in pending:  # another batch of the document failed
                        idle.append(actor)
                        continue
                    p = pending[key]
                    if p.deadline is None:
                        p.deadline = time.monotonic() + self.limits.annotate_timeout_s
                    busy[actor.annotate.remote(batch_texts(p.doc, p.batches[batch]))] = (actor, key, batch)
                    continue
                job = to_prepare.popleft()
                try:
                    job = job.load(self.limits)
                except SourceError as exc:
                    done[job.key] = Result(job.key, error=exc.reason)
                    idle.append(actor)
                    continue
                busy[actor.prepare.remote(job.key, str(job.path), job.data)] = (actor, job.key, None)
            if busy:
                ready, _ = ray.wait(list(busy), num_returns=1, timeout=_until_first(pending))
                for ref in ready:
                    actor, key, batch = busy.pop(ref)
                    idle.append(self._receive(ray, ref, actor, key, batch, pending, done, to_annotate, annotating))
                idle.extend(self._give_up(ray, pending, busy, done))
            while next_at < len(order) and order[next_at] in done:
                yield done.pop(order[next_at])
                next_at += 1

    def _receive(self, ray: Any, ref: Any, actor: Any, key: int, batch: int | None, pending: dict[int, _Pending],
                 done: dict[int, Result], to_annotate: deque[tuple[int, int]],
                 annotating: Callable[[str], None]) -> Any:
        """Take one finished piece of work; return the actor to use next (a new one if it died)."""
        try:
            value = ray.get(ref)
        except ray.exceptions.RayError as exc:
            done[key] = Result(key, error=f"the Ray worker failed ({type(exc).__name__})")
            pending.pop(key, None)
            return self._replace(ray, actor)
        if key in done:  # another batch of this document already failed
            return actor
        if batch is None:
            if value.error is not None:
                done[key] = value
                return actor
            doc: PreparedDocument = value.value
            annotating(doc.path)
            batches = passage_batches(doc)
            if not batches:
                doc.model = self.model
                done[key] = Result(key, doc)
                return actor
            pending[key] = _Pending(doc, batches)
            to_annotate.extend((key, i) for i in range(len(batches)))
            return actor
        p = pending[key]
        p.found[batch] = value
        if len(p.found) == len(p.batches):
            del pending[key]
            place_annotations(p.doc, p.batches, [p.found[b] for b in range(len(p.batches))])
            p.doc.model = self.model
            done[key] = Result(key, p.doc)
        return actor

    def _give_up(self, ray: Any, pending: dict[int, _Pending], busy: dict[Any, tuple[Any, int, int | None]],
                 done: dict[int, Result]) -> list[Any]:
        """Fail each document whose annotation outlasted its time limit; new actors for those that held it.

        An actor busy with a batch cannot be interrupted (a running actor task is not cancelled), so it
        is killed and replaced; the document's batches still queued are dropped with it.
        """
        now = time.monotonic()
        late = [key for key, p in pending.items() if p.deadline is not None and p.deadline <= now]
        fresh = []
        for key in late:
            del pending[key]
            done[key] = Result(key, error=f"gave up annotating after {self.limits.annotate_timeout_s:g} s")
            for ref, (actor, held, _) in list(busy.items()):
                if held == key:
                    del busy[ref]
                    fresh.append(self._replace(ray, actor))
        return fresh

    def _replace(self, ray: Any, actor: Any) -> Any:
        """A new actor, its model loaded, in place of `actor`, which is stopped.

        Waiting for the model here keeps its loading out of the time limit of the next document's batches.
        """
        ray.kill(actor, no_restart=True)
        self.actors.remove(actor)
        new = self._new_actor()
        try:
            ray.get(new.ready.remote())
        except ray.exceptions.RayError as exc:
            raise EngineError(f"a Ray worker could not be started again: {_reason(exc)}") from None
        self.actors.append(new)
        return new

    def close(self) -> None:
        """Stop the actors, and Ray itself if this engine started it."""
        ray = _import_ray()
        for actor in self.actors:
            ray.kill(actor)
        self.actors = []
        if self.started_here:
            ray.shutdown()


def _until_first(pending: dict[int, _Pending]) -> float | None:
    """Seconds until the first annotation deadline of the documents in flight (None: no deadline)."""
    deadlines = [p.deadline for p in pending.values() if p.deadline is not None]
    return max(0.0, min(deadlines) - time.monotonic()) if deadlines else None


def _check_reachable(address: str, timeout_s: float = 5.0) -> None:
    """Fail at once with one line when nothing listens at a cluster's host:port (Ray itself retries for minutes)."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        return  # 'auto' or another form Ray resolves itself
    try:
        socket.create_connection((host, int(port)), timeout=timeout_s).close()
    except OSError as exc:
        raise EngineError(f"cannot reach the Ray cluster at {address}: {exc.strerror or exc}") from None


def _reason(exc: Exception) -> str:
    """The last line of a Ray error that says what went wrong inside the worker."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    said = [line for line in lines if "Error:" in line and not line.startswith("ray.")]
    return (said or lines or [type(exc).__name__])[-1]


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise EngineError("the ray engine needs Ray: pip install 'prosopograph[ray]'") from None
    return ray
