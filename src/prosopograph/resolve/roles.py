"""Role phrases bound to people: kin nouns, whose kin they are and the names given them; titles ('the King');
and a body's common word for the body ('the Council' after 'the Harbour Council')."""

from __future__ import annotations

from ..model import MentionRecord, RoleBinding
from ..nlp.parse import Token, first_conjunct
from ..nlp.rules import KIN, generation, kin_key
from ..text import fold
from ..time.ages import ORDINALS
from .gender import UNKNOWN, pronoun_gender, role_gender
from .names import TITLES
from .organizations import BODY_WORDS
from .reader import FIRST_PERSON, Reader, Seen, Sentence, bind, descendants, is_subject, s_text

RANKS = frozenset({*ORDINALS, "eldest", "oldest", "youngest", "only"})
"""Words that make kin of a sex the only one of its role ('his first wife', 'her youngest son', 'their only
daughter'); a cousin's 'first' is a degree of kinship, and kin of either sex ('child') is left unranked."""
STILL = frozenset({"surviving", "living"})
"""Words that narrow a rank down to those still alive ('his eldest surviving son'): another rank."""
ONLY_ONE = frozenset({"father", "mother"})
"""Roles a person has one holder of, whatever the chapter."""
BROUGHT_IN = 2
"""How many sentences after kin brought in without a name may still name them."""
_WHO = frozenset({"who", "that"})
TITLE_SPAN = 40
"""Sentences after 'King Olaf' that 'the King' still means him, within the chapter."""
BODY_SPAN = 40
"""Sentences after 'the Harbour Council' that 'the Council' still means it rather than the chapter's only one."""


def bind_kin(r: Reader, at: Sentence, t: Token) -> None:
    """'my father, Tom Reed' records whom the role names; a later 'my father' is bound to him."""
    prefix = _hyphened_prefix(t, at)
    modifiers = [c.lower for c in at.children.get(t.i, []) + (at.children.get(prefix.i, []) if prefix else [])]
    word = t.lower if prefix is None or prefix.lower == "great" else kin_key(f"{prefix.lower}-{t.lower}")
    if word is None:
        return  # 'his god-father, Tom' is no kin
    role = "great-" * modifiers.count("great") + word
    if "step" in modifiers or "foster" in modifiers or ("great" in modifiers and generation(role) is None):
        return  # 'my great grandfather' is no grandfather: he is bound as a role of his own
    possessors = _possessors(t, at)
    kin = None if possessors else _brought_in(r, at, t, role)
    possessors = possessors or (list(kin[0]) if kin else [])
    named = [p for p in _named_as(t, at) if p not in possessors]
    if not possessors or any(p < 0 for p in possessors) or (named and all(p < 0 for p in named)):
        return
    named = [p for p in named if p >= 0]  # 'Karl and Nils', where Nils is no one the record knows: Karl still is
    if kin is not None and named:
        r.unnamed.remove(kin)
    if not named and _indefinite(t, at):
        r.unnamed.append((tuple(possessors), role, at.ordinal))
    sole = r.known_roles.get((possessors[0], role))
    if sole is not None and named and named != [sole[0]]:
        named = []  # one has one father: the person the text names so most often
    gender = role_gender(t.lower)
    if gender is not None and _surname_only(t, at) and any(r.gender.get(p, gender) != gender for p in named):
        return  # 'my grandmother Reed' is not the Reed the text knows as a man
    by_pronoun = any(c.dep == "poss" and c.pos == "PRON" and c.lower not in FIRST_PERSON
                     for c in at.children.get(t.i, []))
    rank = _rank(t, at) if len(named) == 1 and gender is not None else None
    for person in named:
        r.out.designations += [(person, phrase, at.record.id) for phrase in _designations(at, t, person)]
        for possessor in possessors:
            r.roles[(possessor, role)] = (person, at.record.id)
            r.out.bindings.append(RoleBinding(possessor, role, person, at.record.id, by_pronoun, rank))
        if gender is not None:
            r.gender.setdefault(person, gender)
    known = r.roles.get((possessors[0], role)) or r.known_roles.get((possessors[0], role))
    if not named and len(possessors) == 1 and known is not None:
        # bound, so that in 'my mother's father' the mother owns the next role
        first = min([t, *at.children.get(t.i, [])], key=lambda x: x.start)
        bind(r, at, t, first.start, "role", *known)
        r.out.designations += [(known[0], phrase, at.record.id) for phrase in _designations(at, t, None)]


