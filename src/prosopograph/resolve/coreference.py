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
import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..model import MentionRecord, ResolvedEntity, SentenceRecord
from ..nlp.parse import Token, decode, tokens_by_sentence
from ..nlp.rules import KIN, is_person_word
from ..nlp.wordnet import shared
from ..text import MONTH_NAMES, WEEKDAY_NAMES, fold
from .gender import FEMALE_PRONOUNS, MALE_PRONOUNS, UNKNOWN, noun_gender, pronoun_gender, title_gender
from .named import named_so
from .names import DESCRIPTIVE_TITLES, TITLES
from .organizations import BODY_WORDS
from .reader import FIRST_PERSON, SECOND_PERSON, Reader, References, Seen, Sentence, bind, is_subject, s_text
from .roles import ONLY_ONE, bind_body, bind_kin, bind_title, name_brought_in, note_body, note_title
from .speech import UNHEARD, addressed, hearer_of, paragraph_quoted, said_in_full, speaker_of

__all__ = ["References", "resolve_references"]

NOT_NAMES = frozenset({*MONTH_NAMES, *WEEKDAY_NAMES})
"""Capitalised words a quotation may open with that call no one ('Monday, we march')."""
CLAUSE_REACH = 40
"""How many words either side of a verb its subject and its complement are looked for."""
MAYBE = -2
"""A subject the model took for a body or a people, who may yet be a person ('Velarde and his wife')."""
WINDOW = 3
"""Sentences back a pronoun looks for the person it stands for."""
MARGIN = 0.75
"""How much likelier the best person must be than the next for a pronoun to be bound."""
QUANTIFIERS = frozenset({"each", "every"})
"""Determiners of a noun that speaks of no one person ('each man took his rifle')."""
SUBJECT_BONUS = 1.0
"""How much likelier a pronoun means the person whose life the document tells."""


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
    subject = roles[0]
    titles = _subject_titles(sentences, entities[subject] if subject is not None else None,
                             gender.get(subject) if subject is not None else None)
    first = _read_document(Reader(document_id, roles[1], roles[0], entities, dict(gender), References(), ids,
                                  subject_titles=titles), sentences, text, parses, named, ONLY_ONE)
    holders: dict[tuple[int, str], Counter[int]] = {}
    where: dict[tuple[int, int, str], int] = {}
    for b in first.out.bindings:
        if b.role in ONLY_ONE:
            holders.setdefault((b.possessor, b.role), Counter())[b.person] += 1
            where.setdefault((b.possessor, b.person, b.role), b.sentence_id)
    reader = Reader(document_id, roles[1], roles[0], entities, gender, out, ids, subject_titles=titles)
    for (possessor, role), counts in holders.items():
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:  # a lone other naming is a misreading
            person = ranked[0][0]
            reader.known_roles[(possessor, role)] = (person, where[(possessor, person, role)])
    _read_document(reader, sentences, text, parses, named)


VOICES = FIRST_PERSON | SECOND_PERSON
"""The pronouns a quotation's speaker and hearer are bound by."""
Voices = tuple[tuple[int, int] | None, tuple[int, int] | None]
"""The speaker of the passage's quotation so far (entity, sentence id) and the one person it is said to."""


def _read_document(reader: Reader, sentences: list[SentenceRecord], text: str, parses: dict[int, tuple[int, str]],
                   named: dict[int, list[tuple[int, MentionRecord]]], only: frozenset[str] | None = None) -> Reader:
    """One reading of a document, sentence by sentence in text order, into the reader's output.

    With `only`, just the passages that hold one of those words are read (a quick first reading).
    """
    chapter: int | None = -1
    ordinal = 0
    chapters: dict[int | None, list[SentenceRecord]] = defaultdict(list)
    for s in sentences:
        chapters[s.chapter_id].append(s)
    in_document = _sole_bodies(sentences, named, reader.entities)
    for passage_id, group in itertools.groupby(sentences, key=lambda s: s.passage_id):
        in_passage = list(group)
        if in_passage[0].chapter_id != chapter:
            chapter = in_passage[0].chapter_id
            reader.seen.clear()
            reader.titles.clear()
            reader.bodies.clear()
            reader.strangers.clear()
            reader.sole_bodies = {**in_document, **_sole_bodies(chapters[chapter], named, reader.entities)}
        if only is not None and not any(w in s.text.lower() for s in in_passage for w in only):
            reader.seen.clear()
            ordinal += len(in_passage)
            continue
        start, parse = parses.get(passage_id, (0, ""))
        tokens = decode(parse, text, start)
        by_sentence = tokens_by_sentence(tokens, in_passage)
        voices: Voices = (None, None)
        inside = paragraph_quoted(tokens, by_sentence)
        for s, sentence_tokens in zip(in_passage, by_sentence):
            voices = _read_sentence(reader, s, ordinal, sentence_tokens, tokens, named.get(s.id, []), voices, inside)
            ordinal += 1
    return reader


