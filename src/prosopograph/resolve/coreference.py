"""Coreference: the pronouns and role phrases of a document bound to the people they stand for.

Read on the model's parse, one document at a time, in text order:

- "I", "me", "my", "myself" outside quotation marks are the narrator; inside them, the speaker the
  sentence names with a verb of saying ("…," said Anna), else they stay unbound.
- "he", "his", "she", "her"… go to the person named or meant most saliently before them: nearer
  sentences first, a subject before an object, never someone whose known gender disagrees, never the
  subject of the same verb for a plain object ("Anna saw her"). When two people are as likely, the
  pronoun stays unbound: a wrong link is worse than none.
- "my father", "his wife", "Anna's son" go to whoever the document named in that role for that
  possessor ("my father, Tom Reed"); "the King", "the Colonel" to the last person the chapter named
  with that title ("King Olaf").

Each bound pronoun or phrase becomes a mention of the person, with the sentence it was bound through.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import MentionRecord, ResolvedEntity, RoleBinding, SentenceRecord
from ..nlp.parse import Token, decode, tokens_by_sentence
from ..nlp.rules import KIN, generation
from ..text import fold
from .gender import FEMALE_PRONOUNS, MALE_PRONOUNS, UNKNOWN, pronoun_gender, role_gender
from .names import TITLES
from .speech import quoted, speaker_of

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
MAYBE = -2
"""A subject the model took for a body or a people, who may yet be a person ('Velarde and his wife')."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
WINDOW = 3
"""Sentences back a pronoun looks for the person it stands for."""
MARGIN = 0.75
"""How much likelier the best person must be than the next for a pronoun to be bound."""
SUBJECT_BONUS = 1.0
"""How much likelier a pronoun means the person whose life the document tells."""
ONLY_ONE = frozenset({"father", "mother"})
"""Roles a person has one holder of, whatever the chapter."""
TITLE_SPAN = 40
"""Sentences after 'King Olaf' that 'the King' still means him, within the chapter."""
@dataclass
class References:
    """What coreference found in the corpus: the bound mentions (with negative ids) and the roles named."""

    mentions: list[MentionRecord] = field(default_factory=list)
    entity_of: dict[int, int] = field(default_factory=dict)
    bindings: list[RoleBinding] = field(default_factory=list)
    designations: list[tuple[int, str, int]] = field(default_factory=list)
    """(entity, phrase, sentence id) of the roles that single a person out: 'my wife', 'Anna's son Tom'."""


@dataclass
class _Seen:
    """A person named or meant at one place of the text, as a pronoun may look back at it."""

    entity: int
    sentence: int
    """Ordinal of the sentence in the document."""
    sentence_id: int
    token: Token
    subject: bool


@dataclass
class _Reader:
    """The state of reading one document."""

    document_id: int
    narrator: int | None
    subject: int | None
    entities: list[ResolvedEntity]
    gender: dict[int, str]
    out: References
    ids: Iterator[int]
    seen: list[_Seen] = field(default_factory=list)
    roles: dict[tuple[int, str], tuple[int, int]] = field(default_factory=dict)
    """(possessor, role) → (person, sentence id) of the last naming."""
    titles: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """title → (person, sentence ordinal, sentence id) of the last 'King Olaf'."""
    known_roles: dict[tuple[int, str], tuple[int, int]] = field(default_factory=dict)
    """Roles one has only one holder of ('my mother'), as the whole document names them: a 'my mother'
    before 'my mother, Ann Reed' is her too."""


def resolve_references(document_id: int, sentences: list[SentenceRecord], text: str,
                       parses: dict[int, tuple[int, str]],
                       named: dict[int, list[tuple[int, MentionRecord]]], entities: list[ResolvedEntity],
                       roles: tuple[int | None, int | None], gender: dict[int, str], out: References,
                       ids: Iterator[int]) -> None:
    """Bind the pronouns and role phrases of one document, adding them to `out`.

    `sentences` are the document's in text order, `text` its cleaned text, `parses` its passages' starts and
    encoded parses, `named` the name mentions of each sentence as (entity index or UNKNOWN, mention), `roles` the
    document's (subject, narrator). The document is read twice: the first reading finds who holds the roles
    one has only one of, so that the second binds them before the text names them.
    """
    first = _read_document(_Reader(document_id, roles[1], roles[0], entities, dict(gender), References(), ids),
                           sentences, text, parses, named, ONLY_ONE)
    holders: dict[tuple[int, str], Counter[int]] = {}
    where: dict[tuple[int, int, str], int] = {}
    for b in first.out.bindings:
        if b.role in ONLY_ONE:
            holders.setdefault((b.possessor, b.role), Counter())[b.person] += 1
            where.setdefault((b.possessor, b.person, b.role), b.sentence_id)
    reader = _Reader(document_id, roles[1], roles[0], entities, gender, out, ids)
    for (possessor, role), counts in holders.items():
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:  # a lone other naming is a misreading
            person = ranked[0][0]
            reader.known_roles[(possessor, role)] = (person, where[(possessor, person, role)])
    _read_document(reader, sentences, text, parses, named)


