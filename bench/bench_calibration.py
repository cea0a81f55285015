"""How far ask's confidence can be trusted: answers binned by confidence against the share that is right.

Usage: python bench/bench_calibration.py LIFE=KB [LIFE=KB ...]
       (e.g. trotsky=/tmp/lives/trotsky.sqlite grant=/tmp/lives/grant.sqlite, as lives.py --work leaves them)

Each life's public questions are read from ../shared/eval/lives.json and its gold folder; an answer is
right as ../shared/eval/score.py judges it. Prints one markdown table per life.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import prosopograph

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
BINS = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]


def _gold(life: str) -> list[dict]:
    lives = {entry["name"]: entry for entry in json.loads((EVAL / "lives.json").read_text())}
    folder = EVAL / lives[life]["gold"]
    return [json.loads(line) for line in (folder / "qa.jsonl").read_text().splitlines() if line.strip()]


def table(life: str, db: str) -> str:
    sys.path.insert(0, str(EVAL))
    import score  # the scorer's own judgement of a right answer

    kb = prosopograph.open(db)
    rows = []
    for g in _gold(life):
        a = kb.ask(g["question"])
        if a.answer is None:
            rows.append((None, g["answers"] is None))
        else:
            rows.append((a.confidence, g["answers"] is not None and score.answer_matches(
                a.answer, g["answers"], g.get("answer_type", "text"))))
    lines = [f"### {life}", "", "| confidence | answers | right |", "|---|---|---|"]
    for low, high in BINS:
        got = [ok for c, ok in rows if c is not None and low <= c < high]
        share = f"{sum(got) / len(got):.2f}" if got else "–"
        lines.append(f"| {low:.1f}–{min(high, 1.0):.1f} | {len(got)} | {share} |")
    nulls = [ok for c, ok in rows if c is None]
    lines.append(f"| null | {len(nulls)} | {sum(nulls)} of them rightly (the text does not say) |")
    return "\n".join(lines)


def main() -> None:
    for arg in sys.argv[1:]:
        life, db = arg.split("=", 1)
        print(table(life, db), end="\n\n")


if __name__ == "__main__":
    main()
