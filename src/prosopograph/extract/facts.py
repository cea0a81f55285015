"""Facts each source states, keyed by what they are about, so that two sources' facts can be set side by side.

- a person's birth and death: date and place (events of those kinds whose subject is known);
- other events of a person: date and place, keyed by the kind, the person and the year (a person is
  arrested more than once, so only tellings of one year are one fact);
- relations the clauses state: (subject, relation, object);
- from the parse of a sentence whose day is known: the thing used on a person ('struck him with a
  hatchet', 'plunged a knife into his chest') and the number of a thing ('twenty armed men', 'about
  four hundred prisoners'), keyed by the person or the thing and the day;
- from the parse of any sentence: who was behind a killing ('X ordered his murder', 'X commanded the
  sentries to hang him', 'X was responsible for his death'), keyed by the person killed.

Entities are the resolver's: 'the Count' in one source and 'Anton Held' in another are one man when it
says so.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import cache

from ..model import Event, Fact, MentionRecord, Relation, ResolvedEntity, SentenceRecord
from ..nlp.parse import Token, decode, tokens_by_sentence
from ..nlp.wordnet import shared
from .kinds import NOUN_KINDS, verb_kinds
from .relations import INVERSE
from .values import Judge

LIFE = {"birth": "birth", "death": "death"}
"""Event kinds a person has once: two sources' dates of them are one fact whatever the year."""
SCENE_SENTENCES = 15
"""A day the narrative gave stays the day of the sentences after it for this many sentences (in its chapter)."""
DATED = ("day", "month", "year")
APPROXIMATE = frozenset("about some nearly almost around approximately roughly perhaps circa over under "
                        "upwards".split())
SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
SAYING = frozenset("say tell claim report believe think write insist declare announce assert testify allege "
                   "suppose imagine deny dispute doubt".split())
"""Verbs whose clause is someone's account, not the source's own statement."""
INSTIGATING = frozenset("order command direct instruct plan organize organise arrange authorize authorise sanction "
                        "mastermind".split())
"""Verbs whose subject is behind the deed their object or infinitive tells ('ordered his murder', 'ordered
the guards to shoot him'), not the hand that did it."""
RESPONSIBLE = "responsible"
KILLING_NOUN_KINDS = frozenset({"killing", "death"})
"""'responsible for his death' says as much as 'responsible for his murder'."""
_YEAR = re.compile(r"^1\d{3}$|^20\d{2}$")
TextOf = Callable[[int], str]
ParsesOf = Callable[[int], dict[int, tuple[int, str]]]


def make_facts(sentences: list[SentenceRecord], mentions: list[MentionRecord], entities: list[ResolvedEntity],
               events: list[Event], relations: list[Relation], text_of: TextOf, parses_of: ParsesOf,
               judge: Judge) -> list[Fact]:
    """The facts of the whole corpus, each with its document and sentence."""
    paragraphs = [s for s in sentences if s.kind == "paragraph"]
    by_id = {s.id: s for s in paragraphs}
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    named: dict[int, list[tuple[int, MentionRecord]]] = defaultdict(list)
    for m in mentions:
        if m.id in entity_of:
            named[m.sentence_id].append((entity_of[m.id], m))
    out = [f for ev in events if ev.sentence_id in by_id
           for f in _event_facts(ev, by_id[ev.sentence_id], named[ev.sentence_id], entities)]
    out += _relation_facts(relations, entities, by_id)
    days = scene_days(paragraphs, events)
    out += _parse_facts(paragraphs, named, entities, days, text_of, parses_of, judge)
    return out


def _event_facts(ev: Event, s: SentenceRecord, named: list[tuple[int, MentionRecord]],
                 entities: list[ResolvedEntity]) -> list[Fact]:
    """The date and place a dated event of a known person gives."""
    if ev.kind == "event" or ev.dated.value.precision not in DATED:
        return []
    person = ev.subject
    if person is None:
        return []
    iso = ev.dated.value.to_gregorian().iso()
    name = entities[person].name
    if ev.kind in LIFE:
        key: tuple[object, ...] = (ev.kind, person)
        about = f"{LIFE[ev.kind]} of {name}"
    else:
        key = (ev.kind, person, iso[:4])
        about = f"{ev.kind} of {name} in {iso[:4]}"
    out = [Fact((*key, "date"), f"date of the {about}", "date", iso, ev.dated.text, s.document_id, s.id)]
    if ev.place is not None:
        out.append(Fact((*key, "place"), f"place of the {about}", "place", str(ev.place), entities[ev.place].name,
                        s.document_id, s.id))
    return out


