"""Events: a date with the clause it belongs to. The clause's predicate gives the kind ('died' → death),
its arguments the participants ('I was born': the narrator, through coreference), a place among its
prepositional objects where it happened. A dated line with no verb (a letter's dateline, an entry of a
list) tells no event unless a noun of an event carries the date ('the battle of the 7th')."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from ..model import LETTER, Event, MentionRecord, ResolvedEntity, SentenceRecord
from ..nlp.parse import Token, decode, tokens_by_sentence
from ..nlp.rules import is_kind
from ..nlp.wordnet import shared
from ..time.ages import Age, find_ages, find_years_from_life_events
from ..time.narrative import OLD_STYLE_COUNTRIES, DatedExpression, TimeRules, date_document
from ..time.values import DateValue
from .kinds import ANOTHER, BORN, FATAL, NOUN_KINDS, OCCURRING, VERB_KINDS, WOUNDING, verb_kinds

MAX_WORDS = 40
PERSON, PLACE = "PERSON", "PLACE"
SUBJECTS = ("nsubj", "nsubjpass")
CLAUSES = frozenset({"conj", "ccomp", "parataxis", "advcl"})
"""Clauses joined to a predicate that tell their own events ('He graduated in May; in June he sailed')."""
PLACE_PREPOSITIONS = frozenset("in at to from near into toward towards on".split())
ParsesOf = Callable[[int], dict[int, tuple[int, str]]]
TIME_PREPOSITIONS = frozenset("on at in during by until till from since before after through".split())
TIME_KINDS = ("time_period", "clock_time", "point_in_time")
TIME_SENSES = 3
"""'The end of May' is a time in one of the word's three commonest senses."""
REFERENCE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})
"""Prepositions that date a clause from another event: that event's own date is no time the story moves to."""
SPAN_ENDS = frozenset({"into"})
"""Prepositions whose date ends a span the story does not follow to its end ('until' often does: it is not
here)."""
YEAR_KNOWN = frozenset({"day", "month", "season", "year"})
"""Precisions of a birth or a death an age or years from it may be counted from."""
SHORT_DATING = 12
"""Words at most of a sentence that only dates what the one before told ('This was on the 8th of May.')."""


def extract_events(sentences: list[SentenceRecord], mentions: list[MentionRecord], entities: list[ResolvedEntity],
                   rules: TimeRules, text_of: Callable[[int], str], parses_of: ParsesOf) -> list[Event]:
    """Events of the whole corpus, one per dated expression that belongs to a clause."""
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    by_sentence: dict[int, list[tuple[int, MentionRecord]]] = defaultdict(list)
    for m in mentions:
        if m.id in entity_of:
            by_sentence[m.sentence_id].append((entity_of[m.id], m))
    russian = _russian_context(sentences, by_sentence, entities)
    # each event is made while its document's parse is at hand, its kind once the corpus's verbs are known:
    # holding every dated passage's parse until then took most of resolution's memory
    found: list[tuple[Event | None, Token, bool]] = []
    for document in _by_document(sentences):
        tokens = _Parses(document, text_of, parses_of)
        sentence_of = {s.id: s for s in document}
        dated = date_document(document, lambda s: russian.get(s.id, False), rules, _tense(tokens))
        order = {s.id: i for i, s in enumerate(document)}
        for d in dated:
            parsed = tokens.of(d.sentence_id)
            clause = _clause_at(parsed, d.start, d.end) if parsed else None
            if parsed is None or clause is None:
                continue
            told = (d, sentence_of[d.sentence_id], parsed, *clause)
            before = document[:order[d.sentence_id]]
            dated = [t for t in parsed.tokens if t.start < d.end and d.start < t.end]
            if (focus := _clefted(clause[0], parsed, dated)) is not None:
                # the cleft's clause holds its people and place as well as the date
                told = (d, sentence_of[d.sentence_id], parsed, focus,
                        _clause_span(clause[0], parsed.tokens, [focus, *dated]))
            elif _dates_what_went_before(clause[0], parsed):
                told = _told_before(d, sentence_of[d.sentence_id], before, tokens)
            elif kind := _event_just_told(clause[0], parsed):
                told = _told_before(d, sentence_of[d.sentence_id], before, tokens, kind) or told
            if told is not None:
                d, s, parsed, predicate, span = told
                found.append((_event(d, s, parsed, predicate, span, by_sentence.get(s.id, []), entities),
                              predicate, _dateline(parsed, d.start, d.end), parsed))
    kinds = verb_kinds({p.lemma.lower() for _, p, _, _ in found if p.pos != "NOUN"})
    for event, predicate, letter, parsed in found:
        if event is not None:
            event.kind = LETTER if letter else _kind(predicate, kinds, parsed)
    events = [e for e, _, _, _ in found if e is not None]
    return events + _aged(sentences, by_sentence, entities, events, text_of, parses_of)


