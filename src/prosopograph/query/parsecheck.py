"""The question's parse checked against the parse of each sentence that may answer it.

A candidate standing where the wh-word stands ('passed her last years in X' for 'in which port did she
pass her last years') counts more; one of a sentence that has the question's predicate elsewhere counts
less; a sentence where someone else than the question's subject does it gives none. 'How many X' takes the
number that counts X. A sentence without the predicate says nothing either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..nlp.parse import LazyParse, Token
from ..nlp.rules import is_person_word, kin_key
from ..nlp.wordnet import shared
from ..store import MentionRow, SentenceHit, Store
from ..text import fold
from .candidates import ENTITY_TYPES, GROUP, MAX_WORDS, OTHER_LABEL, WELL_KNOWN, Candidate, a_title, asked_in
from .slots import (
    NAME,
    NAME_WORDS,
    Slot,
    asks_an_act,
    copula_noun,
    counted_noun,
    counts,
    described,
    doers,
    fillers,
    fills,
    giver,
    is_noun,
    is_title,
    predicate_words,
    question_slot,
    span_head,
    time_phrases,
    when_slot,
)

SLOT_FILLED = 1.5
"""A candidate standing where the question's wh-word stands."""
SLOT_MISSED = 0.5
"""A candidate of a sentence that has the question's predicate, elsewhere than in its slot."""
WRITTEN_TIME = 0.6
"""A phrase that says when in words ('when the boy was ten'), for a 'when' the sentence gives no date for."""
DONE_BY_ANOTHER = 0.0
"""A sentence where someone else does what the question asks of its subject answers nothing."""
FILLED_KINDS = frozenset({"place", "org", "work", "text", "person"})
"""Kinds of answer a proper name the parse puts in the slot may give though the recognizer missed it."""


_BEING = frozenset({"be", "become", "remain", "seem", "play", "act", "succeed", "replace", "supersede", "relieve"})
"""Verbs whose object is a role their subject is, plays or takes over ('he played the guardian to the boy', 'he
succeeded my first tutor')."""
_OWN_CLAUSE = frozenset({"advcl", "relcl", "acl", "ccomp"})
"""A clause set under another ('when the pilot came in'): who is told of there is not its main clause's subject."""
_NAMED_BESIDE = frozenset({"appos", "compound", "flat"})
"""How a name hangs on the noun it is set beside ('her brother Tom Reed', 'the clerk, Tom Reed')."""


@dataclass
class _Parsed:
    """One sentence's tokens within its passage's; offsets are the passage's, `start` its place in the text."""

    start: int
    sentence: list[Token]
    passage: Sequence[Token]

    def local(self, span: tuple[int, int]) -> tuple[int, int]:
        return span[0] - self.start, span[1] - self.start


