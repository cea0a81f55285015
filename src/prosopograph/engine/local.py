"""Sources prepared and annotated in worker processes on this machine.

Each source is read, cleaned and segmented in a process of its own: PDFium is not thread-safe, a
parser that hangs is killed after the per-file timeout, and one that exhausts memory (capped per
process) or crashes fails only its own file. A source's bytes are read only when its turn comes,
and no more than a window of sources is in flight, so memory does not grow with the corpus.
Passages are annotated in batches by a pool of processes that share the model loaded here.
"""

from __future__ import annotations

import faulthandler
import multiprocessing as mp
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import SourceError, one_line
from ..ingest import load_bytes
from ..model import PreparedDocument
from ..nlp import Annotation, Annotator, batch_texts, passage_batches, place_annotations
from ..pipeline import prepare_document
from ..settings import Limits

Task = Callable[[Path, bytes, Limits], Any]
IN_FLIGHT = 3
"""Documents whose annotation may be under way at once."""


@dataclass
class Job:
    key: int
    path: Path
    data: bytes | None = None
    """The source's bytes; None to read them from `path` when the job starts."""

    def load(self, limits: Limits) -> Job:
        """This job with its bytes read (SourceError if the file is gone or over the limit)."""
        return self if self.data is not None else Job(self.key, self.path, load_bytes(self.path, limits))


@dataclass
class Result:
    key: int
    value: Any = None
    error: str | None = None


@dataclass
class _Annotating:
    """A document in flight: its read result, its passage batches and their annotation under way."""

    result: Result
    batches: list[list[int]] = field(default_factory=list)
    pending: Any = None
    """The pool's AsyncResult; None when there is nothing to wait for (failed, or annotated already)."""


def _annotation_failed(result: Result, exc: BaseException) -> Result:
    return Result(result.key, error=f"could not be annotated: {one_line(exc)}")


class LocalEngine:
    """Read, clean and segment in worker processes; annotate in a pool that shares the model loaded here."""

    def __init__(self, model: str, limits: Limits) -> None:
        self.limits = limits
        self.annotator = Annotator(model)
        self.pool: Any = None

    def run(self, jobs: list[Job], annotating: Callable[[str], None]) -> Iterator[Result]:
        """Each job's annotated PreparedDocument (or its error), in the order of `jobs`.

        Up to IN_FLIGHT documents are annotated at once, so that short ones keep every pool process busy
        instead of one. A document whose annotation raises or outlasts `limits.annotate_timeout_s` fails
        alone.
        """
        # the model loads here while the first sources are read in the workers
        results = run_jobs(prepare_document, jobs, self.limits, while_waiting=lambda: self.annotator.nlp)
        flight: deque[_Annotating] = deque()
        for result in in_order(results, [job.key for job in jobs]):
            if result.error is None:
                annotating(result.value.path)
            flight.append(self._start(result))
            while flight and (len(flight) > IN_FLIGHT or flight[0].pending is None or flight[0].pending.ready()):
                yield self._finish(flight.popleft(), flight)
        while flight:
            yield self._finish(flight.popleft(), flight)

    def _start(self, result: Result) -> _Annotating:
        """The document's annotation under way in the pool (done here only when there is nothing to annotate).

        Even with one worker the model runs in a pool process, never in this one: only a process can be
        stopped when a document outlasts its time limit.
        """
        if result.error is not None:
            return _Annotating(result)
        doc: PreparedDocument = result.value
        item = _Annotating(result, passage_batches(doc))
        try:
            if item.batches:
                self._submit(item)
            else:
                place_annotations(doc, [], [])
        except Exception as exc:  # a model or rule bug must fail this document, not the batch
            return _Annotating(_annotation_failed(result, exc))
        return item

    def _submit(self, item: _Annotating) -> None:
        if self.pool is None:
            self.pool = _start_pool(self.annotator, max(1, self.limits.workers))
        doc: PreparedDocument = item.result.value
        item.pending = self.pool.map_async(_annotate_batch, [batch_texts(doc, b) for b in item.batches], chunksize=1)

    def _finish(self, item: _Annotating, others: deque[_Annotating]) -> Result:
        """The document annotated, or failed alone; `others` (still in flight) go to a new pool if this one hung."""
        result = item.result
        if result.error is not None:
            return result
        if item.pending is not None:
            timeout = self.limits.annotate_timeout_s
            try:
                place_annotations(result.value, item.batches, item.pending.get(timeout))
            except mp.TimeoutError:
                self._restart(others)
                return Result(result.key, error=f"gave up annotating after {timeout:g} s")
            except Exception as exc:  # raised in a pool process, or placing what it found
                return _annotation_failed(result, exc)
        result.value.model = self.annotator.model
        return result

    def _restart(self, others: deque[_Annotating]) -> None:
        """A new pool in place of one that hung; the documents it held are annotated again in the new one."""
        self.close()
        for item in others:
            if item.pending is not None:
                self._submit(item)

    def close(self) -> None:
        """Stop the annotation pool, and let the model go."""
        global _pool_annotator
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
        if _pool_annotator is self.annotator:
            _pool_annotator = None


_pool_annotator: Annotator | None = None
"""The annotator a pool process works with: the parent's, copied by fork, or loaded by the process."""