def _aged(sentences: list[SentenceRecord], by_sentence: dict[int, list[tuple[int, MentionRecord]]],
          entities: list[ResolvedEntity], events: list[Event], text_of: Callable[[int], str],
          parses_of: ParsesOf) -> list[Event]:
    """Events a sentence dates by someone's age ('at the age of seventeen he entered the academy') or by years
    from their birth or death ('two years before his death'), in the year the record's date of it and the years give
    (about: a birthday may fall either side), counted from that date's sentence. A sentence that gives a date of its
    own is dated by it."""
    lives: dict[str, dict[int, tuple[DateValue, int]]] = {"birth": {}, "death": {}}
    for ev in events:
        if ev.kind in lives and ev.subject is not None and ev.dated.value.precision in YEAR_KNOWN:
            lives[ev.kind].setdefault(ev.subject, (ev.dated.value, ev.sentence_id))
    dated = {ev.sentence_id for ev in events}
    found: list[tuple[Event, Token, _Parsed]] = []
    for document in _by_document(sentences) if any(lives.values()) else []:
        aged = [(s, ages) for s in document if s.kind == "paragraph" and s.id not in dated
                and (ages := [*find_ages(s.text), *find_years_from_life_events(s.text)])]
        tokens = _Parses(document, text_of, parses_of) if aged else None  # a document's parse only where needed
        for s, ages in aged:
            parsed = tokens.of(s.id) if tokens else None
            for age in ages if parsed else []:
                told = _aged_event(age, s, parsed, by_sentence.get(s.id, []), entities, lives[age.event])
                if told is not None:
                    found.append((*told, parsed))
    kinds = verb_kinds({p.lemma.lower() for _, p, _ in found if p.pos != "NOUN"})
    for event, predicate, parsed in found:
        event.kind = _kind(predicate, kinds, parsed)
    return [e for e, _, _ in found]


def _aged_event(age: Age, s: SentenceRecord, parsed: _Parsed, named: list[tuple[int, MentionRecord]],
                entities: list[ResolvedEntity], life: dict[int, tuple[DateValue, int]]) -> tuple[Event, Token] | None:
    """The event one age of the sentence dates, with its predicate; None unless the record dates the birth (or the
    death) it is counted from (`life`: those dates and their sentences, by person)."""
    start, end = s.start + age.start, s.start + age.end
    whose = _whose_age(parsed, start, end, named, entities, age.owned)
    clause = _clause_at(parsed, start, end)
    if whose not in life or clause is None:
        return None
    if clause[0].lemma == "be" and clause[0].dep == "advcl" and (main := parsed.head(clause[0])):
        clause = main, _clause_span(main, parsed.tokens, [main])  # 'when he was ten, he sailed'
    since, since_sentence = life[whose]
    value = DateValue(since.year + age.years, qualifier="circa", calendar=since.calendar)
    d = DatedExpression(s.id, start, end, age.text, value, None, True, since_sentence, "")
    event = _event(d, s, parsed, *clause, named, entities) or Event(
        d, s.id, _shorten(s.text[clause[1][0] - s.start:clause[1][1] - s.start]), "")
    if event.subject is None and whose not in event.participants:  # the parse lost whose age it is
        event.participants.insert(0, whose)
    return event, clause[0]


