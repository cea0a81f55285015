"""People: every mention of a person gathered into one entity with all the names it goes by.

Order of evidence, strongest first: full names that agree (same surname, compatible first name or
initials, or one a leading part of the other); names the text itself introduces ("born X", "under
the pseudonym X"); then bare first names and surnames, which go to the only entity that carries
them or, when several do, to the nearest earlier full mention of one of them in the same chapter.
A bare name with no such evidence stays unresolved: sharing a surname never merges two people.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field

from ..clean.headings import NAMED_SECTION
from ..nlp.rules import is_body_word, is_place_word
from ..text import fold
from .clusters import (
    PERSON_LABEL,
    SMALL_CLUSTER,
    Cluster,
    Context,
    add_evidence,
    chapter_of,
    full_mention_index,
    key_of,
    merge,
    nearest,
    same_given_name,
)
from .cues import CUE, apply_cues, apply_other_names
from .evidence import ACTS, NAMED_PLACE, PERSON, PLACE, Cue
from .names import INSTITUTION_WORDS, MARRIED_TITLES, initial_of, is_personal_name, is_regnal, name_tokens, surface
from .records import MentionRecord, SentenceRecord

__all__ = ["PERSON_LABEL", "Cluster", "PersonResolution", "cues_by_name", "grammar_places", "key_of", "name_key",
           "named_places", "never_someone", "person_keys", "resolve_people"]

PERSON_CUE_VOTES = 3
"""PERSON votes a name earns each time a kinship or person noun says it is a person's ('her sister, Mira')."""
GRAMMAR_OVERRIDE = 3
"""Votes of the grammar, from two sentences or more and none of place, that make a name a person's whatever
the model labelled it; as many sentences that put a name of two words or more somewhere, and none that
speaks of it as someone, make it no person's."""
OFTEN_SOMEWHERE = 6
TOWN_AND_MAN = 3
"""Mentions that put a name somewhere, at least, and times more often than it is spoken of as someone, for
those mentions to be a place's though the rest are a man's ('at Lorton' a town, 'Lorton said' a man)."""
CHAPTER, CORPUS = "chapter", "corpus"
"""Where a bare name's usual holder is counted."""
NAMED_BEFORE = 5
"""Times a bare name must be written before the full name holding it, and more than after it, to be someone
else's."""
SPELLED_ALIKE = 6
"""Letters at least of a name another spelling of which is read as the same name."""
SUPPORT_SHARE = 0.1
"""Person-tagged full names must number a tenth of a bare name's other tags to make it a person."""


@dataclass
class PersonResolution:
    """The people found, and the bare names that could not be given to anyone."""

    clusters: list[Cluster]
    unresolved: list[MentionRecord]


def name_key(m: MentionRecord) -> str:
    """The key a mention's name is grouped by: its name words, folded ('' for none)."""
    words = name_tokens(m.text)
    return fold(" ".join(words)) if is_personal_name(words) else ""