def _read_sentence(r: Reader, s: SentenceRecord, ordinal: int, tokens: list[Token], passage: list[Token],
                   named: list[tuple[int, MentionRecord]], voices: Voices, inside: dict[int, bool]) -> Voices:
    """Bind the references of one sentence in text order (`inside`: whether each token of the passage stands in a
    quotation); returns the speaker of its quotations (entity, sentence id) and the one person they are said to,
    which hold for the rest of the passage unless another speaker is named."""
    children: dict[int, list[Token]] = {}
    for t in tokens:
        children.setdefault(t.head, []).append(t)
    at = Sentence(s, ordinal, tokens, passage, inside, _names_at(tokens, named, r.entities), children,
                   unplaced=_names_at(tokens, named, r.entities, unplaced=True),
                   tagged={t.i for t in tokens for _, m in named if m.start <= t.start < m.end})
    bodies = _bodies_at(tokens, named, r.entities)
    for entity in dict.fromkeys(bodies.values()):
        note_body(r, entity, r.entities[entity].name, ordinal, s.id)
    for t in _reading_order(tokens, children):
        if t.i in at.name_at:
            _name(r, at, t)
        elif t.lower in FIRST_PERSON and t.tag.startswith("PRP"):
            if not at.quoted[t.i] and r.narrator is not None:
                bind(r, at, t, t.start, "narrator", r.narrator, None)
        elif (t.lower in MALE_PRONOUNS or t.lower in FEMALE_PRONOUNS) and t.tag.startswith("PRP"):
            named = name_brought_in(r, at, t)
            if named is None:
                named = _name_said(at, t)
            hit = (named, s.id) if named is not None else (
                _coordinated(r, at, t) or _fronted(r, at, t) or _topic(r, at, t) or _subject_untagged(at, t)
                or _subject_unnamed(r, at, t)
                or _antecedent(r, t, ordinal, passage, _objects_of_its_verb(at, t) | _named_in_its_words(at, t)))
            if hit is not None and hit[0] >= 0:
                bind(r, at, t, t.start, "pronoun", *hit)
        elif t.pos in ("NOUN", "PROPN") and t.lower in KIN and not _voiced(t, at):
            bind_kin(r, at, t)
        elif t.pos in ("NOUN", "PROPN") and fold(t.text) in TITLES:
            bind_title(r, at, t)
        elif t.pos in ("NOUN", "PROPN") and t.text[:1].isupper() and fold(t.text) in BODY_WORDS and t.i not in bodies:
            bind_body(r, at, t)
    voices = _bind_voices(r, at, voices)
    for t in tokens:  # 'my cousin Ann' in a quotation: its speaker's cousin, now that the speaker is known
        if t.pos in ("NOUN", "PROPN") and t.lower in KIN and _voiced(t, at):
            bind_kin(r, at, t)
    _note_called(r, at)
    for person, name, resolved in named_so(at, r.entities):  # after the voices: '“You shall be called Tom,” …'
        if resolved is None:
            r.out.named.append((person, name, at.record.id))
        elif resolved != person:
            r.out.joined.append((resolved, person, at.record.id))
    r.strangers += [(sex, ordinal) for t in tokens if (sex := _stranger(t, at)) is not None]
    return voices