def _whose_age(parsed: _Parsed, start: int, end: int, named: list[tuple[int, MentionRecord]],
               entities: list[ResolvedEntity], owned: bool = False) -> int | None:
    """Whose age the words between the offsets give: the owner's of 'in his twentieth year'; else (unless `owned`:
    'two years before her death' is hers or no one's) the person the age is said of ('Tom, then ten years old,') or
    the subject of the clause it stands in ('when he was ten years old', 'at the age of ten she sailed')."""
    def person(t: Token) -> int | None:
        return next((i for i, m in named if m.start <= t.start < m.end and entities[i].type == PERSON), None)

    at = [t for t in parsed.tokens if t.start < end and start < t.end]
    owner = next((p for t in at for c in parsed.kids(t, "poss") if (p := person(c)) is not None), None)
    if owner is not None or not at or owned:
        return owner
    word: Token | None = next((t for t in at if (h := parsed.head(t)) is None or not start <= h.start < end), at[-1])
    for _ in range(4):
        if word is None:
            break
        if word.pos in ("VERB", "AUX"):
            if (who := _subject(word, parsed, named, entities)) is not None:
                return who
            break
        if (who := person(word)) is not None:
            return who
        word = parsed.head(word)
    # the parse may lose a phrase set off by commas: 'So it came about that Tom, though but twelve years old, …'
    before = [t for t in parsed.tokens if t.end <= start][-5:]
    comma = next((k for k in range(len(before) - 1, -1, -1) if before[k].text == ","), None)
    if comma is None or comma == 0 or any(t.pos in ("NOUN", "PROPN", "PRON", "VERB", "AUX") for t in before[comma:]):
        return None
    return person(before[comma - 1])


_Told = tuple[DatedExpression, SentenceRecord, "_Parsed", Token, tuple[int, int]]
"""A date, the sentence of the event it dates, that sentence's parse, the event's predicate and its clause."""


def _told_before(d: DatedExpression, dating: SentenceRecord, before: list[SentenceRecord], tokens: _Parses,
                 kind: str | None = None) -> _Told | None:
    """'This was on the 8th of May.': the event of the sentence before, in the same passage, on that day; with a
    `kind`, its clause of that kind ('They married in secret. The marriage happened in May.')."""
    if not before or before[-1].passage_id != dating.passage_id:
        return None
    told = tokens.of(before[-1].id)
    if told is None:
        return None
    root = next((t for t in told.tokens if (t.dep == "ROOT" if kind is None else _verb_kind(t) == kind)), None)
    if root is None:
        return None
    return (replace(d, relative=True, anchor_sentence_id=d.sentence_id), before[-1], told, root,
            _clause_span(root, told.tokens, [root]))


@dataclass(frozen=True)
class _Parsed:
    """A sentence's tokens, and its passage's, whose indexes the heads are (a passage may be very long)."""

    tokens: list[Token]
    passage: list[Token]
    children: dict[int, list[Token]]

    def kids(self, t: Token, *deps: str) -> list[Token]:
        return [c for c in self.children.get(t.i, []) if c.dep in deps]

    def head(self, t: Token) -> Token | None:
        return self.passage[t.head] if t.head != t.i and 0 <= t.head < len(self.passage) else None


class _Parses:
    """The parse of a document's sentences, each passage decoded the first time one of its sentences is
    asked for (only sentences with a date are)."""

    def __init__(self, document: list[SentenceRecord], text_of: Callable[[int], str], parses_of: ParsesOf) -> None:
        self.document_id = document[0].document_id
        self.text_of, self.parses_of = text_of, parses_of
        self.parses: dict[int, tuple[int, str]] | None = None
        self.text = ""
        self.passage_of = {s.id: s.passage_id for s in document}
        self.sentences = {pid: list(group) for pid, group in itertools.groupby(document, key=lambda s: s.passage_id)}
        self.done: dict[int, _Parsed] = {}
        self.decoded: set[int] = set()

    def of(self, sentence_id: int) -> _Parsed | None:
        passage_id = self.passage_of[sentence_id]
        if passage_id not in self.decoded:
            self.decoded.add(passage_id)
            self._decode(passage_id)
        return self.done.get(sentence_id)

    def _decode(self, passage_id: int) -> None:
        if self.parses is None:  # read from the store once per document
            self.parses, self.text = self.parses_of(self.document_id), self.text_of(self.document_id)
        if passage_id not in self.parses:
            return
        start, parse = self.parses[passage_id]
        passage = decode(parse, self.text, start)
        children: dict[int, list[Token]] = defaultdict(list)
        for t in passage:
            if t.head != t.i:
                children[t.head].append(t)
        group = self.sentences[passage_id]
        for s, in_sentence in zip(group, tokens_by_sentence(passage, group)):
            if in_sentence:
                self.done[s.id] = _Parsed(in_sentence, passage, children)