def _read_document(reader: _Reader, sentences: list[SentenceRecord], text: str, parses: dict[int, tuple[int, str]],
                   named: dict[int, list[tuple[int, MentionRecord]]], only: frozenset[str] | None = None) -> _Reader:
    """One reading of a document, sentence by sentence in text order, into the reader's output.

    With `only`, just the passages that hold one of those words are read (a quick first reading).
    """
    chapter: int | None = -1
    ordinal = 0
    for passage_id, group in itertools.groupby(sentences, key=lambda s: s.passage_id):
        in_passage = list(group)
        if in_passage[0].chapter_id != chapter:
            chapter = in_passage[0].chapter_id
            reader.seen.clear()
            reader.titles.clear()
        if only is not None and not any(w in s.text.lower() for s in in_passage for w in only):
            reader.seen.clear()
            ordinal += len(in_passage)
            continue
        start, parse = parses.get(passage_id, (0, ""))
        tokens = decode(parse, text, start)
        by_sentence = tokens_by_sentence(tokens, in_passage)
        speaker: tuple[int, int] | None = None
        for s, sentence_tokens in zip(in_passage, by_sentence):
            speaker = _read_sentence(reader, s, ordinal, sentence_tokens, tokens, named.get(s.id, []), speaker)
            ordinal += 1
    return reader


@dataclass
class _Sentence:
    """One sentence being read: its tokens, which of them are quoted or names, and what is bound so far."""

    record: SentenceRecord
    ordinal: int
    tokens: list[Token]
    passage: list[Token]
    quoted: dict[int, bool]
    name_at: dict[int, tuple[int, Token]]
    children: dict[int, list[Token]]
    bound: dict[int, int] = field(default_factory=dict)
    unplaced: dict[int, tuple[int, Token]] = field(default_factory=dict)
    """Names of places the gazetteer does not know: a kin noun may give one as a person ('his son, Orel')."""