def _voiced(t: Token, at: Sentence) -> bool:
    """The noun is owned by a quotation's 'my' or 'your', whom the voices of the quotation bind."""
    return any(c.dep == "poss" and at.quoted[c.i] and c.lower in VOICES for c in at.children.get(t.i, []))


def _bind_voices(r: Reader, at: Sentence, voices: Voices) -> Voices:
    """Bind a quotation's 'I' to its speaker and its 'you' to the one it is said to. The hearer holds for the
    sentences that go on with the quotation, and for the same speaker's next words ('…,' she added); narration
    between, or another speaker, drops it."""
    named = speaker_of(at.tokens, at.quoted, at.name_at, at.bound, at.record.id)
    speaker = named or voices[0]
    heard = hearer_of(at.tokens, at.quoted, at.children, at.name_at, at.bound, speaker[0] if speaker else None)
    if heard is not None:
        hearer = (heard, at.record.id) if heard != UNHEARD else None
    elif said_in_full(at.tokens, at.quoted) or (named is not None and voices[0] is not None
                                                 and named[0] == voices[0][0]):
        hearer = voices[1]
    else:
        hearer = None
    for t in at.tokens:
        if at.quoted[t.i] and t.lower in FIRST_PERSON and t.tag.startswith("PRP") and speaker is not None:
            bind(r, at, t, t.start, "narrator", *speaker)
        elif at.quoted[t.i] and t.lower in SECOND_PERSON and t.tag.startswith("PRP") and hearer is not None:
            bind(r, at, t, t.start, "hearer", *hearer)
    return speaker, hearer


def _note_called(r: Reader, at: Sentence) -> None:
    """'she said to me, "Tom, …"': the name a quotation calls the person it is said to, if a name (not a title, a
    kin word or a day: 'Sir', 'Mother', 'Monday'), though the model may have taken it for someone of its own."""
    call = addressed(at.tokens, at.quoted, at.children)
    if call is None:
        return
    hearer, called = call
    person = at.bound.get(hearer.i, at.name_at.get(hearer.i, (UNKNOWN,))[0])
    if person < 0 or r.entities[person].type != "PERSON" or any(
            fold(t.text) in TITLES or t.lower in KIN or t.text in NOT_NAMES for t in called):
        return
    r.out.called.append((person, s_text(at.record, called[0].start, called[-1].end), at.record.id))


def _name(r: Reader, at: Sentence, t: Token) -> None:
    entity, head = at.name_at[t.i]
    if t is head and not _modifier(t, at):
        r.seen.append(Seen(entity, at.ordinal, at.record.id, t, is_subject(t, at.passage)))
        if entity >= 0:
            note_title(r, t, at.passage, entity, at.ordinal, at.record.id)


def _modifier(t: Token, at: Sentence) -> bool:
    """A name that only narrows down the common noun right after it, as 'the' shows ('the Tod family', 'the Reed
    farm'), speaks of a household or a thing: no one a later 'he' goes back to. ('gave Meade minute orders' is often
    parsed so too, without the article.)"""
    head = at.passage[t.head] if t.dep == "compound" and t.head == t.i + 1 < len(at.passage) else None
    return head is not None and head.pos == "NOUN" and any(
        c.dep == "det" and c.lower == "the" for c in at.children.get(head.i, []))


def _name_said(at: Sentence, t: Token) -> int | None:
    """'His name was Tom Reed': the one whose name the sentence gives is whom the name names."""
    noun = at.passage[t.head] if t.dep == "poss" and 0 <= t.head < len(at.passage) else None
    verb = at.passage[noun.head] if noun is not None and noun.lemma == "name" and noun.dep == "nsubj" else None
    if verb is None or verb.lemma != "be":
        return None
    given = {at.name_at[c.i][0] for c in at.children.get(verb.i, []) if c.dep == "attr" and c.i in at.name_at}
    return given.pop() if len(given) == 1 and min(given) >= 0 else None


