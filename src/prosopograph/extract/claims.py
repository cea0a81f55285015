"""Claims two or more sources make about the same fact, and whether they agree.

Two kinds: the facts each source states (extract/facts.py), aligned by what they are about and labelled
by their values (extract/align.py, extract/values.py); and parallel tellings, the sentences of two
sources that tell the same thing, side by side. For every sentence, the sentence of each longer source
that shares most with it — the same people and places (the book's ubiquitous subject counts little),
the same date, the same content words — is its counterpart when the match is strong enough;
candidates are looked up in one index of the corpus by rare names, dates and words, so the cost grows
linearly with the corpus. A parallel telling takes its label from the facts the two sentences hold: a
conflicting value disagrees, a value one of them states more precisely is partial, otherwise they
agree. Word overlap finds the pair but labels nothing; two sentences whose dates lie years apart and
that share no fact tell two things, not one.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from ..model import NAME_KINDS, Claim, Fact, MentionRecord, ResolvedEntity, SentenceRecord
from ..nlp.wordnet import WordNet
from ..text import STOP_WORDS, fold
from .align import fact_claims, sentence_verdict
from .events import Event
from .facts import scene_days
from .values import Judge, Verdict, combine

MIN_SCORE = 0.45
"""How much a pair of sentences must share to be taken for the same fact."""
MIN_SHARED_WORDS = 2
"""Content words two sentences that name no one alike and give no date alike must share to be one thing told."""
MAX_SOURCES = 3
"""A sentence is paired with its counterparts in at most this many other sources, the closest ones."""
MAX_CANDIDATES = 40
"""Sentences of other sources a sentence is scored against at most, found through its rarest features first."""
MAX_POSTINGS = {"entity": 120, "date": 120, "word": 25}
"""A name, date or rare word found in more sentences than this says nothing about which of them match
(the book's subject, a common word): it finds no candidates. With the two limits above, this keeps the
comparison's cost and output linear in the corpus."""
SCENE_WORDS = 0.1
"""Word overlap (Jaccard, short words too) at which two sentences that tell one day in two sources tell
the same moment of it, though they name no one alike ('the old man fought back', 'the old man resisted')."""
MAX_SCENE = 60
"""Sentences of one source's telling of a day looked at, at most: a day a source dwells on for pages says
little more."""
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_SHORT_WORD = re.compile(r"[a-z]{3,}")
_NO_DATES: frozenset[str] = frozenset()
"""One empty set for the many sentences that give no date."""


@dataclass
class _Features:
    """What the comparison knows of each paragraph sentence, by sentence id."""

    entities: list[ResolvedEntity]
    named: dict[int, set[int]]
    """The people, places and bodies a sentence names (indexes into `entities`)."""
    weight: dict[int, float]
    dated: dict[int, list[Event]]
    precise: dict[int, frozenset[str] | set[str]]
    words: dict[int, tuple[str, ...]]
    """The content words of a sentence, in their dictionary forms, once each (a tuple takes a fifth of a set's
    memory)."""

    def keys(self, sid: int) -> set[tuple[str, object]]:
        """What a sentence can be found by: the people, places and bodies it names, its dates, its words."""
        return ({("entity", e) for e in self.named[sid]} | {("date", iso) for iso in self.precise[sid]}
                | {("word", w) for w in self.words[sid]})


def compare_sources(sentences: list[SentenceRecord], mentions: list[MentionRecord], entities: list[ResolvedEntity],
                    events: list[Event], facts: list[Fact], judge: Judge) -> list[Claim]:
    """Claims that two or more sources make about the same fact, with whether they agree: the facts they
    state first, then the sentences that tell the same thing."""
    paragraphs = [s for s in sentences if s.kind == "paragraph"]
    size = Counter(s.document_id for s in paragraphs)
    rank = {doc: i for i, doc in enumerate(sorted(size, key=lambda d: (-size[d], d)))}  # longer source first
    stated = fact_claims(facts, judge, rank)
    told = {frozenset(c.sentence_ids) for c in stated}
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_sentence[fact.sentence_id].append(fact)
    names = [m for m in mentions if m.kind in NAME_KINDS]
    parallel = [c for c in _parallel(paragraphs, names, entities, events, rank, by_sentence, judge)
                if not any(frozenset(c.sentence_ids) <= t for t in told)]
    return stated + parallel


def _parallel(paragraphs: list[SentenceRecord], mentions: list[MentionRecord], entities: list[ResolvedEntity],
              events: list[Event], rank: dict[int, int], facts: dict[int, list[Fact]], judge: Judge) -> list[Claim]:
    """Pairs of sentences of two sources that tell the same thing, labelled by the facts they hold."""
    f = _features(paragraphs, mentions, entities, events, judge.wordnet)
    # a sentence's keys are made again when it is looked up: keeping them all doubles the features' memory
    index: dict[tuple[str, object], list[SentenceRecord]] = defaultdict(list)
    for s in paragraphs:
        for key in f.keys(s.id):
            index[key].append(s)
    found = list(_scene_pairs(paragraphs, f, rank, facts, judge, scene_days(paragraphs, events)))
    for b in paragraphs:
        pairs = [(score, doc, claim) for doc, candidates in _candidates(b, f.keys(b.id), index, rank).items()
                 for score, claim in _counterparts(b, candidates, f, facts, judge)]
        best: dict[int, float] = {}
        for score, doc, _ in pairs:
            best[doc] = max(score, best.get(doc, score))
        kept = sorted(best, key=lambda d: (-best[d], rank[d]))[:MAX_SOURCES]
        found += [((rank[doc], rank[b.document_id], b.start), claim) for _, doc, claim in pairs if doc in kept]
    paired: set[tuple[int, ...]] = set()
    out = []
    for _, claim in sorted(found, key=lambda t: t[0]):
        if claim.sentence_ids not in paired:
            paired.add(claim.sentence_ids)
            out.append(claim)
    return out


def _candidates(b: SentenceRecord, keys: set[tuple[str, object]],
                index: dict[tuple[str, object], list[SentenceRecord]],
                rank: dict[int, int]) -> dict[int, list[SentenceRecord]]:
    """Sentences of longer sources that share a telling feature with `b`, by document, rarest features first."""
    by_doc: dict[int, dict[int, SentenceRecord]] = defaultdict(dict)
    found = 0
    for key in sorted(keys, key=lambda k: len(index[k])):
        postings = index[key]
        if len(postings) > MAX_POSTINGS[key[0]]:
            continue
        for a in postings:
            if rank[a.document_id] < rank[b.document_id] and a.id not in by_doc[a.document_id]:
                by_doc[a.document_id][a.id] = a
                found += 1
        if found >= MAX_CANDIDATES:
            break
    return {doc: list(sentences.values()) for doc, sentences in by_doc.items()}


def _features(paragraphs: list[SentenceRecord], mentions: list[MentionRecord], entities: list[ResolvedEntity],
              events: list[Event], wordnet: WordNet | None) -> _Features:
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    named: dict[int, set[int]] = defaultdict(set)
    for m in mentions:
        if m.id in entity_of and entities[entity_of[m.id]].type in ("PERSON", "PLACE", "ORG"):
            named[m.sentence_id].add(entity_of[m.id])
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        spans[m.sentence_id].append((m.start, m.end))
    dated: dict[int, list[Event]] = defaultdict(list)
    for ev in events:
        dated[ev.sentence_id].append(ev)
    return _Features(entities, named, _entity_weights(named), dated,
                     {s.id: _precise_dates(dated.get(s.id, [])) or _NO_DATES for s in paragraphs},
                     {s.id: _content_words(_unnamed(s, spans[s.id]), _WORD, wordnet) for s in paragraphs})


def _unnamed(s: SentenceRecord, spans: list[tuple[int, int]]) -> str:
    """The sentence with the names it gives blanked: names are compared as entities, not again as words."""
    text = s.text
    for start, end in sorted(spans, reverse=True):
        a, b = max(start - s.start, 0), min(end - s.start, len(text))
        if a < b:
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _counterparts(b: SentenceRecord, candidates: list[SentenceRecord], f: _Features, facts: dict[int, list[Fact]],
                  judge: Judge) -> list[tuple[float, Claim]]:
    """Claims, with their scores, pairing `b` with its counterparts among `candidates` (one longer source)."""
    scored = []
    for a in candidates:
        words = _jaccard(f.words[a.id], f.words[b.id])
        score = (sum(f.weight[e] for e in f.named[a.id] & f.named[b.id]) + 2 * words
                 + _same_date(f.precise[a.id], f.precise[b.id]))
        scored.append((score, words, a))
    # the counterpart that shares most, and the one worded most alike when that is another sentence
    picks = [min(scored, key=lambda t: (-t[0], t[2].start)), min(scored, key=lambda t: (-t[1], t[2].start))]
    out = []
    for score, words, a in {p[2].id: p for p in picks}.values():
        if score < MIN_SCORE or (words < 0.08 and not _same_date(f.precise[a.id], f.precise[b.id])):
            continue
        if _by_chance(a.id, b.id, f):
            continue
        verdicts = _verdicts(f.dated[a.id], f.dated[b.id], facts[a.id], facts[b.id], judge)
        if verdicts is not None:
            out.append((score, _told_twice(a, b, f, verdicts)))
    return out


def _by_chance(a: int, b: int, f: _Features) -> bool:
    """Whether two sentences share only one word and nothing else: no one named in both, no date of both.
    One word ('died', 'troops') is common to many things told; alone it pairs two deaths of two people."""
    if f.named[a] & f.named[b] or _same_date(f.precise[a], f.precise[b]):
        return False
    return len(set(f.words[a]).intersection(f.words[b])) < MIN_SHARED_WORDS


def _told_twice(a: SentenceRecord, b: SentenceRecord, f: _Features, verdicts: list[Verdict]) -> Claim:
    """The claim of two sentences that tell one thing, labelled by the facts they both give a value of."""
    shared_names = sorted(f.named[a.id] & f.named[b.id], key=lambda e: -f.weight[e])
    subject = ", ".join(f.entities[e].name for e in shared_names[:3])
    label = combine([v.agree for v in verdicts])
    reason = next((v.reason for v in verdicts if v.agree == label), "no fact of one contradicts the other")
    # interned: many sources tell one sentence alike, and a corpus of editions makes one wording many claims
    return Claim(sys.intern(f"{subject}: {_short(b.text)}" if subject else _short(b.text)), label, (a.id, b.id),
                 reason=sys.intern(reason))


def _scene_pairs(paragraphs: list[SentenceRecord], f: _Features, rank: dict[int, int], facts: dict[int, list[Fact]],
                 judge: Judge, days: dict[int, str]) -> Iterator[tuple[tuple[int, int, int], Claim]]:
    """Sentences of two sources that tell the same day and share most of their wording: one moment told twice."""
    by_day: dict[str, dict[int, list[SentenceRecord]]] = defaultdict(lambda: defaultdict(list))
    for s in paragraphs:
        if s.id in days and len(by_day[days[s.id]][s.document_id]) < MAX_SCENE:
            by_day[days[s.id]][s.document_id].append(s)
    words = {s.id: set(_content_words(s.text, _SHORT_WORD, judge.wordnet))
             for per_document in by_day.values() for told in per_document.values() for s in told}
    for per_document in by_day.values():
        for doc_b, told in per_document.items():
            for doc_a in (d for d in per_document if rank[d] < rank[doc_b]):
                for b in told:
                    j, shared, a = max(((_jaccard(words[a.id], words[b.id]), len(words[a.id] & words[b.id]), a)
                                        for a in per_document[doc_a]), key=lambda t: (t[0], -t[2].start))
                    verdicts = _verdicts(f.dated[a.id], f.dated[b.id], facts[a.id], facts[b.id], judge)
                    if j >= SCENE_WORDS and shared >= 2 and verdicts is not None:
                        yield (rank[doc_a], rank[doc_b], b.start), _told_twice(a, b, f, verdicts)


def _verdicts(a: list[Event], b: list[Event], ours: list[Fact], theirs: list[Fact],
              judge: Judge) -> list[Verdict] | None:
    """How the dates and facts two sentences both give compare; None when their dates lie years apart and
    no fact joins them: two things told, not one told twice."""
    verdicts = sentence_verdict(ours, theirs, judge)
    da = {e.dated.value.to_gregorian().iso() for e in a if e.dated.value.precision in ("day", "month", "year")}
    db = {e.dated.value.to_gregorian().iso() for e in b if e.dated.value.precision in ("day", "month", "year")}
    if da and db:
        same = sorted(da & db)
        within = sorted(max(x, y, key=len) for x in da for y in db if x != y and (x.startswith(y) or y.startswith(x)))
        if same:
            verdicts.append(Verdict(True, f"the same date: {same[0]}"))
        elif within:
            verdicts.append(Verdict("partial", f"{within[0]} is more precise than the other's date"))
        elif {x[:4] for x in da} & {y[:4] for y in db}:
            verdicts.append(Verdict(False, f"different dates: {', '.join(sorted(da))} / {', '.join(sorted(db))}"))
        elif not verdicts:
            return None
    return verdicts


def _precise_dates(events: list[Event]) -> set[str]:
    """Day- and month-precise dates a sentence writes out (not 'that week'), in the Gregorian calendar."""
    return {e.dated.value.to_gregorian().iso() for e in events
            if e.dated.value.precision in ("day", "month") and re.search(r"\d", e.dated.text)}


def _same_date(ia: set[str], ib: set[str]) -> float:
    if not (ia and ib):
        return 0.0
    return 1.0 if ia & ib else 0.5 if any(x.startswith(y) or y.startswith(x) for x in ia for y in ib) else 0.0


def _entity_weights(named: dict[int, set[int]]) -> dict[int, float]:
    """Rarer entities say more: one named in every other sentence (the subject) counts little."""
    counts: Counter[int] = Counter(e for group in named.values() for e in group)
    total = max(len(named), 1)
    return defaultdict(float, {e: 1.0 / (1.0 + 20.0 * n / total) for e, n in counts.items()})


def _content_words(text: str, pattern: re.Pattern[str], wordnet: WordNet | None) -> tuple[str, ...]:
    """The words of a text that are no stop words, each in its dictionary form ('was killed' → kill), once
    each; interned, since a few thousand recur across a corpus's sentences."""
    words = {w for w in pattern.findall(fold(text)) if w not in STOP_WORDS}
    return tuple({sys.intern(wordnet.lemma(w)) for w in words} if wordnet is not None else words)


def _jaccard(a: Collection[str], b: Collection[str]) -> float:
    """Shared items over all items, of two collections each without repeats."""
    if not (a and b):
        return 0.0
    shared = len(set(a).intersection(b))
    return shared / (len(a) + len(b) - shared)


def _short(text: str, words: int = 14) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