def _read_sentence(r: _Reader, s: SentenceRecord, ordinal: int, tokens: list[Token], passage: list[Token],
                   named: list[tuple[int, MentionRecord]], speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    """Bind the references of one sentence in text order; returns the speaker of its quotations (entity,
    sentence id), which holds for the rest of the passage unless another is named."""
    children: dict[int, list[Token]] = {}
    for t in tokens:
        children.setdefault(t.head, []).append(t)
    at = _Sentence(s, ordinal, tokens, passage, quoted(tokens), _names_at(tokens, named, r.entities), children,
                   unplaced=_names_at(tokens, named, r.entities, unplaced=True))
    for t in tokens:
        if t.i in at.name_at:
            _name(r, at, t)
        elif t.lower in FIRST_PERSON and t.tag.startswith("PRP"):
            if not at.quoted[t.i] and r.narrator is not None:
                _bind(r, at, t, t.start, "narrator", r.narrator, None)
        elif (t.lower in MALE_PRONOUNS or t.lower in FEMALE_PRONOUNS) and t.tag.startswith("PRP"):
            hit = _coordinated(at, t) or _antecedent(r, t, ordinal, passage)
            if hit is not None and hit[0] >= 0:
                _bind(r, at, t, t.start, "pronoun", *hit)
        elif t.pos in ("NOUN", "PROPN") and t.lower in KIN:
            _kin(r, at, t)
        elif t.pos in ("NOUN", "PROPN") and fold(t.text) in TITLES:
            _title(r, at, t)
    speaker = speaker_of(tokens, at.quoted, at.name_at, at.bound, s.id) or speaker
    for t in tokens:
        if at.quoted[t.i] and t.lower in FIRST_PERSON and t.tag.startswith("PRP") and speaker is not None:
            _bind(r, at, t, t.start, "narrator", *speaker)
    return speaker


def _is_subject(t: Token, passage: list[Token]) -> bool:
    """The subject of its clause, or joined to it ('Tom and Ann met')."""
    if t.dep == "conj" and 0 <= t.head < len(passage):
        t = passage[t.head]
    return t.dep in SUBJECT_DEPS


def _name(r: _Reader, at: _Sentence, t: Token) -> None:
    entity, head = at.name_at[t.i]
    if t is head:
        r.seen.append(_Seen(entity, at.ordinal, at.record.id, t, _is_subject(t, at.passage)))
        if entity >= 0:
            _note_title(r, t, at.passage, entity, at.ordinal, at.record.id)


def _bind(r: _Reader, at: _Sentence, t: Token, start: int, kind: str, entity: int, via: int | None) -> None:
    """Make the words from `start` to the end of `t` a mention of `entity`, bound through sentence `via`."""
    at.bound[t.i] = entity
    if kind != "narrator":  # the narrator is never whom a 'he' means
        r.seen.append(_Seen(entity, at.ordinal, at.record.id, t, _is_subject(t, at.passage)))
    if kind == "pronoun" and entity not in r.gender:  # 'Tom … he' says Tom is a man for the pronouns after
        r.gender[entity] = pronoun_gender(t.text) or ""
    mention = MentionRecord(next(r.ids), r.document_id, at.record.id, start, t.end, s_text(at.record, start, t.end),
                            "PERSON", kind, via)
    r.out.mentions.append(mention)
    r.out.entity_of[mention.id] = entity


def _names_at(tokens: list[Token], named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity],
              unplaced: bool = False) -> dict[int, tuple[int, Token]]:
    """Token position → (person, the name's head token) for the tokens inside a person's name.

    A name the model took for a person that the resolver did not make one is there as UNKNOWN: it may
    be whom a pronoun means, so it keeps the pronoun from going to someone else. With `unplaced`, the
    names of places the gazetteer does not know instead (never a pronoun's antecedent).
    """
    out: dict[int, tuple[int, Token]] = {}
    for entity, m in named:
        inside = [t for t in tokens if m.start <= t.start < m.end]
        if not inside or all(fold(t.text) in TITLES for t in inside):
            continue  # 'the Czar' tagged as a name is a title, read as one
        positions = {t.i for t in inside}
        head = next((t for t in inside if t.head not in positions or t.head == t.i), inside[-1])
        if unplaced:
            if entity >= 0 and _unplaced_place(entities[entity]):
                out.update((t.i, (entity, head)) for t in inside)
            continue
        if entity == UNKNOWN or entities[entity].type != "PERSON":
            if m.label == "PERSON":
                entity = UNKNOWN
            elif m.label in ("ORG", "NORP") and head.pos == "PROPN":
                entity = MAYBE
            else:
                continue
        for t in inside:
            out[t.i] = (entity, head)
    return out


def _unplaced_place(e: ResolvedEntity) -> bool:
    return e.type == "PLACE" and e.lat is None and e.country is None


def _coordinated(at: _Sentence, t: Token) -> tuple[int, int] | None:
    """'Tom and his wife': a possessive in a phrase joined to a name is that person's (UNKNOWN if the name
    is no known person's)."""
    noun = at.passage[t.head] if t.dep == "poss" and 0 <= t.head < len(at.passage) else None
    if noun is None or noun.dep != "conj" or noun.head not in at.name_at:
        return None
    entity = at.name_at[noun.head][0]
    return entity, at.record.id