def _by_key(mentions: Iterable[MentionRecord]) -> dict[str, list[MentionRecord]]:
    by_key: dict[str, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        if key := name_key(m):
            by_key[key].append(m)
    return by_key


def cues_by_name(mentions: Iterable[MentionRecord], cues: Mapping[int, Cue]) -> dict[str, Counter[Cue | None]]:
    """What the grammar says of the mentions of each name key, counted (None: nothing)."""
    return {key: Counter(cues.get(m.id) for m in group) for key, group in _by_key(mentions).items()}


def never_someone(said: Counter[Cue | None]) -> bool:
    """Whether no mention of a name is spoken of as someone's ('X said', 'the clerk X', 'X, who')."""
    return not (said[PERSON] or said[ACTS])


def grammar_places(mentions: Iterable[MentionRecord], cues: Mapping[int, Cue]) -> set[int]:
    """The mentions the grammar makes places, whatever the model took them for: every mention of a name of two
    words or more that three mentions put somewhere ('at Port Reyes', 'near Port Reyes') and none speaks of
    as someone; and where a name is put somewhere far more often than spoken of as someone (a town and a man
    of one name), the mentions that put it somewhere."""
    out: set[int] = set()
    for key, group in _by_key(mentions).items():
        said = Counter(cues.get(m.id) for m in group)
        if len(key.split()) >= 2 and said[PLACE] >= GRAMMAR_OVERRIDE and never_someone(said):
            out.update(m.id for m in group)
        elif said[PLACE] >= OFTEN_SOMEWHERE and said[PLACE] >= TOWN_AND_MAN * (said[PERSON] + said[ACTS]):
            out.update(m.id for m in group if cues.get(m.id) == PLACE)
    return out


def named_places(mentions: Iterable[MentionRecord], cues: Mapping[int, Cue]) -> set[int]:
    """The mentions of a name a verb of naming gives a place ('we called the farm Windy Ridge') that name it or put
    it somewhere ('at Windy Ridge'), whatever the model took them for, where no mention speaks of it as someone's:
    its other mentions may be of the person it was named after."""
    out: set[int] = set()
    for group in _by_key(mentions).values():
        said = Counter(cues.get(m.id) for m in group)
        if said[NAMED_PLACE] and never_someone(said):
            out.update(m.id for m in group if cues.get(m.id) in (NAMED_PLACE, PLACE))
    return out


def person_keys(mentions: Iterable[MentionRecord], is_place: Callable[[str], bool], after_kin: Collection[int] = (),
                cues: Mapping[int, Cue] | None = None) -> dict[str, list[MentionRecord]]:
    """Mentions grouped by name key, for keys that the evidence calls a person.

    The model's labels vote; a surname or given name that full personal names elsewhere carry adds
    its weight, because the model often tags a bare surname as a place. A key the gazetteer knows
    as a sizeable place needs twice as many PERSON votes as others. A name right after a kinship
    noun (`after_kin`: mention ids) counts as several votes. What the grammar says of a mention (`cues`, by
    mention id: see `evidence`) votes too; and a name the grammar of several sentences calls a person, and
    never a place, is one whatever the model's labels, since the model labels a rare name by its look.
    """
    cues = cues or {}
    by_key = _by_key(mentions)
    votes = {key: Counter(m.label for m in group) for key, group in by_key.items()}
    for key, group in by_key.items():
        votes[key][PERSON_LABEL] += PERSON_CUE_VOTES * sum(m.id in after_kin for m in group)
        words = key.split()
        # a people, or a body ('the Harbour Board, who …'): no person, however a sentence speaks of it; a rare name
        # the model labels a people only now and then ('as Orm did') is not one
        if 2 * votes[key]["NORP"] >= len(group) or (
                len(words) >= 2 and (words[-1] in INSTITUTION_WORDS or is_body_word(words[-1]))):
            continue
        said = Counter(cues.get(m.id) for m in group)
        grammar = PERSON_CUE_VOTES * said[PERSON] + said[ACTS]
        several = sum(cues.get(m.id) in (PERSON, ACTS) for m in group) >= 2 and not said[PLACE]
        if len(group) > votes[key][PERSON_LABEL] and is_place(key):
            # a known place the model labelled one is now and then spoken of as a person ('her rival, Veldania');
            # only the grammar of several sentences, never a preposition of place, makes it someone's name
            if several and grammar >= 2 * GRAMMAR_OVERRIDE:
                votes[key] = Counter({PERSON_LABEL: votes[key].total()})
            continue
        votes[key][PERSON_LABEL] += grammar
        if several and grammar >= GRAMMAR_OVERRIDE:
            votes[key] = Counter({PERSON_LABEL: votes[key].total()})
    full = [k for k, v in votes.items() if len(k.split()) >= 2 and v[PERSON_LABEL] * 2 >= sum(v.values())]
    given: Counter[str] = Counter()
    surnames: Counter[str] = Counter()
    for k in full:
        given[k.split()[0]] += votes[k][PERSON_LABEL]
        if not is_regnal(k.split()[-1].upper()):
            surnames[k.split()[-1]] += votes[k][PERSON_LABEL]
    single_people = {k: v[PERSON_LABEL] for k, v in votes.items()
                     if len(k.split()) == 1 and v[PERSON_LABEL] * 2 > sum(v.values())}
    out = {}
    for key, group in by_key.items():
        if NAMED_SECTION.match(key):
            continue  # 'the Appendix', 'the Preface': a part of the book, whatever the model took it for
        words = key.split()
        person, other = votes[key][PERSON_LABEL], sum(votes[key].values()) - votes[key][PERSON_LABEL]
        place = bool(other) and is_place(key)
        if votes[key]["NORP"] > person:
            continue  # a people or a movement ('Bolsheviks'), not a person
        # full names lend a bare name their weight only if they are not drowned by its other uses
        support = surnames[key] + given[key] if len(words) == 1 else 0
        # 'Fort Tyne' is named like no person, though Tyne alone is a man
        named_like_a_person = words[-1] not in INSTITUTION_WORDS and not (
            len(words) >= 2 and is_place_word(words[0])) and (
            (len(words) == 1 and support >= max(1.0, SUPPORT_SHARE * other))
            or (len(words) >= 2 and words[0] in given
                and (person or words[-1] in surnames or words[-1] in single_people))
            # 'Yuli X' tagged an organization, where X alone is a person far more often
            or (len(words) >= 2 and single_people.get(words[-1], 0) >= max(SMALL_CLUSTER, other)))
        if (person and person >= (2 * other if place else other)) or (named_like_a_person and not place):
            out[key] = group
    return out


def resolve_people(keys: dict[str, list[MentionRecord]], sentences: dict[int, SentenceRecord],
                   by_sentence: dict[int, list[MentionRecord]], after_kin: Collection[int] = (),
                   subjects: Mapping[int, str] | None = None) -> PersonResolution:
    """Person clusters from the mentions of person keys, the sentences, the mentions by sentence, the
    mentions right after a kin noun (`after_kin`) and the name of each document's subject (`subjects`, by
    document id)."""
    found = join_full_names(keys)
    ctx = Context(keys, found.key_cluster, sentences, by_sentence,
                  full_mention_index(keys, found.key_cluster, sentences),
                  subject=lambda m: _subject(m, found, subjects or {}))
    cue_sentences = [s for s in sentences.values() if CUE.search(s.text)]
    introduce_names(cue_sentences, ctx)
    join_given_to_full(found)
    unresolved = bare_names(keys, found, ctx, after_kin)
    for key, group in keys.items():
        cluster = found.key_cluster.get(key)
        if cluster is not None:
            cluster.root().mentions.extend(group)
    name_again(cue_sentences, sentences, ctx)
    return PersonResolution(_people(found.clusters), unresolved)


@dataclass
class Found:
    """The people so far: the person each name key points to, and the people holding each first name and surname."""

    clusters: list[Cluster] = field(default_factory=list)
    key_cluster: dict[str, Cluster] = field(default_factory=dict)
    by_last: defaultdict[str, list[Cluster]] = field(default_factory=lambda: defaultdict(list))
    by_first: defaultdict[str, list[Cluster]] = field(default_factory=lambda: defaultdict(list))
    named_before: dict[str, tuple[Cluster, dict[int, int]]] = field(default_factory=dict)
    """Bare names someone went by before the one full name holding them was given: that someone, and where the
    full name was first given in each document, by key."""

    def new_cluster(self) -> Cluster:
        """A new person, with no names yet."""
        self.clusters.append(Cluster(len(self.clusters)))
        return self.clusters[-1]


def join_full_names(keys: dict[str, list[MentionRecord]]) -> Found:
    """Phase 1: multi-word names, most frequent first, each joined to the one compatible person or made new."""
    found = Found()
    multi = sorted((k for k in keys if len(k.split()) >= 2), key=lambda k: (-len(keys[k]), -len(k)))
    for key in multi:
        words = key.split()
        pool = {id(c): c for c in found.by_last[words[-1]] + found.by_first[words[0]]}
        compatible = {c.id: c for c in pool.values() if any(_compatible(words, f) for f in c.full_keys)}
        cluster = next(iter(compatible.values())) if len(compatible) == 1 else found.new_cluster()
        cluster.full_keys.append(words)
        found.key_cluster[key] = cluster
        if words[0] in MARRIED_TITLES:
            continue  # a bare 'Reed' is never 'Mrs. Reed': she does not lend the name to it
        found.by_last[words[-1]].append(cluster)
        found.by_first[words[0]].append(cluster)
    return found


def introduce_names(cue_sentences: list[SentenceRecord], ctx: Context) -> None:
    """Phase 2: names the text introduces for someone ('born X', 'called X') become theirs."""
    for sentence in cue_sentences:
        apply_cues(sentence, ctx)


def join_given_to_full(found: Found) -> None:
    """Phase 3: a single name given to someone by the text takes the one full name built on it ('Joseph X' → X)."""
    for key, cluster in list(found.key_cluster.items()):
        if len(key.split()) == 1:
            others = {c.root().id: c.root() for c in found.by_last.get(key, []) if c.root() is not cluster.root()}
            if len(others) == 1 and same_given_name(next(iter(others.values())), cluster.root()):
                merge(next(iter(others.values())), cluster.root())


def bare_names(keys: dict[str, list[MentionRecord]], found: Found, ctx: Context,
               after_kin: Collection[int] = ()) -> list[MentionRecord]:
    """Phase 4: bare single names to the one person who carries them, else one by one; returns those left. A
    name right after a kin noun ('his son Tom') is not given to the nearest full name: the kin says who he is,
    not the last Tom named. Where no full name stands close by and the chapter has no usual holder of it, a name
    the document's subject goes by is the subject's: a life of 'Ivo the Bold' calls him 'Ivo', whichever other Ivo
    it names somewhere."""
    _bare_keys(keys, found, ctx.sentences)
    ambiguous = sorted((m for k, ms in keys.items() if k not in found.key_cluster for m in ms),
                       key=lambda m: (m.document_id, m.start))
    anchors = full_mention_index(keys, found.key_cluster, ctx.sentences)
    near = {m.id: None if m.id in after_kin else nearest(m, key_of(m.text), anchors, ctx.sentences)
            for m in ambiguous}
    usual = _Usual.of(ambiguous, near, ctx.sentences)
    unresolved: list[MentionRecord] = []
    for m in ambiguous:
        person, reason = near[m.id], "bare name: the nearest full name before it"
        subject = ctx.subject(m) if person is None and m.id not in after_kin else None
        if person is None:
            person, reason = usual.person(m, ctx.sentences, CHAPTER, against_subject=subject is not None)
        if person is None and subject is not None:
            person, reason = subject, "bare name: the person the document is about"
        if person is None:
            person, reason = _earlier(m, found), "bare name: whom it meant before a full name holding it was given"
        if person is None:
            person, reason = usual.person(m, ctx.sentences, CORPUS)
        if person is None:
            unresolved.append(m)
        else:
            person.root().mentions.append(m)
            ctx.mention_cluster[m.id] = person.root()
            add_evidence(person.root(), surface(m.text), reason, m.sentence_id)
    return unresolved


def _subject(m: MentionRecord, found: Found, subjects: Mapping[int, str]) -> Cluster | None:
    """The subject of the mention's document, if the bare name is the given name or surname the subject goes by."""
    named = key_of(subjects.get(m.document_id) or "")
    if key_of(m.text) not in _called_by(named):
        return None
    words = named.split()
    subject = found.key_cluster.get(named) or next(
        (c for k, c in found.key_cluster.items() if len(k.split()) >= 2 and _compatible(words, k.split())), None)
    return subject.root() if subject is not None else None


def _earlier(m: MentionRecord, found: Found) -> Cluster | None:
    """The one who went by a bare name before a full name holding it was first given (only there: after it,
    either may be meant)."""
    earlier = found.named_before.get(key_of(m.text))
    if earlier is None:
        return None
    person, first = earlier
    return person if m.start < first.get(m.document_id, m.start + 1) else None


def _called_by(key: str) -> set[str]:
    """The single names a full name's bearer is called by: 'ivo the bold' → {'ivo'}, 'anna m reed' → {'anna',
    'reed'} (an initial or an epithet is no name alone)."""
    words = key.split()
    if "the" in words:
        words = words[:words.index("the")]
    return {w for w in (words[0], words[-1]) if len(w) > 1} if words else set()


def _bare_keys(keys: dict[str, list[MentionRecord]], found: Found, sentences: Mapping[int, SentenceRecord]) -> None:
    """A bare name no one else could hold goes to its one person, or is a person of its own if no one has it."""
    for key in sorted(k for k in keys if len(k.split()) == 1):
        if key in found.key_cluster:
            continue
        # a bare name is a surname before it is a first name: the one person with it as surname takes it
        surnamed = {c.root().id: c.root() for c in found.by_last.get(key, [])}
        candidates = surnamed if len(surnamed) == 1 else {
            c.root().id: c.root() for c in found.by_last.get(key, []) + found.by_first.get(key, [])
            if not is_regnal(key)}
        if not candidates:
            found.key_cluster[key] = _spelled_alike(key, found) or found.new_cluster()
        elif len(candidates) == 1:
            holder = next(iter(candidates.values()))
            if not _surname(key, holder) and _named_before(keys[key], _first_given(holder, keys, sentences)):
                # two people: each mention is read on its own, the earlier one's up to the first full name, in a
                # heading or not
                found.named_before[key] = (found.new_cluster(), _first_given(holder, keys))
            else:
                found.key_cluster[key] = holder


def _spelled_alike(key: str, found: Found) -> Cluster | None:
    """The one person a bare name no one holds is another spelling of: a first name or surname of theirs that differs
    only by a doubled letter ('Ottilie' and 'Otillie', 'Phillip' and 'Philip'), as older books spell a name both ways;
    a short name ('Ana', 'Anna'; 'Carol', 'Carroll') or one ending otherwise ('Petrov', 'Petrova') is another's."""
    if len(key) < SPELLED_ALIKE:
        return None
    bare = _undoubled(key)
    alike = {c.root().id: c.root() for word, clusters in (*found.by_first.items(), *found.by_last.items())
             if word != key and len(word) >= SPELLED_ALIKE and _undoubled(word) == bare for c in clusters}
    return next(iter(alike.values())) if len(alike) == 1 else None


def _undoubled(word: str) -> str:
    """The word with each doubled letter written once ('phillippa' → 'philipa')."""
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _surname(key: str, holder: Cluster) -> bool:
    """Whether the bare name is plainly the holder's surname: the last word after one given name or initials
    ('Reed' of 'Tom Reed' or 'T. J. Reed'), which a text may well use long before it gives the full name."""
    return any(len(words) >= 2 and words[-1] == key and (len(words) == 2 or any(len(w) == 1 for w in words[:-1]))
               for words in holder.full_keys)


def _first_given(holder: Cluster, keys: dict[str, list[MentionRecord]],
                 sentences: Mapping[int, SentenceRecord] | None = None) -> dict[int, int]:
    """Where a full name of the holder is first written, by document; with `sentences`, where the running text
    first writes it (a heading naming them says whom its chapter is about, not which of two bearers the name's
    earlier uses meant)."""
    first: dict[int, int] = {}
    for k in holder.full_keys:
        for m in keys.get(" ".join(k), []):
            if sentences is not None and (here := sentences.get(m.sentence_id)) is not None and here.kind == "heading":
                continue
            first[m.document_id] = min(first.get(m.document_id, m.start), m.start)
    return first


def _named_before(bare: list[MentionRecord], first: dict[int, int]) -> bool:
    """Whether most of a bare name's uses came before its one holder's full name was first given (`first`, by
    document): then the full name brought in someone new ('Maud' all through a book, and 'Edith Clare Maud' at its
    end). A surname used a little before the full name and long after it ('Reed' … 'Tom Reed') is his."""
    where = [m for m in bare if m.document_id in first]
    early = sum(m.start < first[m.document_id] for m in where)
    return early >= NAMED_BEFORE and 2 * early > len(where)


@dataclass
class _Usual:
    """Whom each bare name meant where a full name stood close by: in each chapter, and overall."""

    in_chapter: dict[tuple[str, int | None], Counter[int]]
    overall: dict[str, Counter[int]]
    people: dict[int, Cluster]
    said: Counter[tuple[str, int | None]] = field(default_factory=Counter)
    """How often each bare name stands in each chapter, near a full name or not."""

    @classmethod
    def of(cls, ambiguous: list[MentionRecord], near: dict[int, Cluster | None],
           sentences: dict[int, SentenceRecord]) -> _Usual:
        """Counted from the mentions whose nearest full name is known."""
        usual: dict[tuple[str, int | None], Counter[int]] = defaultdict(Counter)
        people: dict[int, Cluster] = {}
        said: Counter[tuple[str, int | None]] = Counter()
        for m in ambiguous:
            said[(key_of(m.text), chapter_of(m, sentences))] += 1
            found = near[m.id]
            if found is not None:
                people[found.root().id] = found.root()
                usual[(key_of(m.text), chapter_of(m, sentences))][found.root().id] += 1
        overall: dict[str, Counter[int]] = defaultdict(Counter)
        for (key, _), counts in usual.items():
            overall[key].update(counts)
        return cls(usual, overall, people, said)

    def person(self, m: MentionRecord, sentences: dict[int, SentenceRecord], scope: str,
               against_subject: bool = False) -> tuple[Cluster | None, str]:
        """Where no full name stands close by, the person this name clearly meant in the chapter (CHAPTER) or
        overall (CORPUS). Against the subject of the document, who goes by the name too, a chapter's usual holder
        must hold at least half the name's uses there."""
        key, chapter = key_of(m.text), chapter_of(m, sentences)
        counts, why, share = (self.in_chapter.get((key, chapter)), "elsewhere in the chapter", 2) \
            if scope == CHAPTER else (self.overall.get(key), "nearly everywhere else", 4)
        top = counts.most_common(2) if counts else []
        # a life names its subject in full seldom: a few uses just after a namesake's full name say little of a
        # chapter that mostly uses the name far from any
        clear = not against_subject or (top and 2 * top[0][1] >= self.said[(key, chapter)])
        if top and clear and (len(top) == 1 or top[0][1] >= share * top[1][1]) and top[0][1] >= 2:
            return self.people[top[0][0]], f"bare name: whom it meant {why}"
        return None, ""


def name_again(cue_sentences: list[SentenceRecord], sentences: dict[int, SentenceRecord], ctx: Context) -> None:
    """Phase 5: cues again, now that bare names point to someone ('Lev adopted the pen name X'), and apposed names."""
    for sentence in cue_sentences:
        apply_cues(sentence, ctx)
    for sentence in sentences.values():
        apply_other_names(sentence, ctx)


def _people(clusters: list[Cluster]) -> list[Cluster]:
    """The people that remain after the merges, each with every name its mentions give it."""
    roots = [c for c in clusters if c.merged_into is None and c.mentions]
    for c in roots:
        for m in c.mentions:
            add_evidence(c, surface(m.text), "name", m.sentence_id)
            add_evidence(c, " ".join(name_tokens(m.text)), "name without title", m.sentence_id)
    return roots


def _compatible(a: list[str], b: list[str]) -> bool:
    """Two multi-word names of one person: one leads the other, or same surname and compatible first names."""
    if a[: len(b)] == b or b[: len(a)] == a:
        return True
    if is_regnal(a[-1].upper()) or is_regnal(b[-1].upper()):
        return a == b
    if a[-1] != b[-1] or not initial_of(a[0], b[0]):
        return False
    middle_a, middle_b = a[1:-1], b[1:-1]
    return not middle_a or not middle_b or all(initial_of(x, y) for x, y in zip(middle_a, middle_b))
