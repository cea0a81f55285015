"""Annotation cost on the shared corpus: the bare spaCy pass, the whole build, and their ratio.

    python bench/bench_annotate.py [SOURCE_FOLDER]

The bare pass loads the same reduced pipeline the build uses and runs it over the same cleaned
passages with the same number of processes; the whole build adds reading, cleaning, storing and
corpus resolution.
Prints one JSON object; figures are kept in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import prosopograph
from prosopograph.ingest import discover, load_bytes
from prosopograph.nlp import Annotator
from prosopograph.pipeline import prepare_document
from prosopograph.settings import Limits

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", nargs="?", default=str(DEFAULT))
    args = parser.parse_args()
    limits = Limits()
    files, _ = discover([args.source], limits)
    docs = [prepare_document(f, load_bytes(f, limits), limits) for f in files]
    words = sum(d.n_words for d in docs)

    started = time.perf_counter()
    annotator = Annotator(processes=limits.workers)
    mentions = sum(len(annotator.annotate(d)) for d in docs)
    bare_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        prosopograph.build([args.source], Path(tmp) / "kb.sqlite", limits)
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        prosopograph.build([args.source], Path(tmp) / "kb.sqlite", limits)
        rebuild_s = time.perf_counter() - started

    print(json.dumps({
        "sources": len(files), "words": words, "mentions": mentions, "processes": limits.workers,
        "bare_spacy_s": round(bare_s, 2), "annotation_words_per_s": round(words / bare_s),
        "build_s": round(build_s, 2), "build_words_per_s": round(words / build_s),
        "build_over_bare_spacy": round(build_s / bare_s, 3),
        "rebuild_unchanged_s": round(rebuild_s, 3),
        "peak_rss_mb": round(peak_mb()),
    }, indent=2))


if __name__ == "__main__":
    main()
