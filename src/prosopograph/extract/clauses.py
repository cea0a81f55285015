"""Who led what, read from the parse: the verb or noun of command with its arguments.

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

from ..model import Relation
from ..nlp.parse import Token, decode
from ..resolve.records import MentionRecord, ResolvedEntity, SentenceRecord

LEAD_VERBS = frozenset({"command", "lead", "head"})
COMMAND_NOUNS = frozenset({"command", "leadership", "head"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_TRIGGER = re.compile(r"\b(?:command|commands|commanded|commanding|lead|leads|led|leading|head|heads|headed|heading|"
                      r"leadership|under)\b", re.I)


def command_relations(sentences: list[SentenceRecord], mentions: list[MentionRecord], entity_of: dict[int, int],
                      entities: list[ResolvedEntity], text_of: Callable[[int], str],
                      parses_of: Callable[[int], dict[int, tuple[int, str]]]) -> list[Relation]:
    """'led' relations of the whole corpus, one per clause that states one."""
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
            for s in group:
                out += _clause_relations([t for t in tokens if s.start <= t.start < s.end], tokens, entity_at,
                                         entities, s.id)
    return out


def _entity_at(t: Token, found: list[tuple[int, int, int]], starts: list[int]) -> int | None:
    k = bisect.bisect_right(starts, t.start) - 1
    if k >= 0 and found[k][0] <= t.start < found[k][1]:
        return found[k][2]
    return None


def _clause_relations(sentence: list[Token], passage: list[Token], entity_at: dict[int, int],
                      entities: list[ResolvedEntity], sentence_id: int) -> list[Relation]:
    children: dict[int, list[Token]] = {}
    for t in sentence:
        children.setdefault(t.head, []).append(t)

    def of_type(t: Token | None, kind: str) -> int | None:
        if t is None or t.i not in entity_at:
            return None
        return entity_at[t.i] if entities[entity_at[t.i]].type == kind else None

    def dep(t: Token, *names: str) -> list[Token]:
        return [c for c in children.get(t.i, []) if c.dep in names]

    out: list[Relation] = []
    for t in sentence:
        lemma = t.lemma.lower()
        if t.pos == "VERB" and lemma in LEAD_VERBS and t.tag != "VBG":
            agents = dep(t, "nsubj") + [p for b in dep(t, "agent") for p in dep(b, "pobj")]
            bodies = dep(t, "dobj", "nsubjpass")
            out += _pairs(agents, bodies, of_type, sentence_id)
        elif t.lower == "commanding" or (t.tag == "VBG" and lemma in LEAD_VERBS):
            # 'the Brigade, Colonel Reed commanding'
            head = passage[t.head] if 0 <= t.head < len(passage) else None
            people = [c for c in children.get(t.i, []) if c.dep in ("nsubj", "compound")]
            out += _pairs(people, [head] if head is not None and t.dep in ("appos", "acl", "advcl") else [],
                          of_type, sentence_id)
        elif t.lower == "under" and t.dep == "prep":
            head = passage[t.head] if 0 <= t.head < len(passage) else None
            out += _pairs(dep(t, "pobj"), [head] if head is not None else [], of_type, sentence_id)
        elif t.pos == "NOUN" and lemma in COMMAND_NOUNS:
            bodies = [p for o in dep(t, "prep") if o.lower == "of" for p in dep(o, "pobj")]
            verb = _verb_above(t, passage)
            people = [c for c in sentence if verb is not None and c.head == verb.i and c.dep in SUBJECTS]
            out += _pairs(people, bodies, of_type, sentence_id)
    return out


def _verb_above(t: Token, passage: list[Token]) -> Token | None:
    """The verb a noun phrase hangs on, through prepositions ('assigned to the command of')."""
    for _ in range(4):
        if not 0 <= t.head < len(passage) or t.head == t.i:
            return None
        t = passage[t.head]
        if t.pos in ("VERB", "AUX"):
            return t
    return None


def _pairs(people: list[Token], bodies: list[Token], of_type: Callable[[Token | None, str], int | None],
           sentence_id: int) -> list[Relation]:
    out = []
    for p in people:
        for b in bodies:
            person, body = of_type(p, "PERSON"), of_type(b, "ORG")
            if person is not None and body is not None:
                out.append(Relation(person, "led", body, sentence_id))
    return out


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
            tokens = decode(parse, text, start)
            for s in group:
                if not any(t.tag in FINITE for t in tokens if s.start <= t.start < s.end):
                    out.add(s.id)
    return out
