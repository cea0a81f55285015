"""People in the making: clusters of mentions, the name keys that point to them, and why each name is theirs."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from ..text import fold
from .names import MARRIED_TITLES, initial_of, name_tokens
from .records import AliasEvidence, MentionRecord, SentenceRecord

PERSON_LABEL = "PERSON"
NEAR_CHARS = 2500
"""A bare name follows the full name it stands for within about a page."""
SMALL_CLUSTER = 3
"""A cue like 'called X' may join X to someone only if X has been named fewer times than this."""


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
        """The cluster this one was merged into, through every merge; itself if none."""
        c = self
        while c.merged_into is not None:
            c = c.merged_into
        return c


def key_of(text: str) -> str:
    """A personal name as the resolver groups it: titles off, folded."""
    return fold(" ".join(name_tokens(text)))


Anchors = dict[str, list[tuple[int, int, int | None, Cluster]]]
"""For each word, where full names holding it were given: (document, offset, chapter, person)."""


def full_mention_index(keys: dict[str, list[MentionRecord]], key_cluster: dict[str, Cluster],
                       sentences: dict[int, SentenceRecord]) -> Anchors:
    """Where each word of a resolved full name was written, in document order."""
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


def nearest(m: MentionRecord, key: str, anchors: Anchors, sentences: dict[int, SentenceRecord]) -> Cluster | None:
    """The person whose full name holding this word was given shortly before it, in the same chapter."""
    entries = anchors.get(key, [])
    i = bisect.bisect_left(entries, (m.document_id, m.start), key=lambda e: (e[0], e[1])) - 1
    if i < 0 or entries[i][0] != m.document_id or entries[i][2] != chapter_of(m, sentences):
        return None
    return entries[i][3] if m.start - entries[i][1] <= NEAR_CHARS else None


def chapter_of(m: MentionRecord, sentences: dict[int, SentenceRecord]) -> int | None:
    """The chapter a mention stands in, None if unknown."""
    here = sentences.get(m.sentence_id)
    return here.chapter_id if here else None


def add_evidence(cluster: Cluster, alias: str, reason: str, sentence_id: int) -> None:
    """Record why the person goes by `alias`; the first reason found is kept."""
    alias = alias.strip()
    if alias and alias not in cluster.evidence:
        cluster.evidence[alias] = AliasEvidence(alias, reason, sentence_id)


def same_given_name(a: Cluster, b: Cluster) -> bool:
    """No full names on one side, or a first name both sides share: one person is possible."""
    if not a.full_keys or not b.full_keys:
        return True
    return any(initial_of(x[0], y[0]) for x in a.full_keys for y in b.full_keys)


def merge(other: Cluster, target: Cluster) -> None:
    """`other` becomes a part of `target`, with its names, mentions and evidence."""
    if other is target:
        return
    other.merged_into = target
    target.full_keys.extend(other.full_keys)
    target.mentions.extend(other.mentions)
    for ev in other.evidence.values():
        add_evidence(target, ev.alias, ev.reason, ev.sentence_id)


@dataclass
class Context:
    """What the cue rules consult: keys, the person each key points to, sentences and their mentions."""

    keys: dict[str, list[MentionRecord]]
    key_cluster: dict[str, Cluster]
    sentences: dict[int, SentenceRecord]
    by_sentence: dict[int, list[MentionRecord]]
    anchors: Anchors
    mention_cluster: dict[int, Cluster] = field(default_factory=dict)
    """Bare shared names already resolved one by one."""
    subject: Callable[[MentionRecord], Cluster | None] = lambda m: None
    """The document's subject, if the mention's bare name is one the subject goes by."""

    def person_of(self, m: MentionRecord) -> Cluster | None:
        """The person a mention stands for: by its key, or for a shared bare name by the nearest full name."""
        if m.id in self.mention_cluster:
            return self.mention_cluster[m.id]
        key = key_of(m.text)
        found = self.key_cluster.get(key)
        return found if found is not None else nearest(m, key, self.anchors, self.sentences)

    def give_name(self, target: Cluster, alias: str, alias_key: str, reason: str, sentence_id: int,
                  strong: bool) -> None:
        """`alias` becomes the target's (not by a weak cue if much used); who held it joins them if names allow."""
        current = self.key_cluster.get(alias_key)
        if current is not None and current.root() is not target:
            if not strong and len(self.keys.get(alias_key, [])) >= SMALL_CLUSTER:
                return
            if len(alias_key.split()) > 1 or same_given_name(current.root(), target):
                merge(current.root(), target)
        elif current is None:
            self.key_cluster[alias_key] = target
        add_evidence(target, alias, reason, sentence_id)
