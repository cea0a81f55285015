"""One sentence's parse as the relation readers see it: each word's dependents, the entity it stands for, and
who does what a verb says (its subjects, those of the verb it is joined to, or of the verb whose complement it is)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Relation, ResolvedEntity
from ..nlp.parse import Token
from ..nlp.rules import NAMING_VERBS, is_person_word

PERSON, ORG = "PERSON", "ORG"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CONTROL = frozenset({"help", "begin", "start", "continue", "proceed", "go", "manage", "resume", "come", "undertake",
                     "keep", "appoint", "assign", "elect", "choose"})
"""Verbs whose complement's deed is done ('helped to found', 'began editing', 'was appointed to command'), unlike
'planned to found' or 'refused to edit'; the doer is the verb's object if it has one ('helped him found'), else
its subject."""


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
"""Subjects of a relative clause that stand for the noun it hangs on ('Tom Reed, who …')."""


@dataclass
class Clause:
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
        """The word's head in the sentence, None when it has none there (or is the root)."""
        if not 0 <= t.head < len(self.passage) or t.head == t.i:
            return None
        head = self.passage[t.head]
        return head if self.sentence[0].i <= head.i <= self.sentence[-1].i else None

    def entity(self, t: Token) -> int | None:
        """Whom a word stands for, the name in apposition to it ('my father, Tom Reed, married …') or given it ('a
        clerk named Tom Reed'), or the body
        whose name comes before the noun of its kind ('the 21st Ohio infantry')."""
        if t.i in self.entity_at:
            return self.entity_at[t.i]
        named = [a for a in self.dep(t, "appos") if a.i in self.entity_at]
        named += [g for c in self.dep(t, "acl") if c.lemma.lower() in NAMING_VERBS and c.tag == "VBN"
                  for g in self.dep(c, "oprd", "dobj", "attr") if g.i in self.entity_at]  # 'a ferryman named Tom Reed'
        if not named and t.pos == "NOUN":
            named = [c for c in self.dep(t, "compound")
                     if c.i in self.entity_at and self.entities[self.entity_at[c.i]].type == ORG]
        return self.entity_at[named[0].i] if named else None

    def of_type(self, t: Token | None, kind: str) -> int | None:
        """The entity a word stands for if it is of this type."""
        e = self.entity(t) if t is not None else None
        return e if e is not None and self.entities[e].type == kind else None

    def negated(self, t: Token) -> bool:
        """'no editor of …', 'was not his pupil', 'never being an ally of …': the word is denied; 'would have been his
        pupil': it did not happen."""
        head = self.head(t)
        denied = [*self.dep(t, "neg"), *(d for d in self.dep(t, "det") if d.lower == "no")]
        return bool(denied) or (head is not None and head.pos in ("VERB", "AUX") and (
            bool(self.dep(head, "neg")) or self.unreal(head)))

    def unreal(self, verb: Token) -> bool:
        """'would have served', 'might have married', 'as if Tom had been his friend', 'if Tom was his pupil': what
        did not happen, is only guessed at, or is supposed."""
        aux = self.dep(verb, "aux", "auxpass")
        marks = {m.lower for m in self.dep(verb, "mark", "advmod") if m.i < verb.i}
        return (any(a.tag == "MD" for a in aux) and any(a.lemma == "have" for a in aux)) or "if" in marks or \
            {"as", "though"} <= marks

    def subjects(self, verb: Token, *names: str) -> list[Token]:
        """The verb's subjects, or those of the verb it is joined to ('X headed … and presided over …'); a relative
        pronoun stands for the noun its clause hangs on ('Tom Reed, who had led the Rifles, …')."""
        found = self.dep(verb, *names)
        head = self.head(verb)
        if not found and verb.dep == "conj" and head is not None:
            return self.subjects(head, *names)
        if verb.dep == "relcl" and head is not None:
            found = [t for t in found if t.lower not in RELATIVE_PRONOUNS] + (
                [head] if any(t.lower in RELATIVE_PRONOUNS for t in found) and not self._of_someone(head) else [])
        return found

    def _of_someone(self, t: Token) -> bool:
        """'the son of Ann Lee, who married …': a relative clause after a person's 'of' may be said of either, the
        son or Ann (not 'in favour of Tom Reed, who …')."""
        of = self.head(t) if t.dep == "pobj" else None
        noun = self.head(of) if of is not None and of.lower == "of" else None
        return noun is not None and noun.pos == "NOUN" and is_person_word(noun.lemma.lower())

    def doers(self, verb: Token) -> list[Token]:
        """Who does what the verb says: its subjects with those joined to them ('Tom and Ann founded …'), those of
        the verb it is joined to, or, for a complement of a verb of doing ('helped to found', 'began editing'),
        that verb's object or subject; an active verb's subjects and a passive's agent."""
        found = self.subjects(verb, "nsubj") + [p for b in self.dep(verb, "agent") for p in self.dep(b, "pobj")]
        head = self.head(verb)
        if not found and verb.dep == "xcomp" and head is not None and head.lemma.lower() in CONTROL \
                and not self.dep(head, "neg"):
            found = self.dep(head, "dobj") or self.subjects(head, "nsubj", "nsubjpass")
        return [x for t in found for x in (t, *self.dep(t, "conj"))]

    def objects_of(self, t: Token, preposition: str) -> list[Token]:
        """The objects of the word's preposition ('editor of Y' → Y)."""
        return [p for o in self.dep(t, "prep") if o.lower == preposition for p in self.dep(o, "pobj")]

    def related(self, people: list[Token], relation: str, others: list[Token], kind: str = PERSON) -> list[Relation]:
        """Each person of `people` in `relation` to each entity of type `kind` among `others`."""
        out = []
        for p in people:
            for o in others:
                person, other = self.of_type(p, PERSON), self.of_type(o, kind)
                if person is not None and other is not None and person != other:
                    out.append(Relation(person, relation, other, self.sentence_id))
        return out

    def led(self, people: list[Token], bodies: list[Token]) -> list[Relation]:
        """Each person of `people` led each body of `bodies`."""
        return self.related(people, "led", bodies, ORG)


def said_to_be(t: Token, clause: Clause) -> bool:
    """'The editor of the Courier was Tom Reed': the word is the subject of 'be'."""
    head = clause.head(t)
    return t.dep == "nsubj" and head is not None and head.lemma == "be"


def modified(t: Token, passage: list[Token]) -> list[Token]:
    """The noun a passive participle describes ('the league founded by Ann'): its patient."""
    if t.dep == "acl" and t.tag == "VBN" and 0 <= t.head < len(passage):
        return [passage[t.head]]
    return []


def after_as(t: Token, passage: list[Token]) -> bool:
    """The object of 'as' ('As editor of …'), which says what the clause's subject was."""
    return t.dep == "pobj" and 0 <= t.head < len(passage) and passage[t.head].lower == "as"


def verb_above(t: Token, passage: list[Token]) -> Token | None:
    """The verb a noun phrase hangs on, through prepositions ('assigned to the command of')."""
    for _ in range(4):
        if not 0 <= t.head < len(passage) or t.head == t.i:
            return None
        t = passage[t.head]
        if t.pos in ("VERB", "AUX"):
            return t
    return None