def _tense(tokens: _Parses) -> Callable[[int, int, int, bool], bool]:
    """Whether a date's clause looks back or ahead from the story's time, as date_document asks it."""
    def looks_away(sentence_id: int, start: int, end: int, back: bool) -> bool:
        parsed = tokens.of(sentence_id)
        clause = _clause_at(parsed, start, end) if parsed else None
        return parsed is not None and clause is not None and (
            _looks_away(clause[0], parsed) or _frames_a_quotation(clause[0], parsed) or _ends_a_span(parsed, start, end)
            or (back and _names_a_thing(parsed, start, end)))
    return looks_away


def _looks_away(predicate: Token, parsed: _Parsed) -> bool:
    """The clause is in the past perfect ('had come') or the future in the past ('would die'): it tells of
    a time before or after the story's."""
    aux = parsed.kids(predicate, "aux", "auxpass")
    return any(t.lower == "would" for t in aux) or (
        any(t.lemma == "have" and t.tag == "VBD" for t in aux) and predicate.tag == "VBN")


def _frames_a_quotation(predicate: Token, parsed: _Parsed) -> bool:
    """A participle or an 'as' clause of saying or writing that frames what the sentence says was said ('Writing in
    the Gazette in 1904, she called the plan a fraud', 'As he told his sister in 1850, the parish was poor'): a
    biography quotes words of another time, and the story stays where it was. The main clause must itself say
    something or be what was said: 'Announcing his resignation in 1921, he left for Paris' moves the story."""
    wordnet = shared()
    main = parsed.head(predicate)
    if predicate.dep != "advcl" or wordnet is None or main is None:
        return False
    framed = predicate.tag == "VBG" or any(c.lower == "as" for c in parsed.kids(predicate, "mark"))
    said = "communication" in wordnet.verb_fields(main.lower) or main.lemma == "be"
    return framed and said and "communication" in wordnet.verb_fields(predicate.lower)


def _ends_a_span(parsed: _Parsed, start: int, end: int) -> bool:
    """The date is where something ran on to ('lasted into March', 'ran at a loss up to March 1880'): the end of a
    span that began at the story's time, not a move of it."""
    top = _top(parsed, start, end)
    preposition = parsed.head(top) if top is not None and top.dep == "pobj" else None
    if preposition is None:
        return False
    above = parsed.head(preposition)
    return preposition.lower in SPAN_ENDS or (preposition.lower == "to" and above is not None and above.lower == "up")


def _top(parsed: _Parsed, start: int, end: int) -> Token | None:
    """The word of the text between the offsets that the rest hangs on."""
    at = [t for t in parsed.tokens if t.start < end and start < t.end]
    return next((t for t in at if (h := parsed.head(t)) is None or not start <= h.start < end), None)


def _names_a_thing(parsed: _Parsed, start: int, end: int) -> bool:
    """The date tells which thing a noun is ('the charge of the 9th of May', 'her letter of March 3'), or when the
    thing a clause is dated from happened ('after the flood in May 1858', 'since the fire of 1829'), not when the
    clause happens; 'on the evening of the 4th' is a time all the same."""
    top = _top(parsed, start, end)
    preposition = parsed.head(top) if top is not None and top.dep == "pobj" else None
    noun = parsed.head(preposition) if preposition is not None and preposition.lower in ("of", "in", "on") else None
    if noun is None or noun.pos not in ("NOUN", "PROPN") or _is_time(noun.lemma.lower()):
        return False
    above = parsed.head(noun) if noun.dep == "pobj" else None
    if above is not None and above.lower in REFERENCE_PREPOSITIONS:
        return True
    if preposition.lower != "of" or noun.dep in SUBJECTS:
        return False  # 'the fire of 9 May 1858 destroyed the mill' tells of that day: the story goes back to it
    return above is None or above.lower not in TIME_PREPOSITIONS


def _is_time(noun: str) -> bool:
    """'evening', 'dawn', 'end': a noun for a stretch or a point of time (WordNet), whose date is its time; without
    WordNet no date is taken for a thing's name."""
    return shared() is None or is_kind(noun, TIME_KINDS, TIME_SENSES)


