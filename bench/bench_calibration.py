"""How far ask's confidence can be trusted: answers binned by confidence against the share that is right.

Usage: python bench/bench_calibration.py LIFE=KB [LIFE=KB ...]
       (e.g. trotsky=/tmp/lives/trotsky.sqlite grant=/tmp/lives/grant.sqlite, as lives.py --work leaves them)

Each life's public questions are read from ../shared/eval/lives.json and its gold folder; an answer is
right as ../shared/eval/score.py judges it. Prints one markdown table, a pair of columns per life, and
whether the answers given with confidence ≥ 0.8 are right at least 90 % of the time on each life.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import prosopograph

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
BINS = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
HIGH = 0.8


def _gold(life: str) -> list[dict]:
    lives = {entry["name"]: entry for entry in json.loads((EVAL / "lives.json").read_text())}
    folder = EVAL / lives[life]["gold"]
    return [json.loads(line) for line in (folder / "qa.jsonl").read_text().splitlines() if line.strip()]


def answers(life: str, db: str) -> list[tuple[float | None, bool, bool]]:
    """(confidence, or None for a null answer; whether it is right; whether the gold says the text does not tell)."""
    sys.path.insert(0, str(EVAL))
    import score  # the scorer's own judgement of a right answer

    kb = prosopograph.open(db)
    rows = []
    for g in _gold(life):
        a = kb.ask(g["question"])
        if a.answer is None:
            rows.append((None, g["answers"] is None, g["answers"] is None))
        else:
            rows.append((a.confidence, g["answers"] is not None and score.answer_matches(
                a.answer, g["answers"], g.get("answer_type", "text")), g["answers"] is None))
    return rows


def table(lives: dict[str, list[tuple[float | None, bool, bool]]]) -> str:
    """One markdown table, a pair of columns per life, and whether confidence ≥ HIGH is right ≥ 90 % on each."""
    head = "| confidence | " + " | ".join(f"{life}: answers | right" for life in lives) + " |"
    lines = [head, "|---|" + "---|---|" * len(lives)]
    for low, high in BINS:
        cells = []
        for rows in lives.values():
            got = [ok for c, ok, _ in rows if c is not None and low <= c < high]
            cells += [str(len(got)), f"{sum(got) / len(got):.2f}" if got else "–"]
        lines.append(f"| {low:.1f}–{min(high, 1.0):.1f} | " + " | ".join(cells) + " |")
    cells = []
    for rows in lives.values():
        nulls = [unsaid for c, _, unsaid in rows if c is None]
        cells += [f"{len(nulls)} ({sum(nulls)} rightly)", ""]
    lines.append("| null | " + " | ".join(cells) + " |")
    lines.append("")
    for life, rows in lives.items():
        got = [ok for c, ok, _ in rows if c is not None and c >= HIGH]
        share = sum(got) / len(got) if got else float("nan")
        verdict = "holds" if got and share >= 0.9 else "does not hold"
        lines.append(f"- {life}: confidence ≥ {HIGH} on {len(got)} answers, {sum(got)} right ({share:.0%}): "
                     f"≥ 90 % {verdict}")
    return "\n".join(lines)


def main() -> None:
    lives = {}
    for arg in sys.argv[1:]:
        life, db = arg.split("=", 1)
        lives[life] = answers(life, db)
    print(table(lives))


if __name__ == "__main__":
    main()