def _relation_facts(relations: list[Relation], entities: list[ResolvedEntity],
                    by_id: dict[int, SentenceRecord]) -> list[Fact]:
    """Each stated relation once (not also its inverse): two sources stating it agree."""
    out = []
    for r in relations:
        if r.inferred or r.sentence_id not in by_id:
            continue
        inverse = INVERSE.get(r.relation)
        if inverse is not None and (inverse, r.subject) < (r.relation, r.object):
            continue  # the inverse stands for both
        s = by_id[r.sentence_id]
        words = f"{entities[r.subject].name} {r.relation.replace('_', ' ')} {entities[r.object].name}"
        out.append(Fact(("relation", r.subject, r.relation, r.object), words, "relation", "stated", "stated",
                        s.document_id, s.id))
    return out


def scene_days(paragraphs: list[SentenceRecord], events: list[Event]) -> dict[int, str]:
    """The day each sentence tells of (ISO, Gregorian): one it gives, or the last one its chapter gave a few
    sentences before, unless a date since ('in October 1917') has moved the story elsewhere."""
    dated: dict[int, list[Event]] = defaultdict(list)
    for ev in events:
        dated[ev.sentence_id].append(ev)
    out: dict[int, str] = {}
    day, since, where = "", 0, (-1, None)
    for s in sorted(paragraphs, key=lambda s: (s.document_id, s.start)):
        values = [e.dated.value.to_gregorian() for e in dated[s.id] if e.dated.value.precision in DATED]
        days = sorted(v.iso() for v in values if v.precision == "day")
        if days:
            day, since = days[-1], 0
        elif (s.document_id, s.chapter_id) == where and all(day.startswith(v.iso()) for v in values):
            since += 1
        else:
            day = ""
        where = (s.document_id, s.chapter_id)
        if day and since <= SCENE_SENTENCES:
            out[s.id] = day
    return out


@cache
def _instigating_words() -> re.Pattern[str]:
    """The written forms of the verbs of ordering and of 'responsible': only sentences with one are parsed for
    who was behind a deed."""
    wordnet = shared()
    forms = {f for verb in INSTIGATING for f in (wordnet.written_forms(verb) if wordnet else {verb})}
    return re.compile(r"\b(?:" + "|".join(sorted(forms | {RESPONSIBLE}, key=len, reverse=True)) + r")\b", re.I)


def _parse_facts(paragraphs: list[SentenceRecord], named: dict[int, list[tuple[int, MentionRecord]]],
                 entities: list[ResolvedEntity], days: dict[int, str], text_of: TextOf, parses_of: ParsesOf,
                 judge: Judge) -> list[Fact]:
    """Things used on people and numbers of things, in the sentences whose day is known; who was behind a
    killing, in any sentence that may say it."""
    out: list[Fact] = []
    behind = {s.id for s in paragraphs if _instigating_words().search(s.text)}
    for document_id, in_document in itertools.groupby(paragraphs, key=lambda s: s.document_id):
        group = [s for s in in_document if s.id in days or s.id in behind]
        if not group:
            continue
        text, parses = text_of(document_id), parses_of(document_id)
        for passage_id, in_passage in itertools.groupby(group, key=lambda s: s.passage_id):
            if passage_id not in parses:
                continue
            sentences = list(in_passage)
            start, parse = parses[passage_id]
            tokens = decode(parse, text, start)
            for s, own in zip(sentences, tokens_by_sentence(tokens, sentences)):
                if s.id in days:
                    people = _named_at(named[s.id], entities, ("PERSON",))
                    out += _instruments(s, own, tokens, people, entities, days[s.id], judge)
                    out += _quantities(s, own, tokens, days[s.id])
                if s.id in behind:
                    out += _instigators(s, own, tokens, named[s.id], entities)
    return out


def _named_at(named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity],
              types: tuple[str, ...]) -> Callable[[Token], int | None]:
    """Whom or what a word of the sentence names (a name or a pronoun the resolver bound), if of one of `types`."""
    spans = sorted((m.start, m.end, i) for i, m in named if entities[i].type in types)
    starts = [a for a, _, _ in spans]

    def entity(t: Token) -> int | None:
        k = bisect.bisect_right(starts, t.start) - 1
        return spans[k][2] if k >= 0 and spans[k][0] <= t.start < spans[k][1] else None
    return entity


def _children(sentence: list[Token]) -> dict[int, list[Token]]:
    out: dict[int, list[Token]] = defaultdict(list)
    for t in sentence:
        out[t.head].append(t)
    return out