def _clause_at(parsed: _Parsed, start: int, end: int) -> tuple[Token, tuple[int, int]] | None:
    """The predicate a date between the offsets belongs to, and the document offsets of its clause."""
    tokens = parsed.tokens
    at = [t for t in tokens if t.start < end and start < t.end]
    if not at:
        return None  # no parse here: no clause to read the event from
    predicate = _predicate(at, parsed)
    if predicate is None:  # a line without a verb (a letter's dateline): the whole line
        return tokens[0], (tokens[0].start, tokens[-1].end)
    # the clause of 'her arrest took place in May' is the whole of it, its event the noun's
    return _happened(predicate, parsed) or predicate, _clause_span(predicate, tokens, at)


def _event(d: DatedExpression, s: SentenceRecord, parsed: _Parsed, predicate: Token, span: tuple[int, int],
           named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity]) -> Event | None:
    """The event a dated clause tells, its kind left for the caller (None for a bare year with no one in it)."""
    in_clause = sorted(((i, m) for i, m in named if span[0] <= m.start < span[1]), key=lambda p: p[1].start)
    subject = _subject(predicate, parsed, named, entities)
    if not in_clause and subject is None and d.value.precision not in ("day", "month"):
        return None  # a bare year with no one and nowhere named is not an event
    owners = _owners_of_subject(predicate, parsed)
    people = list(dict.fromkeys(i for i, m in in_clause if entities[i].type == PERSON
                                and not any(a <= m.start and m.end <= b for a, b in owners)))
    if subject is not None:  # the subject leads, though a word of hers comes first ('wed to him at her home')
        people = [subject, *(p for p in people if p != subject)]
    description = _shorten(s.text[span[0] - s.start:span[1] - s.start])
    return Event(d, s.id, description, "", people, _place(predicate, parsed, in_clause, entities), subject)


def _predicate(at: list[Token], parsed: _Parsed) -> Token | None:
    """The verb the date belongs to (up its heads), or an event noun that carries it ('the battle of the
    7th'); None on a line without a finite verb (a letter's dateline)."""
    inside = {t.i for t in at}
    t = next((x for x in at if x.head not in inside or x.head == x.i), at[-1])
    t = parsed.head(t) or t  # from the word the date hangs on: 'the fall of 1823' is no event of falling
    for _ in range(12):
        if t.pos in ("VERB", "AUX") or (t.pos == "NOUN" and t.lemma.lower() in NOUN_KINDS):
            return t
        above = parsed.head(t)
        if above is None:
            break
        t = above
    if not any(x.tag in ("VBD", "VBZ", "VBP", "MD") for x in parsed.tokens):
        return None
    return next((x for x in parsed.tokens if x.dep == "ROOT"), None)


def _happened(verb: Token, parsed: _Parsed) -> Token | None:
    """'Her arrest took place in May', 'the siege occurred …': the noun of the event the verb says happened."""
    lemma = verb.lemma.lower()
    if lemma not in OCCURRING and not (lemma == "take" and any(o.lower == "place" for o in parsed.kids(verb, "dobj"))):
        return None
    return next((s for s in parsed.kids(verb, "nsubj") if s.lemma.lower() in NOUN_KINDS), None)


def _clause_span(predicate: Token, sentence: list[Token], at: list[Token]) -> tuple[int, int]:
    """Document offsets of the predicate's clause: its subtree without the clauses joined to it, unless
    the date stands in one of them."""
    children: dict[int, list[Token]] = defaultdict(list)
    for t in sentence:
        if t.i != t.head:
            children[t.head].append(t)
    keep = {predicate.i}
    frontier = [predicate]
    dated = {t.i for t in at}
    while frontier:
        t = frontier.pop()
        for c in children.get(t.i, []):
            if c.dep in CLAUSES and c.pos in ("VERB", "AUX") and not _holds(c, children, dated):
                continue
            keep.add(c.i)
            frontier.append(c)
    kept = [t for t in sentence if t.i in keep]
    return min(t.start for t in kept), max(t.end for t in kept)


def _holds(t: Token, children: dict[int, list[Token]], wanted: set[int]) -> bool:
    stack = [t]
    while stack:
        x = stack.pop()
        if x.i in wanted:
            return True
        stack.extend(children.get(x.i, []))
    return False