def _hyphened_prefix(noun: Token, at: Sentence) -> Token | None:
    """The word older spelling hyphens before a kin noun and the parser splits off ('grand' of 'grand-father')."""
    return next((c for c in at.children.get(noun.i, []) if c.i == noun.i - 2 and at.passage[c.i + 1].text == "-"),
                None)


def _rank(noun: Token, at: Sentence) -> str | None:
    """The adjective ranking the kin noun among its like ('first' of 'his first wife'; not the adverb of 'only his
    son came'), with 'surviving' or 'living' if it says so."""
    adjectives = [c.lower for c in at.children.get(noun.i, []) if c.dep == "amod"]
    rank = next((a for a in adjectives if a in RANKS), None)
    still = [a for a in adjectives if a in STILL]
    return None if rank is None else " ".join([rank, *still])


def name_brought_in(r: Reader, at: Sentence, t: Token) -> int | None:
    """'He had a son. His name was Tom.': the person a 'his' or 'her' before 'name was …' names, when the sentence
    before brought in kin of that gender without a name; the kin is recorded and the person returned."""
    name = _up(t, at) if t.dep == "poss" else None
    verb = _up(name, at) if name is not None and name.lemma == "name" and name.dep == "nsubj" else None
    if verb is None or verb.lemma != "be":
        return None
    given = [at.name_at[c.i][0] for c in at.children.get(verb.i, []) if c.dep == "attr" and c.i in at.name_at]
    want = pronoun_gender(t.text)
    kin = next((k for k in _recent(r, at) if role_gender(k[1].removeprefix("great-")) == want), None)
    if len(given) != 1 or given[0] < 0 or kin is None:
        return None
    possessors, role, _ = kin
    for possessor in possessors:
        r.roles[(possessor, role)] = (given[0], at.record.id)
        r.out.bindings.append(RoleBinding(possessor, role, given[0], at.record.id, True))
    r.unnamed.remove(kin)
    return given[0]


def _brought_in(r: Reader, at: Sentence, noun: Token, role: str) -> tuple[tuple[int, ...], str, int] | None:
    """'The name of that daughter was Ann', 'the names of the sons were Karl and Nils': the kin a noun points back to
    with 'this', 'that' or 'the', when a sentence just before brought such kin in without a name ('they had two
    sons'); 'the Son' of a prayer is none."""
    pointing = {c.lower for c in at.children.get(noun.i, []) if c.dep == "det"}
    if not pointing & {"this", "that"} and not ("the" in pointing and noun.text.islower()):
        return None
    return next((k for k in _recent(r, at) if k[1] == role), None)


def _recent(r: Reader, at: Sentence) -> list[tuple[tuple[int, ...], str, int]]:
    """The kin brought in without a name in the last few sentences, latest first; older ones are forgotten."""
    r.unnamed = [k for k in r.unnamed if at.ordinal - k[2] <= BROUGHT_IN]
    return r.unnamed[::-1]


def _indefinite(noun: Token, at: Sentence) -> bool:
    """'a son', 'two daughters': kin brought in, not kin already known ('his son', 'the son')."""
    return any((c.dep == "det" and c.lower in ("a", "an")) or c.dep == "nummod" for c in at.children.get(noun.i, []))