def _objects_of_its_verb(at: Sentence, t: Token) -> set[int]:
    """The people the verb a subject pronoun is the subject of has for objects ('he served Tom Reed', 'she was received
    by Ann'): a verb's subject and its object are two people, so the pronoun is none of them. A passive's own object
    names its subject or what it was made ('he was born Tom Reed', 'she was christened Ann'): no one else."""
    if t.dep not in ("nsubj", "nsubjpass") or not 0 <= t.head < len(at.passage):
        return set()
    verb = at.passage[t.head]
    if verb.lemma in ("be", "become", "remain", "seem"):
        return set()
    objects = [c for c in at.children.get(verb.i, []) if c.dep in ("dobj", "dative") and t.dep == "nsubj"]
    objects += [o for p in at.children.get(verb.i, []) if p.dep in ("prep", "agent") and p.lower != "as"
                for o in at.children.get(p.i, []) if o.dep == "pobj"]
    return {at.name_at[o.i][0] for o in objects if o.i in at.name_at}


def _named_in_its_words(at: Sentence, t: Token) -> set[int]:
    """The people a quotation names whose words a subject pronoun says or writes ('“Let Tom go,” he wrote': the verb
    the pronoun is the subject of has the quotation's clause for its own): a speaker does not name himself, nor the
    one he speaks to, so the pronoun is none of them."""
    if t.dep != "nsubj" or at.quoted.get(t.i) or not 0 <= t.head < len(at.passage):
        return set()
    reported = any(at.quoted.get(c.i) and c.dep in ("ccomp", "parataxis", "dobj") for c in at.children.get(t.head, []))
    if not reported:
        return set()
    named = {i: at.name_at[i][0] for i, inside in at.quoted.items() if inside and i in at.name_at}
    own = {entity for i, entity in named.items() if _the_speakers(at, i)}  # '“My name is Tom Reed,” he said'
    return set(named.values()) - own


def _the_speakers(at: Sentence, i: int) -> bool:
    """The name at position `i` is said of the one speaking: 'I am Tom Reed', 'my name is Tom Reed'."""
    return any(at.passage[j].lower == "i" or (at.passage[j].lemma == "name" and any(
        c.lower == "my" for c in at.children.get(j, []))) for j in _said_to_be(at.passage[i], at.passage))


def _said_to_be(noun: Token, passage: list[Token]) -> set[int]:
    """The words the noun is set beside or said of by 'be' ('Tom, his partner'; 'Tom was his partner', 'his partner
    was Tom'), by their position in the passage."""
    if noun.dep == "appos":
        return {noun.head}
    if noun.dep not in ("attr", "nsubj") or not 0 <= noun.head < len(passage) or passage[noun.head].lemma != "be":
        return set()
    return _hung_on(noun.head, passage, "nsubj" if noun.dep == "attr" else "attr")


def _hung_on(head: int, passage: list[Token], *deps: str) -> set[int]:
    """The words hung on the word at `head` by these relations, looked for among the words near it."""
    near = passage[max(0, head - CLAUSE_REACH):head + CLAUSE_REACH]
    return {w.i for w in near if w.head == head and w.dep in deps}


def _reading_order(tokens: list[Token], children: dict[int, list[Token]]) -> list[Token]:
    """The sentence's words in text order, but a title that a kin noun is 'of' read before the kin noun ('the wife of
    the King'): whose wife she is depends on whom the title stands for."""
    order = list(tokens)
    for kin in tokens:
        if kin.pos not in ("NOUN", "PROPN") or kin.lower not in KIN:
            continue
        # not 'the wife of the former King', who is not the one the title stands for now
        owners = [x for of in children.get(kin.i, []) if of.dep == "prep" and of.lower == "of"
                  for x in children.get(of.i, []) if x.dep == "pobj" and fold(x.text) in TITLES and x.i > kin.i
                  and all(c.dep in ("det", "prep") for c in children.get(x.i, []))]
        for owner in owners:
            order.remove(owner)
            order.insert(order.index(kin), owner)
    return order


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
            elif m.label in ("ORG", "NORP") and head.pos == "PROPN" and not _after_article(inside[0], tokens):
                entity = MAYBE  # 'the Council' is never a person; 'Velarde' may be
            else:
                continue
        for t in inside:
            out[t.i] = (entity, head)
    return out


