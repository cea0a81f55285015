"""Facts of two or more sources with the same key, side by side: each source's value, the label and why."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from ..model import Claim, Fact
from .values import Judge, Verdict, combine

WORST_FIRST: dict[bool | str, int] = {False: 0, "partial": 1, True: 2}


def fact_claims(facts: list[Fact], judge: Judge, rank: dict[int, int]) -> list[Claim]:
    """One claim per key that two or more sources give a value of, sources in `rank` order (longer first)."""
    by_key: dict[tuple[object, ...], dict[int, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        by_key[f.key][f.document_id].append(f)
    found: list[tuple[tuple[int, int], Claim]] = []
    for per_document in by_key.values():
        if len(per_document) < 2:
            continue
        documents = sorted(per_document, key=lambda d: rank.get(d, len(rank)))
        chosen = [_representative(per_document[d], per_document, judge) for d in documents]
        found.append(((rank.get(documents[0], 0), chosen[0].sentence_id), claim_of(chosen, judge)))
    return [claim for _, claim in sorted(found, key=lambda t: t[0])]


def claim_of(chosen: list[Fact], judge: Judge) -> Claim:
    """The claim of one fact as each source gives it: labelled by the worst of every two of them."""
    verdicts = [(i, j, judge.compare(chosen[i], chosen[j])) for i, j in combinations(range(len(chosen)), 2)]
    label = combine([v.agree for _, _, v in verdicts])
    worst = min(verdicts, key=lambda t: WORST_FIRST[t[2].agree])[2]
    return Claim(chosen[0].about, label, tuple(f.sentence_id for f in chosen), tuple(f.shown for f in chosen),
                 worst.reason, tuple((i, j, v.agree) for i, j, v in verdicts))


def _representative(own: list[Fact], per_document: dict[int, list[Fact]], judge: Judge) -> Fact:
    """The one of a source's facts of a key that the other sources bear out best (a source may give a
    value twice, or two values: one of them is what it says)."""
    if len(own) == 1:
        return own[0]
    others = [f for d, fs in per_document.items() if d != own[0].document_id for f in fs]

    def support(f: Fact) -> tuple[int, int]:
        verdicts = [judge.compare(f, g) for g in others]
        return (-sum(WORST_FIRST[v.agree] for v in verdicts), f.sentence_id)
    return min(own, key=support)


def sentence_verdict(ours: list[Fact], theirs: list[Fact], judge: Judge) -> list[Verdict]:
    """How the facts two sentences both give a value of compare."""
    return [judge.compare(a, b) for a in ours for b in theirs if a.key == b.key]
