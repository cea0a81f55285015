"""How build cost grows with the corpus: 1×, 4× and 16× the shared corpus, local and Ray.

    python bench/bench_scale.py [SOURCE_FOLDER] [--scales 1 4 16] [--ray-scales 1 4 16]

The larger corpora are distinct documents, not copies the content hash would skip: the corpus's
text files are cut into chunks of about 30 k characters at paragraph breaks, and each "edition"
shuffles the chunks and groups them three to a document. Scale N is editions 0..N-1, so each
size holds the one before it.

For each size, in a fresh process each: the whole build (read, clean, annotate, store, resolve)
with the local engine; its words per second and peak memory (largest of the build process and its
workers); corpus resolution alone; the bare spaCy pass over the same passages (model load
included, the same number of processes); question and search latency on the result; and the build
with the Ray engine (Ray's start included). Then the growth exponent: the slope of log(build time)
against log(words). Prints one JSON object; figures are kept in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CHUNK_CHARS = 30_000


def make_corpus(source: Path, folder: Path, scale: int) -> None:
    """Editions 0..scale-1 of the source's text files, chunks shuffled and regrouped, one file per document."""
    chunks: list[str] = []
    for path in sorted(source.iterdir()):
        if path.suffix in (".txt", ".md"):
            chunks += _chunks(path.read_text(encoding="utf-8"))
    folder.mkdir(parents=True)
    for edition in range(scale):
        order = list(range(len(chunks)))
        random.Random(edition).shuffle(order)
        for part, at in enumerate(range(0, len(order), 3)):
            text = "\n\n".join(chunks[i] for i in order[at:at + 3])
            (folder / f"e{edition:02d}-p{part:02d}.txt").write_text(text, encoding="utf-8")


def _chunks(text: str) -> list[str]:
    out, start = [], 0
    while start < len(text):
        cut = text.find("\n\n", start + CHUNK_CHARS)
        end = len(text) if cut < 0 else cut
        out.append(text[start:end].strip())
        start = end
    return [c for c in out if c]


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def measure_build(folder: str, db: str, engine: str) -> dict[str, float]:
    import prosopograph
    from prosopograph.build import resolve_corpus
    from prosopograph.settings import Limits

    started = time.perf_counter()
    report = prosopograph.build([folder], db, Limits(), engine=engine)
    seconds = time.perf_counter() - started
    words = sum(o.words for o in report.outcomes)
    out = {"build_s": round(seconds, 2), "words": words, "documents": report.count("added"),
           "words_per_s": round(words / seconds), "peak_mb": peak_mb()}
    if engine == "local":
        started = time.perf_counter()
        resolve_corpus(db)
        out["resolve_s"] = round(time.perf_counter() - started, 2)
    return out


def measure_spacy(folder: str) -> dict[str, float]:
    """The bare spaCy pass over the same passages, as the local engine runs it (model load included)."""
    from prosopograph.ingest import discover, load_bytes
    from prosopograph.nlp import Annotator
    from prosopograph.pipeline import prepare_document
    from prosopograph.settings import Limits

    limits = Limits()
    docs = [prepare_document(p, load_bytes(p, limits), limits) for p in discover([folder], limits)[0]]
    started = time.perf_counter()
    annotator = Annotator(processes=limits.workers)
    for doc in docs:
        annotator.annotate(doc)
    return {"spacy_s": round(time.perf_counter() - started, 2)}


def measure_queries(db: str) -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).parent))
    import prosopograph
    from bench_ask import latencies

    ask = latencies(Path(db))
    times = []
    with prosopograph.open(db) as kb:
        words = [e.name for e in kb.people()[:100]]
        for word in words * 2:
            t = time.perf_counter()
            kb.search(word, 10)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"ask_p50_ms": ask["p50_ms"], "ask_p95_ms": ask["p95_ms"],
            "search_p50_ms": round(statistics.median(times), 1),
            "search_p95_ms": round(times[int(0.95 * len(times))], 1)}


def _in_fresh_process(*args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--measure", *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def exponent(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(y) against log(x)."""
    xs, ys = [math.log(x) for x, _ in points], [math.log(y) for _, y in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs), 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", nargs="?", default=str(DEFAULT))
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--ray-scales", type=int, nargs="*", default=[1, 4, 16])
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        kind, *rest = args.measure
        result = {"build": lambda: measure_build(*rest), "spacy": lambda: measure_spacy(*rest),
                  "queries": lambda: measure_queries(*rest)}[kind]()
        print(json.dumps(result))
        return
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for scale in args.scales:
            folder = Path(tmp) / f"x{scale}"
            make_corpus(Path(args.source), folder, scale)
            db = Path(tmp) / f"x{scale}.sqlite"
            row = _in_fresh_process("build", str(folder), str(db), "local")
            row |= _in_fresh_process("spacy", str(folder))
            row["build_over_spacy"] = round(row["build_s"] / row["spacy_s"], 2)
            row |= _in_fresh_process("queries", str(db))
            if scale in args.ray_scales:
                ray = _in_fresh_process("build", str(folder), str(Path(tmp) / f"x{scale}-ray.sqlite"), "ray")
                row["ray_build_s"], row["ray_words_per_s"] = ray["build_s"], ray["words_per_s"]
            out[f"x{scale}"] = row
            print(f"x{scale}: {json.dumps(row)}", file=sys.stderr)
    rows = [r for r in out.values() if isinstance(r, dict)]
    if len(rows) > 1:
        out["growth_exponent_build"] = exponent([(r["words"], r["build_s"]) for r in rows])
        out["growth_exponent_resolve"] = exponent([(r["words"], r["resolve_s"]) for r in rows])
        out["growth_exponent_spacy"] = exponent([(r["words"], r["spacy_s"]) for r in rows])
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
