"""Namesakes: two people of one name, told apart by the generations the text gives them.

Names alone join 'my great-grandfather, Tom Reed' and, a page on, 'my grandfather, Major Tom Reed' into
one entity; one man cannot be both, so from each binding on, the mentions belong to the person it names.
Where the two end with one name, a title the text gives one of them tells them apart ('Major Tom Reed').
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..model import AliasEvidence, MentionRecord, ResolvedEntity, RoleBinding, SentenceRecord
from ..nlp.rules import generation
from ..text import fold
from .coreference import References
from .names import name_tokens, surface

TITLED = "name with title"
NOT_NAMES = frozenset({"role", "title"})
"""The reasons an alias is no name the person goes by: a role ('his father') or a title alone ('the King')."""


def split_namesakes(entities: list[ResolvedEntity], references: References, mentions: Iterable[MentionRecord],
                    sentences: Iterable[SentenceRecord]) -> None:
    """Split every person bound to lineal roles of two generations of one possessor, in place; new people are
    appended, so the indexes of the others hold."""
    document_of = {s.id: s.document_id for s in sentences}
    by_id = {m.id: m for m in [*mentions, *references.mentions]}
    for person, cuts in _generation_cuts(references.bindings).items():
        _split(entities, references, person, cuts, by_id, document_of)


def _generation_cuts(bindings: Iterable[RoleBinding]) -> dict[int, list[tuple[int, int]]]:
    """People bound to roles of different generations of one possessor: their (sentence, generation) bindings,
    in text order."""
    said: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for b in bindings:
        g = generation(b.role)
        if g is not None and not b.by_pronoun:  # a 'her grandmother' may be someone else's: no ground to split
            said[(b.person, b.possessor)].append((b.sentence_id, g))
    out: dict[int, list[tuple[int, int]]] = {}
    for (person, _), cuts in said.items():
        runs = [g for g, _ in itertools.groupby(g for _, g in sorted(cuts))]
        # namesakes are told one after the other; a mother, then a grandmother, then a mother again is one
        # woman whom a pronoun once bound to the wrong grandchild
        if len(runs) > 1 and len(runs) == len(set(runs)):
            out.setdefault(person, sorted(cuts))
    return out


def _split(entities: list[ResolvedEntity], references: References, person: int, cuts: list[tuple[int, int]],
           by_id: dict[int, MentionRecord], document_of: dict[int, int]) -> None:
    generations = list(dict.fromkeys(g for _, g in cuts))
    starts = [s for s, _ in cuts]
    document = document_of.get(starts[0])
    index = [person, *range(len(entities), len(entities) + len(generations) - 1)]

    def part(sentence_id: int) -> int:
        """The person a sentence's mention is: the one the latest binding before it named, in that document."""
        at = bisect.bisect_right(starts, sentence_id) - 1
        if document_of.get(sentence_id) != document or at < 0:
            return person
        return index[generations.index(cuts[at][1])]

    old = entities[person]
    mention_ids: dict[int, list[int]] = defaultdict(list)
    for mid in old.mention_ids:
        mention_ids[part(by_id[mid].sentence_id) if mid in by_id else person].append(mid)
    written = {i: {surface(by_id[m].text) for m in ids if m in by_id and m >= 0} for i, ids in mention_ids.items()}
    aliases: dict[int, list[AliasEvidence]] = defaultdict(list)
    for a in old.aliases:  # a name goes with each person written so; a title with the sentence that gave it
        for i in [i for i in index if a.alias in written.get(i, ())] or [part(a.sentence_id)]:
            aliases[i].append(a)
    for i in index:
        names = [by_id[m].text for m in mention_ids[i] if m in by_id and m >= 0]
        entity = replace(old, name=_name(names) or old.name, mention_ids=mention_ids[i], aliases=aliases[i])
        if i == person:
            entities[person] = entity
        else:
            entities.append(entity)
    for mid, owner in references.entity_of.items():
        if owner == person:
            references.entity_of[mid] = part(by_id[mid].sentence_id)
    references.bindings[:] = [_rebound(b, person, part(b.sentence_id)) for b in references.bindings]


def _rebound(b: RoleBinding, person: int, to: int) -> RoleBinding:
    if b.person == person:
        b = replace(b, person=to)
    if b.possessor == person:
        b = replace(b, possessor=to)
    return b


def _name(written: list[str]) -> str | None:
    """The fullest name most often written."""
    counts = Counter(" ".join(name_tokens(w)) for w in written)
    counts.pop("", None)
    full = [n for n in counts if len(n.split()) >= 2]
    return max(full or counts, key=lambda n: (counts[n], len(n))) if counts else None


def titles_apart(people: list[ResolvedEntity]) -> None:
    """A person whose name another person goes by too ('Eric', where 'Eric the Red' is called 'Eric' as well, or a
    father and son of one name) goes by the title the text gives them with that name ('King Eric'), where it gives
    one: a reader, and a search, can tell the two apart."""
    holders: Counter[str] = Counter()
    for e in people:
        holders.update({fold(e.name)} | {fold(a.alias) for a in e.aliases if a.reason not in NOT_NAMES})
    for e in people:
        if holders[fold(e.name)] < 2:
            continue
        # however the titled name was joined to them ('King Eric' met before the bare 'Eric' it explains)
        titled = [a for a in e.aliases if a.reason not in NOT_NAMES and a.alias != e.name
                  and name_tokens(a.alias) == e.name.split()]
        if titled:  # the title the text gives them most often ('Colonel Hale', not the 'Lieutenant Hale' he once was)
            e.name = max(titled, key=lambda a: (a.mentions, len(a.alias))).alias
