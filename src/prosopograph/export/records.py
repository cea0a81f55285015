"""The JSON objects of the command-line contract, shared by `--json` output and the web API."""

from __future__ import annotations

from dataclasses import asdict

from ..model import Citation, SearchHit
from ..query.ask import Answer
from ..query.compare import Comparison
from ..query.dates import GIVEN_ANCHOR, DateReading
from ..query.people import Entity, Profile
from ..query.relations import RelationFact
from ..query.timeline import TimelineEvent

Record = dict[str, object]


def _cites(citations: list[Citation]) -> list[Record]:
    return [asdict(c) for c in citations]


def search_record(hit: SearchHit) -> Record:
    c = hit.citation
    return {"rank": hit.rank, "score": round(hit.score, 4), "document": c.document, "chapter": c.chapter,
            "page": c.page, "quote": c.quote, "passage": hit.passage, "citations": [asdict(c)]}


def answer_record(answer: Answer) -> Record:
    return {"question": answer.question, "answer": answer.answer, "answer_type": answer.answer_type,
            "confidence": answer.confidence, "citations": _cites(answer.citations)}


def relation_record(r: RelationFact) -> Record:
    record: Record = {"subject": r.subject, "relation": r.relation, "object": r.object}
    if r.inferred:
        record["inferred"] = True
    return {**record, "citations": _cites(r.citations)}


def comparison_record(c: Comparison) -> Record:
    record: Record = {"claim": c.claim, "agree": c.agree, "sources": c.sources, "citations": _cites(c.citations)}
    if any(v is not None for v in c.values):
        record["values"] = c.values  # what each cited sentence says of the fact, in the citations' order
    if c.reason:
        record["reason"] = c.reason
    return record


def event_record(e: TimelineEvent) -> Record:
    record: Record = {"date": e.date, "precision": e.precision, "date_text": e.date_text}
    for key in ("detail", "date_end", "date_julian", "date_gregorian", "calendar_note"):
        if getattr(e, key):
            record[key] = getattr(e, key)
    if e.relative:
        record["relative"] = True
        record["anchor"] = asdict(e.anchor) if e.anchor else None
    record.update({"event": e.event, "label": e.label, "kind": e.kind, "participants": e.participants,
                   "place": e.place, "citations": _cites(e.citations)})
    return record


def entity_record(e: Entity) -> Record:
    record: Record = {"id": e.id, "type": e.type, "name": e.name, "aliases": [a.name for a in e.aliases],
                      "mentions": e.mentions}
    for key, life in (("born", e.born), ("died", e.died)):
        if life:
            record[key] = life.date_text
    if e.lat is not None:
        record["lat"], record["lon"] = e.lat, e.lon
    if e.country:
        record["country"] = e.country
    record["citations"] = _cites(e.citations)
    record["alias_evidence"] = [{"alias": a.name, "reason": a.reason, "mentions": a.mentions,
                                 "citation": asdict(a.citation) if a.citation else None} for a in e.aliases]
    return record


def profile_record(p: Profile) -> Record:
    record = entity_record(p.entity)
    record["first_mention"] = asdict(p.first_mention) if p.first_mention else None
    record["last_mention"] = asdict(p.last_mention) if p.last_mention else None
    record["people_near"] = [asdict(n) for n in p.people]
    record["places_near"] = [asdict(n) for n in p.places]
    record["relations"] = [relation_record(r) for r in p.relations]
    return record


def date_reading_record(r: DateReading, where: Record) -> Record:
    """One temporal expression for `prosopograph dates --json`; `where` names the file or the document."""
    record: Record = {**where, "text": r.text, "start": r.start, "end": r.end, "kind": r.kind, "value": r.value,
                      "precision": r.precision, "relative": r.relative}
    for key in ("end_value", "detail", "date_julian", "date_gregorian", "calendar_note"):
        if getattr(r, key):
            record[key] = getattr(r, key)
    c = r.counted_from
    if r.relative:
        record["anchor"] = None if c is None else (
            {"value": c.value, "given": True} if c.sentence_id == GIVEN_ANCHOR
            else {"value": c.value, "text": c.text, "start": c.start, "end": c.end, "given": False})
    return record