@dataclass
class ParseCheck:
    """What the question's parse asks of a sentence, and the sentences' parses read so far for it."""

    store: Store
    answer_type: str
    slot: Slot | None = None
    when: Slot | None = None
    """For a question opening with 'when': the predicate whose time is asked."""
    related: set[str] = field(default_factory=set)
    subject_ids: set[int] = field(default_factory=set)
    counted: str | None = None
    kind_noun: str | None = None
    """The noun the question asks for ('which town' → town): a name the sentence calls one fits."""
    act: bool = False
    """The question asks for an act ('what did Ann do'), which no name of a sentence tells."""
    owned: bool = False
    """The noun is what the answer owns ('in whose house'): a name the sentence calls one must still be of the
    kind asked (a person, not the town 'in whose honour the town was named')."""
    surface: set[str] = field(default_factory=set)
    """Words one of which a sentence must hold for its parse to be worth reading."""
    _passages: dict[int, tuple[int, LazyParse] | None] = field(default_factory=dict)
    _holds: dict[int, bool] = field(default_factory=dict)
    """Whether a sentence holds one of the `surface` words, by sentence id."""

    @classmethod
    def of(cls, store: Store, answer_type: str, tokens: list[Token], entity_ids: Callable[[str], set[int]],
           kind_noun: str | None = None, owned: bool = False) -> ParseCheck:
        """The check for a question of this kind with these tokens (`entity_ids`: whom a name may be)."""
        check = cls(store, answer_type, owned=owned)
        wordnet = shared()

        def forms(lemma: str) -> set[str]:
            return wordnet.written_forms(lemma) if wordnet else {lemma}

        if answer_type == "number":
            check.counted = counted_noun(tokens)
            check.surface = forms(check.counted) if check.counted else set()
        elif answer_type == "date":
            check.when = when_slot(tokens)
        else:
            check.slot = question_slot(tokens)
            check.act = asks_an_act(tokens)
            check.kind_noun = (wordnet.lemma(kind_noun) if kind_noun and wordnet else kind_noun) \
                or copula_noun(tokens)
            check.surface = forms(check.kind_noun) if check.kind_noun else set()
        asked = check.slot or check.when
        if asked is not None:
            # a name is given with any verb of naming ('what name did she give it': 'she called it X'), and a
            # sentence with the question's own verb that gives none ('gave the farm to Tom') has none to give
            check.related = predicate_words(asked.predicate) | (NAME_WORDS if asked.role == NAME else set())
            check.subject_ids = entity_ids(asked.subject) if asked.subject else set()
            check.surface |= {f for w in check.related for f in forms(w)}
        return check

    def fillers(self, question: str, hit: SentenceHit, found: list[Candidate], mentions: list[MentionRow],
                bound: list[tuple[int, int, int]]) -> list[Candidate]:
        """Proper names that no candidate covers yet which the sentence calls what the question asks for ('a
        farm named X'), or which its parse puts in the question's slot unless the resolver knows that very
        name as another kind of thing. Called before the candidates are scored: a candidate's score is
        still its fit."""
        if self.when is not None:
            return [] if found else self._time_said(hit, bound)
        parsed = self._parsed(hit) if self.answer_type in FILLED_KINDS else None
        if parsed is None:
            return []
        # a body's name the text gives seldom may be a place's the model mislabelled ('found in the Tarn'): its kind is
        # no bar where the parse puts it in the place asked for
        typed = {(m.start, m.end): m.entity_type for m in mentions if m.entity_type and not (
            m.entity_type == "ORG" and self.answer_type == "place" and m.entity_mentions < WELL_KNOWN)}
        wanted = ENTITY_TYPES.get(self.answer_type)
        spans = [(span, True) for span in self._described(parsed)]
        if self.slot is not None:
            spans += [((a + parsed.start, b + parsed.start), False)
                      for a, b in fillers(self.slot, self.related, parsed.sentence, parsed.passage)]
        asked = fold(question)
        out: list[Candidate] = []
        for span, said in spans:
            text = hit.text[span[0] - hit.start:span[1] - hit.start]
            kind = typed.get(span)
            covering = [c for c in found + out if c.span and c.span[0] < span[1] and span[0] < c.span[1]]
            if said:
                for c in covering:  # a capitalised guess the text calls the kind asked for is no guess
                    c.score = c.features.fit = max(c.features.fit, 1.0)
            foreign = bool(kind and wanted and kind not in wanted) and (not said or self.owned)
            if covering or foreign or asked_in(text, asked) or (text[:1].islower() and self.answer_type != "text") \
                    or a_title(text, hit.text[:span[0] - hit.start]):
                continue  # a person, place, body or work is named, not 'the association' the parse found
            # what the text itself calls the kind asked for fits as well as a name the recognizer typed
            fit = 1.0 if said else GROUP if self.answer_type == "person" else OTHER_LABEL  # 'who': a group
            out.append(Candidate(text, fit, hit.id, span=span))
        return out

    def _time_said(self, hit: SentenceHit, bound: list[tuple[int, int, int]]) -> list[Candidate]:
        """The phrases that say when the sentence's predicate happened, as the text writes them: a 'when' the
        sentence gives no date for is answered in its words ('when the boy was ten years old'), unless another
        than the question's subject does it there."""
        parsed = self._parsed(hit)
        if parsed is None or (self.subject_ids and self._done_by_another(parsed, bound)):
            return []
        out = []
        for a, b in time_phrases(self.related, parsed.sentence, parsed.passage):
            span = (a + parsed.start, b + parsed.start)
            text = hit.text[span[0] - hit.start:span[1] - hit.start]
            if len(text.split()) <= MAX_WORDS:
                out.append(Candidate(text, WRITTEN_TIME, hit.id, span=span))
        return out

    def _described(self, parsed: _Parsed) -> list[tuple[int, int]]:
        """The names the sentence calls what the question asks for, in the text's offsets."""
        if self.kind_noun is None:
            return []
        return [(a + parsed.start, b + parsed.start)
                for a, b in described(self.kind_noun, parsed.sentence, parsed.passage)]

    def weigh(self, hit: SentenceHit, found: list[Candidate], bound: list[tuple[int, int, int]]) -> None:
        """Raise the candidates the sentence's parse puts where the question asks, lower the others (`bound`: the
        sentence's words the resolver bound to someone, as (start, end, entity))."""
        parsed = self._parsed(hit) if found else None
        if parsed is None:
            if found and self.counted is not None and self.surface:
                for cand in found:  # 'how many prisoners': a number in a sentence of no prisoners counts something else
                    _weigh(cand, False)
            return
        if self.slot is not None and self.subject_ids and self._done_by_another(parsed, bound):
            for cand in found:
                cand.score *= DONE_BY_ANOTHER
            return
        called = self._described(parsed)
        # 'a clerk gave the letter to Tom Reed': the sentence leaves the one asked for unnamed; Reed is another
        unnamed = not called and self._unnamed(parsed)
        for cand in found:
            if cand.span is None or not hit.start <= cand.span[0] < hit.end:
                continue
            verdict = None
            if self.slot is not None:
                verdict = fills(self.slot, self.related, parsed.local(cand.span), parsed.sentence, parsed.passage)
                if verdict is False and self.slot.role != NAME and self._fills_as_bound(cand, parsed, bound):
                    verdict = True
            elif self.counted is not None:
                verdict = counts(self.counted, parsed.local(cand.span), parsed.sentence, parsed.passage)
            if verdict and self.slot is not None and self.slot.role == NAME and self.subject_ids and \
                    self._named_by_another(cand.span, parsed, bound):
                cand.score *= DONE_BY_ANOTHER  # 'the fishermen called it the Lookout, but Ada named it …'
                continue
            if any(a < cand.span[1] and cand.span[0] < b for a, b in called):
                verdict = True  # 'X, a small town' answers 'which town'
            elif unnamed and verdict is None:
                cand.score *= DONE_BY_ANOTHER
                continue
            _weigh(cand, verdict)

    def _fills_as_bound(self, cand: Candidate, parsed: _Parsed, bound: list[tuple[int, int, int]]) -> bool:
        """A word the resolver bound to the candidate's person fills the slot: '“I found it,” said Tom' — the 'I' is
        Tom's, so Tom found it."""
        assert self.slot is not None
        return cand.entity_id is not None and any(
            e == cand.entity_id and (a, b) != cand.span and parsed.start <= a
            and fills(self.slot, self.related, parsed.local((a, b)), parsed.sentence, parsed.passage)
            for a, b, e in bound)

    def handed_to_unnamed(self, hit: SentenceHit, at: int) -> bool:
        """The 'he' or 'she' at text offset `at` is not the person of the kind asked for whom the sentence leaves
        unnamed: one its verb does something to ('he handed the letter to the foster-father': a verb's subject and
        its object are two people), several ('he wrote to the officers') or one of a clause of its own ('he laughed
        when the pilot came in'). Not one a verb of being or of taking over a role makes it ('he played the
        guardian', 'he succeeded the tutor'), nor one a clause joined to its own tells of again ('he married her,
        and the pilot took her home')."""
        if self.kind_noun is None or self.answer_type != "person":
            return False
        parsed = self._parsed(hit)
        if parsed is None or not self._unnamed(parsed):
            return False
        pronoun = next((t for t in parsed.sentence if t.start == at - parsed.start), None)
        subject = _subject_with(pronoun, parsed) if pronoun is not None else None
        if subject is None:
            return False
        verbs = {v.i for v in _sharing_subject(parsed.passage[subject.head], parsed)}
        for t in parsed.sentence:
            if not _common(t, parsed) or not is_noun(self.kind_noun, t, parsed.passage):
                continue
            prep = parsed.passage[t.head] if t.dep == "pobj" and 0 <= t.head < len(parsed.passage) else None
            verb = prep.head if prep is not None else t.head
            if verb in verbs and parsed.passage[verb].lemma.lower() not in _BEING and (
                    t.dep in ("dobj", "dative") or (prep is not None and prep.dep in ("prep", "dative")
                    and prep.lower != "as")):
                return True
            if t.tag in ("NNS", "NNPS") or (0 <= verb < len(parsed.passage) and verb not in verbs
                                            and parsed.passage[verb].dep in _OWN_CLAUSE):
                return True
        return False

    def _unnamed(self, parsed: _Parsed) -> bool:
        """The sentence speaks of a person of the kind asked for ('the clerk') with no name beside it."""
        if self.kind_noun is None or self.answer_type != "person" or not (
                is_person_word(self.kind_noun) or kin_key(self.kind_noun)):  # a step-mother is one
            return False
        names = {t.i for t in parsed.sentence if t.pos == "PROPN" and not _common(t, parsed)}
        return any(_common(t, parsed) and is_noun(self.kind_noun, t, parsed.passage)
                   and not _said_of_someone(t, names, parsed)
                   for t in parsed.sentence)


    def _named_by_another(self, span: tuple[int, int], parsed: _Parsed, bound: list[tuple[int, int, int]]) -> bool:
        """The name at `span` is given by another than the one the question says gave it."""
        head = span_head(parsed.local(span), parsed.sentence, parsed.passage)
        verb = giver(head, parsed.sentence, parsed.passage) if head is not None else None
        return verb is not None and verb.pos == "VERB" and self._done_by_another(parsed, bound, verb)

    def _done_by_another(self, parsed: _Parsed, bound: list[tuple[int, int, int]], verb: Token | None = None) -> bool:
        """The sentence's predicate (`verb`, if given) is done by someone the resolver knows as another, by a common
        noun ('her sister lived there') or a count of others ('three of the crew died'), and never by the question's
        subject."""
        found = doers(self.related, parsed.sentence, parsed.passage, verb)
        if not found:
            return False
        others = []
        for t in found:
            # 'her brother Tom Reed': the noun is the name set beside it
            named = [t, *(c for c in parsed.sentence if c.head == t.i and c.dep in _NAMED_BESIDE and c.pos == "PROPN")]
            entities = {e for w in named for a, b, e in bound if a <= w.start + parsed.start < b}
            if entities & self.subject_ids:
                return False
            entity = next(iter(entities), None)
            # a name or common noun, or a count of others ('three of the crew died there'; not 'the two died')
            near = {t.i} | {c.i for c in parsed.sentence if c.head == t.i}
            counted = t.pos == "NUM" and any(c.head in near and c.lower == "of" for c in parsed.sentence)
            others.append(entity is not None or t.pos in ("NOUN", "PROPN") or counted)
        return any(others)

    def _parsed(self, hit: SentenceHit) -> _Parsed | None:
        """The sentence's parse, when it holds a word the check looks for (most do not: not worth decoding)."""
        if not self.surface:
            return None
        if hit.id not in self._holds:
            folded = fold(hit.text)
            # a hyphenated word ('foster-father') is folded to its parts, and looked for as a phrase
            self._holds[hit.id] = bool(self.surface & set(folded.split())) or any(
                "-" in w and f" {fold(w)} " in f" {folded} " for w in self.surface)
        if not self._holds[hit.id]:
            return None
        if hit.passage_id not in self._passages:
            found = self.store.passage_parse(hit.passage_id)
            self._passages[hit.passage_id] = (found[0], LazyParse(found[2], found[1])) if found else None
        passage = self._passages[hit.passage_id]
        if passage is None:
            return None
        start, tokens = passage
        return _Parsed(start, tokens.between(hit.start - start, hit.end - start), tokens)


