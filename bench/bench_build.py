"""Build throughput on the shared corpus: read+clean+segment alone, the whole build, a rebuild, search.

    python bench/bench_build.py [SOURCE_FOLDER] [--repeat N]

Prints one JSON object; figures are kept in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

import prosopograph
from prosopograph.ingest import discover, load_bytes
from prosopograph.pipeline import prepare_document
from prosopograph.settings import Limits

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    limits = Limits()
    files, _ = discover([args.source], limits)
    data = [(f, load_bytes(f, limits)) for f in files]
    mb = sum(len(d) for _, d in data) / 1e6

    prepare_document(*data[0], limits)  # imports and caches warmed
    started = time.perf_counter()
    for _ in range(args.repeat):
        docs = [prepare_document(f, d, limits) for f, d in data]
    prepare_s = (time.perf_counter() - started) / args.repeat
    words = sum(doc.n_words for doc in docs)

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kb.sqlite"
        started = time.perf_counter()
        prosopograph.build([args.source], db, limits)
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        report = prosopograph.build([args.source], db, limits)
        rebuild_s = time.perf_counter() - started
        assert report.count("unchanged") == len(files)

        vocab = sorted(set(re.findall(r"\b[A-Za-z]{5,}\b", " ".join(doc.text for doc in docs))))
        rng = random.Random(1)
        queries = [" ".join(rng.sample(vocab, rng.randint(1, 3))) for _ in range(200)]
        latencies = []
        with prosopograph.open(db) as kb:
            for q in queries:
                t = time.perf_counter()
                kb.search(q)
                latencies.append((time.perf_counter() - t) * 1000)
        latencies.sort()

    print(json.dumps({
        "sources": len(files), "megabytes": round(mb, 3), "words": words,
        "prepare_mb_per_s": round(mb / prepare_s, 1), "prepare_words_per_s": round(words / prepare_s),
        "build_s": round(build_s, 3), "build_mb_per_s": round(mb / build_s, 2),
        "rebuild_unchanged_s": round(rebuild_s, 3),
        "search_ms_p50": round(statistics.median(latencies), 2),
        "search_ms_p95": round(latencies[int(0.95 * len(latencies))], 2),
    }, indent=2))


if __name__ == "__main__":
    main()