def _start_pool(annotator: Annotator, processes: int) -> Any:
    global _pool_annotator
    _pool_annotator = annotator
    annotator.nlp  # noqa: B018 — loaded before the fork, so the processes share it
    return _context().Pool(processes, initializer=_pool_init, initargs=(annotator.model,))


def _pool_init(model: str) -> None:
    global _pool_annotator
    if _pool_annotator is None or _pool_annotator.model != model:  # spawned, not forked
        _pool_annotator = Annotator(model)


def _annotate_batch(texts: list[str]) -> list[Annotation]:
    assert _pool_annotator is not None
    return _pool_annotator.annotate_texts(texts)


def _context() -> Any:
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")


def in_order(results: Iterator[Result], order: list[int]) -> Iterator[Result]:
    """Results as they end, yielded in the order of their keys in `order`."""
    ready: dict[int, Result] = {}
    next_at = 0
    for result in results:
        ready[result.key] = result
        while next_at < len(order) and order[next_at] in ready:
            yield ready.pop(order[next_at])
            next_at += 1


def run_jobs(task: Task, jobs: list[Job], limits: Limits, while_waiting: Callable[[], object] | None = None,
             ) -> Iterator[Result]:
    """Run `task` on each job in its own process, up to `limits.workers` at once; yield as they end.

    A job starts only within `limits.window` jobs of the oldest one still running, so whoever puts
    the results back in order holds no more than that many. `while_waiting` runs once in this
    process as soon as the first workers are under way.
    """
    ctx = _context()
    position = {job.key: i for i, job in enumerate(jobs)}
    pending = list(reversed(jobs))
    running: dict[int, tuple[Any, Connection, float]] = {}
    while pending or running:
        while pending and len(running) < max(1, limits.workers) and (
                not running or position[pending[-1].key] < min(position[k] for k in running) + limits.window):
            job = pending.pop()
            try:
                job = job.load(limits)
            except SourceError as exc:
                yield Result(job.key, error=exc.reason)
                continue
            receive, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_work, args=(task, job, limits, send), daemon=True)
            proc.start()
            send.close()
            running[job.key] = (proc, receive, time.monotonic())
        if while_waiting is not None:
            while_waiting()
            while_waiting = None
        ready = mp.connection.wait([conn for _, conn, _ in running.values()], timeout=0.05)
        for key, (proc, conn, started) in list(running.items()):
            if conn in ready:
                yield _collect(key, proc, conn, limits)
                del running[key]
            elif time.monotonic() - started > limits.read_timeout_s:
                proc.kill()
                proc.join()
                conn.close()
                del running[key]
                yield Result(key, error=f"gave up after {limits.read_timeout_s:g} s (the reader hung)")


def _collect(key: int, proc: Any, conn: Connection, limits: Limits) -> Result:
    try:
        result: Result = conn.recv()
    except (EOFError, OSError):
        proc.join()
        result = Result(key, error=_death(proc.exitcode, limits))
    conn.close()
    proc.join()
    return result


def _death(code: int | None, limits: Limits) -> str:
    """Why a reader process ended without a word.

    Native parsers (PDFium) abort when an allocation fails, which under the memory cap is the likely
    cause, though not a certain one; the kernel's OOM killer sends SIGKILL.
    """
    limit = _size(limits.worker_memory_bytes)
    if code in (-signal.SIGKILL, 128 + signal.SIGKILL):
        return f"ran out of memory while reading (killed; limit {limit})"
    if code in (-signal.SIGABRT, 128 + signal.SIGABRT):
        return f"the reader aborted, most likely out of memory while reading (limit {limit})"
    return f"the reader crashed (exit code {code})"


def _size(n: int) -> str:
    return f"{n / 1024**3:.3g} GB" if n >= 1024**3 else f"{n / 1024**2:.3g} MB"


def _work(task: Task, job: Job, limits: Limits, conn: Connection) -> None:
    # a native parser that aborts is reported in one line by the parent; a dump of this process's stack
    # (pytest or PYTHONFAULTHANDLER turn it on) would only bury that line
    faulthandler.disable()
    _cap_memory(limits.worker_memory_bytes)
    try:
        conn.send(Result(job.key, value=task(job.path, job.data, limits)))
    except SourceError as exc:
        conn.send(Result(job.key, error=exc.reason))
    except MemoryError:
        conn.send(Result(job.key, error=f"ran out of memory while reading (limit {_size(limits.worker_memory_bytes)})"))
    except RecursionError:
        conn.send(Result(job.key, error="structure nested too deeply to read"))
    except Exception as exc:  # a parser bug must fail this file, not the batch
        conn.send(Result(job.key, error=f"could not be read: {one_line(exc)}"))
    finally:
        conn.close()


def _cap_memory(limit: int) -> None:
    """Let this process map at most `limit` bytes more than it holds now.

    Counted from the address space the fork inherited (the parent's, spaCy's model included), so that
    a reader gets the same room whatever the parent has loaded.
    """
    try:
        import resource

        cap = _address_space() + limit
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or cap < hard:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass  # not every platform lets a process cap itself; the timeout still applies


def _address_space() -> int:
    """Bytes of address space this process maps now (0 where /proc does not say)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            return next((int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:")), 0)
    except OSError:
        return 0