def _instruments(s: SentenceRecord, sentence: list[Token], passage: list[Token], person: Callable[[Token], int | None],
                 entities: list[ResolvedEntity], day: str, judge: Judge) -> Iterator[Fact]:
    """'struck Weiss with a hatchet', 'plunged a knife into his chest': the thing a verb used on a person."""
    children = _children(sentence)
    for t in sentence:
        verb = _instrument_verb(t, passage, children)
        if verb is None or _reported(verb, passage):
            continue
        word = _noun(t, children, judge)
        victim = _patient(verb, t, children, person)
        if word is None or victim is None or not judge.is_instrument(word):
            continue
        shown = word.replace("_", " ")
        yield Fact(("instrument", victim, day), f"what was used on {entities[victim].name} on {day}", "thing",
                   word, shown, s.document_id, s.id)


def _instrument_verb(t: Token, passage: list[Token], children: dict[int, list[Token]]) -> Token | None:
    """The verb a noun is the instrument of: through 'with', or as the object driven 'into' or 'through' someone."""
    if t.pos != "NOUN" or not 0 <= t.head < len(passage):
        return None
    head = passage[t.head]
    if t.dep == "pobj" and head.lower == "with" and 0 <= head.head < len(passage):
        verb = passage[head.head]
        # the small model takes a verb for a noun now and then ('a ruffian shot Tom with …'): its object says it acts
        if verb.pos == "VERB" or any(c.dep == "dobj" for c in children.get(verb.i, [])):
            return verb
    if t.dep == "dobj" and head.pos == "VERB" and any(
            c.dep == "prep" and c.lower in ("into", "through") for c in children.get(head.i, [])):
        return head
    return None


def _reported(verb: Token, passage: list[Token]) -> bool:
    """Whether a verb tells what someone said or thought ('he told them that X had shot him'), not what happened."""
    return verb.dep == "ccomp" and 0 <= verb.head < len(passage) and passage[verb.head].lemma.lower() in SAYING


def _noun(t: Token, children: dict[int, list[Token]], judge: Judge) -> str | None:
    """The noun as WordNet knows it: with its compound modifier where that makes one noun ('ice_axe')."""
    lemma = t.lemma.lower()
    modifiers = [c.lower for c in children.get(t.i, []) if c.dep == "compound" and c.i == t.i - 1]
    if modifiers and judge.knows(f"{modifiers[0]}_{lemma}"):
        return f"{modifiers[0]}_{lemma}"
    return lemma if lemma.isalpha() else None


def _patient(verb: Token, instrument: Token, children: dict[int, list[Token]],
             person: Callable[[Token], int | None]) -> int | None:
    """The person the verb acts on: its object, or whoever the object of 'into' belongs to ('into his chest')."""
    for c in children.get(verb.i, []):
        if c.dep in ("dobj", "nsubjpass") and c.i != instrument.i:
            for x in [c, *(a for a in children.get(c.i, []) if a.dep == "appos")]:  # 'my father, Tom Reed'
                if (p := person(x)) is not None:
                    return p
        if c.dep == "prep" and c.lower in ("into", "through", "at"):
            for obj in children.get(c.i, []):
                owner = [x for x in children.get(obj.i, []) if x.dep == "poss"]
                for x in [*owner, obj]:
                    if (p := person(x)) is not None:
                        return p
    return None


def _instigators(s: SentenceRecord, sentence: list[Token], passage: list[Token],
                 named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity]) -> Iterator[Fact]:
    """'Tom Reed ordered the guards to shoot Hale', 'the Council ordered his execution', 'the Council was
    responsible for Hale's death': who was behind the killing of whom."""
    children = _children(sentence)
    person = _named_at(named, entities, ("PERSON",))
    party = _named_at(named, entities, ("PERSON", "ORG"))
    for t in sentence:
        if not _tells_killing(t) or any(c.dep == "neg" for c in children.get(t.i, [])):
            continue
        victim = _victim(t, children, person)
        if victim is None:
            continue
        name = entities[victim].name
        for x in _behind(t, passage, children):
            e = party(x)
            if e is not None and e != victim:
                yield Fact(("behind", "killing", victim), f"who was behind the killing of {name}", "person", str(e),
                           entities[e].name, s.document_id, s.id, several=True)


def _tells_killing(t: Token) -> bool:
    """Whether a word tells a killing that happened: a verb of killing ('shoot', 'slay'), a noun of killing or of
    death; not one denied ('ordered them not to shoot him')."""
    lemma = t.lemma.lower()
    if t.pos == "VERB":
        return _kills(lemma)
    return t.pos == "NOUN" and NOUN_KINDS.get(lemma) in KILLING_NOUN_KINDS