def _antecedent(r: _Reader, t: Token, ordinal: int, passage: list[Token]) -> tuple[int, int] | None:
    """(person, id of the sentence that named or meant them) the pronoun stands for, or None when unsure."""
    want = pronoun_gender(t.text)
    scores: dict[int, float] = {}
    # 'Tom saw him': him is not Tom (the subject of the same verb), unless it is 'himself'
    clause_subjects = {s.entity for s in r.seen if s.sentence == ordinal and s.subject and s.token.head == t.head} if (
        t.dep in ("dobj", "pobj", "dative") and not t.lower.endswith("self")) else set()
    for seen in reversed(r.seen):
        distance = ordinal - seen.sentence
        if distance > WINDOW:
            break
        if (seen.entity == r.narrator and r.narrator is not None) or (seen.entity == MAYBE and distance > 0):
            continue  # 'he' is never the one who says 'I'
        known = r.gender.get(seen.entity) or None
        if (known is not None and known != want) or seen.entity in clause_subjects:
            continue
        score = (3.0 - distance + (1.0 if seen.subject else 0.0) - (0.5 if known is None else 0.0)
                 + (SUBJECT_BONUS if seen.entity == r.subject else 0.0))
        if t.lower.endswith("self") and distance == 0 and seen.subject:
            score += 2.0
        scores[seen.entity] = max(scores.get(seen.entity, -9.0), score)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN:
        return None
    best = ranked[0][0]
    if best in (UNKNOWN, MAYBE):
        return None
    via = next(s for s in reversed(r.seen) if s.entity == best)
    return best, via.sentence_id


def _note_title(r: _Reader, head: Token, passage: list[Token], entity: int, ordinal: int, sentence_id: int) -> None:
    """Remember 'King Olaf' (a title word before the name) so that a later 'the King' finds him."""
    for t in passage[max(0, head.i - 4):head.i]:
        if t.head == head.i and t.dep == "compound" and fold(t.text) in TITLES:
            r.titles[fold(t.text)] = (entity, ordinal, sentence_id)


def _kin(r: _Reader, at: _Sentence, t: Token) -> None:
    """'my father, Tom Reed' records whom the role names; a later 'my father' is bound to him."""
    modifiers = [c.lower for c in at.children.get(t.i, [])]
    role = "great-" * modifiers.count("great") + t.lower
    if "step" in modifiers or "foster" in modifiers or (role != t.lower and generation(role) is None):
        return  # 'my great grandfather' is no grandfather: he is bound as a role of his own
    possessors = _possessors(t, at)
    named = [p for p in _named_as(t, at) if p not in possessors]
    if not possessors or any(p < 0 for p in possessors + named):
        return
    sole = r.known_roles.get((possessors[0], role))
    if sole is not None and named and named != [sole[0]]:
        named = []  # one has one father: the person the text names so most often
    gender = role_gender(t.lower)
    if gender is not None and _surname_only(t, at) and any(r.gender.get(p, gender) != gender for p in named):
        return  # 'my grandmother Reed' is not the Reed the text knows as a man
    for person in named:
        r.out.designations += [(person, phrase, at.record.id) for phrase in _designations(at, t, person)]
        for possessor in possessors:
            r.roles[(possessor, role)] = (person, at.record.id)
            r.out.bindings.append(RoleBinding(possessor, role, person, at.record.id))
        if gender is not None:
            r.gender.setdefault(person, gender)
    known = r.roles.get((possessors[0], role)) or r.known_roles.get((possessors[0], role))
    if not named and len(possessors) == 1 and known is not None:
        # bound, so that in 'my mother's father' the mother owns the next role
        first = min([t, *at.children.get(t.i, [])], key=lambda x: x.start)
        _bind(r, at, t, first.start, "role", *known)
        r.out.designations += [(known[0], phrase, at.record.id) for phrase in _designations(at, t, None)]


