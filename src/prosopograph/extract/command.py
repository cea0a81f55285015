"""Who led, headed or served in what, from the parse.

- 'Tom Reed commanded the Rifle Brigade', 'the Brigade was led by Tom Reed': the subject (or the agent of a
  passive) led the body that is its object (or its subject).
- 'the Rifle Brigade, Colonel Reed commanding', 'the Brigade under Colonel Reed': a body with the person a
  participle of command or 'under' attaches to it.
- 'Reed was given the command of the Brigade', 'he took command of the Brigade': the subject of the verb that
  'command of' hangs on.
- 'Tom Reed, the editor of the Courier', 'Reed became colonel of the Rifles', 'the Governor appointed him
  chairman of the Board', 'the Rifles, of which he became colonel': a role noun with its holder and its body.
- 'Captain Pell of my staff', 'a surgeon on the staff of General Voss': who is on someone's staff served under them.
"""

from __future__ import annotations

from ..model import Relation
from ..nlp.parse import Token, first_conjunct
from ..nlp.rules import is_place_word
from .clause import ORG, PERSON, Clause, modified, said_to_be, verb_above

LEAD_VERBS = frozenset({"command", "lead", "head"})
ROLE_NOUNS = {"editor": "edited", "founder": "founded", "leader": "led", "head": "led", "chairman": "led",
              "president": "led", "commander": "led", "chief": "led", "chieftain": "led", "colonel": "led",
              "commandant": "led", "director": "led", "governor": "led", "principal": "led", "headmaster": "led",
              "headmistress": "led", "superintendent": "led", "member": "member_of"}
"""'X, the editor of Y', 'X was the founder of Y', 'X was made chairman of Y', 'X became colonel of Y'. A
captain or a major of a regiment serves in it under its colonel, so those ranks are not here."""
SECOND_IN_RANK = frozenset({"vice", "deputy", "assistant", "associate", "sub", "lieutenant"})
"""'the vice chairman of Y' belongs to Y without leading it."""
COMMAND_NOUNS = frozenset({"command", "leadership", "head"})
MAKING = frozenset({"make", "elect", "appoint", "name", "choose", "select"})
"""Verbs that make their object what a role noun says: 'the Club elected her president' makes her the Club's,
when no 'of' names another body."""
RELATIVE = frozenset({"which", "whom", "whose"})
UNHELD = frozenset({"decline", "refuse", "reject", "offer", "seek", "covet"})
"""Verbs that do not give their subject what they take: a command declined, offered or sought ('she declined the
leadership of …', 'was offered the command of …'). One asked for on another's behalf is left as the text has it: a
commander's request is most often granted, and the text says so only later."""
STAFF = "staff"
"""'the chief-of-staff of the Legion': who heads the staff serves the body's commander and leads no body."""
COMPLEMENTS_UP = 3
"""How many verbs up a verb of command may be the complement of one of UNHELD ('refused to try to take …')."""


def role_noun(t: Token, clause: Clause) -> list[Relation]:
    """'Tom Reed, the editor of the Courier'; 'Tom Reed was (became) the editor of the Courier'; 'As editor
    of the Courier, Tom Reed …'; 'he was appointed colonel of the Rifles' ('made him chairman of …'); 'the
    Club elected her president' (the Club's)."""
    bodies = clause.objects_of(t, "of")
    if clause.negated(t):
        return []
    noun, t = t, holder_noun(t, clause)  # 'Tom Reed, a judge and later a member of the Senate'
    head = clause.head(t) or t
    made = made_by(t, clause)
    if clause.negated(t):
        return []
    if t.dep == "pobj":
        head = clause.head(head) or head
    if t.dep == "appos":
        people = [head]
    elif t.dep == "oprd":  # the object the verb makes chairman, or the subject of its passive
        people = clause.dep(head, "dobj") or clause.dep(head, "nsubjpass", "nsubj")
    elif said_to_be(t, clause):  # 'the editor of the Courier was Tom Reed'
        people = clause.dep(head, "attr")
    elif t.dep in ("ccomp", "dobj"):  # 'made him chairman' parsed as a clause of its own, or 'her' as a possessive
        people = clause.dep(t, "nsubj") or [p for p in clause.dep(t, "poss") if p.lower == "her"]
    else:
        people = clause.dep(head, "nsubj", "nsubjpass")
    if not bodies and t.dep in ("attr", "oprd"):
        bodies = _antecedents(head, clause)
    if not bodies and made is not None:
        bodies = clause.doers(made)  # 'the Club elected her', 'she was elected by the Club'
    second = any(c.lower in SECOND_IN_RANK for c in clause.children.get(noun.i, [])) or any(
        b.lemma.lower() == STAFF for b in bodies)
    relation = "member_of" if second else ROLE_NOUNS[noun.lemma.lower()]
    return clause.related(people, relation, bodies, ORG)


