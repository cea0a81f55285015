"""Events: a sentence with an exact date and at least one resolved entity, cut to its clause."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise

from ..model import Event, MentionRecord, ResolvedEntity, SentenceRecord
from ..time.narrative import OLD_STYLE_COUNTRIES, DatedExpression, TimeRules, date_document
from .context import protagonists

KINDS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(rf"\b({words})\b", re.I)) for kind, words in [
    ("birth", r"was born|were born|birth of"),
    ("death", r"died|death of|passed away|perished|succumbed"),
    ("assassination", r"assassinated|murdered|assassination|was killed"),
    ("marriage", r"married|wedding"),
    ("arrest", r"arrested|arrest of"),
    ("exile", r"exiled|deported|banished|expelled|into exile"),
    ("escape", r"escaped|fled"),
    ("election", r"elected"),
    ("appointment", r"appointed|named as|became (?:the )?(?:head|chairman|commissar|minister|president)"),
    ("publication", r"published|appeared in print|came out"),
    ("attack", r"attacked|attack on|raided|stormed|bombed"),
    ("arrival", r"arrived|reached|landed|returned to"),
    ("departure", r"left for|departed|set sail|set out|sailed (?:for|from|to)|left \w+ for"),
    ("founding", r"founded|established"),
    ("trial", r"was tried|trial|sentenced"),
]]
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:\w+\W+){0,3}?(he|she)\b", re.I)
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although)\s+|\s+—\s+")
MAX_WORDS = 40
SUBJECT_GAP = 40
"""Characters between a person's name and the verb for the person to be its subject ('X was born')."""
PERSON, PLACE = "PERSON", "PLACE"


def extract_events(sentences: list[SentenceRecord], mentions: list[MentionRecord],
                   entities: list[ResolvedEntity], rules: TimeRules) -> list[Event]:
    """Events of the whole corpus, each from one dated expression of a sentence naming someone or somewhere."""
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    by_sentence: dict[int, list[tuple[int, MentionRecord]]] = defaultdict(list)
    for m in mentions:
        if m.id in entity_of:
            by_sentence[m.sentence_id].append((entity_of[m.id], m))
    russian = _russian_context(sentences, by_sentence, entities)
    protagonist = protagonists(sentences, by_sentence, entities)
    events: list[Event] = []
    for document in _by_document(sentences):
        text_of = {s.id: s for s in document}
        for dated in date_document(document, lambda s: russian.get(s.id, False), rules):
            sentence = text_of[dated.sentence_id]
            named = sorted(by_sentence.get(sentence.id, []), key=lambda pair: pair[1].start)
            if not named and dated.value.precision not in ("day", "month"):
                continue  # a bare year with no one and nowhere named is not an event
            clause_start, clause_end = _clause(sentence, dated)
            in_clause = [(i, m) for i, m in named if clause_start <= m.start < clause_end] or named
            people = list(dict.fromkeys(i for i, _ in in_clause if entities[i].type == PERSON))
            places = [i for i, _ in in_clause if entities[i].type == PLACE]
            clause = sentence.text[clause_start - sentence.start:clause_end - sentence.start]
            kind, cue = _kind(clause)
            subject = _subject(in_clause, entities, clause_start + cue[0], clause_start + cue[1]) if cue else None
            if subject is None and cue and _PRONOUN_SUBJECT.match(clause[: cue[0]]):
                subject = protagonist.get(sentence.id)  # 'He succumbed the next day'
                if subject is not None and subject not in people:
                    people.insert(0, subject)
            events.append(Event(dated, sentence.id, _shorten(" ".join(clause.split())), kind, people,
                                places[0] if places else None, subject))
    return events


def _clause(sentence: SentenceRecord, dated: DatedExpression) -> tuple[int, int]:
    """Document offsets of the clause holding the date (the whole sentence if the clause is a fragment)."""
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence.text)] + [len(sentence.text) + 1]
    at = dated.start - sentence.start
    for a, b in pairwise(cuts):
        if a <= at < b:
            clause = sentence.text[a:b]
            if len(clause.split()) >= 5:
                return sentence.start + a, sentence.start + min(b, len(sentence.text))
    return sentence.start, sentence.end


def _shorten(text: str) -> str:
    words = text.rstrip(" ,;—").split()
    return " ".join(words) if len(words) <= MAX_WORDS else " ".join(words[:MAX_WORDS]) + " …"


def _kind(text: str) -> tuple[str, tuple[int, int] | None]:
    """The kind of event a clause tells, and where the words that say so stand."""
    for kind, pattern in KINDS:
        m = pattern.search(text)
        if m:
            return kind, (m.start(), m.end())
    return "event", None


def _subject(named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity], cue_start: int,
             cue_end: int) -> int | None:
    """The person the kind's verb is about: named just before it ('X died'), or just after 'born' ('born X')."""
    people = [(i, m) for i, m in named if entities[i].type == PERSON]
    before = [i for i, m in people if m.end <= cue_start and cue_start - m.end <= SUBJECT_GAP]
    after = [i for i, m in people if 0 <= m.start - cue_end <= 2]
    return before[-1] if before else after[0] if after else None


def _by_document(sentences: Iterable[SentenceRecord]) -> list[list[SentenceRecord]]:
    docs: dict[int, list[SentenceRecord]] = defaultdict(list)
    for s in sentences:
        docs[s.document_id].append(s)
    return [sorted(group, key=lambda s: s.start) for _, group in sorted(docs.items())]


def _russian_context(sentences: list[SentenceRecord], by_sentence: dict[int, list[tuple[int, MentionRecord]]],
                     entities: list[ResolvedEntity]) -> dict[int, bool]:
    """Whether each sentence happens in the old Russian Empire: its own places, else the chapter's last one."""
    out: dict[int, bool] = {}
    where: tuple[int | None, bool] | None = None
    for s in sorted(sentences, key=lambda s: (s.document_id, s.start)):
        if where is None or where[0] != s.chapter_id:
            where = (s.chapter_id, False)
        countries = [entities[i].country for i, _ in by_sentence.get(s.id, []) if entities[i].type == PLACE
                     and entities[i].country]
        if countries:
            where = (s.chapter_id, countries[-1] in OLD_STYLE_COUNTRIES)
            out[s.id] = any(c in OLD_STYLE_COUNTRIES for c in countries)
        else:
            out[s.id] = where[1]
    return out


def fill_life_dates(events: list[Event], entities: list[ResolvedEntity]) -> None:
    """A dated birth or death event gives its first participant an exact born or died date."""
    for ev in events:
        if ev.kind in ("birth", "death") and ev.subject is not None and ev.dated.value.precision in (
                "day", "month", "year"):
            person = entities[ev.subject]
            when = (ev.dated.value.iso(), ev.sentence_id)
            if ev.kind == "birth" and (person.born is None or not person.born[0][:1].isdigit()):
                person.born = when
            elif ev.kind == "death" and (person.died is None or not person.died[0][:1].isdigit()):
                person.died = when