def _subject_titles(sentences: list[SentenceRecord], subject: ResolvedEntity | None,
                    sex: str | None = None) -> dict[str, int]:
    """The titles written right before a name of the subject ('King Olaf', 'the Czar Ivan', tagged or not), each
    with the sentence first giving it; none that says a man or a woman the subject is not (`sex`: 'Countess Reed'
    in a life of Tom Reed is his mother or his wife)."""
    names = sorted({a.alias for a in subject.aliases if a.alias[:1].isupper()}, key=len, reverse=True) \
        if subject is not None else []
    if not names:
        return {}
    titled = re.compile(rf"\b([A-Z][a-z]+)\s+(?:{'|'.join(map(re.escape, names))})\b")
    out: dict[str, int] = {}
    for s in sentences:
        for m in titled.finditer(s.text):
            title = fold(m.group(1))
            said = title_gender(title)
            if title in TITLES and title not in DESCRIPTIVE_TITLES and not (said and sex and said != sex):
                out.setdefault(title, s.id)
    return out


def _sole_bodies(sentences: list[SentenceRecord], named: dict[int, list[tuple[int, MentionRecord]]],
                 entities: list[ResolvedEntity]) -> dict[str, tuple[int, int]]:
    """The one body of each word the sentences (a chapter, a document) name ('Harbour Council' and no other
    council), with the sentence naming it first: a 'the Council' they name no other for is that one."""
    found: dict[str, dict[int, int]] = {}
    for s in sentences:
        for entity, _ in named.get(s.id, []):
            words = entities[entity].name.split() if entity >= 0 and entities[entity].type == "ORG" else []
            if len(words) >= 2 and fold(words[-1]) in BODY_WORDS:
                found.setdefault(fold(words[-1]), {}).setdefault(entity, s.id)
    return {word: next(iter(bodies.items())) for word, bodies in found.items() if len(bodies) == 1}


def _after_article(first: Token, tokens: list[Token]) -> bool:
    before = next((t for t in tokens if t.i == first.i - 1), None)
    return first.lower == "the" or (before is not None and before.lower == "the")


def _bodies_at(tokens: list[Token], named: list[tuple[int, MentionRecord]], entities: list[ResolvedEntity],
               ) -> dict[int, int]:
    """Token position → body for the tokens of the bodies named in the sentence."""
    out: dict[int, int] = {}
    for entity, m in named:
        if entity >= 0 and entities[entity].type == "ORG":
            out.update((t.i, entity) for t in tokens if m.start <= t.start < m.end)
    return out


def _unplaced_place(e: ResolvedEntity) -> bool:
    return e.type == "PLACE" and e.lat is None and e.country is None


def _coordinated(r: Reader, at: Sentence, t: Token) -> tuple[int, int] | None:
    """'Tom and his wife': a possessive in a phrase joined to a name is that person's (UNKNOWN if the name
    is no known person's, or a name the model did not tag), unless the pronoun says another sex ('her husband
    Tom and her daughters' are hers, not Tom's)."""
    noun = at.passage[t.head] if t.dep == "poss" and 0 <= t.head < len(at.passage) else None
    if noun is None or noun.dep != "conj" or not 0 <= noun.head < len(at.passage):
        return None
    if noun.head in at.name_at:
        person = at.name_at[noun.head][0]
        known = r.gender.get(person)
        return None if known and known != pronoun_gender(t.text) else (person, at.record.id)
    return (UNKNOWN, at.record.id) if _untagged_name(at.passage[noun.head], at) else None


def _fronted(r: Reader, at: Sentence, t: Token) -> tuple[int, int] | None:
    """'After her marriage, Ann Reed moved to Leeds': a possessive in a phrase set before its clause's subject is
    that subject's, where a name of the pronoun's sex (or none known) follows."""
    if t.dep != "poss":
        return None
    up = t
    for _ in range(6):  # 'In the first years of her marriage, …': through nouns and prepositions to the verb
        if up.dep not in ("poss", "pobj", "prep") or not 0 <= up.head < len(at.passage):
            return None
        above = at.passage[up.head]
        if up.dep == "prep" and above.pos in ("VERB", "AUX"):
            break
        up = above
    else:
        return None
    subject = next((c for c in at.children.get(up.head, []) if c.dep in ("nsubj", "nsubjpass") and c.i > up.i), None)
    person = at.name_at.get(subject.i, (UNKNOWN,))[0] if subject is not None else UNKNOWN
    if person < 0 or r.entities[person].type != "PERSON" or r.gender.get(person) not in (None, "",
                                                                                         pronoun_gender(t.text)):
        return None
    return person, at.record.id


