"""Question latency in batch mode: the shared corpus, and the same corpus 16 times over.

    python bench/bench_ask.py [SOURCE_FOLDER] [--copies 16]

Questions are made from the knowledge base's own people and places (when born, where, who, what
year...), asked one after another on one open knowledge base, as `ask --file` does. Prints one
JSON object; figures are kept in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import prosopograph
from prosopograph.settings import Limits

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TEMPLATES = ["When was {p} born?", "Where did {p} live?", "Who met {p} in {l}?", "What newspaper did {p} edit?",
             "In what year did {p} arrive in {l}?", "How many children did {p} have?", "Why did {p} leave {l}?"]


def latencies(db: Path, n: int = 200) -> dict[str, float]:
    with prosopograph.open(db) as kb:
        people = [e.name for e in kb.people("PERSON")[:40]]
        places = [e.name for e in kb.people("PLACE")[:20]]
        questions = [t.format(p=people[i % len(people)], l=places[i % len(places)])
                     for i, t in enumerate(TEMPLATES * (n // len(TEMPLATES) + 1))][:n]
        started = time.perf_counter()
        kb.ask(questions[0])  # the first question also reads the alias table
        first_ms = (time.perf_counter() - started) * 1000
        times = []
        for q in questions[1:]:
            t = time.perf_counter()
            kb.ask(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"first_ms": round(first_ms, 1), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(0.95 * len(times))], 1), "questions": len(questions)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", nargs="?", default=str(DEFAULT))
    parser.add_argument("--copies", type=int, default=16)
    args = parser.parse_args()
    texts = [p for p in Path(args.source).iterdir() if p.suffix in (".txt", ".md")]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.sqlite"
        prosopograph.build([args.source], small, Limits())
        out["corpus"] = latencies(small)
        folder = Path(tmp) / "copies"
        folder.mkdir()
        for i in range(args.copies):
            for p in texts:  # each copy differs by one line, so none is skipped as a duplicate
                (folder / f"{i:02d}_{p.name}").write_text(p.read_text(encoding="utf-8") + f"\n\nCopy {i}.\n",
                                                          encoding="utf-8")
        big = Path(tmp) / "big.sqlite"
        started = time.perf_counter()
        prosopograph.build([str(folder)], big, Limits())
        out[f"corpus_x{args.copies}"] = {**latencies(big), "build_s": round(time.perf_counter() - started, 1)}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
