"""People: every mention of a person gathered into one entity with all the names it goes by.

Order of evidence, strongest first: full names that agree (same surname, compatible first name or
initials, or one a leading part of the other); names the text itself introduces ("born X", "under
the pseudonym X"); then bare first names and surnames, which go to the only entity that carries
them or, when several do, to the nearest earlier full mention of one of them in the same chapter.
A bare name with no such evidence stays unresolved: sharing a surname never merges two people.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

from ..text import fold
from .names import MARRIED_TITLES, initial_of, is_personal_name, is_regnal, name_tokens, surface
from .records import AliasEvidence, MentionRecord, SentenceRecord

PERSON_LABEL = "PERSON"
KIN_VOTES = 3
"""PERSON votes a name earns each time it follows a kinship noun ('her sister, Nina')."""
NEAR_CHARS = 2500
"""A bare name follows the full name it stands for within about a page."""
SUPPORT_SHARE = 0.1
"""Person-tagged full names must number a tenth of a bare name's other tags to make it a person."""
SMALL_CLUSTER = 3
"""A cue like 'called X' may join X to someone only if X has been named fewer times than this."""

_NAME = r"(?:[A-Z][\w’'\-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\w’'\-]*\.?|[A-Z]\.|de|von|van|der|da|la))*"
_STRONG = (r"born|n[ée]e|adopt(?:ed|ing|s)? the (?:name|pseudonym)|took the name|(?:first |new |another |a )?"
           r"(?:pseudonym|pen ?name|alias|cover name|code name|real name|party name)s?(?: of| was)?|"
           r"under the (?:name|pseudonym|alias)(?: of)?|a\.?k\.?a\.?|also known as")
_WEAK = (r"known as|nicknamed|called|calling|dubbed|posing as|in the name of|went by|goes by|"
         r"(?:nickname|epithet|sobriquet)(?: of)?")
_CUE = re.compile(rf"\b(?P<cue>{_STRONG}|{_WEAK})\b[\s,:—–-]*(?:(?:him|her|himself|herself|them)\s+)?"
                  rf"(?:(?P<quoted>[“\"][^”\"]{{2,40}}[”\"])|(?P<name>{_NAME}))")
_STRONG_CUE = re.compile(rf"^(?:{_STRONG})$")
# 'Alexander X, or Y, his party pseudonym': the second name is the first one's pseudonym
_APPOSITIVE = re.compile(rf"(?P<first>{_NAME}),?\s+(?:or|alias)\s+(?P<second>{_NAME}),\s+(?:his|her|their)\s+"
                         r"(?:\w+\s+)?(?:pseudonym|pen ?name|nickname|alias|party name|cover name)")
# 'the “Old Man”, as X was called': a quoted name the sentence says someone went by
_PASSIVE = re.compile(rf"[“\"](?P<second>[A-Z][^”\"]{{1,40}}?)[,.]?[”\"],?\s+as\s+(?P<first>{_NAME})\s+was\s+"
                      r"(?:called|known|nicknamed)")
INSTITUTION_WORDS = frozenset("""
party parties committee congress council soviet soviets government army navy institute university house street
avenue square palace museum church cathedral times press company society union league bureau ministry commission
republic empire kingdom city river sea island mountains bay station school academy theatre theater hotel prison
fortress gulf lake club bank front guard court duma assembly conference revolution war affair plan review journal
""".split())
_PRONOUN = re.compile(r"\b(he|him|his|she|her|they|them|their)\b", re.I)
_OBJECT_PRONOUN = re.compile(r"\b(him|her|them)\b", re.I)
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "in", "on", "at", "into", "the"}


@dataclass
class Cluster:
    """One person in the making: the name keys that point to them and their mentions."""

    id: int
    full_keys: list[list[str]] = field(default_factory=list)
    """Token lists of the multi-word names the person goes by."""
    mentions: list[MentionRecord] = field(default_factory=list)
    evidence: dict[str, AliasEvidence] = field(default_factory=dict)
    merged_into: Cluster | None = None

    def root(self) -> Cluster:
        c = self
        while c.merged_into is not None:
            c = c.merged_into
        return c


