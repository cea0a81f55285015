"""Claims two sources make about the same fact, aligned sentence to sentence, and whether they agree.

For every sentence, the sentence of each longer source that shares most with it — the same
people and places (the book's ubiquitous subject counts little), the same date, the same content
words — is its counterpart when the match is strong enough; candidates are looked up in one index
of the corpus by rare names, dates and words, so the cost grows linearly with the corpus. Dates decide
the label where both give one (same → agree; one a more precise form of the other → partial;
different → disagree); otherwise close wording agrees and looser wording is partial.

Sentences that tell the same day in two sources (a scene) are also paired by meaning, and the tools
or weapons they name are compared as the scene's instrument (see `meaning`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Claim, MentionRecord, ResolvedEntity, SentenceRecord
from ..resolve.names import fold
from .events import Event
from .meaning import Instrument, Meanings, sentence_meanings

MIN_SCORE = 0.45
"""How much a pair of sentences must share to be taken for the same fact."""
SAME_WORDING = 0.3
"""Word overlap (Jaccard of stems) above which two sentences say the same thing, not just the same topic."""
MAX_SOURCES = 3
"""A sentence is paired with its counterparts in at most this many other sources, the closest ones."""
MAX_CANDIDATES = 40
"""Sentences of other sources a sentence is scored against at most, found through its rarest features first."""
SCENE_SENTENCES = 15
"""A day the narrative gave stays the day of the sentences after it for this many sentences (in its chapter)."""
SCENE_MEANING = 0.25
"""How alike in meaning two sentences of one scene (one day, two sources) must be to tell the same thing."""
MAX_SCENE = 60
"""Sentences of a scene looked at, at most: a day some source dwells on for pages says little more."""
MAX_SCENE_SOURCES = 8
"""Other sources' tellings of a scene a sentence is compared with, at most (the longest sources)."""
MAX_POSTINGS = {"entity": 120, "date": 120, "stem": 25}
"""A name, date or rare word found in more sentences than this says nothing about which of them match
(the book's subject, a common word): it finds no candidates. With the two limits above, this keeps the
comparison's cost and output linear in the corpus."""
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset("""
that this with from have were been their there which would could about after before when while where into
than then them they what also only such some more most other over under upon again these those being
""".split())


@dataclass
class _Features:
    """What the comparison knows of each paragraph sentence, by sentence id."""

    entities: list[ResolvedEntity]
    named: dict[int, set[int]]
    """The people, places and bodies a sentence names (indexes into `entities`)."""
    weight: dict[int, float]
    dated: dict[int, list[Event]]
    precise: dict[int, set[str]]
    stems: dict[int, set[str]]

    def keys(self, sid: int) -> set[tuple[str, object]]:
        """What a sentence can be found by: the people, places and bodies it names, its dates, its words."""
        return ({("entity", e) for e in self.named[sid]} | {("date", iso) for iso in self.precise[sid]}
                | {("stem", w) for w in self.stems[sid]})


def compare_sources(sentences: list[SentenceRecord], mentions: list[MentionRecord],
                    entities: list[ResolvedEntity], events: list[Event]) -> list[Claim]:
    """Claims that two sources make about the same fact, with whether they agree."""
    paragraphs = [s for s in sentences if s.kind == "paragraph"]
    size = Counter(s.document_id for s in paragraphs)
    rank = {doc: i for i, doc in enumerate(sorted(size, key=lambda d: (-size[d], d)))}  # longer source first
    f = _features(paragraphs, mentions, entities, events)
    keys = {s.id: f.keys(s.id) for s in paragraphs}
    index: dict[tuple[str, object], list[SentenceRecord]] = defaultdict(list)
    for s in paragraphs:
        for key in keys[s.id]:
            index[key].append(s)
    found: list[tuple[tuple[int, int, int], Claim]] = []
    for b, a, claim in _scene_claims(paragraphs, f, rank):
        found.append(((rank[a.document_id], rank[b.document_id], b.start), claim))
    for b in paragraphs:
        pairs = [(score, doc, claim) for doc, candidates in _candidates(b, keys[b.id], index, rank).items()
                 for score, claim in _counterparts(b, candidates, f)]
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


