"""Worker processes: a hang, a crash or a memory blow-up fails only its own job."""

import os
import time
from pathlib import Path

from prosopograph.engine.local import Job, run_jobs
from prosopograph.errors import SourceError
from prosopograph.settings import Limits


def task(path: Path, data: bytes, limits: Limits) -> str:
    kind = data.decode()
    if kind == "hang":
        time.sleep(60)
    if kind == "crash":
        os._exit(3)
    if kind == "memory":
        _ = bytearray(4 * 1024**3)
    if kind == "refuse":
        raise SourceError("not readable")
    if kind == "bug":
        raise ValueError("unexpected")
    return kind.upper()


def test_each_job_fails_alone() -> None:
    kinds = ["ok", "hang", "crash", "memory", "refuse", "bug", "fine"]
    jobs = [Job(i, Path(k), k.encode()) for i, k in enumerate(kinds)]
    limits = Limits(read_timeout_s=2, worker_memory_bytes=512 * 1024**2)
    results = {r.key: r for r in run_jobs(task, jobs, limits)}
    assert results[0].value == "OK" and results[6].value == "FINE"
    assert "gave up after 2 s" in (results[1].error or "")
    assert "crashed" in (results[2].error or "")
    assert "memory" in (results[3].error or "")
    assert results[4].error == "not readable"
    assert "ValueError: unexpected" in (results[5].error or "")