def holder_noun(t: Token, clause: Clause) -> Token:
    """The noun whose holder a role noun joined to it by 'and' has ('a judge and then a member of …' → judge); the
    noun itself when 'but', 'or' or 'nor' joins them ('a judge but never a member'), or no noun is joined."""
    first = first_conjunct(t, clause.head)
    if first is t or first.pos != "NOUN" or any(c.lower in ("but", "or", "nor") for c in clause.dep(first, "cc")):
        return t
    return first


def made_by(t: Token, clause: Clause) -> Token | None:
    """The verb of making that makes someone what the role noun says ('elected him president', 'elected Tom
    Reed its president'), if it is one."""
    verb = clause.head(t)
    if verb is not None and t.dep == "appos" and verb.dep == "dobj":
        verb = clause.head(verb)
    elif t.dep not in ("oprd", "ccomp", "dobj"):
        return None
    return verb if verb is not None and verb.lemma.lower() in MAKING else None


def _antecedents(verb: Token, clause: Clause) -> list[Token]:
    """'the Rifles, of which he became colonel': the noun a relative clause's 'of which' stands for, and the name
    that noun is in apposition to ('the 4th Rifles, the regiment of which …')."""
    if verb.dep != "relcl" or not any(p.lower in RELATIVE for p in clause.objects_of(verb, "of")):
        return []
    noun = clause.head(verb)
    if noun is None:
        return []
    above = clause.head(noun) if noun.dep == "appos" else None
    return [noun, *([above] if above is not None else [])]


def lead_verb(t: Token, clause: Clause) -> list[Relation]:
    """'Tom Reed commanded the Rifle Brigade', 'the Brigade was led by Tom Reed', 'began to lead the Brigade'."""
    bodies = clause.dep(t, "dobj", "nsubjpass") + modified(t, clause.passage)
    return clause.led(clause.doers(t), bodies)


def commanding(t: Token, clause: Clause) -> list[Relation]:
    """'the Brigade, Colonel Reed commanding': the participle's subject led the body it attaches to."""
    head = clause.head(t)
    people = [c for c in clause.children.get(t.i, []) if c.dep in ("nsubj", "compound")]
    return clause.led(people, [head] if head is not None and t.dep in ("appos", "acl", "advcl") else [])


def command_noun(t: Token, clause: Clause) -> list[Relation]:
    """'Reed was given the command of the Brigade': the subject of the verb 'command of' hangs on."""
    bodies = clause.objects_of(t, "of")
    verb = verb_above(t, clause.passage)
    if verb is None or _unheld(verb, clause):
        return []
    return clause.led(clause.subjects(verb, "nsubj", "nsubjpass"), bodies)


def _unheld(verb: Token, clause: Clause) -> bool:
    """The verb, or a verb whose subject it shares as its complement ('refused to take the command of'), is one of
    UNHELD; a clause with a subject of its own ('declined to deny that Holt held the command') is not."""
    at: Token | None = verb
    for _ in range(COMPLEMENTS_UP + 1):
        if at is None:
            return False
        if at.lemma.lower() in UNHELD:
            return True
        at = clause.head(at) if at.dep == "xcomp" else None
    return False


def under(t: Token, clause: Clause) -> list[Relation]:
    """'the Brigade under Colonel Reed': the body led by the person 'under' attaches to it."""
    head = clause.head(t)
    return clause.led(clause.dep(t, "pobj"), [head] if head is not None else [])


def of_body(t: Token, clause: Clause) -> list[Relation]:
    """'Colonel Tom Reed, of the 9th Ohio', 'Major Ames of the Rifles': a person's name with the body it is 'of'
    names one of the body's members; a building is no body ('Mrs. Ames of the Grand Hotel')."""
    person = clause.head(t)
    if person is None or person.pos != "PROPN":
        return []
    bodies = [b for b in clause.dep(t, "pobj") if not is_place_word(b.lemma.lower())]
    return clause.related([person], "member_of", bodies, ORG)


def staff(t: Token, clause: Clause) -> list[Relation]:
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