def _scene_claims(paragraphs: list[SentenceRecord], f: _Features,
                  rank: dict[int, int]) -> Iterator[tuple[SentenceRecord, SentenceRecord, Claim]]:
    """Claims of sentences that tell the same day: the one closest in meaning, and the instrument used.

    Two accounts of one scene rarely share names or wording sentence by sentence ('the clerk fought
    off his attacker' against 'he resisted the thief and drove him out'), but they share the day and
    the senses of their words."""
    scene = _scenes(paragraphs, f)
    in_scenes = [s for s in paragraphs if s.id in scene]
    meanings = sentence_meanings(in_scenes)
    by_day: dict[str, dict[int, list[SentenceRecord]]] = defaultdict(lambda: defaultdict(list))
    for s in in_scenes:
        if len(by_day[scene[s.id]][s.document_id]) < MAX_SCENE:
            by_day[scene[s.id]][s.document_id].append(s)
    for b in in_scenes:
        longer = sorted((rank[doc], doc) for doc in by_day[scene[b.id]] if rank[doc] < rank[b.document_id])
        closest: list[tuple[float, int, SentenceRecord, list[SentenceRecord]]] = []
        for _, doc in longer[:MAX_SCENE_SOURCES]:
            same_day = by_day[scene[b.id]][doc]
            similarity = {a.id: meanings.similarity(a.id, b.id) for a in same_day}
            alike = max(same_day, key=lambda a: (similarity[a.id], -a.start))
            closest.append((similarity[alike.id], rank[doc], alike, same_day))
        for similarity, _, alike, same_day in sorted(closest, key=lambda t: (-t[0], t[1]))[:MAX_SOURCES]:
            if similarity >= SCENE_MEANING:
                words = _jaccard(f.stems[alike.id], f.stems[b.id])
                yield b, alike, Claim(_short(b.text), _label(f.dated[alike.id], f.dated[b.id], words),
                                      (alike.id, b.id))
            for theirs in meanings.instruments.get(b.id, []):
                found = _instrument_counterpart(theirs, same_day, meanings)
                if found is not None:
                    a, ours, label = found
                    yield b, a, Claim(f"with what: {ours.word} / {theirs.word} — {_short(b.text)}", label,
                                      (a.id, b.id))


def _instrument_counterpart(theirs: Instrument, scene: list[SentenceRecord],
                            meanings: Meanings) -> tuple[SentenceRecord, Instrument, bool | str] | None:
    """The instrument of a scene of another source closest to `theirs`, where it is first named, and
    whether the two agree (the same thing), partly (two names that may be one thing) or not at all."""
    named: list[tuple[Instrument, SentenceRecord]] = []
    for s in scene:
        for ours in meanings.instruments.get(s.id, []):
            # 'the knife' after 'a pocket knife' is the same knife
            if not any(ours.word in (earlier.word, earlier.head) for earlier, _ in named):
                named.append((ours, s))
    near = [(d, i, ours, s) for i, (ours, s) in enumerate(named) if (d := ours.distance(theirs)) is not None]
    if near:
        distance, _, ours, s = min(near, key=lambda t: (t[0], t[1]))
        return s, ours, True if distance == 0 else "partial"
    return (named[0][1], named[0][0], False) if named else None


def _scenes(paragraphs: list[SentenceRecord], f: _Features) -> dict[int, str]:
    """The day each sentence tells of (ISO): one it gives, or the last one its chapter gave a few
    sentences before, unless a date since ('in October 1917') has moved the story elsewhere."""
    out: dict[int, str] = {}
    day, since, where = "", 0, (-1, None)
    for s in sorted(paragraphs, key=lambda s: (s.document_id, s.start)):
        values = [e.dated.value for e in f.dated[s.id] if e.dated.value.precision in ("day", "month", "year")]
        dates = [v.to_gregorian().iso() for v in values]
        days = sorted(v.to_gregorian().iso() for v in values if v.precision == "day")
        if days:
            day, since = days[-1], 0
        elif (s.document_id, s.chapter_id) == where and all(day.startswith(iso) for iso in dates):
            since += 1
        else:
            day = ""
        where = (s.document_id, s.chapter_id)
        if day and since <= SCENE_SENTENCES:
            out[s.id] = day
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
              events: list[Event]) -> _Features:
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    named: dict[int, set[int]] = defaultdict(set)
    for m in mentions:
        if m.id in entity_of and entities[entity_of[m.id]].type in ("PERSON", "PLACE", "ORG"):
            named[m.sentence_id].add(entity_of[m.id])
    dated: dict[int, list[Event]] = defaultdict(list)
    for ev in events:
        dated[ev.sentence_id].append(ev)
    return _Features(entities, named, _entity_weights(named), dated,
                     {s.id: _precise_dates(dated[s.id]) for s in paragraphs},
                     {s.id: _stems(s.text) for s in paragraphs})


def _counterparts(b: SentenceRecord, candidates: list[SentenceRecord], f: _Features) -> list[tuple[float, Claim]]:
    """Claims, with their scores, pairing `b` with its counterparts among `candidates` (one longer source)."""
    scored = []
    for a in candidates:
        words = _jaccard(f.stems[a.id], f.stems[b.id])
        score = (sum(f.weight[e] for e in f.named[a.id] & f.named[b.id]) + 2 * words
                 + _same_date(f.precise[a.id], f.precise[b.id]))
        scored.append((score, words, a))
    # the counterpart that shares most, and the one worded most alike when that is another sentence
    picks = [min(scored, key=lambda t: (-t[0], t[2].start)), min(scored, key=lambda t: (-t[1], t[2].start))]
    out = []
    for score, words, a in {p[2].id: p for p in picks}.values():
        if score < MIN_SCORE or (words < 0.08 and not _same_date(f.precise[a.id], f.precise[b.id])):
            continue
        shared_names = sorted(f.named[a.id] & f.named[b.id], key=lambda e: -f.weight[e])
        subject = ", ".join(f.entities[e].name for e in shared_names[:3])
        out.append((score, Claim(f"{subject}: {_short(b.text)}" if subject else _short(b.text),
                                 _label(f.dated[a.id], f.dated[b.id], words), (a.id, b.id))))
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


def _same_date(ia: set[str], ib: set[str]) -> float:
    if not (ia and ib):
        return 0.0
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