@dataclass
class PersonResolution:
    clusters: list[Cluster]
    unresolved: list[MentionRecord]


def key_of(text: str) -> str:
    return fold(" ".join(name_tokens(text)))


def person_keys(mentions: Iterable[MentionRecord], is_place: Callable[[str], bool],
                after_kin: Collection[int] = ()) -> dict[str, list[MentionRecord]]:
    """Mentions grouped by name key, for keys that the evidence calls a person.

    The model's labels vote; a surname or given name that full personal names elsewhere carry adds
    its weight, because the model often tags a bare surname as a place. A key the gazetteer knows
    as a sizeable place needs twice as many PERSON votes as others. A name right after a kinship
    noun (`after_kin`: mention ids) counts as several votes.
    """
    by_key: dict[str, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        words = name_tokens(m.text)
        if is_personal_name(words):
            by_key[fold(" ".join(words))].append(m)
    votes = {key: Counter(m.label for m in group) for key, group in by_key.items()}
    for key, group in by_key.items():
        # 'his daughter, Zinaida' says 'person' more surely than the model's label of a rare name
        votes[key][PERSON_LABEL] += KIN_VOTES * sum(m.id in after_kin for m in group)
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
        words = key.split()
        person, other = votes[key][PERSON_LABEL], sum(votes[key].values()) - votes[key][PERSON_LABEL]
        place = bool(other) and is_place(key)
        if votes[key]["NORP"] > person:
            continue  # a people or a movement ('Bolsheviks'), not a person
        # full names lend a bare name their weight only if they are not drowned by its other uses
        support = surnames[key] + given[key] if len(words) == 1 else 0
        named_like_a_person = words[-1] not in INSTITUTION_WORDS and (
            (len(words) == 1 and support >= max(1.0, SUPPORT_SHARE * other))
            or (len(words) >= 2 and words[0] in given
                and (person or words[-1] in surnames or words[-1] in single_people))
            # 'Yuli X' tagged an organization, where X alone is a person far more often
            or (len(words) >= 2 and single_people.get(words[-1], 0) >= max(SMALL_CLUSTER, other)))
        if (person and person >= (2 * other if place else other)) or (named_like_a_person and not place):
            out[key] = group
    return out


def resolve_people(keys: dict[str, list[MentionRecord]], sentences: dict[int, SentenceRecord],
                   by_sentence: dict[int, list[MentionRecord]]) -> PersonResolution:
    """Person clusters from the mentions of person keys, the sentences, and the mentions by sentence."""
    clusters: list[Cluster] = []
    key_cluster: dict[str, Cluster] = {}

    def new_cluster() -> Cluster:
        clusters.append(Cluster(len(clusters)))
        return clusters[-1]

    # 1. multi-word names, most frequent first, each joined to the one compatible person or made new
    multi = sorted((k for k in keys if len(k.split()) >= 2), key=lambda k: (-len(keys[k]), -len(k)))
    by_last: dict[str, list[Cluster]] = defaultdict(list)
    by_first: dict[str, list[Cluster]] = defaultdict(list)
    for key in multi:
        words = key.split()
        pool = {id(c): c for c in by_last[words[-1]] + by_first[words[0]]}
        compatible = {c.id: c for c in pool.values() if any(_compatible(words, f) for f in c.full_keys)}
        cluster = next(iter(compatible.values())) if len(compatible) == 1 else new_cluster()
        cluster.full_keys.append(words)
        key_cluster[key] = cluster
        if words[0] in MARRIED_TITLES:
            continue  # a bare 'Reed' is never 'Mrs. Reed': she does not lend the name to it
        by_last[words[-1]].append(cluster)
        by_first[words[0]].append(cluster)

    # 2. names the text introduces for someone
    ctx = _Context(keys, key_cluster, sentences, by_sentence, _full_mention_index(keys, key_cluster, sentences))
    cue_sentences = [s for s in sentences.values() if _CUE.search(s.text)]
    for sentence in cue_sentences:
        _apply_cues(sentence, ctx)

    # 3. a single name given to someone by the text takes the one full name built on it ('Joseph X' → X)
    for key, cluster in list(key_cluster.items()):
        if len(key.split()) == 1:
            others = {c.root().id: c.root() for c in by_last.get(key, []) if c.root() is not cluster.root()}
            if len(others) == 1 and _same_given_name(next(iter(others.values())), cluster.root()):
                _merge(next(iter(others.values())), cluster.root())

    # 4. bare single names
    unresolved: list[MentionRecord] = []
    for key in sorted(k for k in keys if len(k.split()) == 1):
        if key in key_cluster:
            continue
        # a bare name is a surname before it is a first name: the one person with it as surname takes it
        surnamed = {c.root().id: c.root() for c in by_last.get(key, [])}
        candidates = surnamed if len(surnamed) == 1 else {
            c.root().id: c.root() for c in by_last.get(key, []) + by_first.get(key, []) if not is_regnal(key)}
        if not candidates:
            key_cluster[key] = new_cluster()
        elif len(candidates) == 1:
            key_cluster[key] = next(iter(candidates.values()))
    ambiguous = sorted((m for k, ms in keys.items() if k not in key_cluster for m in ms),
                       key=lambda m: (m.document_id, m.start))
    anchors = _full_mention_index(keys, key_cluster, sentences)
    near = {m.id: _nearest(m, key_of(m.text), anchors, sentences) for m in ambiguous}
    # where no full name stands close by, the person this name meant elsewhere in the chapter
    usual: dict[tuple[str, int | None], Counter[int]] = defaultdict(Counter)
    roots: dict[int, Cluster] = {}
    for m in ambiguous:
        found = near[m.id]
        if found is not None:
            roots[found.root().id] = found.root()
            usual[(key_of(m.text), _chapter(m, sentences))][found.root().id] += 1
    overall: dict[str, Counter[int]] = defaultdict(Counter)
    for (key, _), counts in usual.items():
        overall[key].update(counts)
    for m in ambiguous:
        found = near[m.id]
        reason = "bare name: the nearest full name before it"
        if found is None:
            for scope, counts, why in (
                    ("chapter", usual.get((key_of(m.text), _chapter(m, sentences))), "elsewhere in the chapter"),
                    ("corpus", overall.get(key_of(m.text)), "nearly everywhere else")):
                top = counts.most_common(2) if counts else []
                share = 2 if scope == "chapter" else 4
                if top and (len(top) == 1 or top[0][1] >= share * top[1][1]) and top[0][1] >= 2:
                    found, reason = roots[top[0][0]], f"bare name: whom it meant {why}"
                    break
        if found is None:
            unresolved.append(m)
        else:
            found.root().mentions.append(m)
            ctx.mention_cluster[m.id] = found.root()
            _evidence(found.root(), surface(m.text), reason, m.sentence_id)

    for key, group in keys.items():
        cluster = key_cluster.get(key)
        if cluster is not None:
            cluster.root().mentions.extend(group)

    # 5. cues again, now that bare names point to someone ('Lev adopted the pen name X')
    for sentence in cue_sentences:
        _apply_cues(sentence, ctx)
    for sentence in sentences.values():
        for pattern in (_APPOSITIVE, _PASSIVE):
            for m in pattern.finditer(sentence.text):
                _apply_appositive(sentence, m, ctx)
    roots = [c for c in clusters if c.merged_into is None and c.mentions]
    for c in roots:
        for m in c.mentions:
            _evidence(c, surface(m.text), "name", m.sentence_id)
            _evidence(c, " ".join(name_tokens(m.text)), "name without title", m.sentence_id)
    return PersonResolution(roots, unresolved)


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


@dataclass
class _Context:
    """What the cue rules consult: keys, the person each key points to, sentences and their mentions."""

    keys: dict[str, list[MentionRecord]]
    key_cluster: dict[str, Cluster]
    sentences: dict[int, SentenceRecord]
    by_sentence: dict[int, list[MentionRecord]]
    anchors: Anchors
    mention_cluster: dict[int, Cluster] = field(default_factory=dict)
    """Bare shared names already resolved one by one."""

    def person_of(self, m: MentionRecord) -> Cluster | None:
        """The person a mention stands for: by its key, or for a shared bare name by the nearest full name."""
        if m.id in self.mention_cluster:
            return self.mention_cluster[m.id]
        key = key_of(m.text)
        found = self.key_cluster.get(key)
        return found if found is not None else _nearest(m, key, self.anchors, self.sentences)


def _apply_cues(sentence: SentenceRecord, ctx: _Context) -> None:
    mentions = ctx.by_sentence.get(sentence.id, [])
    for match in _CUE.finditer(sentence.text):
        cue = " ".join(match.group("cue").lower().split())
        quoted = match.group("quoted")
        alias = surface(quoted or match.group("name"))
        if not alias or alias.split()[0].lower() in _MONTHS:
            continue
        if not quoted and not is_personal_name(name_tokens(alias)):
            continue
        alias_key = fold(alias) if quoted else key_of(alias)
        cue_at = sentence.start + match.start()
        strong = bool(_STRONG_CUE.match(cue)) or _names_right_before(mentions, cue_at, sentence)
        if not quoted and not strong and alias_key not in ctx.keys and any(
                k.label != PERSON_LABEL and key_of(k.text) == alias_key for k in mentions):
            continue  # the model saw a place or organization there
        target = _person_before(mentions, cue_at, alias_key, ctx)
        if target is None and (strong or quoted) and "born" not in cue and _PRONOUN.search(
                sentence.text[:match.start()]):
            target = _focus_before(sentence, ctx)  # 'he took the pen name X': whom 'he' refers to
        if target is None:
            continue
        target = target.root()
        if quoted and any(fold(w) in alias_key.split() for words in target.full_keys for w in words):
            continue  # "Lenin's cudgel" said of someone else is not Lenin's name
        _give_name(target, alias, alias_key, f"introduced by '{cue}'", sentence.id, strong, ctx)


def _apply_appositive(sentence: SentenceRecord, match: re.Match[str], ctx: _Context) -> None:
    first, second = key_of(match.group("first")), surface(match.group("second"))
    target = ctx.key_cluster.get(first)
    if target is not None and second and second[0].isupper() and len(second.split()) <= 5:
        _give_name(target.root(), second, fold(second), "introduced as another name", sentence.id, True, ctx)


def _give_name(target: Cluster, alias: str, alias_key: str, reason: str, sentence_id: int, strong: bool,
               ctx: _Context) -> None:
    current = ctx.key_cluster.get(alias_key)
    if current is not None and current.root() is not target:
        if not strong and len(ctx.keys.get(alias_key, [])) >= SMALL_CLUSTER:
            return
        if len(alias_key.split()) > 1 or _same_given_name(current.root(), target):
            _merge(current.root(), target)
    elif current is None:
        ctx.key_cluster[alias_key] = target
    _evidence(target, alias, reason, sentence_id)


def _same_given_name(a: Cluster, b: Cluster) -> bool:
    """No full names on one side, or a first name both sides share: one person is possible."""
    if not a.full_keys or not b.full_keys:
        return True
    return any(initial_of(x[0], y[0]) for x in a.full_keys for y in b.full_keys)


def _merge(other: Cluster, target: Cluster) -> None:
    if other is target:
        return
    other.merged_into = target
    target.full_keys.extend(other.full_keys)
    target.mentions.extend(other.mentions)
    for ev in other.evidence.values():
        _evidence(target, ev.alias, ev.reason, ev.sentence_id)


def _names_right_before(mentions: list[MentionRecord], pos: int, sentence: SentenceRecord) -> bool:
    """'X, known as Y' or 'X (or Y)': the cue follows a person's name directly."""
    return any(m.label == PERSON_LABEL and 0 <= pos - m.end <= 3 and
               not sentence.text[m.end - sentence.start:pos - sentence.start].strip(" ,(") for m in mentions)


def _person_before(mentions: list[MentionRecord], pos: int, alias_key: str, ctx: _Context) -> Cluster | None:
    """The person named last before `pos` in the sentence (not the alias itself).

    None when an object pronoun stands between them: in 'X took him in and gave him a pseudonym' the
    pseudonym is not X's.
    """
    sentence = ctx.sentences.get(mentions[0].sentence_id) if mentions else None
    for m in sorted(mentions, key=lambda m: -m.start):
        key = key_of(m.text)
        if m.end <= pos and (m.label == PERSON_LABEL or key in ctx.keys) and key != alias_key:
            between = sentence.text[m.end - sentence.start:pos - sentence.start] if sentence else ""
            if _OBJECT_PRONOUN.search(between):
                return None
            found = ctx.person_of(m)
            if found is not None:
                return found
    return None


def _focus_before(sentence: SentenceRecord, ctx: _Context, back: int = 3) -> Cluster | None:
    """The person named last in the few sentences before this one, in the same chapter."""
    for sid in range(sentence.id - 1, sentence.id - 1 - back, -1):
        prev = ctx.sentences.get(sid)
        if prev is None or prev.document_id != sentence.document_id or prev.chapter_id != sentence.chapter_id:
            return None
        for m in sorted(ctx.by_sentence.get(sid, []), key=lambda m: -m.start):
            if m.label == PERSON_LABEL and (found := ctx.person_of(m)) is not None:
                return found
    return None


Anchors = dict[str, list[tuple[int, int, int | None, Cluster]]]
"""For each word, where full names holding it were given: (document, offset, chapter, person)."""


def _full_mention_index(keys: dict[str, list[MentionRecord]], key_cluster: dict[str, Cluster],
                        sentences: dict[int, SentenceRecord]) -> Anchors:
    by_word: Anchors = defaultdict(list)
    for key, group in keys.items():
        words = key.split()
        if len(words) < 2 or key not in key_cluster or words[0] in MARRIED_TITLES:
            continue
        for m in group:
            chapter = sentences[m.sentence_id].chapter_id if m.sentence_id in sentences else None
            for w in words:
                by_word[w].append((m.document_id, m.start, chapter, key_cluster[key]))
    for entries in by_word.values():
        entries.sort(key=lambda e: (e[0], e[1]))
    return by_word


def _nearest(m: MentionRecord, key: str, anchors: Anchors, sentences: dict[int, SentenceRecord]) -> Cluster | None:
    """The person whose full name holding this word was given shortly before it, in the same chapter."""
    entries = anchors.get(key, [])
    i = bisect.bisect_left(entries, (m.document_id, m.start), key=lambda e: (e[0], e[1])) - 1
    if i < 0 or entries[i][0] != m.document_id or entries[i][2] != _chapter(m, sentences):
        return None
    return entries[i][3] if m.start - entries[i][1] <= NEAR_CHARS else None


def _chapter(m: MentionRecord, sentences: dict[int, SentenceRecord]) -> int | None:
    here = sentences.get(m.sentence_id)
    return here.chapter_id if here else None


def _evidence(cluster: Cluster, alias: str, reason: str, sentence_id: int) -> None:
    """Record why the person goes by `alias`; the first reason found is kept."""
    alias = alias.strip()
    if alias and alias not in cluster.evidence:
        cluster.evidence[alias] = AliasEvidence(alias, reason, sentence_id)