def _event_just_told(predicate: Token, parsed: _Parsed) -> str | None:
    """'The marriage happened in May', 'this battle': the kind of an event noun that names no one and points
    back to an event the text has just told ('the second wedding', 'the wedding that followed' tell another)."""
    lemma = predicate.lemma.lower()
    if predicate.pos != "NOUN" or lemma not in NOUN_KINDS or parsed.kids(predicate, "poss", "nummod", "relcl", "acl") \
            or any(p.lower == "of" for p in parsed.kids(predicate, "prep")) \
            or any(a.lower in ANOTHER for a in parsed.kids(predicate, "amod")):
        return None
    return NOUN_KINDS[lemma] if any(t.lower in ("the", "this", "that") for t in parsed.kids(predicate, "det")) else None


def _verb_kind(t: Token, kinds: Mapping[str, str] = VERB_KINDS) -> str | None:
    """The kind of event a verb tells ('married' → marriage, 'was born' → birth, 'was shot' → death), also where
    the parse took the participle for an adjective ('they were quietly married')."""
    if t.pos == "VERB":
        lemma = t.lemma.lower()
    elif t.pos == "ADJ" and t.dep == "acomp" and (wordnet := shared()) is not None:
        lemma = wordnet.lemma(t.lower)
    else:
        return None
    if lemma == BORN:
        return "birth" if t.tag == "VBN" else None  # 'was born'; 'she bore a son' is not her birth
    kind = kinds.get(lemma) or VERB_KINDS.get(lemma)
    return "death" if kind == "killing" and t.tag == "VBN" else kind  # 'he was shot': his death


def _clefted(predicate: Token, parsed: _Parsed, dated: list[Token]) -> Token | None:
    """'It was in 1846 that she married him', 'It was on a Sunday in May when the mill burned': the verb of the
    clause a cleft dates (`dated`: the date's words, whose phrase hangs on 'was'), which tells the event; None for any
    other sentence, nor for one that says something else of the time ('it was clear in 1846 that …', 'it was not in
    1846 that …') or what only might be ('that she would marry')."""
    if not _it_is(predicate, parsed, ("it",)) or parsed.kids(predicate, "acomp", "attr", "neg") or not any(
            t.dep == "pobj" and (p := parsed.head(t)) is not None and p.dep == "prep" and p.head == predicate.i
            for t in dated):
        return None
    return next((c for c in parsed.kids(predicate, "ccomp", "advcl", "relcl") if c.i > predicate.i and c.pos == "VERB"
                 and any(m.lower in ("that", "when") and m.i < c.i for m in parsed.kids(c, "mark", "advmod"))
                 and not any(a.tag == "MD" for a in parsed.kids(c, "aux"))), None)


def _dates_what_went_before(predicate: Token, parsed: _Parsed) -> bool:
    """'This was on the 8th of May', 'It was in 1840': a pronoun's copula that dates the event just told."""
    return len(parsed.tokens) <= SHORT_DATING and _it_is(predicate, parsed, ("this", "that", "it"))


def _it_is(predicate: Token, parsed: _Parsed, pronouns: tuple[str, ...]) -> bool:
    """'It was …', 'This was …': a copula whose subjects are all of these pronouns."""
    subjects = parsed.kids(predicate, "nsubj")
    return predicate.lemma == "be" and bool(subjects) and all(t.lower in pronouns for t in subjects)


def _dateline(parsed: _Parsed, start: int, end: int) -> bool:
    """A verbless line whose date follows a comma ('Camp Hill, May 4, 1860'): it dates the letter below it."""
    before = [t for t in parsed.tokens if t.end <= start]
    at = [t for t in parsed.tokens if t.start < end and start < t.end]
    return bool(before) and before[-1].text == "," and _predicate(at, parsed) is None


def _kind(predicate: Token, kinds: dict[str, str], parsed: _Parsed) -> str:
    if predicate.pos == "NOUN":
        return NOUN_KINDS.get(predicate.lemma.lower(), "event")
    if any(t.lower == "to" for t in parsed.kids(predicate, "aux")):
        return "event"  # 'ordered him to be hanged', 'hoped to marry her': what was wanted, not what happened
    kind = _verb_kind(predicate, kinds) or "event"
    if kind == "death" and predicate.lemma.lower() in WOUNDING and not _fatal(predicate, parsed):
        return "attack"  # 'he was shot in the hand': hit, not killed
    return kind