@cache
def _kills(lemma: str) -> bool:
    """Whether a verb tells a killing, by the table of kinds or WordNet above it (looked up once per verb)."""
    return verb_kinds({lemma}).get(lemma) == "killing"


def _victim(t: Token, children: dict[int, list[Token]], person: Callable[[Token], int | None]) -> int | None:
    """Who is killed: a verb's object; a noun's owner ('his murder') or the object of its 'of'."""
    if t.pos == "VERB":
        found = [c for c in children.get(t.i, []) if c.dep == "dobj"]
    else:
        found = [c for c in children.get(t.i, []) if c.dep == "poss"]
        found += [o for c in children.get(t.i, []) if c.dep == "prep" and c.lower == "of"
                  for o in children.get(c.i, []) if o.dep == "pobj"]
    return next((p for c in found if (p := person(c)) is not None), None)


def _behind(t: Token, passage: list[Token], children: dict[int, list[Token]]) -> list[Token]:
    """Who is behind the killing a word tells: the subject of a verb of ordering that the killing is the object
    or the infinitive of ('ordered his murder', 'directed a squad to hang him', 'his murder was ordered by
    X'), or of 'was responsible for' it; none where that verb is denied or someone's account ('he denied that
    they were responsible'), or where the order was for something else done to it ('ordered his murder
    investigated')."""
    head = passage[t.head] if 0 <= t.head < len(passage) and t.head != t.i else None
    if head is not None and t.dep == "acl" and head.dep == "dobj" and 0 <= head.head < len(passage):
        head = passage[head.head]  # 'directed a squad to hang him'
    if head is None:
        return []
    if t.dep == "pobj" and head.lower == "for" and 0 <= head.head < len(passage):
        adjective = passage[head.head]
        if adjective.lemma.lower() != RESPONSIBLE or adjective.dep != "acomp" or not 0 <= adjective.head < len(passage):
            return []
        verb = passage[adjective.head]
    elif t.dep in ("xcomp", "dobj", "nsubjpass", "acl") and head.pos == "VERB" and head.lemma.lower() in INSTIGATING:
        verb = head
    else:
        return []
    around = children.get(verb.i, [])
    done_to_it = t.pos == "NOUN" and any(c.dep in ("oprd", "ccomp", "xcomp") for c in around)
    if done_to_it or any(c.dep == "neg" for c in around) or _reported(verb, passage):
        return []
    subjects = [c for c in around if c.dep == "nsubj"]
    subjects += [o for c in around if c.dep == "agent" for o in children.get(c.i, []) if o.dep == "pobj"]
    return subjects + [c for x in subjects for c in children.get(x.i, []) if c.dep == "conj"]


def _quantities(s: SentenceRecord, sentence: list[Token], passage: list[Token], day: str) -> Iterator[Fact]:
    """'twenty armed men', 'about four hundred prisoners': how many of a thing, keyed by the thing and the day."""
    children = _children(sentence)
    for t in sentence:
        if t.pos != "NUM" or t.dep != "nummod" or not 0 <= t.head < len(passage) or passage[t.head].pos != "NOUN":
            continue
        words = sorted([t, *(c for c in children.get(t.i, []) if c.dep in ("compound", "quantmod", "advmod"))],
                       key=lambda x: x.i)
        value = number(" ".join(w.lower for w in words if w.lower not in APPROXIMATE))
        if value is None or _YEAR.match(t.text):
            continue
        thing = passage[t.head]
        loose = any(w.lower in APPROXIMATE for w in words) or _after_more_than(t, passage)
        shown = " ".join(w.text for w in words)
        yield Fact(("number", thing.lemma.lower(), day), f"number of {thing.lower} on {day}", "quantity",
                   f"{value:g}", f"{shown} {thing.text}", s.document_id, s.id, approximate=loose)


def _after_more_than(t: Token, passage: list[Token]) -> bool:
    before = " ".join(x.lower for x in passage[max(0, t.i - 2):t.i])
    return before in ("more than", "fewer than", "less than", "upwards of", "some")


def number(text: str) -> float | None:
    """A number written in figures or words: '400', '1,200', 'twenty-five', 'four hundred'."""
    plain = text.replace(",", "").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", plain):
        return float(plain)
    total = current = 0
    words = plain.replace("-", " ").split()
    for w in words:
        if w in SMALL or w in TENS:
            current += SMALL.get(w, 0) + TENS.get(w, 0)
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        elif w not in ("and", "a"):
            return None
    return float(total + current) if words else None
