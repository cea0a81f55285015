"""Claims two sources make about the same fact, aligned sentence to sentence, and whether they agree.

For every sentence of the shorter source, the sentence of the other that shares most with it —
the same people and places (the book's ubiquitous subject counts little), the same date, the same
content words — is its counterpart when the match is strong enough. Dates decide the label where
both give one (same → agree; one a more precise form of the other → partial; different → disagree);
otherwise close wording agrees and looser wording is partial.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..resolve.names import fold
from ..resolve.records import MentionRecord, ResolvedEntity, SentenceRecord
from .events import Event

MIN_SCORE = 0.45
"""How much a pair of sentences must share to be taken for the same fact."""
SAME_WORDING = 0.3
"""Word overlap (Jaccard of stems) above which two sentences say the same thing, not just the same topic."""
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset("""
that this with from have were been their there which would could about after before when while where into
than then them they what also only such some more most other over under upon again these those being
""".split())


@dataclass(frozen=True)
class Claim:
    claim: str
    agree: bool | str
    sentence_ids: tuple[int, ...]
    """One sentence per source, longer source first."""


def compare_sources(sentences: list[SentenceRecord], mentions: list[MentionRecord],
                    entities: list[ResolvedEntity], events: list[Event]) -> list[Claim]:
    """Claims that two sources make about the same fact, with whether they agree."""
    by_doc: dict[int, list[SentenceRecord]] = defaultdict(list)
    for s in sentences:
        if s.kind == "paragraph":
            by_doc[s.document_id].append(s)
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    named: dict[int, set[int]] = defaultdict(set)
    for m in mentions:
        if m.id in entity_of and entities[entity_of[m.id]].type in ("PERSON", "PLACE", "ORG"):
            named[m.sentence_id].add(entity_of[m.id])
    weight = _entity_weights(named)
    dated: dict[int, list[Event]] = defaultdict(list)
    for ev in events:
        dated[ev.sentence_id].append(ev)
    stems = {s.id: _stems(s.text) for s in sentences if s.kind == "paragraph"}
    docs = sorted(by_doc, key=lambda d: -len(by_doc[d]))
    claims: list[Claim] = []
    for i, long_doc in enumerate(docs):
        for short_doc in docs[i + 1:]:
            claims += _align(by_doc[long_doc], by_doc[short_doc], named, weight, dated, stems, entities)
    return claims


def _align(long: list[SentenceRecord], short: list[SentenceRecord], named: dict[int, set[int]],
           weight: dict[int, float], dated: dict[int, list[Event]], stems: dict[int, set[str]],
           entities: list[ResolvedEntity]) -> list[Claim]:
    index: dict[int, list[SentenceRecord]] = defaultdict(list)
    on_date: dict[str, list[SentenceRecord]] = defaultdict(list)
    for s in long:
        for e in named[s.id]:
            index[e].append(s)
        for iso in _precise_dates(dated[s.id]):
            on_date[iso].append(s)
    out: list[Claim] = []
    for b in short:
        candidates = {s.id: s for e in named[b.id] for s in index[e]}
        candidates.update({s.id: s for iso in _precise_dates(dated[b.id]) for s in on_date[iso]})
        scored = []
        for a in candidates.values():
            shared = named[a.id] & named[b.id]
            words = _jaccard(stems[a.id], stems[b.id])
            score = sum(weight[e] for e in shared) + 2 * words + _same_date(dated[a.id], dated[b.id])
            scored.append((score, words, a))
        # the counterpart that shares most, and the one worded most alike when that is another sentence
        picks = sorted(scored, key=lambda t: -t[0])[:1] + sorted(scored, key=lambda t: -t[1])[:1]
        for score, words, a in {id(p[2]): p for p in picks}.values():
            if score < MIN_SCORE or (words < 0.08 and not _same_date(dated[a.id], dated[b.id])):
                continue
            shared = sorted(named[a.id] & named[b.id], key=lambda e: -weight[e])
            subject = ", ".join(entities[e].name for e in shared[:3])
            out.append(Claim(f"{subject}: {_short(b.text)}" if subject else _short(b.text),
                             _label(dated[a.id], dated[b.id], words), (a.id, b.id)))
    return out


def _label(a: list[Event], b: list[Event], words: float) -> bool | str:
    da = [e.dated.value for e in a if e.dated.value.precision in ("day", "month", "year")]
    db = [e.dated.value for e in b if e.dated.value.precision in ("day", "month", "year")]
    if da and db:
        ia, ib = {v.to_gregorian().iso() for v in da}, {v.to_gregorian().iso() for v in db}
        if ia & ib:
            return True
        if any(x.startswith(y) or y.startswith(x) for x in ia for y in ib):
            return "partial"
        if {x[:4] for x in ia} & {y[:4] for y in ib}:
            return False  # the same year, a different month or day
    return True if words >= SAME_WORDING else "partial"


def _precise_dates(events: list[Event]) -> set[str]:
    """Day- and month-precise dates a sentence writes out (not 'that week'), in the Gregorian calendar."""
    return {e.dated.value.to_gregorian().iso() for e in events
            if e.dated.value.precision in ("day", "month") and re.search(r"\d", e.dated.text)}


def _same_date(a: list[Event], b: list[Event]) -> float:
    ia, ib = _precise_dates(a), _precise_dates(b)
    return 1.0 if ia & ib else 0.5 if any(x.startswith(y) or y.startswith(x) for x in ia for y in ib) else 0.0


def _entity_weights(named: dict[int, set[int]]) -> dict[int, float]:
    """Rarer entities say more: one named in every other sentence (the subject) counts little."""
    counts: Counter[int] = Counter(e for group in named.values() for e in group)
    total = max(len(named), 1)
    return defaultdict(float, {e: 1.0 / (1.0 + 20.0 * n / total) for e, n in counts.items()})


def _stems(text: str) -> set[str]:
    return {w[:6] for w in _WORD.findall(fold(text)) if w not in _STOP}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _short(text: str, words: int = 14) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
