"""Answers to plain questions: the short fact, how sure, and the sentences that support it.

Resolved facts come first (a birth date, a name the text introduced); otherwise the sentences that
best cover the question's words and entities are searched for a candidate of the expected type,
scored by how much of the question its sentence satisfies and how close it stands to the matched
words. Below a threshold the answer is None: the sources were searched and do not say. The confidence is
the probability that the answer is right, from a model fitted on the public lives (confidence.py).
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field

from ..extract.kinds import NOUN_KINDS
from ..model import Citation
from ..nlp import DEFAULT_MODEL, parse_text
from ..nlp.rules import KIN, plural_of
from ..nlp.wordnet import WordNet, shared
from ..resolve.gender import noun_gender
from ..store import EventRow, MentionRow, SentenceHit, Store, fts_query, fts_tokens
from ..text import fold
from .attested import unattested
from .candidates import Candidate, asked_in, candidates, follows_head, proximity, shorten, words_pattern
from .confidence import Features, Model, shipped
from .kinship import describing, kin_asked, kin_owners, kin_words, known_sexes
from .parsecheck import ParseCheck
from .protagonist import passage_protagonist
from .question import STOPWORDS, Question, analyze
from .record import from_record
from .sources import documents_named, named_source

__all__ = ["Answer", "Asker", "asked_in"]

THRESHOLD = 0.2
"""Below this score the answer is 'not found'."""
SEARCH_LIMIT = 80
CANDIDATE_SENTENCES = 30
COMMON_SHARE = 0.1
COMMON_LEAST = 500
"""A question word found in more than this share of the corpus's sentences, and in more sentences than the
least, does not find sentences: it would find a good part of the book, and rank none of it."""
HEAD_BONUS = 1.3
"""A candidate standing just after the noun the question asks for ('village of X')."""
AGREEMENT = 0.2
"""How much each further sentence giving the same candidate adds, relative to its own score."""
AGREEING = 4
"""The best sightings of a candidate that count for it (the best one among them): a sentence giving it directly and
one giving it through 'he' in the next are two."""
MORE_CITATIONS = 2
"""Up to this many further sentences that give the same answer are cited too."""
MORE_CITATION_SHARE = 0.5
_WHEN = re.compile(r"\s*when\b", re.I)
"""A question opening with 'when', which the text may answer in words where it gives no date."""
_PRONOUN_START = re.compile(r"^(?:\s*[“\"][^“”\"]+[”\"]\s*|\W*(?:\S+\s+){0,6}?)(he|she|they|his|her|him|them)\b", re.I)
"""A pronoun among a sentence's first words, or right after the quotation it opens with ('“…,” he wrote')."""
_QUOTED_WHOLE = re.compile(r"^\s*(?:[“\"][^“”\"]+[”\"]|[‘'][^‘’]+[’'])\s*$")
"""A sentence that is all one quotation, its speaker told around it."""
RECORD_COVERAGE = 0.5
"""A record's answer accounts for at least this share of the question (its names, its cue words, its sentence's
words); a question asking more is read from the sentences."""
MIN_COVERAGE = 0.25
"""A sentence holding less of the question than this is not evidence for an answer."""
SYNONYM_WEIGHT = 0.75
"""A question's word the sentence says with another word of its commonest sense ('selected' for 'chosen')."""
CONTEXT_WEIGHT = 0.5
"""How much a question word counts when only the sentence before holds it."""
_NAME_WAS = re.compile(r"\s*(?:His|Her)\s+(?:real\s+|true\s+)?name\s+was\s+"
                       r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+)*)")
"""A sentence that opens by naming the one the sentence before spoke of."""
PREVIOUS_SENTENCE = 0.7
"""The weight of a candidate from the sentence before, when the matched one speaks of 'he' or 'she'."""
PARSE_CHECKED = 15
"""The best covered sentences whose parse is checked against the question's (a parse read costs a passage)."""
STORY_REACH = 20
"""How many sentences back the story's year is looked for, for a sentence that dates nothing itself."""
AGENT_ENDINGS = frozenset({"er", "or", "r", "ar"})
"""What a noun for the doer of a verb adds to it ('command' → commander, 'write' → writer)."""
UNSAID_ROLE = 0.5
"""The weight of a sentence that speaks of no one by the kind of person asked for ('which duke')."""
UNSAID_PLACE = 0.5
"""The weight, for a date asked, of a sentence that names none of the places the question names, where another
dated sentence does."""
DATED_ELSEWHERE = 0.5
"""The weight of a sentence whose events fall in other years than the question names."""
UNSAID_NAMING = 0.5
"""The weight, for a name asked ('what name did she give the farm'), of a sentence that speaks of no naming."""
_NAMING = re.compile(r"\b(?:names?|named|naming|call(?:s|ed|ing)?|christen\w*|dub(?:s|bed|bing)?|baptiz\w*|"
                     r"entitl\w*|styled|termed|known as|nicknam\w*|renam\w*)\b", re.I)
