"""How likely an answer is to be right: a logistic model over its features, fitted by bench/fit_confidence.py."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

MODEL_FILE = "data/confidence.json"


@dataclass
class Features:
    """What is known of an answer where it is made: the inputs of the confidence model."""

    record: bool = False
    """Read from the record (a relation, a life date, a name the text introduced), not from a sentence."""
    score: float = 0.0
    """The ranking score that chose it among the candidates."""
    coverage: float = 1.0
    """The share of the question's words its sentence holds."""
    entities: float = 1.0
    """The share of the question's names its sentence mentions."""
    fit: float = 1.0
    """How well the candidate's kind fits the kind asked (a place labelled as such 1, a capitalised guess less)."""
    slot: bool = False
    """It stands where the question asks: just after the asked-for noun ('the village of X'), or where the
    sentence's parse puts the wh-word ('passed her last years in X' for 'in which port did she pass …')."""
    hops: int = 0
    """Sentences crossed to reach it ('he' in the matched sentence, the name in the one before)."""
    agreeing: int = 1
    """Sentences that give the same answer."""
    rank: int = 0
    """Where its sentence came among those retrieved for the question (0: first)."""
    margin: float = 1.0
    """How far it stands ahead of the next candidate (1 - runner-up score / its score)."""
    kind: str = "text"
    """The kind of answer the question asks for (date, person, place, number, org, work, name, text)."""


def inputs(f: Features) -> dict[str, float]:
    """Every numeric input a model may use, by name; a model file names the few it uses."""
    # a record answer had no rivals and no retrieval: its margin and rank say nothing, its `record` input
    # carries its level instead
    sentence = 0.0 if f.record else 1.0
    return {
        "record": float(f.record), "score": min(f.score, 1.5), "coverage": f.coverage, "entities": f.entities,
        "fit": f.fit, "slot": float(f.slot), "hops": float(f.hops), "agreeing": math.log(max(f.agreeing, 1)),
        "rank": math.log1p(f.rank), "margin": sentence * f.margin, "date": float(f.kind == "date"),
        "number": float(f.kind == "number"), "person": float(f.kind in ("person", "name")),
        "place": float(f.kind == "place"), "thing": float(f.kind in ("org", "work", "text")),
    }


@dataclass(frozen=True)
class Model:
    """A logistic model: the probability is 1 / (1 + exp(-(intercept + sum of weight * input)))."""

    weights: dict[str, float]
    intercept: float
    null_below: float = 0.0
    """An answer less likely than this is withheld (0: none is)."""

    def probability(self, f: Features) -> float:
        x = inputs(f)
        z = self.intercept + sum(w * x[name] for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: dict) -> Model:
        unknown = set(data["weights"]) - set(inputs(Features()))
        if unknown:  # a model file from another version would otherwise fail on the first question
            raise ValueError(f"confidence model names unknown inputs: {sorted(unknown)}")
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data["intercept"]),
                   float(data.get("null_below", 0.0)))


@cache
def shipped() -> Model:
    """The model shipped with the package, read once per process."""
    text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return Model.from_json(json.loads(text))