def _designations(at: Sentence, noun: Token, person: int | None) -> list[str]:
    """How a role phrase singles a person out, as written: 'my youngest daughter', "Anna's widow" (a pronoun other
    than 'my' singles no one out), and with the name written straight after it, 'his son Tom'."""
    left = [c for c in at.children.get(noun.i, []) if c.start < noun.start]
    owner = next((c for c in left if c.dep == "poss"), None)
    if owner is None:
        return []
    start = min([noun, *left, *at.children.get(owner.i, [])], key=lambda x: x.start).start
    phrase = s_text(at.record, start, noun.end)
    phrase = phrase[:1].lower() + phrase[1:] if owner.pos == "PRON" else phrase
    out = [phrase] if owner.lower in ("my", "our") or owner.pos == "PROPN" else []
    name = [x for x in at.tokens if x.start >= noun.end and at.name_at.get(x.i, (None,))[0] == person]
    if person is not None and name and not s_text(at.record, noun.end, name[0].start).strip():
        end = max(x.end for x in at.tokens if at.name_at.get(x.i, (None, None))[1] is at.name_at[name[0].i][1])
        out.append(phrase + s_text(at.record, noun.end, end))
    return out


def _surname_only(noun: Token, at: Sentence) -> bool:
    """The role noun is given a one-word name ('my grandmother Reed')."""
    names = [c for c in at.children.get(noun.i, []) if c.i in at.name_at]
    head = at.passage[noun.head] if 0 <= noun.head < len(at.passage) else noun
    names += [head] if head.i in at.name_at else []
    return any(sum(1 for t in at.tokens if t.i in at.name_at and at.name_at[t.i][1] is at.name_at[n.i][1]) == 1
               for n in names)


def _possessors(noun: Token, at: Sentence) -> list[int]:
    """Whose kin a noun names: 'my' (the narrator), 'his' (whom it is bound to), 'Anna's', 'the son of Anna';
    or the subjects of 'have' ('Tom and Ann had two sons, …')."""
    for c in at.children.get(noun.i, []):
        if c.dep == "poss":
            if c.i in at.bound:
                return [at.bound[c.i]]
            if c.i in at.name_at:
                return [at.name_at[c.i][0]]
            return []
    for c in at.children.get(noun.i, []):
        if c.dep == "prep" and c.lower == "of":
            owners = [x for x in at.children.get(c.i, []) if x.dep == "pobj"]
            return [at.bound[x.i] if x.i in at.bound else at.name_at[x.i][0] for x in owners
                    if x.i in at.bound or x.i in at.name_at]
    # 'two sons and a daughter': the daughter is had too; 'one child, a daughter': so is the child's apposition
    kin = first_conjunct(noun, lambda x: _up(x, at))
    if kin.dep == "appos" and (above := _up(kin, at)) is not None and above.lower in KIN:
        kin = above
    verb = at.passage[kin.head] if 0 <= kin.head < len(at.passage) else kin
    if kin.dep != "dobj" or verb.lemma not in ("have", "bear"):
        return []
    out: list[int] = []
    for c in at.children.get(verb.i, []):
        if c.dep == "nsubj":
            out += [at.bound[c.i]] if c.i in at.bound else _with_conjuncts(c, at) if c.i in at.name_at else []
            out += [at.bound[x.i] if x.i in at.bound else at.name_at[x.i][0] for x in at.children.get(c.i, [])
                    if x.dep == "conj" and (x.i in at.bound or x.i in at.name_at)]
    return list(dict.fromkeys(out))


