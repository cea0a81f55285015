"""Who taught, employed, served or helped whom, from the parse.

- 'my teacher, Mr. Hale', 'Tom Hale, a pupil of Dr. Voss', 'his secretary, Ann Lee', 'Ann Lee was his clerk': a
  role noun between two people, the one it names and the one whose it is.
- 'a clerk in the employ of Tom Reed', 'he took a clerkship in his uncle's store', 'I worked in my father's mill':
  whoever works in someone's employ or business is employed by them.
- 'my school-days were spent at the school of Mr. Hale', 'he was sent to Dr. Voss's academy': the school's master
  taught the pupil.
- 'With Ann's help, Tom reached the coast': the helper is the doer's ally (kin excepted, in relations.py).
"""

from __future__ import annotations

import re

from ..model import Relation
from ..nlp.parse import Token
from .clause import ORG, PERSON, Clause, said_to_be

PERSON_ROLES: dict[str, tuple[str, bool]] = {
    **dict.fromkeys(("teacher", "tutor", "instructor", "schoolmaster", "schoolmistress", "governess"),
                    ("teacher_of", True)),
    **dict.fromkeys(("pupil", "student", "disciple"), ("teacher_of", False)),
    "employer": ("employed_by", False),
    **dict.fromkeys(("clerk", "secretary", "servant", "employee", "bookkeeper", "housekeeper", "valet"),
                    ("employed_by", True)),
    **dict.fromkeys(("aide", "adjutant", "subordinate", "orderly"), ("served_under", True)),
    "superior": ("served_under", False),
    **dict.fromkeys(("ally", "friend", "comrade", "confederate"), ("ally_of", True)),
    **dict.fromkeys(("rival", "enemy", "opponent", "adversary", "foe"), ("rival_of", True)),
    **dict.fromkeys(("assassin", "murderer", "killer", "slayer"), ("killed_by", False)),
}
"""Role nouns between two people: the relation, and whether it runs from the person named to the person whose
role it is ('my teacher, Mr. Hale': Hale teacher_of me) or back ('my employer, Mr. Hale': I employed_by Hale)."""
UNDONE = frozenset({"would-be", "potential", "alleged", "intended", "failed", "prospective", "suspected", "accused",
                    "attempted", "supposed", "reputed", "presumed", "so-called", "unsuccessful", "possible",
                    "probable"})
"""Words that make a killer's noun one who did not, or need not have, killed ('his would-be assassin', 'the accused
murderer')."""
HEDGES = frozenset({"allegedly", "supposedly", "probably", "possibly", "reportedly", "perhaps", "maybe", "apparently",
                    "presumably"})
"""Adverbs that leave it open whether the holder of a role is its holder ('was allegedly the murderer')."""
EMPLOY_NOUNS = {"employ": (PERSON, ORG), "employment": (PERSON, ORG), "pay": (PERSON, ORG), "service": (PERSON,)}
"""'in the employ of X'; 'in the service of' a person only (the service of a country or a cause employs no one)."""
WORKPLACES = frozenset({"store", "shop", "office", "firm", "business", "factory", "mill", "bank", "tannery", "forge",
                        "warehouse", "works", "company", "counting", "countinghouse", "smithy", "printery"})
"""Places of business: whoever works in one that is someone's works for them (a house or a garden is no one's work)."""
JOB_NOUNS = frozenset({"clerkship", "place", "position", "post", "situation", "job", "employment", "apprenticeship"})
TAKE_JOB = frozenset({"take", "accept", "find", "get", "obtain", "hold", "secure", "have"})
WORK_VERBS = frozenset({"work", "clerk", "labor", "labour", "employ", "apprentice"})
SCHOOLS = frozenset({"school", "academy", "seminary", "class"})
SCHOOL_VERBS = frozenset({"attend", "go", "send", "spend", "enter", "be", "place", "put", "study"})
HELP_NOUNS = frozenset({"help", "aid", "assistance", "support"})