"""The noun 'name' and the verbs of naming, in their forms."""
Entities = list[tuple[str, list[tuple[int, str]]]]
"""The names a question holds, each with the entities (id, type) its alias may be."""


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


class Asker:
    """Answers questions against one knowledge base; the alias table is read once, on first use."""

    def __init__(self, store: Store, model: Model | None = None) -> None:
        self.store = store
        self.model = model or shipped()
        self._aliases: dict[str, list[tuple[int, str]]] | None = None
        self._protagonists: set[int] | None = None
        self._name_words: dict[str, int] = {}
        """A given name or surname only one person's names hold, by the person ('Ada' of 'Ada Vane')."""
        self._model: str | None = None
        self._sexes: dict[int, str | None] = {}
        """Each person's sex as the record makes it plain, looked up once per person."""
        self._checked: tuple[Question, ParseCheck] | None = None
        """The last question's parse check: the record and the sentences both read it, the question parsed once."""

    def ask(self, text: str) -> Answer:
        q = analyze(text)
        entities = self._entities_in(q.text)
        source = named_source(q.text)
        documents = documents_named(self.store, source, shared()) if source else None
        # the record holds no reasons: 'why' is read from the sentences alone
        found = None if q.reason else self._from_facts(q, entities, documents)
        reason = "the record does not say"
        if found is None and _who_someone_was(q, entities):
            return Answer(q.text, None, q.answer_type, 0.0,
                          reason="asks who someone the record names was: another person's name is no answer")
        if found is None and q.answer_type == "text" and self._parse_check(q).act:
            return Answer(q.text, None, q.answer_type, 0.0, reason="asks what someone did: an act, which no name tells")
        if found is None:
            unsaid = self._unsaid(q, entities)
            if unsaid:
                reason = f"no source speaks of {', '.join(unsaid)}"
            else:
                found = self._from_sentences(q, entities, documents)
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
        return Answer(q.text, shorten(found.text), q.answer_type, p, [cited[i] for i in ids if i in cited],
                      found.iso, found.features)

    def prepare(self) -> None:
        """Start loading the question parser and WordNet in a background thread."""
        threading.Thread(target=_load_readers, args=(self._parser_model(),), daemon=True).start()

    def _unsaid(self, q: Question, entities: Entities) -> list[str]:
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
                if key.split()[-1:] and key.split()[-1] in KIN:
                    continue  # 'Tom's mother' is a role: a question naming it asks of Tom, through his kin
                if key and key not in STOPWORDS and len(key) > 2 and (entity_id, type_) not in index[key]:
                    index[key].append((entity_id, type_))
            self._aliases = dict(index)
            holders: dict[str, set[int]] = defaultdict(set)
            for key, group in self._aliases.items():
                words = key.split()
                for w in {words[0], words[-1]} if len(words) > 1 else ():
                    holders[w] |= {i for i, t in group if t == "PERSON"}
            self._name_words = {w: next(iter(ids)) for w, ids in holders.items()
                                if len(ids) == 1 and w not in self._aliases and w not in STOPWORDS and len(w) > 2}
        return self._aliases

    def _entities_in(self, text: str) -> Entities:
        """Names in the question that the alias table knows, longest first, not overlapping."""
        words = fold(text).split()
        index = self._alias_index()
        # 'Who was Ada's father?' names Ada Vane by the one part of her name no one else has, written as a name
        capitalized = {w for name in re.findall(r"(?<=\s)[A-Z][\w’'-]*", text) for w in fold(name).split()}
        found: Entities = []
        i = 0
        while i < len(words):
            for n in range(min(6, len(words) - i), 0, -1):
                key = " ".join(words[i:i + n])
                if key in index:
                    span = n + (_epithet(words[i + n:], capitalized, index)
                                if any(t == "PERSON" for _, t in index[key]) else 0)
                    found.append((" ".join(words[i:i + span]), index[key]))
                    i += span
                    break
            else:
                if words[i] in self._name_words and words[i] in capitalized:
                    found.append((words[i], [(self._name_words[words[i]], "PERSON")]))
                i += 1
        return found

    # -- resolved facts ---------------------------------------------------------------------------

    def _from_facts(self, q: Question, entities: Entities, documents: list[int] | None) -> Candidate | None:
        people = [(key, group[0][0]) for key, group in _asked(q, entities) if group[0][1] == "PERSON"]
        if not people:
            return None
        found = from_record(self.store, q, *people[0], deed=self._parse_check(q).slot is not None)
        if found is None:
            return None
        if documents and found.sentence_id and \
                not any(h.document_id in documents for h in self.store.sentences_by_id([found.sentence_id])):
            return None  # the record has it from another source than the one the question names
        cand = Candidate(found.text, found.score, found.sentence_id, found.anchor_sentence_id, found.iso)
        cand.features.record, cand.features.score = True, found.score
        cand.features.hops = found.hops
        if found.text:
            cand.features.coverage = self._record_coverage(q, entities, cand, set(found.cues))
            if cand.features.coverage < RECORD_COVERAGE:
                return None  # 'the nickname the waiters gave him' is not the one the record has: read the sentences
        return cand

    def _record_coverage(self, q: Question, entities: Entities,
                         cand: Candidate, cues: set[str]) -> float:
        """The share of the question's words its names, the record's own words or its sentences account for."""
        # a question asking more than the relation says ('what did his mother call him') is not answered by it
        weights, forms = self._words(q, entities)
        if not weights:
            return 1.0
        ids = [cand.sentence_id] + ([cand.anchor_sentence_id] if cand.anchor_sentence_id else [])
        said = {w for h in self.store.sentences_by_id(ids) for w in fold(h.text).split()}
        return sum(wt for t, wt in weights.items() if wt < 1.0 or t in cues or forms[t] & said) / sum(weights.values())

    def _words(self, q: Question, entities: Entities
               ) -> tuple[dict[str, float], dict[str, set[str]]]:
        """The question's words, weighted (half for words of names), with the forms each may take ('opened')."""
        terms = q.terms + [t for quoted in q.quoted for t in fts_tokens(fold(quoted)) if t not in STOPWORDS]
        entity_words = {w for key, _ in entities for w in key.split()}
        wordnet = shared()
        forms = {t: {f for f in (_forms(wordnet, t) if wordnet and t not in entity_words else {t}) if " " not in f}
                 for t in terms}
        return {t: (0.5 if t in entity_words else 1.0) for t in terms}, forms

    # -- sentences --------------------------------------------------------------------------------


    def _from_sentences(self, q: Question, entities: Entities, documents: list[int] | None) -> Candidate | None:
        weights, forms = self._words(q, entities)
        if not weights:
            return None
        evidence = self._evidence(q, weights, forms, entities, documents)
        if evidence is None:
            return None
        tally = _Tally()
        q_entity_ids = {eid for _, group in entities for eid, _ in group}
        question_folded = fold(q.text)
        check = self._parse_check(q)
        # the words of what happened ('found', 'body') place an answer better than the names around it
        content = [t for t, w in weights.items() if w >= 1.0] or list(weights)
        near = words_pattern(set().union(*(forms.get(t, {t}) for t in content)))
        # 'in what year': a date after the word 'year' in a sentence ('in the year 1712') is no likelier the one
        # asked than another
        head = words_pattern(forms.get(q.head, {q.head})) if q.head and q.answer_type != "date" else None
        wordnet = shared()
        role = words_pattern(_role_words(wordnet, q.role), re.I) if q.role else None
        named_of = _named_of(q.text)
        places = {key for key, group in entities if any(t == "PLACE" for _, t in group)}
        places_of = [(kind, name) for kind, name in named_of if name in places] if q.answer_type == "date" else []
        people = self._asked_of(q, entities)
        kin = [(asked[0], key, {eid for eid, _ in group}) for key, group in entities
               if (asked := kin_asked(q.text, key))]
        told_at = self._life_told_at(q, entities)
        placed = _placed_dates(q, places, evidence)
        # the sex of the kin asked ('Who was Ann's son?'), not of one a deed is done to ('Who taught Ann's son?')
        sex = _asked_sex(q, [noun for noun, _, _ in kin] if check.slot is None else [])
        for rank, (coverage, hit) in enumerate(evidence.top):
            if coverage < MIN_COVERAGE:
                break
            prev = evidence.previous.get(hit.id)
            if named_of and _names_another(named_of, hit, prev):
                continue
            if any(_kin_of_another(noun, key, ids, hit, evidence) for noun, key, ids in kin):
                continue  # 'Eve's father, Tom' does not answer who Ann's father was
            if places_of and not _names(places_of, hit, prev):
                continue  # the date of 'the battle of Vik' is read where the place is named
            if q.named and head is not None and not _speaks_of_kind(head, hit, prev):
                continue  # 'the name of the convent …' is given where a convent is spoken of
            if people and not _speaks_of(people, hit, evidence):
                continue
            if q.life_event and not _tells_life_event(q.life_event, hit, evidence):
                continue
            if told_at and not any(abs(hit.id - at) <= 1 for at in told_at):
                continue
            if q.reason and not all(forms.get(t, {t}) & set(fold(hit.text).split()) for t in content):
                continue  # a reason is given for what the sentence itself tells, not for another deed
            ent_cov = _entity_coverage(evidence.mentions[hit.id], entities)
            sentence_score = 0.75 * coverage + 0.25 * ent_cov
            if role is not None and not _speaks_of_kind(role, hit, prev) and not _holds_quoted(q, hit):
                # 'which duke …' is answered where a duke is spoken of, unless the sentence says what it quotes
                sentence_score *= UNSAID_ROLE
            if placed and not _names(placed, hit, prev):
                sentence_score *= UNSAID_PLACE  # 'when did she reach Paris': not where she reached Lyon
            if q.head in ("name", "names") and not q.name_kind and not _speaks_of_kind(_NAMING, hit, prev):
                sentence_score *= UNSAID_NAMING
            if q.years and q.answer_type != "date" and _dated_elsewhere(q.years, hit, evidence):
                sentence_score *= DATED_ELSEWHERE
            found = candidates(q, hit, evidence.mentions[hit.id], evidence.events[hit.id], q_entity_ids,
                               question_folded)
            checked = rank < PARSE_CHECKED
            if checked and not q.reason:
                found += check.fillers(q.text, hit, found, evidence.mentions[hit.id], evidence.bound[hit.id])
            for cand in found:
                cand.score *= sentence_score * proximity(hit.text, cand.text, near)
                if head is not None and follows_head(hit.text, cand.text, head):
                    cand.score *= HEAD_BONUS
                    cand.features.slot = True
            if checked:
                check.weigh(hit, found, evidence.bound[hit.id])
            if q.answer_type == "person" and not found and _QUOTED_WHOLE.match(hit.text):
                # '“Go home.”' alone: who said it, and to whom, the sentence before tells ('he told Tom')
                found += self._from_before(q, hit, evidence, q_entity_ids, question_folded, sentence_score)
            elif q.answer_type == "person" and (pronoun := _PRONOUN_START.match(hit.text)):
                at = hit.start + pronoun.start(1)
                if not (checked and check.handed_to_unnamed(hit, at)):
                    said = next((e for a, _, e in evidence.bound[hit.id] if a == at), None)
                    found += self._from_before(q, hit, evidence, q_entity_ids, question_folded, sentence_score, said)
            if q.answer_type == "person" and not any(c.features.slot for c in found):
                # '… was a German officer. His name was Tom Reed.': the name the next sentence gives him
                found += self._named_next(q, hit, q_entity_ids, question_folded, sentence_score)
            if sex is not None:
                found = self._of_sex(found, sex)
            for cand in found:
                cand.features.coverage, cand.features.entities, cand.features.rank = coverage, ent_cov, rank
                tally.add(cand, hit if cand.sentence_id == hit.id else None)
        return tally.best(q)

    def _of_sex(self, found: list[Candidate], sex: str) -> list[Candidate]:
        """The candidates not plainly of the other sex than the one asked for ('which princess': not a 'he')."""
        unknown = list({c.entity_id for c in found if c.entity_id is not None and c.entity_id not in self._sexes})
        if unknown:
            self._sexes.update(known_sexes(self.store, unknown))
        return [c for c in found if c.entity_id is None or self._sexes.get(c.entity_id) in (None, sex)]

    def _asked_of(self, q: Question, entities: Entities) -> set[int]:
        """The one person a question asks of, unless a document's subject or narrator (whom every sentence speaks of):
        a sentence neither naming them nor saying 'he' of them does not answer ('Who killed Ada?': not 'Tom killed
        the wolf')."""
        asked = _asked(q, entities)
        if len(asked) != 1:
            return set()
        key, group = asked[0]
        # one whose kin is asked is someone, though the model took the rare name for a body ('Eyvindra's father')
        kinds = ("PERSON", "ORG") if kin_asked(q.text, key) and all(t != "PLACE" for _, t in group) else ("PERSON",)
        people = {eid for eid, t in group if t in kinds}
        if self._protagonists is None:
            self._protagonists = self.store.protagonists()
        return set() if people & self._protagonists else people

    def _life_told_at(self, q: Question, entities: Entities) -> set[int]:
        """Where the record has the birth or death a 'where' question asks of a person ('Where did Ann Reed die?'):
        the place is read there or beside it, not from another sentence telling a death that a 'he' may have
        given her wrongly; empty where the record has none (then any sentence telling one may answer)."""
        if q.answer_type != "place" or not q.life_event or len(entities) != 1:
            return set()
        ids = [eid for eid, t in entities[0][1] if t == "PERSON"]
        rows = self.store.entities(ids=ids) if len(ids) == 1 else []
        at = [(r.born_sentence_id if q.life_event == "born" else r.died_sentence_id) for r in rows]
        return {i for i in at if i}

    def _parse_check(self, q: Question) -> ParseCheck:
        if self._checked is not None and self._checked[0] is q:
            return self._checked[1]
        if q.answer_type == "date" and not _WHEN.match(q.text):
            check = ParseCheck(self.store, q.answer_type)  # a date is read from the events, not from a slot
        else:
            tokens = parse_text(q.text, self._parser_model()) or []
            check = ParseCheck.of(self.store, q.answer_type, tokens, self._entity_ids, q.head, q.owned)
        self._checked = (q, check)
        return check

    def _parser_model(self) -> str:
        """The spaCy pipeline questions are parsed with: the one that read the corpus."""
        if self._model is None:
            self._model = self.store.parser_model() or DEFAULT_MODEL
        return self._model

    def _entity_ids(self, name: str) -> set[int]:
        """Whom or what a name of the question may be."""
        return {eid for _, group in self._entities_in(name) for eid, _ in group}

    def _evidence(self, q: Question, weights: dict[str, float], forms: dict[str, set[str]],
                  entities: Entities, documents: list[int] | None = None) -> _Evidence | None:
        """The sentences that hold the question's words, best covered first, with their mentions and events."""
        # searched for in the forms WordNet inflects them to; the wider forms only count once found (a long
        # MATCH expression costs the index more than a few more sentences to score)
        wordnet = shared()
        searched = {f for t in weights for f in forms[t] & ((wordnet.inflections(t) if wordnet else set()) | {t})}
        words = list(dict.fromkeys(list(weights) + sorted(searched)))
        if not documents:  # within the sources a question names, the search is narrow already
            words = searched_words(words, *self.store.word_frequencies(words))
        hits = self.store.search_sentences(fts_query(words, "any"), SEARCH_LIMIT, documents)
        named = {w: {eid for eid, _ in group} for key, group in entities for w in key.split()}
        if not hits:
            return None
        total = sum(weights.values())
        near = synonym_forms(wordnet, weights, forms) if wordnet else {}
        # 'It sailed from Hull', 'she won the prize': the sentence before says who or what
        before = {h.id: h for h in self.store.sentences_by_id([h.id - 1 for h in hits])}
        previous = {h.id: before[h.id - 1] for h in hits
                    if h.id - 1 in before and before[h.id - 1].passage_id == h.passage_id}
        bound: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for sentence_id, start, end, entity_id in self.store.sentence_references([h.id for h in hits]):
            bound[sentence_id].append((start, end, entity_id))
        spoken_of = {h.id: {t for t, ids in named.items() if ids & {e for _, _, e in bound[h.id]}} for h in hits}
        scored = sorted(((self._coverage(h, previous.get(h.id), weights, forms, total, q, spoken_of[h.id], near), h)
                         for h in hits), key=lambda x: -x[0])
        top = scored[:CANDIDATE_SENTENCES]
        ids = [h.id for _, h in top] + [p.id for p in previous.values()]
        mentions: dict[int, list[MentionRow]] = defaultdict(list)
        for m in self.store.sentence_mentions(ids):
            mentions[m.sentence_id].append(m)
        events: dict[int, list[EventRow]] = defaultdict(list)
        for e in self.store.sentence_events(ids):
            events[e.sentence_id].append(e)
        told = self.store.story_years([h.id for _, h in top], STORY_REACH) if q.years else {}
        return _Evidence(top, previous, mentions, events, bound, told)

    def _from_before(self, q: Question, hit: SentenceHit, evidence: _Evidence, q_entity_ids: set[int],
                     question_folded: str, sentence_score: float, said: int | None = None) -> list[Candidate]:
        """Whom 'he' or 'she' of the sentence is: the person the resolver bound it to (`said`), named in the sentence
        before; where it bound it to no one, a person of the sentence before, else of the passage."""
        prev = evidence.previous.get(hit.id)
        before = candidates(q, prev, evidence.mentions[prev.id], [], q_entity_ids, question_folded) if prev else []
        if said is not None:  # the one asked of gives no answer here; another, named before or not, does
            person = next(iter(self.store.entities("PERSON", [said])), None) if said not in q_entity_ids else None
            if person is None or asked_in(person.name, question_folded):
                return []
            before = [c for c in before if c.text == person.name] or [
                Candidate(person.name, 1.0, hit.id, entity_id=person.id)]
        elif not before:  # whom the passage has been about: 'Her novels … won her the nickname'
            before = [Candidate(name, 1.0, sid) for name, sid in passage_protagonist(self.store, hit,
                                                                                 frozenset(q_entity_ids))
                      if not asked_in(name, question_folded)]
        for cand in before:
            cand.score *= sentence_score * PREVIOUS_SENTENCE
            cand.sentence_id, cand.anchor_sentence_id = hit.id, cand.sentence_id
            cand.features.hops = 1
        return before

    def _named_next(self, q: Question, hit: SentenceHit, q_entity_ids: set[int], question_folded: str,
                    sentence_score: float) -> list[Candidate]:
        """The name of the one a sentence spoke of, given by the next sentence of its passage ('His name was …')."""
        after = next(iter(self.store.sentences_by_id([hit.id + 1])), None)
        said = _NAME_WAS.match(after.text) if after is not None and after.passage_id == hit.passage_id else None
        if after is None or said is None or asked_in(said.group("name"), question_folded):
            return []
        # whatever the model labelled it, the name a 'his name was' gives is a person's
        start = after.start + said.start("name")
        name = re.sub(r"(?<=\w\w)\.$", "", said.group("name"))  # the sentence's full stop, not an initial's
        mention = next((m for m in self.store.sentence_mentions([after.id]) if m.start == start), None)
        cand = Candidate(name, sentence_score * PREVIOUS_SENTENCE, hit.id, span=(start, start + len(name)),
                         entity_id=mention.entity_id if mention is not None else None)
        if cand.entity_id in q_entity_ids:
            return []
        cand.anchor_sentence_id, cand.features.hops = after.id, 1
        return [cand]

    @staticmethod
    def _coverage(hit: SentenceHit, prev: SentenceHit | None, weights: dict[str, float], forms: dict[str, set[str]],
                  total: float, q: Question, spoken_of: set[str], near: dict[str, set[str]] | None = None) -> float:
        """Share of the question's words in the sentence, in any of their forms ('open' in 'opened'; half
        for those only in the sentence before, or for a name the sentence speaks of as 'he' or 'I':
        `spoken_of`; less for a word said with another of its sense: `near`)."""
        folded = fold(hit.text)
        here, there = set(folded.split()), (set(fold(prev.text).split()) if prev else set()) | spoken_of
        near = near or {}
        got = sum(wt if forms[t] & here else SYNONYM_WEIGHT * wt if near.get(t, set()) & here else
                  CONTEXT_WEIGHT * wt if forms[t] & there else 0.0 for t, wt in weights.items())
        years = sum(1.0 if str(y) in hit.text else CONTEXT_WEIGHT if prev and str(y) in prev.text else 0.0
                    for y in q.years)
        score = (got + 0.5 * years) / (total + 0.5 * len(q.years))
        if q.quoted and not any(fold(quoted) in folded for quoted in q.quoted):
            score *= 0.3  # a quoted phrase is what the question is about
        return score


