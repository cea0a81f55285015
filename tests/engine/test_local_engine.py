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


def test_no_job_starts_beyond_the_window_of_the_oldest_unfinished_one(tmp_path: Path) -> None:
    kinds = ["slow", "a", "b", "c", "d"]
    jobs = [Job(i, Path(k), k.encode()) for i, k in enumerate(kinds)]
    order = [r.key for r in run_jobs(slow_first, jobs, Limits(workers=2, window=2))]
    # with a window of 2, job 2 waits for job 0: without it, jobs 1-4 would all end first
    assert order.index(0) < order.index(2)


def test_a_file_gone_before_its_turn_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "here.txt").write_text("present")
    jobs = [Job(0, tmp_path / "gone.txt"), Job(1, tmp_path / "here.txt")]
    results = {r.key: r for r in run_jobs(task_on_text, jobs, Limits())}
    assert "cannot read" in (results[0].error or "") and results[1].value == "PRESENT"


def slow_first(path: Path, data: bytes, limits: Limits) -> str:
    if data == b"slow":
        time.sleep(1.0)
    return data.decode()


def task_on_text(path: Path, data: bytes, limits: Limits) -> str:
    return data.decode().upper()