def person_role(t: Token, clause: Clause) -> list[Relation]:
    """'my teacher, Mr. Hale', 'Mr. Hale, my teacher', 'Mr. Hale was my teacher', 'my teacher was Mr. Hale', 'Ann Lee,
    secretary to Tom Reed', 'his murderer, Tom Pike'."""
    relation, forward = PERSON_ROLES[t.lemma.lower()]
    if _denied(t, clause) or (relation == "killed_by" and (_undone(t, clause) or _unasserted(t, clause))):
        return []
    owners = clause.dep(t, "poss") + clause.objects_of(t, "of") + clause.objects_of(t, "to")
    head = clause.head(t)
    # 'his assassin, a drover named Tom Pike', 'her teacher, Mr. Hale, was …': the name given the apposition
    named = [c for c in clause.dep(t, "appos", "compound") if clause.entity(c) is not None]
    if t.dep == "appos" and head is not None:
        holders = [head]
    elif t.dep == "attr" and head is not None and head.lemma in ("be", "become"):
        holders = clause.dep(head, "nsubj")
    elif named:
        holders = named
    elif said_to_be(t, clause) and head is not None:
        holders = [] if clause.dep(head, "neg") else clause.dep(head, "attr")  # 'X's murderer was not Y'
    else:
        holders = []
    holders = [x for h in holders if not _either(h, clause) for x in (h, *_joined(h, clause))]
    pairs = [(h, o) for h in holders for o in owners] if forward else [(o, h) for h in holders for o in owners]
    return [r for a, b in pairs for r in clause.related([a], relation, [b])]


def _either(holder: Token, clause: Clause) -> bool:
    """'either Tom or Ann', 'Tom or Ann': neither is said to hold the role."""
    return any(c.lower in ("either", "neither") for c in clause.dep(holder, "preconj")) or \
        any(c.lower in ("or", "nor") for c in clause.dep(holder, "cc"))


def _joined(holder: Token, clause: Clause) -> list[Token]:
    """Those joined to a holder by 'and' ('his tutors, Tom and Ann'), not as denied ('and not Ann')."""
    return [c for c in clause.dep(holder, "conj") if not clause.dep(c, "neg")]


def _denied(noun: Token, clause: Clause) -> bool:
    """'was not his pupil', 'no pupil of' deny the role; 'his murderer was never tried' denies the trial, not the
    murder: a denied verb denies its complement, not its subject."""
    if noun.dep in ("nsubj", "nsubjpass"):
        return any(d.dep == "neg" or d.lower == "no" for d in clause.dep(noun, "neg", "det"))
    return clause.negated(noun)


def _undone(noun: Token, clause: Clause) -> bool:
    """A modifier of the noun, or an adverb of the verb it is said to be with, says its deed was not done, or need not
    have been ('would-be', 'accused'; 'was allegedly the murderer')."""
    head = clause.head(noun)
    if head is not None and noun.dep in ("attr", "nsubj") and any(
            a.lower in HEDGES for a in clause.dep(head, "advmod")):
        return True
    modifiers = [c for c in clause.dep(noun, "amod", "advmod", "compound", "npadvmod") if c.i < noun.i]
    if not modifiers:
        return False
    first = min(x.i for c in modifiers for x in (c, *clause.children.get(c.i, [])))
    written = " ".join(x.text for x in clause.passage[first:noun.i]).replace(" - ", "-").lower()
    return bool(set(re.findall(r"[\w-]+", written)) & UNDONE)


def _unasserted(noun: Token, clause: Clause) -> bool:
    """The sentence asks, or the noun stands in what another verb reports ('it was rumoured that Tom was the
    murderer', 'nobody proved that …'): not the writer's own word that a killing was done."""
    if clause.sentence and clause.sentence[-1].text == "?":
        return True
    at: Token | None = noun
    for _ in range(6):
        if at is None:
            return False
        if at.dep == "ccomp":
            return True
        at = clause.head(at)
    return False