def synonym_forms(wordnet: WordNet, weights: dict[str, float], forms: dict[str, set[str]]) -> dict[str, set[str]]:
    """For each of the question's common words, the forms of the other words of its commonest sense: 'chosen' is said
    'selected' as well (a name's words have none)."""
    return {t: {f for other in wordnet.synonyms(t) for f in wordnet.written_forms(other)} - forms[t]
            for t, weight in weights.items() if weight >= 1.0}


def searched_words(words: list[str], held: dict[str, int], sentence_count: int) -> list[str]:
    """The words a sentence search looks for: not one held by a good share of all sentences (the book's
    subject), which finds them all and ranks none, when other words are left; it still counts in the
    coverage of the sentences they find."""
    common = max(COMMON_SHARE * sentence_count, COMMON_LEAST)
    return [w for w in words if held[w] <= common] or words


_PAIRED = re.compile(r"\s*,?\s*(?:and|&)\s+(?:[A-Z][\w’'.-]*\s+)?")
"""What stands between two names written as a pair: ' and ', ', and Aunt '."""
_ASKS_TWO = re.compile(r"\b(two|both|names)\b", re.I)
_ONE_OF_TWO = re.compile(r"\b(?:which|who|one)\s+of\s+the\s+two\b", re.I)
"""'Which of the two brothers inherited the mill?' asks for one."""