def _common(t: Token, parsed: _Parsed) -> bool:
    """A common noun, or a title written as one with its article ('the Governor', 'the Emperor of Austria')."""
    return t.pos == "NOUN" or (is_title(t) and any(
        c.head == t.i and c.dep == "det" and c.lower == "the" for c in parsed.sentence))


def _subject_with(pronoun: Token, parsed: _Parsed) -> Token | None:
    """The subject the pronoun is or is part of: itself, or the phrase it owns something in, or a name joined to that
    ('he', 'his men', 'Tom and his men' → Tom); None where it is no subject's."""
    t = pronoun
    if t.dep == "poss" and 0 <= t.head < len(parsed.passage):
        t = parsed.passage[t.head]
    while t.dep == "conj" and 0 <= t.head < len(parsed.passage):
        t = parsed.passage[t.head]
    return t if t.dep == "nsubj" and 0 <= t.head < len(parsed.passage) else None


def _sharing_subject(verb: Token, parsed: _Parsed) -> list[Token]:
    """The verb and the verbs joined to it that have no subject of their own, and so take its subject ('he had been
    away, and had seen and thanked the judge'; not 'and the judge agreed'), or whose own is a pronoun that takes it up
    again ('Tom and his men came, and they told …')."""
    out, todo = [], [verb]
    while todo:
        v = todo.pop()
        out.append(v)
        first = next((s for s in parsed.sentence if s.head == v.i and s.dep == "nsubj"), None)
        todo += [c for c in parsed.sentence if c.head == v.i and c.dep == "conj" and c.pos in ("VERB", "AUX")
                 and all(_takes_up(s, first, parsed) for s in parsed.sentence
                         if s.head == c.i and s.dep in ("nsubj", "nsubjpass"))]
    return out