def _named_as(noun: Token, at: Sentence) -> list[int]:
    """The people a role noun is given as: its apposition ('my parents, Tom and Ann Reed'), the name it
    stands right after or before ('my son Tom', 'Tom, my father'), the name a participle or a relative clause gives
    it ('my son, named Tom', 'a son whose name was Tom'), or the subject it is the attribute of ('Tom was my
    father')."""
    head = at.passage[noun.head] if 0 <= noun.head < len(at.passage) else noun
    for c in at.children.get(noun.i, []):
        # 'two daughters, Ann and Eve' is often parsed as the noun joined to the first name
        if c.dep in ("appos", "compound", "npadvmod", "conj") and _is_name(c, at) and _adjacent(noun, c, at):
            return _kin_named(noun, c, at)
        # 'my son, named Tom' (not 'named after Tom'); 'a daughter whose name was Ann'
        named = c.dep == "acl" and c.lemma in ("name", "call")
        if named or (c.dep == "relcl" and c.lemma == "be" and _whose_name(c, at)):
            kinds = ("oprd", "dobj", "attr") if named else ("attr",)
            given = [g for g in at.children.get(c.i, []) if g.dep in kinds and _is_name(g, at)]
            if given:
                return _kin_named(noun, given[0], at)
    # 'my uncle, Tom Reed, and …' is often parsed as two subjects of one verb: a name in the same slot
    # right after the noun, with only a comma between, is its apposition
    twin = next((t for t in at.passage[noun.i + 1:noun.i + 6] if t.dep == noun.dep and t.head == noun.head), None)
    if twin is not None and noun.dep != "conj" and _is_name(twin, at) and _adjacent(noun, twin, at):
        return _kin_named(noun, twin, at)
    if head.i != noun.i and noun.dep in ("appos", "compound") and head.i in at.name_at and _adjacent(noun, head, at):
        return [at.name_at[head.i][0]]
    first = first_conjunct(noun, lambda x: _up(x, at))
    if first is not noun and first.dep == "appos" and (above := _up(first, at)) is not None and above.i in at.name_at \
            and _closed(noun, at):
        return [at.name_at[above.i][0]]  # 'Ann Reed, a widow and the mother of Ned, kept the inn'
    if noun.dep == "conj" and head.i in at.name_at and _closed(noun, at) and not _of_several(head, at) and any(
            c.dep == "appos" and c.pos == "NOUN" and c.i < noun.i for c in at.children.get(head.i, [])):
        return [at.name_at[head.i][0]]  # 'Ann Reed, a widow, and the mother of Ned, …', joined to the name
    part = _partitive(noun, at)
    if part is not None:
        return _picked(part, noun, at)
    if noun.dep == "attr" and head.lemma == "be":
        return _subjects_of_be(head, at)
    return _name_was(noun, at)


def _of_several(name: Token, at: Sentence) -> bool:
    """The name is a subject said to be more than one ('Tom Reed, a lawyer, and the father of Ann, were witnesses',
    '…, both signed'): what is joined to it is someone else."""
    verb = _up(name, at)
    if verb is None or name.dep not in ("nsubj", "nsubjpass"):
        return False
    said = [verb, *at.children.get(verb.i, []), *at.children.get(name.i, [])]
    return any(w.lower in ("were", "are", "both") or w.tag == "VBP" for w in said)


def _whose_name(verb: Token, at: Sentence) -> bool:
    """The subject of the relative clause's 'be' is 'whose name' or 'whose names'."""
    return any(c.dep == "nsubj" and c.lemma == "name" and any(p.lower == "whose" for p in at.children.get(c.i, []))
               for c in at.children.get(verb.i, []))


def _subjects_of_be(verb: Token, at: Sentence) -> list[int]:
    """Who 'be' says is what its attribute names: its subject ('Tom was my father'), or the name a who-clause hangs on
    ('Ann Reed, who was Tom's sister')."""
    subjects = [c for c in at.children.get(verb.i, []) if c.dep == "nsubj"]
    named = [at.name_at[c.i][0] for c in subjects if c.i in at.name_at]
    owner = _up(verb, at) if verb.dep == "relcl" else None
    if not named and owner is not None and owner.i in at.name_at and any(c.lower in _WHO for c in subjects):
        named = [at.name_at[owner.i][0]]
    return named


def _up(t: Token, at: Sentence) -> Token | None:
    return at.passage[t.head] if t.head != t.i and 0 <= t.head < len(at.passage) else None


