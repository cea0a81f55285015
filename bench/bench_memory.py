"""Peak memory of the build at 1× and 16× the shared corpus, local and Ray engines, and resolution's share.

    PYTHONPATH=src python bench/bench_memory.py [--scales 1 16] [--engines local ray] [--interval 0.2]

N× is N copies of the shared corpus's two text files, each copy opening with a line of its own so
that the content hashes differ (identical copies would be skipped as duplicates). Each build runs as
`prosopograph build FOLDER --db KB --quiet --engine E` in a fresh process, then resolution alone as
`prosopograph resolve --db KB` in another, on the knowledge base that build made.

Three memory figures per build, because "the build's memory" means different things for one process
with a pool of forked workers and for Ray's dozen processes:

- largest process: the largest resident set any process of the build reached: `wait4`'s ru_maxrss
  (the build process and every descendant it waited for, exact) or, for processes nobody waits for
  (Ray's actors), their `VmHWM` sampled from /proc, whichever is larger;
- build process: the resident high-water mark of the process that runs the build, stores and
  resolves (`VmHWM`, read from /proc until it exits);
- whole tree: the largest sum, over the build process and all its descendants (workers, the pool,
  Ray's raylet, GCS and actors), of their proportional set sizes (`Pss`, shared pages counted once
  in all), sampled every `--interval` seconds.

Resolution's share is `prosopograph resolve`'s own peak resident set (ru_maxrss from `wait4`) beside
the build's figures: resolution runs in the build process, after every document is stored and the
engine (the local pool, or Ray's actors and the Ray it started) is closed.
Prints a markdown table, then one JSON object; figures are kept in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = [SHARED / "corpus" / "000_e287cba85d6d7050.txt", SHARED / "corpus" / "004_f3648f655f44f91b.txt"]
CLI = [sys.executable, "-m", "prosopograph.cli"]


def make_copies(files: list[Path], folder: Path, copies: int) -> None:
    """`copies` copies of each file, each opening with a line of its own (distinct content hashes)."""
    folder.mkdir(parents=True)
    for copy in range(copies):
        for path in files:
            (folder / f"c{copy:02d}-{path.name}").write_text(
                f"Copy {copy + 1} of {copies}.\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


def children_of() -> dict[int, list[int]]:
    """Every process's children, from /proc (parent pid → child pids)."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as f:
                # the command name in parentheses may hold spaces: the parent pid follows its closing one
                parent = int(f.read().rpartition(")")[2].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(parent, []).append(int(entry.name))
    return tree


def descendants(pid: int) -> list[int]:
    tree, out, todo = children_of(), [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(tree.get(p, []))
    return out


def kb_field(pid: int, name: str, file: str = "status") -> int:
    """A `name:` line of /proc/PID/<file> in kB (0 if the process is gone)."""
    try:
        with open(f"/proc/{pid}/{file}", encoding="ascii") as f:
            return next((int(line.split()[1]) for line in f if line.startswith(f"{name}:")), 0)
    except (OSError, ValueError):
        return 0


def run_measured(args: list[str], interval: float) -> dict[str, float]:
    """Run `args`; its wall time, exact peak RSS (largest process), own VmHWM and the tree's largest Pss sum."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    own_hwm = any_hwm = tree_pss = processes = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        own_hwm = max(own_hwm, kb_field(proc.pid, "VmHWM"))
        pids = descendants(proc.pid)
        processes = max(processes, len(pids))
        any_hwm = max([any_hwm, *(kb_field(p, "VmHWM") for p in pids)])
        tree_pss = max(tree_pss, sum(kb_field(p, "Pss", "smaps_rollup") for p in pids))
        time.sleep(interval)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}:\n{stderr}")
    return {"seconds": round(seconds, 1), "largest_process_mb": round(max(usage.ru_maxrss, any_hwm) / 1024),
            "own_peak_mb": round(own_hwm / 1024), "tree_pss_mb": round(tree_pss / 1024), "processes": processes}


def measure(engine: str, scale: int, tmp: Path, interval: float) -> dict[str, object]:
    folder, db = tmp / f"{scale}x-{engine}", tmp / f"{scale}x-{engine}.sqlite"
    make_copies(CORPUS, folder, scale)
    build = run_measured([*CLI, "build", str(folder), "--db", str(db), "--quiet", "--engine", engine], interval)
    resolve = run_measured([*CLI, "resolve", "--db", str(db)], interval)
    row = {"engine": engine, "scale": scale, "documents": 2 * scale, "build": build, "resolve": resolve,
           "resolve_share": round(resolve["largest_process_mb"] / build["largest_process_mb"], 2),
           "load_avg": round(os.getloadavg()[0], 2)}
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


def table(rows: list[dict]) -> str:
    out = ["| engine, corpus | build wall | largest process | build process | whole tree (Pss) | processes | "
           "`resolve` alone: peak, wall | resolve / largest |",
           "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        b, s = r["build"], r["resolve"]
        out.append(f"| {r['engine']}, {r['scale']}× ({r['documents']} docs) | {b['seconds']:.0f} s | "
                   f"{b['largest_process_mb']} MB | {b['own_peak_mb']} MB | {b['tree_pss_mb']} MB | {b['processes']} | "
                   f"{s['largest_process_mb']} MB, {s['seconds']:.0f} s | {r['resolve_share']:.2f} |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", nargs="+", type=int, default=[1, 16])
    parser.add_argument("--engines", nargs="+", choices=["local", "ray"], default=["local", "ray"])
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between samples of the process tree")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = [measure(engine, scale, Path(folder), args.interval)
                for scale in sorted(args.scales) for engine in args.engines]
    print(table(rows))
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