def _takes_up(pronoun: Token, subject: Token | None, parsed: _Parsed) -> bool:
    """The pronoun stands for the subject of the clause it is joined to: 'they' after several joined by 'and', the same
    'he' or 'she' after 'he' or 'she'."""
    if subject is None or pronoun.dep != "nsubj" or pronoun.tag != "PRP":
        return False
    if subject.tag == "PRP":
        return pronoun.lower == subject.lower
    return pronoun.lower == "they" and any(c.head == subject.i and c.dep == "conj" for c in parsed.sentence)


def _said_of_someone(noun: Token, names: set[int], parsed: _Parsed) -> bool:
    """The noun names someone the sentence names: a name after it is its own ('the poet Tom Reed'; one before says
    where from: 'a Welsh poet'), and it may be what someone is or becomes ('Tom Reed became a clerk') or is taken
    as ('as a young clerk, Tom Reed …', '… who had trained as a clerk'); a name set after it by a comma is its own
    however the parser hung it ('reared by his aunt, Mrs. Ann Lee, …')."""
    head = parsed.passage[noun.head] if 0 <= noun.head < len(parsed.passage) else None
    return noun.head in names or noun.i + 1 in names or noun.dep in ("attr", "oprd") or _named_after_comma(
        noun, names, parsed.passage) or (
        noun.dep == "pobj" and head is not None and head.lower == "as") or any(
        c.head == noun.i and c.i in names and c.i > noun.i for c in parsed.sentence)


def _named_after_comma(noun: Token, names: set[int], passage: Sequence[Token]) -> bool:
    """A comma, then a name, with or without its title, right after the noun ('his aunt, Mrs. Ann Lee'), the name
    not the subject of the clause the comma opens ('Like his aunt, Ann Lee sang')."""
    k = noun.i + 2
    if k >= len(passage) or passage[noun.i + 1].text != ",":
        return False
    while k < len(passage) and passage[k].pos == "PROPN" and k not in names:
        k += 1  # a title the names leave out
    while k + 1 < len(passage) and passage[k].head == k + 1 and passage[k + 1].pos == "PROPN":
        k += 1  # to the name's last word, which the parse hangs the others on
    return k in names and passage[k].dep not in ("nsubj", "nsubjpass")


def _weigh(cand: Candidate, verdict: bool | None) -> None:
    if verdict:
        cand.score *= SLOT_FILLED
        cand.features.slot = True
    elif verdict is False:
        cand.score *= SLOT_MISSED