TOPIC_PREPOSITIONS = frozenset({"to", "for"})
"""'As to Ann Reed, she …', 'as for my uncle, Tom, he …': the clause that follows is about the person set before it."""


def _topic(r: Reader, at: Sentence, t: Token) -> tuple[int, int] | None:
    """The person an 'as to' or 'as for' before the clause names or its kin noun means ('as for my cousin'), for the
    clause's subject pronoun, if of its sex; none where it names two ('as for Tom and Ann')."""
    if t.dep not in ("nsubj", "nsubjpass") or not 0 <= t.head < len(at.passage):
        return None
    topics = [name for as_ in at.children.get(t.head, []) if as_.lower == "as" and as_.dep == "prep" and as_.i < t.i
              for to in at.children.get(as_.i, []) if to.lower in TOPIC_PREPOSITIONS
              for pobj in at.children.get(to.i, []) if pobj.dep == "pobj"
              for name in (pobj, *(c for c in at.children.get(pobj.i, []) if c.dep in ("appos", "conj")))]
    people = {at.name_at[n.i][0] if n.i in at.name_at else at.bound.get(n.i, UNKNOWN) for n in topics} - {UNKNOWN}
    if len(people) != 1:
        return None
    person = people.pop()
    if r.entities[person].type != "PERSON" or r.gender.get(person) not in (None, "", pronoun_gender(t.text)):
        return None
    return person, at.record.id


def _subject_untagged(at: Sentence, t: Token) -> tuple[int, int] | None:
    """'Orm spoke of his father', the model having tagged no 'Orm': the pronoun is likelier the subject's than
    anyone's named before, so it is left unbound (UNKNOWN) rather than given to another."""
    if any(_untagged_name(c, at) for c in _subjects_before(at, t)):
        return UNKNOWN, at.record.id
    return None


def _subject_unnamed(r: Reader, at: Sentence, t: Token) -> tuple[int, int] | None:
    """A possessive or a reflexive after a subject the text gives no name is that subject's, so it is left unbound
    (UNKNOWN): a man or a woman just brought in without a name ('a girl knocked … The girl was raised by her
    grandmother'), or anyone 'each' or 'every' speaks of ('every officer … his profession')."""
    if t.dep != "poss" and not t.lower.endswith("self"):
        return None
    sex = pronoun_gender(t.text)
    if any(_unnamed_person(r, at, c, sex) for c in _subjects_before(at, t)):
        return UNKNOWN, at.record.id
    return None


def _subjects_before(at: Sentence, t: Token) -> list[Token]:
    """The subjects, before the word, of the verb the word's phrase hangs on."""
    verb = t
    for _ in range(8):
        if verb.pos in ("VERB", "AUX") or not 0 <= verb.head < len(at.passage) or verb.head == verb.i:
            break
        verb = at.passage[verb.head]
    return [c for c in at.children.get(verb.i, []) if c.dep in ("nsubj", "nsubjpass") and c.i < t.i]


def _unnamed_person(r: Reader, at: Sentence, t: Token, sex: str | None) -> bool:
    """A singular common noun, neither named, bound nor anyone's ('his wife' is someone the text may know), of a
    person of the pronoun's sex the text just brought in without a name, or of anyone 'each' or 'every' speaks of. A
    role ('the commander', 'the Czar') is left to the antecedent's reading."""
    kids = at.children.get(t.i, [])
    if t.pos != "NOUN" or t.tag != "NN" or t.i in at.bound or t.i in at.name_at or any(
            c.dep == "poss" or (c.dep in ("appos", "compound") and c.i in at.name_at) for c in kids):
        return False
    if any(c.dep == "det" and c.lower in QUANTIFIERS for c in kids):
        return is_person_word(t.lower)
    definite = any(c.dep == "det" and c.lower in ("the", "this", "that") for c in kids)
    return definite and sex is not None and noun_gender(t.lower) == sex and any(
        was == sex and at.ordinal - when <= WINDOW for was, when in r.strangers)