def employ(t: Token, clause: Clause) -> list[Relation]:
    """'Tom, a clerk in the employ of Ann Reed', 'he entered Mr. Hale's service': employed by the owner."""
    above = clause.head(t)
    if above is None:
        return []
    if t.dep == "dobj" and above.lemma.lower() == "enter":
        employees = clause.doers(above)
    elif t.dep == "pobj" and above.lower in ("in", "into"):
        employees = _employees(above, clause)
    else:
        return []
    # 'in Mr. Hale's service', not 'Mr. Hale's funeral service': a kind of service is a rite, and no one's employ
    owners = ([] if clause.dep(t, "compound", "amod") else clause.dep(t, "poss")) + clause.objects_of(t, "of")
    return [r for kind in EMPLOY_NOUNS[t.lemma.lower()] for r in clause.related(employees, "employed_by", owners, kind)]


def workplace(t: Token, clause: Clause) -> list[Relation]:
    """'took a clerkship in my father's store', 'I worked in his uncle's mill': employed by the owner."""
    preposition = clause.head(t)
    if preposition is None or preposition.lower not in ("in", "at") or t.dep != "pobj":
        return []
    owners = clause.dep(t, "poss")
    above = clause.head(preposition)
    if above is not None and above.pos == "NOUN" and above.lemma.lower() in JOB_NOUNS:
        above = clause.head(above)  # 'a clerkship in …' hangs on the verb that takes it
    if above is None or above.pos != "VERB":
        return []
    lemma = above.lemma.lower()
    takes_job = lemma in TAKE_JOB and any(d.lemma.lower() in JOB_NOUNS for d in clause.dep(above, "dobj"))
    if lemma not in WORK_VERBS and not takes_job:
        return []
    return clause.related(_employees(preposition, clause), "employed_by", owners)


def _employees(preposition: Token, clause: Clause) -> list[Token]:
    """Who is in the employ a preposition names: the noun it describes ('a clerk in …') and that noun's name, or
    whoever does what the verb it hangs on says (the subject of 'was', of a passive, of an active)."""
    above = clause.head(preposition)
    if above is None:
        return []
    if above.pos in ("NOUN", "PROPN", "PRON"):
        head = clause.head(above)
        return [above, *([head] if head is not None and above.dep == "appos" else [])]
    return clause.doers(above) or clause.subjects(above, "nsubj", "nsubjpass")


def schooling(t: Token, clause: Clause) -> list[Relation]:
    """'I was sent to the school of Mr. Hale', 'my school-days were spent at Dr. Voss's academy': the master
    taught the pupil."""
    preposition = clause.head(t)
    masters = clause.dep(t, "poss") + clause.objects_of(t, "of")
    if t.dep == "dobj":
        verb = preposition  # 'he attended the school of …'
    else:
        verb = clause.head(preposition) if preposition is not None and preposition.lower in ("at", "to", "in") \
            else None
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.lemma.lower() not in SCHOOL_VERBS:
        return []
    pupils = clause.subjects(verb, "nsubj", "nsubjpass")
    # 'my school-days were spent at …': the days are the possessor's
    pupils += [p for s in pupils if s.i not in clause.entity_at for p in clause.dep(s, "poss")]
    return [r for m in masters for r in clause.related([m], "teacher_of", pupils)]


def helped(t: Token, clause: Clause) -> list[Relation]:
    """'With Ann's help, Tom reached the coast', 'with the aid of Ann Reed he escaped': allies."""
    preposition = clause.head(t)
    if preposition is None or preposition.lower != "with" or t.dep != "pobj":
        return []
    verb = clause.head(preposition)
    if verb is None or verb.pos != "VERB":
        return []
    helpers = clause.dep(t, "poss") + clause.objects_of(t, "of")
    return clause.related(helpers, "ally_of", clause.doers(verb))