@dataclass
class _Evidence:
    """The sentences searched for a question and what the store knows of them."""
    top: list[tuple[float, SentenceHit]]
    """The best covered sentences with their coverage, best first."""
    previous: dict[int, SentenceHit]
    """The sentence before each, when in the same passage."""
    mentions: dict[int, list[MentionRow]]
    events: dict[int, list[EventRow]]
    bound: dict[int, list[tuple[int, int, int]]]
    """(start, end, entity) of each word the resolver bound in a sentence ('I', 'he', a name), by sentence."""
    told: dict[int, set[int]] = field(default_factory=dict)
    """The years the story was at in the sentences before each, where the question names a year."""


class _Tally:
    """The candidates of all sentences, each kept at its best, with the support of every sentence giving it."""

    def __init__(self) -> None:
        self.kept: dict[str, Candidate] = {}
        self.sightings: dict[str, list[tuple[float, int]]] = defaultdict(list)
        self.sentences: dict[int, tuple[int, str]] = {}
        """(start, text) of each sentence a candidate was read in, by its id."""

    def add(self, cand: Candidate, hit: SentenceHit | None = None) -> None:
        if hit is not None:
            self.sentences[hit.id] = (hit.start, hit.text)
        key = fold(cand.text)
        self.sightings[key].append((cand.score, cand.sentence_id))
        if key not in self.kept or cand.score > self.kept[key].score:
            self.kept[key] = cand

    def best(self, q: Question) -> Candidate | None:
        """The best candidate, raised by the sentences that agree with it, with its margin over the next."""
        if not self.kept:
            return None
        for key, cand in self.kept.items():  # more sentences saying it make it likelier
            # a few: a book's subject, named in every other sentence, is a weak candidate of each of them
            support = sum(sorted((score for score, _ in self.sightings[key]), reverse=True)[:AGREEING])
            cand.score += AGREEMENT * (support - cand.score)
            cand.also = [sid for score, sid in sorted(self.sightings[key], reverse=True)
                         if sid != cand.sentence_id and score >= MORE_CITATION_SHARE * cand.score]
            cand.features.agreeing = len({sid for _, sid in self.sightings[key]})
        ranked = sorted(self.kept.values(), key=lambda c: -c.score)
        several = _ASKS_TWO.search(q.text) or (q.head is not None and plural_of(q.head) is not None)
        if q.answer_type == "person" and several and not _ONE_OF_TWO.search(q.text):
            # the other of two is in the same sentence, nearly as likely or in the same part of it ('Ann and Tom
            # signed the deed': both do the signing asked of)
            second = next((c for c in ranked[1:] if c.sentence_id == ranked[0].sentence_id and (
                c.score > 0.6 * ranked[0].score or (c.features.slot and ranked[0].features.slot)
                or _joined(ranked[0], c, self.sentences))), None)
            if second is not None:
                pair = sorted((ranked[0], second), key=lambda c: c.span[0] if c.span else 0)
                ranked[0].text = f"{pair[0].text} and {pair[1].text}"
        top_score = ranked[0].score
        ranked[0].features.score = top_score
        ranked[0].features.margin = 1.0 - ranked[1].score / top_score if len(ranked) > 1 and top_score > 0 else 1.0
        return ranked[0]