def _stranger(t: Token, at: Sentence) -> str | None:
    """The sex of a man or a woman brought in without a name ('a girl', 'a daughter'), if the word is one."""
    if t.pos != "NOUN" or t.tag != "NN" or t.i in at.name_at or not any(
            c.dep == "det" and c.lower in ("a", "an") for c in at.children.get(t.i, [])):
        return None
    if any(c.dep in ("appos", "acl") for c in at.children.get(t.i, [])):
        return None  # 'a boy named Tom', 'a widow, Ann Reed': named after all
    return noun_gender(t.lower)


def _untagged_name(t: Token, at: Sentence) -> bool:
    """A capitalized word no mention covers (no person's, place's or body's, the model's or a rule's), with no
    article ('The Senate'): a proper noun, or a word WordNet does not know whatever the tagger made of it (a rare
    name tagged an adjective); not a title nor 'I'."""
    if not t.text[:1].isupper() or t.text == "I" or fold(t.text) in TITLES or t.i in at.tagged or any(
            c.dep == "det" for c in at.children.get(t.i, [])):
        return False
    wordnet = shared()
    unknown = wordnet is not None and not wordnet.is_lemma(t.lower) and wordnet.lemma(t.lower) == t.lower
    return t.pos == "PROPN" or (t.pos in ("ADJ", "NOUN", "X") and unknown)


def _subjects_of_its_verb(r: Reader, t: Token, ordinal: int, passage: list[Token]) -> set[int]:
    """'Tom saw him': him is not Tom, the subject of the same verb, nor the subject's name in apposition ('the painter
    Tom Reed saw him'); 'himself' is. The parser may hang an object 'her' on the noun after it as if it were 'his'
    ('made her his wife')."""
    object_as_owner = t.dep == "poss" and t.tag == "PRP" and 0 <= t.head < len(passage)
    if t.lower.endswith("self") or not (object_as_owner or t.dep in ("dobj", "pobj", "dative")):
        return set()
    verb = passage[t.head].head if object_as_owner else t.head
    subjects = _hung_on(verb, passage, "nsubj", "nsubjpass")
    return {s.entity for s in r.seen if s.sentence == ordinal and s.subject and (
        s.token.head == verb or (s.token.dep == "appos" and s.token.head in subjects))}


def _antecedent(r: Reader, t: Token, ordinal: int, passage: list[Token],
                others: set[int]) -> tuple[int, int] | None:
    """(person, id of the sentence that named or meant them) the pronoun stands for, or None when unsure; never one
    of the others its own clause names."""
    want = pronoun_gender(t.text)
    scores: dict[int, float] = {}
    not_meant = _subjects_of_its_verb(r, t, ordinal, passage)
    # 'Tom Reed, his partner, …', 'Tom Reed was his partner': the owner of a noun set beside a name or said of it is
    # not that name's bearer ('his own worst enemy' is his)
    owned = passage[t.head] if t.dep == "poss" and 0 <= t.head < len(passage) else None
    # 'his name was Tom Reed', 'Reed was his old self' are said of him
    if owned is not None and owned.lemma not in ("name", "self") and not any(
            w.lower == "own" for w in passage[t.i + 1:owned.i]):
        not_meant |= {s.entity for s in r.seen if s.sentence == ordinal and s.token.i in _said_to_be(owned, passage)}
    not_meant |= others
    for seen in reversed(r.seen):
        distance = ordinal - seen.sentence
        if distance > WINDOW:
            break
        if (seen.entity == r.narrator and r.narrator is not None) or (seen.entity == MAYBE and distance > 0):
            continue  # 'he' is never the one who says 'I'
        known = r.gender.get(seen.entity) or None
        if (known is not None and known != want) or seen.entity in not_meant:
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