def _closed(noun: Token, at: Sentence) -> bool:
    """A comma closes the noun's phrase: an apposition set off ('Ann Reed, …, and the mother of Ned, sang'), not a
    second subject ('Ann Reed, a widow, and the mother of Ned sang together')."""
    end = max([noun.i, *(i for i in descendants(noun, at) if at.passage[i].pos != "PUNCT")])  # its own comma too
    after = at.passage[end + 1] if end + 1 < len(at.passage) else None
    return after is not None and after.text == ","


def _partitive(noun: Token, at: Sentence) -> Token | None:
    """The word that picks one out of the kin a plural noun names: 'one of his daughters', 'the youngest of her
    sons'."""
    of = _up(noun, at) if noun.dep == "pobj" else None
    part = _up(of, at) if of is not None and of.lower == "of" else None
    if part is None or not (part.lower == "one" or part.tag == "JJS" or part.lower in ORDINALS):
        return None
    return part


def _picked(part: Token, noun: Token, at: Sentence) -> list[int]:
    """Whom the partitive names: its apposition ('one of his daughters, Ann'), the name it is in apposition to
    ('Ann, the youngest of his children') or the subject it is said of ('Ann was the eldest of his daughters')."""
    for c in at.children.get(part.i, []):
        if c.dep == "appos" and _is_name(c, at) and _adjacent(noun, c, at):
            return _with_conjuncts(c, at)
    head = _up(part, at)
    if head is None:
        return []
    if part.dep == "appos" and head.i in at.name_at and _adjacent(part, head, at):
        return [at.name_at[head.i][0]]
    if part.dep == "attr" and head.lemma == "be":
        return _subjects_of_be(head, at)
    return []


def _name_was(noun: Token, at: Sentence) -> list[int]:
    """'The name of his father was Tom Reed', 'My grandfather's name was Silas Orme', 'the name of the second wife,
    his mother, was Ann': the name (or the names) the sentence says the role's holders had."""
    owner = _up(noun, at) if noun.dep == "appos" else noun
    of = _up(owner, at) if owner is not None and owner.dep == "pobj" else None
    name = _up(of, at) if of is not None and of.lower == "of" else \
        _up(owner, at) if owner is not None and owner.dep == "poss" else None
    verb = _up(name, at) if name is not None and name.lemma == "name" and name.dep == "nsubj" else None
    if verb is None or verb.lemma != "be":
        return []
    # 'the names of the sons were Karl and Nils'
    return [p for c in at.children.get(verb.i, []) if c.dep == "attr" and c.i in at.name_at
            for p in _with_conjuncts(c, at)]


def _adjacent(noun: Token, name: Token, at: Sentence) -> bool:
    """Nothing but a comma, a title or 'named' stands between the role noun and the name."""
    names = at.name_at if name.i in at.name_at else at.unplaced
    entity_head = names[name.i][1]
    span = [t for t in at.tokens if t.i in names and names[t.i][1] is entity_head]
    start, end = min(t.start for t in span), max(t.end for t in span)
    gap = s_text(at.record, noun.end, start) if start >= noun.end else s_text(at.record, end, _phrase_start(noun, at))
    # 'her uncle, Colonel Tom Reed': a title between the role and the name keeps them together
    return all(w in ("named", "called") or fold(w) in TITLES for w in gap.replace(",", " ").split())


def _phrase_start(noun: Token, at: Sentence) -> int:
    """Where the noun's phrase starts: its first word, or the first of what hangs on it before ('Ann Reed’s son')."""
    return min([noun.start, *(at.passage[i].start for i in descendants(noun, at) if i < noun.i)])


def _kin_named(noun: Token, name: Token, at: Sentence) -> list[int]:
    """Whom a kin noun names from the first name given it: one for a singular noun ('my brother Tom and Ned Lee'
    names Tom alone), all the joined names for a plural ('my sons Tom and Ned')."""
    return _with_conjuncts(name, at) if noun.tag == "NNS" else [(at.name_at.get(name.i) or at.unplaced[name.i])[0]]