def _asked_sex(q: Question, kin: list[str]) -> str | None:
    """The sex a person question's noun gives the answer ('which queen', 'the heiress who', 'Tom's aunt'), if it
    gives one."""
    if q.answer_type != "person":
        return None
    said = {g for noun in (q.head, q.role, *kin) if noun and (g := noun_gender(noun)) is not None}
    return said.pop() if len(said) == 1 else None


def _holds_quoted(q: Question, hit: SentenceHit) -> bool:
    """The sentence says a phrase the question quotes, of more than one word: what the question asks about."""
    folded = fold(hit.text)
    return any(len(fold(quoted).split()) > 1 and fold(quoted) in folded for quoted in q.quoted)


def _speaks_of_kind(head: re.Pattern[str], hit: SentenceHit, prev: SentenceHit | None) -> bool:
    """The sentence, or the one before it, holds the noun asked for in one of its forms ('the convent', 'nuns')."""
    return bool(head.search(hit.text) or (prev is not None and head.search(prev.text)))


def _joined(one: Candidate, other: Candidate, sentences: dict[int, tuple[int, str]]) -> bool:
    """Written as a pair ('Uncle Tom and Aunt Ann', 'Tom, and Ann'): only 'and', and a title, between them."""
    if one.span is None or other.span is None or one.sentence_id not in sentences:
        return False
    (_, end), (start, _) = sorted((one.span, other.span))
    offset, text = sentences[one.sentence_id]
    return bool(_PAIRED.fullmatch(text[end - offset:start - offset]))


