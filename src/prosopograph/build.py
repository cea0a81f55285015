"""Build a knowledge base from sources: discover → skip unchanged → prepare in workers → store."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .engine.local import Job, run_jobs
from .errors import SourceError
from .ingest import content_hash, discover, load_bytes
from .model import BuildOutcome, BuildReport, PreparedDocument
from .pipeline import prepare_document
from .settings import Limits
from .store import Store

Progress = Callable[[int, int, str], None]
"""Called as (sources done, sources in all, path of the one just done)."""


def build(sources: Sequence[str], db: str | Path, limits: Limits | None = None,
          progress: Progress | None = None) -> BuildReport:
    """Add new and changed sources to the knowledge base at `db`; a source that fails is skipped whole."""
    limits = limits or Limits.from_env()
    started = time.monotonic()
    paths, missing = discover(sources, limits)
    report = BuildReport([BuildOutcome(src, "failed", reason) for src, reason in missing])
    store = Store(db, create=True)
    try:
        outcomes, jobs = _triage(store, paths, limits)
        total, done = len(paths), 0
        for outcome in outcomes:
            if outcome is not None and progress:
                done += 1
                progress(done, total, outcome.path)
        for key, outcome in _prepare_and_store(store, jobs, limits):
            outcomes[key] = outcome
            if progress:
                done += 1
                progress(done, total, outcome.path)
        report.outcomes.extend(o for o in outcomes if o is not None)
    finally:
        store.close()
    report.seconds = time.monotonic() - started
    return report


def _triage(store: Store, paths: list[Path], limits: Limits) -> tuple[list[BuildOutcome | None], list[Job]]:
    """Outcomes known without parsing (unchanged, duplicate, unreadable), and the jobs left to run."""
    outcomes: list[BuildOutcome | None] = []
    jobs: list[Job] = []
    batch: dict[str, str] = {}
    for key, path in enumerate(paths):
        try:
            data = load_bytes(path, limits)
        except SourceError as exc:
            outcomes.append(BuildOutcome(str(path), "failed", exc.reason))
            continue
        digest = content_hash(data)
        if store.stored_hash(str(path)) == digest:
            outcomes.append(BuildOutcome(str(path), "unchanged"))
            continue
        twin = batch.get(digest) or store.path_with_hash(digest)
        if twin is not None and Path(twin).exists() and twin != str(path):
            outcomes.append(BuildOutcome(str(path), "duplicate", f"same content as {twin}"))
            continue
        batch[digest] = str(path)
        outcomes.append(None)
        jobs.append(Job(key, path, data))
    return outcomes, jobs


def _prepare_and_store(store: Store, jobs: list[Job], limits: Limits) -> Iterator[tuple[int, BuildOutcome]]:
    """Prepare the jobs in workers and store each result in input order, as soon as its turn comes."""
    ready: dict[int, BuildOutcome | PreparedDocument] = {}
    order = [job.key for job in jobs]
    paths = {job.key: str(job.path) for job in jobs}
    next_at = 0
    for result in run_jobs(prepare_document, jobs, limits):
        failed = BuildOutcome(paths[result.key], "failed", result.error or "")
        ready[result.key] = result.value if result.error is None else failed
        while next_at < len(order) and order[next_at] in ready:
            key = order[next_at]
            yield key, _store(store, ready.pop(key))
            next_at += 1


def _store(store: Store, item: BuildOutcome | PreparedDocument) -> BuildOutcome:
    if isinstance(item, BuildOutcome):
        return item
    status = "replaced" if store.stored_hash(item.path) is not None else "added"
    try:
        store.write_document(item)
    except sqlite3.Error as exc:
        return BuildOutcome(item.path, "failed", f"could not be stored: {exc}")
    return BuildOutcome(item.path, status, words=item.n_words)