def _designations(at: _Sentence, noun: Token, person: int | None) -> list[str]:
    """How a role phrase singles a person out, as written: 'my eldest son', "Anna's widow" (a pronoun other
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


def _surname_only(noun: Token, at: _Sentence) -> bool:
    """The role noun is given a one-word name ('my grandmother Reed')."""
    names = [c for c in at.children.get(noun.i, []) if c.i in at.name_at]
    head = at.passage[noun.head] if 0 <= noun.head < len(at.passage) else noun
    names += [head] if head.i in at.name_at else []
    return any(sum(1 for t in at.tokens if t.i in at.name_at and at.name_at[t.i][1] is at.name_at[n.i][1]) == 1
               for n in names)


def _possessors(noun: Token, at: _Sentence) -> list[int]:
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
    verb = at.passage[noun.head] if 0 <= noun.head < len(at.passage) else noun
    if noun.dep != "dobj" or verb.lemma not in ("have", "bear"):
        return []
    out: list[int] = []
    for c in at.children.get(verb.i, []):
        if c.dep == "nsubj":
            out += [at.bound[c.i]] if c.i in at.bound else _with_conjuncts(c, at) if c.i in at.name_at else []
            out += [at.bound[x.i] if x.i in at.bound else at.name_at[x.i][0] for x in at.children.get(c.i, [])
                    if x.dep == "conj" and (x.i in at.bound or x.i in at.name_at)]
    return list(dict.fromkeys(out))


def _title(r: _Reader, at: _Sentence, t: Token) -> None:
    """'the King' is the last person the chapter named 'King …', unless it says which king it means."""
    children = at.children.get(t.i, [])
    article = next((c for c in children if c.dep == "det" and c.lower == "the"), None)
    if article is None or any(c.dep == "prep" for c in children):  # 'the president of the club' is someone else
        return
    holder = r.titles.get(fold(t.text))
    if holder is not None and at.ordinal - holder[1] <= TITLE_SPAN and not _named_as(t, at):
        _bind(r, at, t, article.start, "role", holder[0], holder[2])


def s_text(s: SentenceRecord, start: int, end: int) -> str:
    """The text of a sentence between two document offsets."""
    return s.text[max(0, start - s.start):max(0, end - s.start)]


def _named_as(noun: Token, at: _Sentence) -> list[int]:
    """The people a role noun is given as: its apposition ('my parents, Tom and Ann Reed'), the name it
    stands right after or before ('my son Tom', 'Tom, my father'), the name a participle gives it ('my son,
    named Tom'), or the subject it is the attribute of ('Tom was my father')."""
    head = at.passage[noun.head] if 0 <= noun.head < len(at.passage) else noun
    for c in at.children.get(noun.i, []):
        # 'two daughters, Ann and Eve' is often parsed as the noun joined to the first name
        if c.dep in ("appos", "compound", "npadvmod", "conj") and _is_name(c, at) and _adjacent(noun, c, at):
            return _with_conjuncts(c, at)
        if c.dep == "acl" and c.lemma in ("name", "call"):  # 'my son, named Tom' (not 'named after Tom')
            given = [g for g in at.children.get(c.i, []) if g.dep in ("oprd", "dobj", "attr") and _is_name(g, at)]
            if given:
                return _with_conjuncts(given[0], at)
    # 'my uncle, Tom Reed, and …' is often parsed as two subjects of one verb: a name in the same slot
    # right after the noun, with only a comma between, is its apposition
    twin = next((t for t in at.passage[noun.i + 1:noun.i + 6] if t.dep == noun.dep and t.head == noun.head), None)
    if twin is not None and noun.dep != "conj" and _is_name(twin, at) and _adjacent(noun, twin, at):
        return _with_conjuncts(twin, at)
    if head.i != noun.i and noun.dep in ("appos", "compound") and head.i in at.name_at and _adjacent(noun, head, at):
        return [at.name_at[head.i][0]]
    if noun.dep == "attr" and head.lemma == "be":
        return [at.name_at[c.i][0] for c in at.children.get(head.i, []) if c.dep == "nsubj" and c.i in at.name_at]
    return []


def _adjacent(noun: Token, name: Token, at: _Sentence) -> bool:
    """Nothing but a comma, a title or 'named' stands between the role noun and the name."""
    names = at.name_at if name.i in at.name_at else at.unplaced
    entity_head = names[name.i][1]
    span = [t for t in at.tokens if t.i in names and names[t.i][1] is entity_head]
    start, end = min(t.start for t in span), max(t.end for t in span)
    gap = s_text(at.record, noun.end, start) if start >= noun.end else s_text(at.record, end, _phrase_start(noun, at))
    # 'her uncle, Colonel Tom Reed': a title between the role and the name keeps them together
    return all(w in ("named", "called") or fold(w) in TITLES for w in gap.replace(",", " ").split())


def _phrase_start(noun: Token, at: _Sentence) -> int:
    return min([noun.start, *(c.start for c in at.children.get(noun.i, []) if c.i < noun.i)])


def _with_conjuncts(name: Token, at: _Sentence) -> list[int]:
    """The person named and those named with them ('Tom and Ann Reed')."""
    out = [(at.name_at.get(name.i) or at.unplaced[name.i])[0]]
    for c in at.children.get(name.i, []):
        if c.dep == "conj" and _is_name(c, at):
            out += _with_conjuncts(c, at)
    return out


def _is_name(t: Token, at: _Sentence) -> bool:
    return t.i in at.name_at or t.i in at.unplaced