def _fatal(predicate: Token, parsed: _Parsed) -> bool:
    """The clause says the blow killed ('shot dead', 'mortally', 'shot to death', 'shot and killed')."""
    near = parsed.kids(predicate, "advmod", "oprd", "acomp", "xcomp", "conj", "npadvmod")
    near += [o for p in parsed.kids(predicate, "prep") if p.lower == "to" for o in parsed.kids(p, "pobj")]
    return any(t.lower in FATAL or (t.pos == "VERB" and VERB_KINDS.get(t.lemma.lower()) in ("death", "killing")
                                    and t.lemma.lower() not in WOUNDING) for t in near)


def _subject(predicate: Token, parsed: _Parsed, named: list[tuple[int, MentionRecord]],
             entities: list[ResolvedEntity]) -> int | None:
    """The person who is the predicate's subject (or its passive subject), through coreference."""
    if predicate.pos == "NOUN":  # 'the death of Ann Holm', 'Ann's death'
        owners = parsed.kids(predicate, "poss")
        owners += [o for p in parsed.kids(predicate, "prep") if p.lower == "of" for o in parsed.kids(p, "pobj")]
        return next((i for t in owners for i, m in named if m.start <= t.start < m.end
                     and entities[i].type == PERSON), None)
    verb = predicate
    for _ in range(3):
        found = parsed.kids(verb, *SUBJECTS)
        # 'My father, Tom Reed, was born …': the name in apposition to the subject
        for word in found + [a for f in found for a in parsed.kids(f, "appos")]:
            person = next((i for i, m in named if m.start <= word.start < m.end and entities[i].type == PERSON), None)
            if person is not None:
                return person
        # 'he was sent … and died there', 'Graduating in 1843, I …', 'they were married': the subject of the
        # verb it hangs on
        above = parsed.head(verb)
        if found or verb.dep not in ("conj", "advcl", "xcomp", "acomp") or above is None:
            return None
        verb = above
    return None


def _owners_of_subject(predicate: Token, parsed: _Parsed) -> list[tuple[int, int]]:
    """Where the words stand that only say whose the subject is ('my' of 'my aunt died', 'Tom Reed's' of 'Tom
    Reed's horse fell'): the event is the subject's, not theirs."""
    out = []
    for owner in (o for subject in parsed.kids(predicate, *SUBJECTS) for o in parsed.kids(subject, "poss")):
        words = [owner, *parsed.kids(owner, "compound", "flat", "amod", "case")]
        out.append((min(t.start for t in words), max(t.end for t in words)))
    return out


def _place(predicate: Token, parsed: _Parsed, in_clause: list[tuple[int, MentionRecord]],
           entities: list[ResolvedEntity]) -> int | None:
    """Where: a place the predicate's prepositions take ('died in Tula'), else the clause's first place."""
    places = [(i, m) for i, m in in_clause if entities[i].type == PLACE]
    for prep in (t for t in parsed.kids(predicate, "prep") if t.lower in PLACE_PREPOSITIONS):
        for obj in parsed.kids(prep, "pobj"):
            found = next((i for i, m in places if m.start <= obj.start < m.end), None)
            if found is not None:
                return found
    return places[0][0] if places else None


def _shorten(text: str) -> str:
    words = text.strip(" ,;—").split()
    return " ".join(words) if len(words) <= MAX_WORDS else " ".join(words[:MAX_WORDS]) + " …"


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
    """A dated birth or death event gives its subject an exact born or died date: the first the text gives, made
    finer by a later one that agrees with it ('she died in 1802' … 'her death came on the 3d of May,
    1802')."""
    for ev in events:
        if ev.kind in ("birth", "death") and ev.subject is not None and ev.dated.value.precision in (
                "day", "month", "year"):
            person = entities[ev.subject]
            when = (ev.dated.value.iso(), ev.sentence_id)
            if ev.kind == "birth" and _refines(person.born, when[0]):
                person.born = when
            elif ev.kind == "death" and _refines(person.died, when[0]):
                person.died = when


def _refines(held: tuple[str, int] | None, iso: str) -> bool:
    """No date is held yet, or the new one is the held one given more precisely ('1802' → '1802-05-03')."""
    return held is None or not held[0][:1].isdigit() or (iso.startswith(held[0]) and len(iso) > len(held[0]))
