"""Relations read from the parse: a verb with its arguments, and who led what.

- 'Tom married Ann', 'Tom was married to Ann': spouses; 'X killed Y', 'Y was murdered by X': Y killed_by
  X; likewise arrest, found, edit, teach, employ, join, 'serve under', 'work for' (VERBS). The people
  are the resolved entities, pronouns included ('he married her'); a negated verb states nothing.

- 'Tom Reed commanded the Rifle Brigade', 'the Brigade was led by Tom Reed': the subject (or the agent
  of a passive) led the body that is its object (or its subject).
- 'the Rifle Brigade, Colonel Reed commanding', 'the Brigade under Colonel Reed': a body with the
  person a participle of command or 'under' attaches to it.
- 'Reed was given the command of the Brigade', 'he took command of the Brigade': the subject of the
  verb that 'command of' hangs on.

The people and bodies are the resolved entities, pronouns included ('he took command of …').
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import MentionRecord, Relation, ResolvedEntity, SentenceRecord
from ..nlp.parse import Token, decode, tokens_by_sentence

LEAD_VERBS = frozenset({"command", "lead", "head"})
PERSON, ORG = "PERSON", "ORG"


@dataclass(frozen=True)
class VerbRelation:
    """What a verb states: `relation` from its agent to its patient, or from the patient to the agent."""

    relation: str
    agent: frozenset[str]
    """Entity types the agent may have."""
    patient: frozenset[str]
    patient_first: bool = False
    preposition: str | None = None
    """The patient is this preposition's object ('serve under X'), not the verb's."""


_P, _PO = frozenset({PERSON}), frozenset({PERSON, ORG})
_RIVAL = (VerbRelation("rival_of", _P, _P),)
_ALLY = (VerbRelation("ally_of", _P, _P, preposition="with"),)
VERBS: dict[str, tuple[VerbRelation, ...]] = {
    **dict.fromkeys(("kill", "murder", "assassinate", "execute", "slay"), (VerbRelation("killed_by", _PO, _P, True),)),
    "arrest": (VerbRelation("arrested_by", _PO, _P, True),),
    **dict.fromkeys(("found", "establish"), (VerbRelation("founded", _P, frozenset({ORG})),)),
    "edit": (VerbRelation("edited", _P, frozenset({ORG})),),
    "teach": (VerbRelation("teacher_of", _P, _P),),
    **dict.fromkeys(("employ", "hire"), (VerbRelation("employed_by", _PO, _P, True),)),
    "join": (VerbRelation("member_of", _P, frozenset({ORG})),),
    "serve": (VerbRelation("served_under", _P, _P, preposition="under"),),
    "work": (VerbRelation("employed_by", _P, _PO, preposition="for"), *_ALLY),
    **dict.fromkeys(("collaborate", "cooperate", "ally"), _ALLY),
    **dict.fromkeys(("condemn", "denounce", "oppose"), _RIVAL),
    **dict.fromkeys(("quarrel", "break", "feud"), (VerbRelation("rival_of", _P, _P, preposition="with"),)),
    "preside": (VerbRelation("led", _P, frozenset({ORG}), preposition="over"),),
}
"""Verbs (lemmas) whose subject and object (or a preposition's object) stand in a contract relation."""
ROLE_NOUNS = {"editor": "edited", "founder": "founded", "leader": "led", "head": "led", "chairman": "led",
              "president": "led", "commander": "led", "chief": "led"}
"""'X, the editor of Y', 'X was the founder of Y', 'X was made chairman of Y'."""
SECOND_IN_RANK = frozenset({"vice", "deputy", "assistant", "associate", "sub"})
"""'the vice chairman of Y' belongs to Y without leading it."""
MARRY = frozenset({"marry", "wed"})
COMMAND_NOUNS = frozenset({"command", "leadership", "head"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_TRIGGER = re.compile(r"\b(?:command|lead|led|head|leadership|under|marri|wed|kill|murder|assassinat|execut|slay|"
                      r"slain|slew|arrest|found|establish|edit|teach|taught|employ|hire|join|serv|work|collaborat|"
                      r"cooperat|all[iy]|condemn|denounc|oppos|quarrel|br[eo]k|feud|presid|chairman|chief|staff)", re.I)


def clause_relations(sentences: list[SentenceRecord], mentions: list[MentionRecord], entity_of: dict[int, int],
                      entities: list[ResolvedEntity], text_of: Callable[[int], str],
                      parses_of: Callable[[int], dict[int, tuple[int, str]]]) -> list[Relation]:
    """The relations the clauses of the whole corpus state, one per clause and pair."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for m in mentions:
        if m.id in entity_of:
            spans.setdefault(m.document_id, []).append((m.start, m.end, entity_of[m.id]))
    out: list[Relation] = []
    for document_id, in_document in itertools.groupby(sentences, key=lambda s: s.document_id):
        found = sorted(spans.get(document_id, []))
        if not found:
            continue
        text, parses = text_of(document_id), parses_of(document_id)
        starts = [a for a, _, _ in found]
        for passage_id, grouped in itertools.groupby(in_document, key=lambda s: s.passage_id):
            group = list(grouped)
            if passage_id not in parses or not any(_TRIGGER.search(s.text) for s in group):
                continue  # most passages speak of no command: not worth decoding their parse
            start, parse = parses[passage_id]
            tokens = decode(parse, text, start)
            entity_at = {t.i: e for t in tokens if (e := _entity_at(t, found, starts)) is not None}
            for s, in_sentence in zip(group, tokens_by_sentence(tokens, group)):
                out += _clause_relations(in_sentence, tokens, entity_at, entities, s.id)
    return out


def _entity_at(t: Token, found: list[tuple[int, int, int]], starts: list[int]) -> int | None:
    k = bisect.bisect_right(starts, t.start) - 1
    if k >= 0 and found[k][0] <= t.start < found[k][1]:
        return found[k][2]
    return None


@dataclass
class _Clause:
    """One sentence's tokens with their dependents, and the entity each word stands for."""

    sentence: list[Token]
    passage: list[Token]
    entity_at: dict[int, int]
    entities: list[ResolvedEntity]
    sentence_id: int
    children: dict[int, list[Token]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.sentence:
            self.children.setdefault(t.head, []).append(t)

    def dep(self, t: Token, *names: str) -> list[Token]:
        """The word's dependents of these relations."""
        return [c for c in self.children.get(t.i, []) if c.dep in names]

    def head(self, t: Token) -> Token | None:
        """The word's head in the passage, None when it has none there."""
        return self.passage[t.head] if 0 <= t.head < len(self.passage) else None

    def entity(self, t: Token) -> int | None:
        """Whom a word stands for, or the name in apposition to it ('my father, Tom Reed, married …')."""
        if t.i in self.entity_at:
            return self.entity_at[t.i]
        return next((self.entity_at[a.i] for a in self.dep(t, "appos") if a.i in self.entity_at), None)

    def of_type(self, t: Token | None, kind: str) -> int | None:
        """The entity a word stands for if it is of this type."""
        e = self.entity(t) if t is not None else None
        return e if e is not None and self.entities[e].type == kind else None

    def subjects(self, verb: Token, *names: str) -> list[Token]:
        """The verb's subjects, or those of the verb it is joined to ('X headed … and presided over …')."""
        found = self.dep(verb, *names)
        if not found and verb.dep == "conj" and 0 <= verb.head < len(self.passage) \
                and self.passage[verb.head] in self.sentence:
            return self.subjects(self.passage[verb.head], *names)
        return found

    def objects_of(self, t: Token, preposition: str) -> list[Token]:
        """The objects of the word's preposition ('editor of Y' → Y)."""
        return [p for o in self.dep(t, "prep") if o.lower == preposition for p in self.dep(o, "pobj")]

    def led(self, people: list[Token], bodies: list[Token]) -> list[Relation]:
        """Each person of `people` led each body of `bodies`."""
        out = []
        for p in people:
            for b in bodies:
                person, body = self.of_type(p, PERSON), self.of_type(b, ORG)
                if person is not None and body is not None:
                    out.append(Relation(person, "led", body, self.sentence_id))
        return out


def _clause_relations(sentence: list[Token], passage: list[Token], entity_at: dict[int, int],
                      entities: list[ResolvedEntity], sentence_id: int) -> list[Relation]:
    """The relations one sentence states, word by word: the first reading that fits a word is its reading."""
    clause = _Clause(sentence, passage, entity_at, entities, sentence_id)
    out: list[Relation] = []
    for t in sentence:
        lemma = t.lemma.lower()
        if t.pos == "VERB" and clause.dep(t, "neg"):
            continue  # 'he never married'
        if (t.pos == "VERB" and lemma in MARRY) or _married(t):
            out += _marriage(t, clause)
        elif t.pos == "VERB" and lemma in VERBS:
            for verb in VERBS[lemma]:
                out += _verb_relations(verb, t, clause)
        elif t.pos == "NOUN" and lemma in ROLE_NOUNS and (t.dep in ("appos", "attr") or _after_as(t, passage)):
            out += _role_noun(t, clause)
        elif t.pos == "VERB" and lemma in LEAD_VERBS and t.tag != "VBG":
            out += _lead_verb(t, clause)
        elif t.lower == "commanding" or (t.tag == "VBG" and lemma in LEAD_VERBS):
            out += _commanding(t, clause)
        elif t.lower == "under" and t.dep == "prep":
            head = clause.head(t)
            out += clause.led(clause.dep(t, "pobj"), [head] if head is not None else [])
        elif t.pos == "NOUN" and lemma in COMMAND_NOUNS:
            out += _command_noun(t, clause)
        elif t.pos == "NOUN" and lemma == "staff" and t.dep == "pobj":
            out += _staff(t, clause)
    return out


def _staff(t: Token, clause: _Clause) -> list[Relation]:
    """'Captain Reed of my staff', 'Tom Hale, a clerk on the staff of General Ames', 'two of his staff, A and B':
    who is on someone's staff served under them."""
    owners = [o for c in clause.dep(t, "poss") for o in [clause.of_type(c, PERSON)] if o is not None]
    owners += [o for c in clause.objects_of(t, "of") for o in [clause.of_type(c, PERSON)] if o is not None]
    preposition = clause.head(t)
    member = clause.head(preposition) if preposition is not None and preposition.lower in ("of", "on") else None
    if not owners or member is None:
        return []
    named = [member, *clause.dep(member, "appos")]
    if member.dep == "appos" and (head := clause.head(member)) is not None:
        named.append(head)  # 'Tom Hale, a clerk on my staff'
    named += [c for n in list(named) for c in clause.dep(n, "conj")]
    people = {p for n in named if (p := clause.of_type(n, PERSON)) is not None}
    return [Relation(p, "served_under", o, clause.sentence_id) for p in people for o in owners if p != o]


def _married(t: Token) -> bool:
    """'I was married to Ann': 'married' as an adjective."""
    return t.lower == "married" and t.dep == "acomp"


def _marriage(t: Token, clause: _Clause) -> list[Relation]:
    """'Tom married Ann', 'Tom and Ann were married', 'Tom was married to Ann': spouses."""
    verb = (clause.head(t) if _married(t) else None) or t  # the adjective's clause is its verb's
    spouses = [x for c in clause.subjects(verb, "nsubj", "nsubjpass") for x in (c, *clause.dep(c, "conj"))]
    partners = clause.dep(t, "dobj") + clause.objects_of(t, "to")
    pairs = [(a, b) for a in spouses for b in partners] or list(itertools.combinations(spouses, 2))
    return [Relation(a, "spouse_of", b, clause.sentence_id) for x, y in pairs
            if (a := clause.of_type(x, PERSON)) is not None and (b := clause.of_type(y, PERSON)) is not None
            and a != b]


def _role_noun(t: Token, clause: _Clause) -> list[Relation]:
    """'Tom Reed, the editor of the Courier'; 'Tom Reed was (became) the editor of the Courier'; 'As editor
    of the Courier, Tom Reed …'."""
    bodies = clause.objects_of(t, "of")
    head = clause.head(t) or t
    if t.dep == "pobj":
        head = clause.head(head) or head
    people = [head] if t.dep == "appos" else [c for c in clause.sentence if c.head == head.i and c.dep in SUBJECTS]
    second = any(c.lower in SECOND_IN_RANK for c in clause.children.get(t.i, []))
    relation = "member_of" if second else ROLE_NOUNS[t.lemma.lower()]
    return [Relation(p, relation, b, clause.sentence_id) for x in people for y in bodies
            if (p := clause.of_type(x, PERSON)) is not None and (b := clause.of_type(y, ORG)) is not None]


def _lead_verb(t: Token, clause: _Clause) -> list[Relation]:
    """'Tom Reed commanded the Rifle Brigade', 'the Brigade was led by Tom Reed'."""
    agents = clause.subjects(t, "nsubj") + [p for b in clause.dep(t, "agent") for p in clause.dep(b, "pobj")]
    bodies = clause.dep(t, "dobj", "nsubjpass") + _modified(t, clause.passage)
    return clause.led(agents, bodies)


def _commanding(t: Token, clause: _Clause) -> list[Relation]:
    """'the Brigade, Colonel Reed commanding': the participle's subject led the body it attaches to."""
    head = clause.head(t)
    people = [c for c in clause.children.get(t.i, []) if c.dep in ("nsubj", "compound")]
    return clause.led(people, [head] if head is not None and t.dep in ("appos", "acl", "advcl") else [])


def _command_noun(t: Token, clause: _Clause) -> list[Relation]:
    """'Reed was given the command of the Brigade': the subject of the verb 'command of' hangs on."""
    bodies = clause.objects_of(t, "of")
    verb = _verb_above(t, clause.passage)
    people = [c for c in clause.sentence if verb is not None and c.head == verb.i and c.dep in SUBJECTS]
    return clause.led(people, bodies)


def _verb_relations(verb: VerbRelation, t: Token, clause: _Clause) -> list[Relation]:
    """'X killed Y', 'Y was killed by X', 'X served under Y', 'the Y founded by X': the relation between
    agent and patient (`modified`: the noun a passive participle describes)."""
    agents = clause.subjects(t, "nsubj") + [p for b in clause.dep(t, "agent") for p in clause.dep(b, "pobj")]
    modified = _modified(t, clause.passage)
    if modified and not verb.preposition:
        patients = modified
    elif verb.preposition:
        patients = clause.objects_of(t, verb.preposition)
        # 'worked with Ann to draft the plan': the parser makes Ann the subject of the infinitive
        patients += [p for c in clause.dep(t, "advcl", "xcomp") for m in clause.dep(c, "mark")
                     if m.lower == verb.preposition for p in clause.dep(c, "nsubj")]
    else:
        patients = clause.dep(t, "dobj", "nsubjpass", "dative")
    out = []
    for a in agents:
        for p in patients:
            agent, patient = clause.entity(a), clause.entity(p)
            if agent is None or patient is None or agent == patient:
                continue
            if clause.entities[agent].type in verb.agent and clause.entities[patient].type in verb.patient:
                out.append(Relation(patient, verb.relation, agent, clause.sentence_id) if verb.patient_first
                           else Relation(agent, verb.relation, patient, clause.sentence_id))
    return out


def _modified(t: Token, passage: list[Token]) -> list[Token]:
    """The noun a passive participle describes ('the league founded by Ann'): its patient."""
    if t.dep == "acl" and t.tag == "VBN" and 0 <= t.head < len(passage):
        return [passage[t.head]]
    return []


def _after_as(t: Token, passage: list[Token]) -> bool:
    """The object of 'as' ('As editor of …'), which says what the clause's subject was."""
    return t.dep == "pobj" and 0 <= t.head < len(passage) and passage[t.head].lower == "as"


def _verb_above(t: Token, passage: list[Token]) -> Token | None:
    """The verb a noun phrase hangs on, through prepositions ('assigned to the command of')."""
    for _ in range(4):
        if not 0 <= t.head < len(passage) or t.head == t.i:
            return None
        t = passage[t.head]
        if t.pos in ("VERB", "AUX"):
            return t
    return None


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def verbless_apparatus(sentences: list[SentenceRecord], text_of: Callable[[int], str],
                       parses_of: Callable[[int], dict[int, tuple[int, str]]]) -> set[int]:
    """Sentences of apparatus (contents, index, bibliography, notices) with no finite verb: a list entry
    such as 'Harper, New York, 1885' states no event, while an editor's 'He was born in 1822' does."""
    out: set[int] = set()
    for document_id, in_document in itertools.groupby(sentences, key=lambda s: s.document_id):
        listed = [s for s in in_document if s.kind == "apparatus"]
        if not listed:
            continue
        text, parses = text_of(document_id), parses_of(document_id)
        for passage_id, group in itertools.groupby(listed, key=lambda s: s.passage_id):
            start, parse = parses.get(passage_id, (0, ""))
            in_group = list(group)
            for s, in_sentence in zip(in_group, tokens_by_sentence(decode(parse, text, start), in_group)):
                if not any(t.tag in FINITE for t in in_sentence):
                    out.add(s.id)
    return out