def _role_words(wordnet: WordNet | None, noun: str) -> set[str]:
    """The words a sentence speaks of a kind of person with: the noun and its plural, and the verb it is the doer
    of, in any form ('commander': commanded; 'writer': wrote) — not a verb of the same spelling ('delegate':
    delegating)."""
    if wordnet is None:
        return {noun}
    doing = {w for w in wordnet.kindred(noun) if "_" not in w and noun.startswith(stem := w.rstrip("e"))
             and noun[len(stem):] in AGENT_ENDINGS}
    return {noun} | wordnet.plurals(noun) | {f for verb in doing for f in wordnet.inflections(verb) | {verb}}


def _forms(wordnet: WordNet, word: str) -> set[str]:
    """The forms a question's word may take in a sentence: its inflections, and an inflected word's other
    inflections ('bought' → buying, buys). An irregular form that is a word of its own keeps its own sense: 'born'
    is not 'bear' nor 'bore', 'found' (a city) not 'find'."""
    lemma = wordnet.lemma(word)
    if word[:3] != lemma[:3] and wordnet.is_lemma(word):
        return {f for f in wordnet.inflections(word) if f[:3] == word[:3]}
    return wordnet.inflections(word) | (wordnet.written_forms(lemma) if lemma != word else set())


_NAMED_OF = re.compile(r"\b([A-Za-z]+) of (?:the )?((?:[A-Z][\w’'-]*)(?: (?:de |la |del |von )?[A-Z][\w’'-]*)*)")