def _with_conjuncts(name: Token, at: Sentence) -> list[int]:
    """The person named and those named with them ('Tom and Ann Reed')."""
    out = [(at.name_at.get(name.i) or at.unplaced[name.i])[0]]
    for c in at.children.get(name.i, []):
        if c.dep == "conj" and _is_name(c, at):
            out += _with_conjuncts(c, at)
    return out


def _is_name(t: Token, at: Sentence) -> bool:
    return t.i in at.name_at or t.i in at.unplaced


def note_title(r: Reader, head: Token, passage: list[Token], entity: int, ordinal: int, sentence_id: int) -> None:
    """Remember 'King Olaf' (a title word before the name) so that a later 'the King' finds him."""
    for t in passage[max(0, head.i - 4):head.i]:
        if t.head == head.i and t.dep == "compound" and fold(t.text) in TITLES:
            r.titles[fold(t.text)] = (entity, ordinal, sentence_id)


def bind_title(r: Reader, at: Sentence, t: Token) -> None:
    """'the King' is the last person the chapter named 'King …', unless it says which king it means; else the
    document's subject if the text calls the subject so."""
    children = at.children.get(t.i, [])
    article = next((c for c in children if c.dep == "det" and c.lower == "the"), None)
    if article is None:
        return
    if _named_as(t, at):
        return  # 'the Governor Tom Reed': the name says who
    title = fold(t.text)
    holder = r.titles.get(title)
    # 'the president of the club' is someone else; a phrase set off by commas, or one the parse hung on the title
    # from further on ('the King, ill for days, gave his daughter to a duke'), says nothing of which king
    told = not any(c.dep == "prep" and c.i == t.i + 1 for c in children)
    if holder is not None and at.ordinal - holder[1] <= TITLE_SPAN and told:
        bind(r, at, t, article.start, "role", holder[0], holder[2])
        r.out.titled.append((holder[0], f"the {t.text}", at.record.id))
    elif told and r.subject is not None and title in r.subject_titles:
        # no other king named just before: the King of a life of King Olaf is Olaf
        bind(r, at, t, article.start, "role", r.subject, r.subject_titles[title])
        r.out.titled.append((r.subject, f"the {t.text}", at.record.id))
    else:  # someone this reading cannot name: the 'he' after 'the Czar' may well be his, and no one else's
        r.seen.append(Seen(UNKNOWN, at.ordinal, at.record.id, t, is_subject(t, at.passage)))


def note_body(r: Reader, entity: int, name: str, ordinal: int, sentence_id: int) -> None:
    """Remember 'the Harbour Council' (a name ending in a word for a body) so that a later 'the Council' finds it."""
    words = name.split()
    if len(words) >= 2 and fold(words[-1]) in BODY_WORDS:
        r.bodies[fold(words[-1])] = (entity, ordinal, sentence_id)


def bind_body(r: Reader, at: Sentence, t: Token) -> None:
    """'the Council' is the last body the chapter named '… Council' or else the only one the chapter, or the
    document, names; unless it says which it means ('the Council of Elders', 'the Harbour Council' untagged)."""
    children = at.children.get(t.i, [])
    article = next((c for c in children if c.dep == "det" and c.lower == "the"), None)
    if article is None or any(c.dep in ("prep", "compound") for c in children):
        return
    last = r.bodies.get(fold(t.text))
    body = (last[0], last[2]) if last is not None and at.ordinal - last[1] <= BODY_SPAN else \
        r.sole_bodies.get(fold(t.text))
    if body is None:
        return
    mention = MentionRecord(next(r.ids), r.document_id, at.record.id, article.start, t.end,
                            s_text(at.record, article.start, t.end), "ORG", "role", body[1])
    r.out.mentions.append(mention)
    r.out.entity_of[mention.id] = body[0]
