"""Answers to plain questions: the short fact, how sure, and the sentences that support it.

Resolved facts come first (a birth date, a name the text introduced); otherwise the sentences that
best cover the question's words and entities are searched for a candidate of the expected type,
scored by how much of the question its sentence satisfies and how close it stands to the matched
words. Below a threshold the answer is None: the sources were searched and do not say. The confidence is
the probability that the answer is right, from a model fitted on the public lives (confidence.py).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..model import LETTER, Citation
from ..nlp.wordnet import shared
from ..store import EventRow, MentionRow, SentenceHit, Store, fts_query, fts_tokens
from ..text import fold
from ..time.expressions import find_expressions
from .attested import unattested
from .confidence import Features, Model, shipped
from .protagonist import passage_protagonist
from .question import STOPWORDS, Question, analyze
from .record import PRECISION_FIT, date_answer, from_record

THRESHOLD = 0.2
"""Below this score the answer is 'not found'."""
SEARCH_LIMIT = 80
CANDIDATE_SENTENCES = 30
MAX_WORDS = 10
TYPE_LABELS = {"person": {"PERSON"}, "place": {"GPE", "LOC", "FAC"}, "org": {"ORG", "NORP", "LAW"},
               "work": {"WORK_OF_ART", "ORG", "LAW"}, "text": {"WORK_OF_ART", "ORG", "EVENT", "LAW", "FAC", "GPE"},
               "name": {"PERSON"}}
ENTITY_TYPES = {"person": {"PERSON"}, "name": {"PERSON"}, "place": {"PLACE"}, "org": {"ORG"}}
"""The resolved types an answer of each kind may have (a name the resolver did not type may be anything)."""
LETTER_WORDS = frozenset({"letter", "letters", "write", "wrote", "written", "dispatch", "telegram"})
"""Words of a question about a letter itself, which a dateline answers."""
COMMON_PENALTY = 0.15
"""How gently the most-mentioned people are held back as answers to 'who'."""
HEAD_BONUS = 1.3
"""A candidate standing just after the noun the question asks for ('village of X')."""
AGREEMENT = 0.2
"""How much each further sentence giving the same candidate adds, relative to its own score."""
SETTLEMENTS = frozenset({"city", "town", "village", "capital", "port", "country"})
"""Asked for one of these, a region or a building ('the Baltic', 'the cathedral') fits less."""
MORE_CITATIONS = 2
"""Up to this many further sentences that give the same answer are cited too."""
MORE_CITATION_SHARE = 0.5
GROUP = 0.6
"""The weight of a group ('Mexican Communists') as the answer to 'who'."""
OTHER_LABEL = 0.7
"""A named span the model labelled otherwise still counts, less, for places, bodies and works."""
_NUMBER = re.compile(
    r"\b(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)"
    r"(?:[\s-]+(?:votes?\s+to|to|and|hundred|thousand|million))?[\s-]*)+"
    r"(?:\s+(?!of\b|the\b|a\b)[a-z]+)?", re.I)
_QUOTED = re.compile(r"[“\"]([^”\"]{2,60})[”\"]")
_NAMED = re.compile(r"\b(?:named|called|known as)\s+(?:the\s+)?((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'.-]+)*)")
_PRONOUN_START = re.compile(r"^\W*(?:\S+\s+){0,6}?(he|she|they|his|her|him|them)\b", re.I)
MIN_COVERAGE = 0.25
"""A sentence holding less of the question than this is not evidence for an answer."""
CONTEXT_WEIGHT = 0.5
"""How much a question word counts when only the sentence before holds it."""
PREVIOUS_SENTENCE = 0.7
"""The weight of a candidate from the sentence before, when the matched one speaks of 'he' or 'she'."""
_CAPITALIZED = re.compile(r"\b(?:[A-Z][\w’'-]+(?:\s+(?:of|the|de|von|and)?\s*[A-Z][\w’'-]+)*)")


@dataclass
class Answer:
    question: str
    answer: str | None
    answer_type: str
    confidence: float
    citations: list[Citation] = field(default_factory=list)
    iso: str | None = None
    """For dates: the ISO form of the answer, as the source's calendar gives it."""
    features: Features | None = None
    """What the confidence was computed from (of the candidate withheld, for a null answer)."""
    reason: str | None = None
    """Why the answer is null."""


