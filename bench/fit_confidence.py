"""Fit ask's confidence model on the public lives and write it to the package (query/data/confidence.json).

Usage: python bench/fit_confidence.py LIFE=KB[=GOLD] [LIFE=KB[=GOLD] ...] [--features a,b,c] [--dry-run]
       (e.g. trotsky=/tmp/lives/trotsky.sqlite grant=/tmp/lives/grant.sqlite, as lives.py --work leaves them; a
       GOLD folder holds a qa.jsonl of one's own, in score.py's format, for a book or questions not public)

Each life's public questions are asked with no answer withheld; an answer is right as ../shared/eval/score.py
judges it (a question the text does not answer is right only as null). A logistic model with an L2 penalty is
fitted on the answers' features. It is first fitted on every life but one and checked on the one left out
(how it does on a life it has not seen), then on every answer but one and checked on that one (how it does
on a new question of a life it knows), then on all of them for the file shipped. The
threshold below which an answer is withheld is the highest that costs no life a right answer; a margin keeps
it clear of the least likely right answer, since the public lives are few.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import prosopograph
from prosopograph.query.ask import Asker
from prosopograph.query.confidence import MODEL_FILE, Features, Model, inputs

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
OUT = Path(__file__).resolve().parents[1] / "src" / "prosopograph" / "query" / MODEL_FILE
FEATURES = ["record", "coverage", "margin", "rank", "slot"]
"""The model's inputs: at most eight, so that it cannot learn the public questions one by one."""
PENALTY = 1.0
"""L2 weight on the coefficients (not the intercept): with 30-45 answers a life, a model needs holding in."""
MARGIN = 0.05
"""The threshold for null stays this far below the least likely right answer of any life."""
HIGH = 0.8


@dataclass
class Row:
    life: str
    features: Features
    old: float
    """The hand-set confidence the answer had before the model (its ranking score, capped at 1)."""
    right: bool


def _gold(life: str, folder: Path | None = None) -> list[dict]:
    """The life's questions: those of a gold folder given (a set of one's own, in score.py's format), else the public
    one lives.json names."""
    if folder is None:
        lives = {entry["name"]: entry for entry in json.loads((EVAL / "lives.json").read_text())}
        folder = EVAL / lives[life]["gold"]
    return [json.loads(line) for line in (folder / "qa.jsonl").read_text().splitlines() if line.strip()]


def collect(life: str, db: str, gold: Path | None = None) -> tuple[list[Row], int, int]:
    """The life's answers (features, right or not), its unanswerable questions and how many were left null."""
    sys.path.insert(0, str(EVAL))
    import score  # the scorer's own judgement of a right answer

    kb = prosopograph.open(db)
    asker = Asker(kb.store, Model({}, 0.0, null_below=0.0))  # every answer, none withheld
    rows, unanswerable, abstained = [], 0, 0
    for g in _gold(life, gold):
        a = asker.ask(g["question"])
        if g["answers"] is None:
            unanswerable += 1
            abstained += a.answer is None
        if a.answer is None:
            continue
        right = g["answers"] is not None and score.answer_matches(a.answer, g["answers"], g.get("answer_type", "text"))
        assert a.features is not None
        rows.append(Row(life, a.features, min(a.features.score, 1.0), right))
    return rows, unanswerable, abstained