def _named_of(text: str) -> list[tuple[str, str]]:
    """'the battle of Vik', 'the siege of Lund': an event the question names by its kind and a place ('battle',
    'vik'); not 'the name of Tom', 'the daughter of Reed'."""
    return [(m.group(1).lower(), fold(m.group(2))) for m in _NAMED_OF.finditer(text)
            if m.group(1).lower() in NOUN_KINDS]


def _names_another(named_of: list[tuple[str, str]], hit: SentenceHit, prev: SentenceHit | None) -> bool:
    """The sentence tells of another thing of the kind the question names ('the battle of Lund' for 'the battle of
    Vik'), and neither it nor the sentence before names the one asked of."""
    said = _said(hit, prev)
    return any(f" {name} " not in said and any(m.group(1).lower() == kind and fold(m.group(2)) != name
                                               for m in _NAMED_OF.finditer(hit.text))
               for kind, name in named_of)


def _kin_of_another(noun: str, asked: str, ids: set[int], hit: SentenceHit, evidence: _Evidence) -> bool:
    """The sentence gives the kin noun asked of one person to another, by name ('Eve's father') or by a pronoun
    coreference bound to someone else ('his father', his being Tom's), and does not name the one asked of."""
    said = _said(hit, evidence.previous.get(hit.id))
    if f" {fold(asked)} " in said:
        return False
    nouns = kin_words(noun)
    # an owner named by a part of the asked one's name ('Ann's father' for Ann Reed) is the asked one
    return any(not set(fold(owner).split()) <= set(asked.split()) for owner in kin_owners(noun, hit.text)) or any(
        entity not in ids and hit.text[start - hit.start:end - hit.start].lower() in ("his", "her", "their")
        and re.match(rf"\s+(?:[a-z]+\s+)?(?:{nouns})\b", hit.text[end - hit.start:])
        for start, end, entity in evidence.bound[hit.id])