@dataclass
class _Candidate:
    text: str
    score: float
    sentence_id: int
    anchor_sentence_id: int | None = None
    iso: str | None = None
    also: list[int] = field(default_factory=list)
    """Other sentences that give the same answer, best first."""
    features: Features = field(default_factory=Features)

    def __post_init__(self) -> None:
        self.features.fit = self.score  # the score a candidate is made with says how well its kind fits


class Asker:
    """Answers questions against one knowledge base; the alias table is read once, on first use."""

    def __init__(self, store: Store, model: Model | None = None) -> None:
        self.store = store
        self.model = model or shipped()
        self._aliases: dict[str, list[tuple[int, str]]] | None = None

    def ask(self, text: str) -> Answer:
        q = analyze(text)
        entities = self._entities_in(q.text)
        found, reason = self._from_facts(q, entities), "the record does not say"
        if found is None:
            unsaid = self._unsaid(q, entities)
            if unsaid:
                reason = f"no source speaks of {', '.join(unsaid)}"
            else:
                found = self._from_sentences(q, entities)
                reason = "no sentence that holds the question has a candidate of the kind asked"
        if found is None or (found.features.record and not found.text):
            return Answer(q.text, None, q.answer_type, 0.0, reason=reason)
        found.features.kind = q.answer_type
        model = self.model
        p = round(model.probability(found.features), 3)
        if found.score < THRESHOLD:
            return Answer(q.text, None, q.answer_type, p, features=found.features,
                          reason=f"the best candidate, {found.text!r}, holds too little of the question")
        if p < model.null_below:
            return Answer(q.text, None, q.answer_type, p, features=found.features,
                          reason=f"the best candidate, {found.text!r}, is right with probability {p:.2f}, "
                                 f"below {model.null_below:.2f}")
        ids = [found.sentence_id] + ([found.anchor_sentence_id] if found.anchor_sentence_id else [])
        ids += [i for i in found.also if i not in ids][:MORE_CITATIONS]
        cited = self.store.citations(ids)
        return Answer(q.text, _shorten(found.text), q.answer_type, p, [cited[i] for i in ids if i in cited],
                      found.iso, found.features)

    def _unsaid(self, q: Question, entities: list[tuple[str, list[tuple[int, str]]]]) -> list[str]:
        """What the question asks about that no source has a word for (then none answers it)."""
        wordnet = shared()
        named = {w for key, _ in entities for w in key.split()}
        return [] if wordnet is None else unattested(q, named, self.store, wordnet)

    # -- what the question names ------------------------------------------------------------------

    def _alias_index(self) -> dict[str, list[tuple[int, str]]]:
        if self._aliases is None:
            index: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for alias, entity_id, type_ in self.store.alias_table():
                key = fold(alias)
                if key and key not in STOPWORDS and len(key) > 2 and (entity_id, type_) not in index[key]:
                    index[key].append((entity_id, type_))
            self._aliases = dict(index)
        return self._aliases

    def _entities_in(self, text: str) -> list[tuple[str, list[tuple[int, str]]]]:
        """Names in the question that the alias table knows, longest first, not overlapping."""
        words = fold(text).split()
        index = self._alias_index()
        found: list[tuple[str, list[tuple[int, str]]]] = []
        i = 0
        while i < len(words):
            for n in range(min(6, len(words) - i), 0, -1):
                key = " ".join(words[i:i + n])
                if key in index:
                    found.append((key, index[key]))
                    i += n
                    break
            else:
                i += 1
        return found

    # -- resolved facts ---------------------------------------------------------------------------

    def _from_facts(self, q: Question, entities: list[tuple[str, list[tuple[int, str]]]]) -> _Candidate | None:
        people = [(key, group[0][0]) for key, group in entities if group[0][1] == "PERSON"]
        if not people:
            return None
        found = from_record(self.store, q, *people[0])
        if found is None:
            return None
        cand = _Candidate(found.text, found.score, found.sentence_id, found.anchor_sentence_id, found.iso)
        cand.features.record, cand.features.score = True, found.score
        cand.features.hops = found.hops
        if found.text:
            cand.features.coverage = self._record_coverage(q, entities, cand, set(found.cues))
        return cand

    def _record_coverage(self, q: Question, entities: list[tuple[str, list[tuple[int, str]]]],
                         cand: _Candidate, cues: set[str]) -> float:
        """The share of the question's words its names, the record's own words or its sentences account for."""
        # a question asking more than the relation says ('what did his mother call him') is not answered by it
        weights, forms = self._words(q, entities)
        if not weights:
            return 1.0
        ids = [cand.sentence_id] + ([cand.anchor_sentence_id] if cand.anchor_sentence_id else [])
        said = {w for h in self.store.sentences_by_id(ids) for w in fold(h.text).split()}
        return sum(wt for t, wt in weights.items() if wt < 1.0 or t in cues or forms[t] & said) / sum(weights.values())

    def _words(self, q: Question, entities: list[tuple[str, list[tuple[int, str]]]]
               ) -> tuple[dict[str, float], dict[str, set[str]]]:
        """The question's words, weighted (half for words of names), with the forms each may take ('opened')."""
        terms = q.terms + [t for quoted in q.quoted for t in fts_tokens(fold(quoted)) if t not in STOPWORDS]
        entity_words = {w for key, _ in entities for w in key.split()}
        wordnet = shared()
        forms = {t: {f for f in (wordnet.inflections(t) if wordnet and t not in entity_words else {t}) if " " not in f}
                 for t in terms}
        return {t: (0.5 if t in entity_words else 1.0) for t in terms}, forms

    # -- sentences --------------------------------------------------------------------------------

    def _from_sentences(self, q: Question, entities: list[tuple[str, list[tuple[int, str]]]]) -> _Candidate | None:
        weights, forms = self._words(q, entities)
        if not weights:
            return None
        terms = list(weights)
        words = list(dict.fromkeys(terms + sorted(set().union(*forms.values()))))
        hits = self.store.search_sentences(fts_query(words, "any"), SEARCH_LIMIT)
        if not hits:
            return None
        total = sum(weights.values())
        q_entity_ids = {eid for _, group in entities for eid, _ in group}
        # 'It sailed from Hull', 'she won the prize': the sentence before says who or what
        before = {h.id: h for h in self.store.sentences_by_id([h.id - 1 for h in hits])}
        previous = {h.id: before[h.id - 1] for h in hits
                    if h.id - 1 in before and before[h.id - 1].passage_id == h.passage_id}
        scored = sorted(((self._coverage(h, previous.get(h.id), weights, forms, total, q), h) for h in hits),
                        key=lambda x: -x[0])
        top = scored[:CANDIDATE_SENTENCES]
        ids = [h.id for _, h in top] + [p.id for p in previous.values()]
        mentions: dict[int, list[MentionRow]] = defaultdict(list)
        for m in self.store.sentence_mentions(ids):
            mentions[m.sentence_id].append(m)
        events: dict[int, list[EventRow]] = defaultdict(list)
        for e in self.store.sentence_events(ids):
            events[e.sentence_id].append(e)
        best: dict[str, _Candidate] = {}
        support: dict[str, float] = defaultdict(float)
        sightings: dict[str, list[tuple[float, int]]] = defaultdict(list)
        question_folded = fold(q.text)
        for rank, (coverage, hit) in enumerate(top):
            if coverage < MIN_COVERAGE:
                break
            ent_cov = _entity_coverage(mentions[hit.id], entities)
            sentence_score = 0.75 * coverage + 0.25 * ent_cov
            found = self._candidates(q, hit, mentions[hit.id], events[hit.id], q_entity_ids, question_folded)
            for cand in found:
                cand.score *= sentence_score * _proximity(hit.text, cand.text, weights)
                if q.head and _follows_head(hit.text, cand.text, q.head):
                    cand.score *= HEAD_BONUS
                    cand.features.slot = True
            prev = previous.get(hit.id)
            if q.answer_type == "person" and _PRONOUN_START.match(hit.text):
                before = self._candidates(q, prev, mentions[prev.id], [], q_entity_ids, question_folded) if prev else []
                if not before:  # whom the passage has been about: 'Her novels … won her the nickname'
                    before = [_Candidate(name, 1.0, sid) for name, sid in passage_protagonist(self.store, hit)
                              if not asked_in(name, question_folded)]
                for cand in before:
                    cand.score *= sentence_score * PREVIOUS_SENTENCE
                    cand.sentence_id, cand.anchor_sentence_id = hit.id, cand.sentence_id
                    cand.features.hops = 1
                    found.append(cand)
            for cand in found:
                cand.features.coverage, cand.features.entities, cand.features.rank = coverage, ent_cov, rank
                key = fold(cand.text)
                support[key] += cand.score
                sightings[key].append((cand.score, cand.sentence_id))
                if key not in best or cand.score > best[key].score:
                    best[key] = cand
        if not best:
            return None
        for key, cand in best.items():  # more sentences saying it make it likelier
            cand.score += AGREEMENT * (support[key] - cand.score)
            cand.also = [sid for score, sid in sorted(sightings[key], reverse=True)
                         if sid != cand.sentence_id and score >= MORE_CITATION_SHARE * cand.score]
            cand.features.agreeing = len({sid for _, sid in sightings[key]})
        ranked = sorted(best.values(), key=lambda c: -c.score)
        if q.answer_type == "person" and re.search(r"\b(two|both|names)\b", q.text, re.I) and len(ranked) > 1 \
                and ranked[1].sentence_id == ranked[0].sentence_id and ranked[1].score > 0.6 * ranked[0].score:
            ranked[0].text = f"{ranked[0].text} and {ranked[1].text}"
        top_score = ranked[0].score
        ranked[0].features.score = top_score
        ranked[0].features.margin = 1.0 - ranked[1].score / top_score if len(ranked) > 1 and top_score > 0 else 1.0
        return ranked[0]

    @staticmethod
    def _coverage(hit: SentenceHit, prev: SentenceHit | None, weights: dict[str, float], forms: dict[str, set[str]],
                  total: float, q: Question) -> float:
        """Share of the question's words in the sentence, in any of their forms ('open' in 'opened'; half
        for those only in the sentence before)."""
        folded = fold(hit.text)
        here, there = set(folded.split()), set(fold(prev.text).split()) if prev else set()
        got = sum(wt if forms[t] & here else CONTEXT_WEIGHT * wt if forms[t] & there else 0.0
                  for t, wt in weights.items())
        years = [y for y in q.years if str(y) in hit.text]
        score = (got + 0.5 * len(years)) / (total + 0.5 * len(q.years))
        if q.quoted and not any(fold(quoted) in folded for quoted in q.quoted):
            score *= 0.3  # a quoted phrase is what the question is about
        return score

    def _candidates(self, q: Question, hit: SentenceHit, mentions: list[MentionRow], events: list[EventRow],
                    q_entity_ids: set[int], question_folded: str) -> list[_Candidate]:
        def asked(text: str) -> bool:
            return asked_in(text, question_folded)

        out: list[_Candidate] = []
        if q.answer_type == "date":
            fits = PRECISION_FIT[q.precision]
            # a dateline gives the day a letter was written, not the day of what it tells
            dateline = any(e.kind == LETTER for e in events) and not LETTER_WORDS & set(q.terms)
            for e in events:
                if e.precision in fits and str(e.date[:4]) not in {str(y) for y in q.years} and not dateline:
                    out.append(_Candidate(date_answer(e), fits[e.precision], hit.id, e.anchor_sentence_id, e.date))
            if not out and not dateline:
                for expr in find_expressions(hit.text):
                    if expr.kind == "absolute" and expr.value and expr.value.precision in fits \
                            and expr.value.year not in q.years:
                        out.append(_Candidate(expr.text, fits[expr.value.precision], hit.id, iso=expr.value.iso()))
            return out
        if q.answer_type == "number":
            for m in _NUMBER.finditer(hit.text):
                text = m.group().strip(" ,-")
                if text and not re.fullmatch(r"1[5-9]\d\d|20\d\d", text.split()[0]) and not asked(text):
                    out.append(_Candidate(text, 1.0, hit.id))
            return out
        labels = TYPE_LABELS.get(q.answer_type, set())
        for m in mentions:
            if (m.entity_id is not None and m.entity_id in q_entity_ids) or asked(m.text) or (
                    m.entity_name and asked(m.entity_name)) or m.label in ("DATE", "TIME"):
                continue
            if q.answer_type in ("person", "name"):
                if q.answer_type == "person" and m.label == "NORP" and len(m.text.split()) > 1:
                    out.append(_Candidate(_clean(m.text), GROUP, hit.id))  # 'who' may be a group
                if m.label in ("GPE", "LOC") and not m.known_place and q.answer_type == "person" \
                        and len(m.text.split()) <= 2:
                    out.append(_Candidate(_clean(m.text), OTHER_LABEL, hit.id))  # a name the model took for a place
                    continue
                if m.label not in labels or m.entity_type not in (None, "PERSON"):
                    continue
                text = m.entity_name or _clean(m.text)
                out.append(_Candidate(text, _specific(m.entity_mentions), hit.id))
            elif m.entity_type is not None and m.entity_type not in ENTITY_TYPES.get(q.answer_type, {m.entity_type}):
                continue  # the resolver knows it as something else: a person is no city, a newspaper no person
            elif m.label in labels:
                # an acronym is answered with the full name it was resolved to ('MRC' → the committee)
                full = m.entity_name if m.text.isupper() and m.entity_type == "ORG" and m.entity_name else None
                fit = OTHER_LABEL if q.answer_type == "place" and q.head in SETTLEMENTS and m.label != "GPE" else 1.0
                out.append(_Candidate(full or _clean(m.text), fit, hit.id))
            elif m.label != "PERSON" and m.label in {"ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "LAW", "EVENT"}:
                out.append(_Candidate(_clean(m.text), OTHER_LABEL, hit.id))
        typed = {fold(m.text): m.entity_type for m in mentions if m.entity_type}
        wanted = ENTITY_TYPES.get(q.answer_type)
        if q.answer_type not in ("date", "number"):
            for m in _NAMED.finditer(hit.text):
                kind = typed.get(fold(m.group(1)))
                if not asked(m.group(1)) and (wanted is None or kind is None or kind in wanted):
                    out.append(_Candidate(m.group(1), 0.9, hit.id))
        if q.answer_type in ("text", "work", "org", "name", "place"):
            for m in _QUOTED.finditer(hit.text):
                if not asked(m.group(1)) and (q.answer_type == "text" or m.group(1)[:1].isupper()):
                    out.append(_Candidate(m.group(1).strip(" ,."), 0.8, hit.id))
        if q.answer_type in ("text", "name", "place", "org", "work") and not out:
            for m in _CAPITALIZED.finditer(hit.text):
                if m.start() > 0 and not asked(m.group()) and fold(m.group()) not in STOPWORDS:
                    out.append(_Candidate(m.group(), 0.6, hit.id))
        return out


def asked_in(text: str, question_folded: str) -> bool:
    """The question names it already ('Siberia' in 'Siberian village')."""
    key = fold(text)
    return not key or f" {key} " in f" {question_folded} " or any(
        w.startswith(key) for w in question_folded.split() if len(key) > 3)


def _specific(mentions: int) -> float:
    """Someone named everywhere (the book's subject) is seldom the answer to 'who': a gentle penalty."""
    return 1.0 / (1.0 + COMMON_PENALTY * math.log1p(mentions / 20))


def _follows_head(sentence: str, candidate: str, head: str) -> bool:
    """'the old theatre called the Lyceum': the candidate comes just after the asked-for noun."""
    low, at = fold(sentence), fold(sentence).find(fold(candidate))
    return at > 0 and bool(re.search(rf"\b{re.escape(head[:5])}\w*\W+(?:\w+\W+){{0,3}}$", low[:at]))


def _entity_coverage(mentions: list[MentionRow], entities: list[tuple[str, list[tuple[int, str]]]]) -> float:
    if not entities:
        return 1.0
    present = {m.entity_id for m in mentions if m.entity_id is not None}
    return sum(1 for _, group in entities if any(eid in present for eid, _ in group)) / len(entities)


def _proximity(sentence: str, candidate: str, weights: dict[str, float]) -> float:
    """Nearer the question's words is likelier: 1 beside them, falling off over a line or two."""
    low = fold(sentence)
    at = low.find(fold(candidate))
    if at < 0:
        return 0.8
    # the words of what happened ('found', 'body') place an answer better than the names around it
    content = [t for t, w in weights.items() if w >= 1.0] or list(weights)
    spots = [m.start() for t in content for m in re.finditer(rf"\b{re.escape(t[:5])}", low)]
    if not spots:
        return 0.7
    distance = min(abs(s - at) for s in spots)
    return 1.0 / (1.0 + math.log1p(distance / 40))


def _clean(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", " ".join(text.split()))
    return re.sub(r"(’s|'s)$", "", text)


def _shorten(text: str) -> str:
    words = text.split()
    return " ".join(words[:MAX_WORDS])