def matrix(rows: list[Row], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[inputs(r.features)[n] for n in names] for r in rows], dtype=float)
    return x, np.array([float(r.right) for r in rows])


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY) -> tuple[np.ndarray, float]:
    """Penalised maximum likelihood by Newton's method (the intercept is not penalised)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    reg = np.eye(xb.shape[1]) * penalty
    reg[0, 0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg @ w
        hess = xb.T @ (xb * (p * (1 - p))[:, None]) + reg + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w[1:], float(w[0])


def predict(x: np.ndarray, coef: np.ndarray, intercept: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x @ coef + intercept, -30, 30)))


def figures(p: np.ndarray, y: np.ndarray) -> dict[str, object]:
    """Log loss, Brier score, AUC, and the answers at confidence ≥ 0.8 with the share of them right."""
    eps = 1e-6
    loss = float(-np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
    pos, neg = p[y == 1], p[y == 0]
    auc = float(np.mean([(a > b) + 0.5 * (a == b) for a in pos for b in neg])) if len(pos) and len(neg) else math.nan
    high = y[p >= HIGH]
    return {"n": len(y), "log_loss": round(loss, 3), "brier": round(float(np.mean((p - y) ** 2)), 3),
            "auc": round(auc, 3), "high_n": len(high),
            "high_right": round(float(high.mean()), 3) if len(high) else None}


def threshold(rows: list[Row], p: np.ndarray) -> float:
    """The highest threshold (in hundredths) at least MARGIN below every right answer of every life."""
    kept = [pi for r, pi in zip(rows, p) if r.right]
    lowest = min(kept) if kept else 0.0
    return max(0.0, math.floor((lowest - MARGIN) * 100) / 100)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lives", nargs="+", help="LIFE=KB, or LIFE=KB=GOLD_FOLDER for a gold set of one's own")
    ap.add_argument("--features", default=",".join(FEATURES))
    ap.add_argument("--penalty", type=float, default=PENALTY)
    ap.add_argument("--dry-run", action="store_true", help="report only; do not write the model file")
    args = ap.parse_args()
    names = args.features.split(",")
    if len(names) > 8:
        raise SystemExit("at most eight features")
    rows: list[Row] = []
    abstain: dict[str, tuple[int, int]] = {}
    for arg in args.lives:
        life, db, *gold = arg.split("=", 2)
        got, unanswerable, abstained = collect(life, db, Path(gold[0]) if gold else None)
        rows += got
        abstain[life] = (unanswerable, abstained)
    lives = list(dict.fromkeys(r.life for r in rows))
    report: dict[str, object] = {"features": names, "penalty": args.penalty}
    for life in lives:  # fitted on the others, checked on this one
        train = [r for r in rows if r.life != life]
        test = [r for r in rows if r.life == life]
        coef, intercept = fit(*matrix(train, names), penalty=args.penalty)
        x, y = matrix(test, names)
        report[f"held_out_{life}"] = figures(predict(x, coef, intercept), y)
        report[f"old_{life}"] = figures(np.array([r.old for r in test]), y)
    # each answer judged by a model fitted on every other answer of both lives
    x, y = matrix(rows, names)
    loo = np.array([predict(x[i:i + 1], *fit(np.delete(x, i, 0), np.delete(y, i), args.penalty))[0]
                    for i in range(len(rows))])
    for life in lives:
        mask = np.array([r.life == life for r in rows])
        report[f"leave_one_out_{life}"] = figures(loo[mask], y[mask])
    coef, intercept = fit(x, y, penalty=args.penalty)
    p = predict(x, coef, intercept)
    for life in lives:
        mask = np.array([r.life == life for r in rows])
        report[f"in_sample_{life}"] = figures(p[mask], matrix([r for r in rows if r.life == life], names)[1])
    null_below = threshold(rows, p)
    withheld = {life: sum(1 for r, pi in zip(rows, p) if r.life == life and pi < null_below) for life in lives}
    wrong_withheld = {life: sum(1 for r, pi in zip(rows, p) if r.life == life and pi < null_below and not r.right)
                      for life in lives}
    report.update({"weights": dict(zip(names, [round(float(c), 4) for c in coef])), "intercept": round(intercept, 4),
                   "null_below": null_below, "withheld": withheld, "of_them_wrong": wrong_withheld})
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if not args.dry_run:
        model = {"weights": report["weights"], "intercept": report["intercept"], "null_below": null_below,
                 "fitted_on": {life: sum(1 for r in rows if r.life == life) for life in lives},
                 "fitted_by": "bench/fit_confidence.py"}
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