def _placed_dates(q: Question, places: set[str], evidence: _Evidence) -> list[tuple[str, str]]:
    """The places a date question names, where a dated sentence found names one of them (then the dated sentences
    that name none are weighed less); none otherwise."""
    named = [("", p) for p in sorted(places)]
    if q.answer_type != "date" or not named:
        return []
    return named if any(evidence.events[h.id] and _names(named, h, evidence.previous.get(h.id))
                        for _, h in evidence.top) else []


def _names(named_of: list[tuple[str, str]], hit: SentenceHit, prev: SentenceHit | None) -> bool:
    """The sentence or the one before names the place the question names ('Vik' of 'the battle of Vik')."""
    said = _said(hit, prev)
    return any(f" {name} " in said for _, name in named_of)


def _said(hit: SentenceHit, prev: SentenceHit | None) -> str:
    """The folded words of a sentence and the one before, spaced for whole-word lookups."""
    return f" {fold(hit.text)} {fold(prev.text) if prev else ''} "


_WHO_WAS = re.compile(r"^\s*who\s+(?:was|is|were)\s+(?P<rest>.+?)[\s?.!]*$", re.I)


def _who_someone_was(q: Question, entities: Entities) -> bool:
    """'Who was Ada Vane?': the question is a name the record knows, and nothing more (the model may have taken
    the person for a place)."""
    said = _WHO_WAS.match(q.text)
    return bool(said) and any(fold(said.group("rest")) == key for key, _ in entities)


def _load_readers(model: str) -> None:
    parse_text("Who was there?", model)
    shared()


def _dated_elsewhere(years: list[int], hit: SentenceHit, evidence: _Evidence) -> bool:
    """The sentence (or, if it has no dated event, the one before; else those dated a little before it) tells of
    other years than the question's; a year either side is allowed ('the winter of 1836-7')."""
    dated = [e for e in evidence.events[hit.id] if e.date]
    if not dated and hit.id in evidence.previous:
        dated = [e for e in evidence.events[evidence.previous[hit.id].id] if e.date]
    told = {int(e.date[:4]) for e in dated if e.date[:4].isdigit()}
    if not told:
        told = evidence.told.get(hit.id, set())
    return bool(told) and not any(abs(t - y) <= 1 for t in told for y in years)


_LIFE_WORDS = {"born": re.compile(r"\b(?:born|birth|birthplace)\b", re.I),
               "died": re.compile(r"\b(?:die[ds]?|dying|death|dead|killed|murdered|assassinated|executed|drowned|"
                                  r"perished|slain)\b", re.I)}


def _tells_life_event(event: str, hit: SentenceHit, evidence: _Evidence) -> bool:
    """When or where someone was born or died is read from a sentence that tells a birth or a death, or follows one
    ('He died in May. It was at Pau.'), not from one that holds only the names and the date."""
    prev = evidence.previous.get(hit.id)
    return any(_LIFE_WORDS[event].search(s.text) for s in (hit, prev) if s is not None)


def _epithet(after: list[str], capitalized: set[str], index: dict[str, list[tuple[int, str]]]) -> int:
    """How many of the words after a person's name are an epithet the question writes with it ('the Bold' of 'Hal
    the Bold's wife', where the text calls him Hal): 2, or 0."""
    if after[:1] == ["the"] and len(after) > 1 and after[1] in capitalized and after[1] not in index:
        return 2
    return 0


def _asked(q: Question, entities: Entities) -> Entities:
    """The names the question asks of: not one it gives only to say who another is ('Ann's son Tom')."""
    describers = describing(q.text, [key for key, _ in entities])
    return [e for e in entities if e[0] not in describers]


def _speaks_of(people: set[int], hit: SentenceHit, evidence: _Evidence) -> bool:
    """The sentence, or the one before, names one of the people or speaks of them ('he', 'I', 'his father')."""
    prev = evidence.previous.get(hit.id)
    ids = [hit.id] + ([prev.id] if prev else [])
    return any(m.entity_id in people for i in ids for m in evidence.mentions[i]) or \
        any(e in people for _, _, e in evidence.bound[hit.id])


def _entity_coverage(mentions: list[MentionRow], entities: Entities) -> float:
    """The share of the question's names the sentence mentions."""
    if not entities:
        return 1.0
    present = {m.entity_id for m in mentions if m.entity_id is not None}
    return sum(1 for _, group in entities if any(eid in present for eid, _ in group)) / len(entities)
