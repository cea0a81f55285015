"""Relations read from the parse: a verb with its arguments, and the role nouns that relate two people or a person
and a body.

- 'Tom married Ann', 'Tom was married to Ann': spouses; 'X killed Y', 'Y was murdered by X': Y killed_by X;
  likewise arrest, found, edit, teach, employ, join, 'serve under', 'study under', 'work for' (VERBS). The doers
  are the verb's subjects with those joined to them, or those of the verb whose deed it completes ('Tom and Ann
  helped to found …', 'Ann began to edit …'); a negated verb states nothing.
- 'Tom took Ann for his wife', 'he made her his bride', 'gave his niece Ann in marriage to Tom': spouses; 'the feud
  between Tom and Ann': rivals.
- Who led what (command.py) and who taught, employed or helped whom (service.py).

The people and bodies are the resolved entities, pronouns included ('he married her', 'my teacher, Mr. Hale').
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import MentionRecord, Relation, ResolvedEntity, SentenceRecord
from ..nlp.parse import Token, decode, tokens_by_sentence
from .clause import ORG, PERSON, Clause, after_as, modified, said_to_be
from .command import (
    COMMAND_NOUNS,
    LEAD_VERBS,
    ROLE_NOUNS,
    command_noun,
    commanding,
    holder_noun,
    lead_verb,
    made_by,
    of_body,
    role_noun,
    staff,
    under,
)
from .kinds import OCCURRING
from .service import (
    EMPLOY_NOUNS,
    HELP_NOUNS,
    PERSON_ROLES,
    SCHOOLS,
    WORKPLACES,
    employ,
    helped,
    person_role,
    schooling,
    workplace,
)


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
    "study": (VerbRelation("teacher_of", _P, _P, patient_first=True, preposition="under"),),
    "work": (VerbRelation("employed_by", _P, _PO, preposition="for"), *_ALLY),
    **dict.fromkeys(("collaborate", "cooperate", "ally"), _ALLY),
    **dict.fromkeys(("condemn", "denounce", "oppose"), _RIVAL),
    **dict.fromkeys(("quarrel", "break", "feud"), (VerbRelation("rival_of", _P, _P, preposition="with"),)),
    "preside": (VerbRelation("led", _P, frozenset({ORG}), preposition="over"),),
}
"""Verbs (lemmas) whose subject and object (or a preposition's object) stand in a contract relation."""
MARRY = frozenset({"marry", "wed"})
MARRIAGE_NOUNS = frozenset({"marriage", "wedding"})
CELEBRATE = frozenset({"celebrate", "solemnize", "solemnise", "perform"})
SPOUSE_NOUNS = frozenset({"wife", "husband", "spouse", "bride"})
"""What marrying makes a person: 'took Ann for his wife', 'took her to wife', 'made her his bride'."""
CONFLICT_NOUNS = frozenset({"struggle", "rivalry", "feud", "enmity", "duel", "conflict", "war"})
"""Nouns of a fight that make the two people 'between' whom it is each other's rival: 'the feud between Tom and
Ann' (not a 'contest', which may be a game)."""
AFTER_IT = frozenset({"after", "at", "since", "on", "upon", "following"})
"""Prepositions before an event's noun that take the event as past: 'after the wedding of Tom and Ann'."""
_TRIGGER = re.compile(r"\b(?:command|lead|led|head|leadership|under|marri|wed|kill|murder|assassin|execut|slay|"
                      r"slain|slew|arrest|found|establish|edit|teach|taught|employ|hire|join|serv|work|collaborat|"
                      r"cooperat|all[iy]|wife|husband|bride|spous|condemn|denounc|oppos|quarrel|br[eo]k|feud|"
                      r"struggl|enmity|duel|conflict|wars?\b|presid|chairman|chief|staff|"
                      r"colonel|director|governor|principal|superintendent|member|tutor|instructor|pupil|student|"
                      r"discipl|clerk|secretar|servant|bookkeeper|housekeeper|valet|aide|adjutant|subordinate|"
                      r"orderly|superior|rival|enem|opponent|adversar|foe|friend|comrade|confeder|school|academ|seminar|class|stud|"
                      r"help|aid|assist|support|pay|store|shop|office|firm|business|factory|mill|bank|tanner|forge|"
                      r"warehouse|works|company|counting|smithy|printery|place|position|post|situation|job)"
                      r"|(?-i:[A-Z][\w’'-]+,? of the (?:\d|[A-Z]))", re.I)
"""Stems of the words some reading below starts from, and a name 'of the' a body: a passage with none of them is
not decoded."""


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
                continue  # most passages state no relation: not worth decoding their parse
            start, parse = parses[passage_id]
            tokens = decode(parse, text, start)
            entity_at = {t.i: e for t in tokens if (e := _entity_at(t, found, starts)) is not None}
            for s, in_sentence in zip(group, tokens_by_sentence(tokens, group)):
                if in_sentence:
                    out += _clause_relations(Clause(in_sentence, tokens, entity_at, entities, s.id))
    return out


def _entity_at(t: Token, found: list[tuple[int, int, int]], starts: list[int]) -> int | None:
    k = bisect.bisect_right(starts, t.start) - 1
    if k >= 0 and found[k][0] <= t.start < found[k][1]:
        return found[k][2]
    return None


def _clause_relations(clause: Clause) -> list[Relation]:
    """The relations one sentence states, word by word: the first reading that fits a word is its reading, and a
    role noun between two people is read besides ('Tom, the chief of the Guild': led; 'my chief, Tom': served)."""
    out: list[Relation] = []
    for t in clause.sentence:
        lemma = t.lemma.lower()
        if t.pos == "NOUN" and lemma in PERSON_ROLES:
            out += person_role(t, clause)
        out += _reading(t, lemma, clause)
    return out


def _reading(t: Token, lemma: str, clause: Clause) -> list[Relation]:
    """What one word states with its arguments, by the first reading that fits it."""
    if t.pos == "VERB" and (clause.dep(t, "neg") or clause.unreal(t)):
        return []  # 'he never married', 'he would have married her'
    if (t.pos == "VERB" and lemma in MARRY) or _married(t):
        return _marriage(t, clause)
    if t.pos == "VERB" and lemma in ("take", "make") and (taken := _taken_as_spouse(t, clause)):
        return clause.related(clause.doers(t), "spouse_of", taken)
    if t.pos == "VERB" and lemma == "give" and any(o.lemma.lower() in MARRIAGE_NOUNS
                                                   for o in clause.objects_of(t, "in")):
        return _given_in_marriage(t, clause)
    if t.pos == "NOUN" and lemma in MARRIAGE_NOUNS and _took_place(t, clause):
        return _marriage_noun(t, clause)
    if t.pos == "NOUN" and lemma in CONFLICT_NOUNS and not clause.negated(t):
        return _contest(t, clause)
    if t.pos == "VERB" and lemma in VERBS:
        return [r for verb in VERBS[lemma] for r in _verb_relations(verb, t, clause)]
    if t.pos == "NOUN" and lemma in ROLE_NOUNS and (holder_noun(t, clause).dep in ("appos", "attr", "oprd")
                                                    or after_as(t, clause.passage)
                                                    or (t.dep in ("ccomp", "dobj") and made_by(t, clause))
                                                    or said_to_be(t, clause)):
        return role_noun(t, clause)
    if t.pos == "VERB" and lemma in LEAD_VERBS and t.tag != "VBG":
        return lead_verb(t, clause)
    if t.lower == "commanding" or (t.tag == "VBG" and lemma in LEAD_VERBS):
        return commanding(t, clause)
    if t.lower == "under" and t.dep == "prep":
        return under(t, clause)
    if t.lower == "of" and t.dep == "prep":
        return of_body(t, clause)
    readings: dict[frozenset[str], Callable[[Token, Clause], list[Relation]]] = {
        COMMAND_NOUNS: command_noun, frozenset(EMPLOY_NOUNS): employ, WORKPLACES: workplace, SCHOOLS: schooling,
        HELP_NOUNS: helped}
    if t.pos == "NOUN":
        if lemma == "staff" and t.dep == "pobj":
            return staff(t, clause)
        return next((read(t, clause) for words, read in readings.items() if lemma in words), [])
    return []


def _married(t: Token) -> bool:
    """'I was married to Ann': 'married' as an adjective."""
    return t.lower == "married" and t.dep == "acomp"


def _marriage(t: Token, clause: Clause) -> list[Relation]:
    """'Tom married Ann', 'Tom and Ann were married', 'Tom was married to Ann': spouses."""
    verb = (clause.head(t) if _married(t) else None) or t  # the adjective's clause is its verb's
    spouses = [x for c in clause.subjects(verb, "nsubj", "nsubjpass") for x in (c, *clause.dep(c, "conj"))]
    partners = clause.dep(t, "dobj") + clause.objects_of(t, "to")
    pairs = [(a, b) for a in spouses for b in partners] or list(itertools.combinations(spouses, 2))
    return [Relation(a, "spouse_of", b, clause.sentence_id) for x, y in pairs
            if (a := clause.of_type(x, PERSON)) is not None and (b := clause.of_type(y, PERSON)) is not None
            and a != b]


def _taken_as_spouse(verb: Token, clause: Clause) -> list[Token]:
    """Whom a verb of taking or making makes the doer's spouse: Ann in 'took Ann for (as) his wife', 'took Ann to
    wife', 'made her his wife', 'made Ann his bride'; no one in 'took her as a wife for his son', 'took Ann for the
    wife of a spy', 'took Ann to his wife' (to her), 'made Ann a bride' (another's) or 'made Ann Tom's wife'."""
    def spouse(n: Token) -> bool:
        another = any(p.lower in ("of", "for") for p in clause.dep(n, "prep"))
        return n.lemma.lower() in SPOUSE_NOUNS and not another and all(p.pos == "PRON" for p in clause.dep(n, "poss"))

    def bare(n: Token) -> bool:  # 'to wife', not 'to his wife'
        return not clause.dep(n, "det", "poss")

    if verb.lemma.lower() == "take":
        nouns = [o for p in clause.dep(verb, "prep") if p.lower in ("for", "as") for o in clause.dep(p, "pobj")]
        nouns += [o for p in clause.dep(verb, "prep") if p.lower == "to" for o in clause.dep(p, "pobj") if bare(o)]
        # 'took Ann to wife' is often parsed as an infinitive
        nouns += [x for x in clause.dep(verb, "xcomp")
                  if bare(x) and any(a.lower == "to" for a in clause.dep(x, "aux"))]
        return clause.dep(verb, "dobj") if any(spouse(n) for n in nouns) else []
    for o in clause.dep(verb, "ccomp", "oprd", "xcomp", "dobj"):
        if spouse(o) and clause.dep(o, "poss"):  # the parser may make Ann the noun's subject, or hang 'her' on it
            return [x for x in clause.dep(verb, "dobj") if x is not o] or clause.dep(o, "nsubj") or [
                p for p in clause.dep(o, "poss") if p.tag == "PRP"]
        if any(spouse(n) and clause.dep(n, "poss") for n in clause.dep(o, "appos")):  # 'made Ann Lee his wife'
            return [o]
    return []


def _given_in_marriage(verb: Token, clause: Clause) -> list[Relation]:
    """'The duke gave his niece Ann in marriage to Tom', 'gave his daughter, Ann, in marriage to Tom': Ann and Tom are
    spouses (not the giver)."""
    to = [p for d in clause.dep(verb, "dative", "prep") if d.lower == "to" for p in clause.dep(d, "pobj")]
    given = [d for d in clause.dep(verb, "dobj", "dative") if d.lower != "to"]
    return clause.related(given, "spouse_of", to)


def _contest(noun: Token, clause: Clause) -> list[Relation]:
    """'the struggle between Tom Reed and Ann Lee': each is the other's rival, as the phrase says it of both."""
    sides = clause.objects_of(noun, "between")
    for side in sides:  # 'between Tom, Ann and Ned': each name joined to the one before
        sides += [c for c in clause.dep(side, "conj") if c not in sides]
    people = list(dict.fromkeys(e for x in sides if (e := clause.of_type(x, PERSON)) is not None))
    if len(people) != 2:
        return []  # among three or more, who fought whom is not said
    one, other = people
    return [Relation(one, "rival_of", other, clause.sentence_id), Relation(other, "rival_of", one, clause.sentence_id)]


def _took_place(noun: Token, clause: Clause) -> bool:
    """The clause says the event the noun names happened: 'their marriage occurred in Lent', '… was celebrated',
    'after (at) the wedding of …'; not 'hoped for a marriage of …', one a modal puts off ('… might happen') or one
    denied ('… never happened')."""
    head = clause.head(noun)
    if head is None or clause.negated(noun) or any(a.tag == "MD" for a in clause.dep(head, "aux")):
        return False
    if noun.dep == "pobj":  # 'after the wedding', not 'aimed at a marriage'
        return head.lower in AFTER_IT and any(d.lower == "the" for d in clause.dep(noun, "det"))
    lemma = head.lemma.lower()
    return (noun.dep == "nsubj" and (lemma in OCCURRING or (lemma == "take" and any(
        o.lower == "place" for o in clause.dep(head, "dobj"))))) or (noun.dep == "nsubjpass" and lemma in CELEBRATE)


def _marriage_noun(t: Token, clause: Clause) -> list[Relation]:
    """'The marriage of Tom to (with) Ann took place …', 'after the wedding of Tom and Ann': spouses."""
    of = [x for o in clause.objects_of(t, "of") for x in (o, *clause.dep(o, "conj"))]
    partners = [p for x in [t, *of] for w in ("to", "with") for p in clause.objects_of(x, w)]
    pairs = [(a, b) for a in of for b in partners] or ([(of[0], of[1])] if len(of) == 2 else [])
    return [Relation(a, "spouse_of", b, clause.sentence_id) for x, y in pairs
            if (a := clause.of_type(x, PERSON)) is not None and (b := clause.of_type(y, PERSON)) is not None
            and a != b]


def _verb_relations(verb: VerbRelation, t: Token, clause: Clause) -> list[Relation]:
    """'X killed Y', 'Y was killed by X', 'X served under Y', 'the Y founded by X': the relation between
    agent and patient (`modified`: the noun a passive participle describes)."""
    agents = clause.doers(t)
    described = modified(t, clause.passage)
    if described and not verb.preposition:
        patients = described
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


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def verbless_apparatus(sentences: list[SentenceRecord], text_of: Callable[[int], str],
                       parses_of: Callable[[int], dict[int, tuple[int, str]]]) -> set[int]:
    """Sentences of apparatus (an index, a bibliography, notices) with no finite verb: a list entry
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
