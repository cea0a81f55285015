"""Kin a source singles out by rank is one person, however each source names them.

'His first wife, Ann Hale' in a life and "Tom Reed's first wife Anne Reed" in a review of it are one woman: a man
has one first wife, a woman one youngest sister. They are joined only across documents (a source that names two is
read as it stands) and only where their given names agree ('Ann', 'Anne'; an initial agrees with nothing): two
sources naming different people for one rank disagree, and the disagreement is kept for the comparison to show.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher

from ..model import MentionRecord, ResolvedEntity, RoleBinding
from ..text import fold
from .joining import documents_naming
from .names import is_title, name_tokens

ALIKE = 0.8
"""How alike two given names must be to be one ('Ann', 'Anne'; not 'Ann', 'Mary')."""


def ranked_kin(entities: list[ResolvedEntity], bindings: Iterable[RoleBinding],
               mentions: Iterable[MentionRecord]) -> dict[int, int]:
    """Each person (entity index) another source names for the same rank of the same kin → the one they are."""
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    documents = documents_naming(entity_of, mentions)
    held: dict[tuple[int, str, str], set[int]] = defaultdict(set)
    for b in bindings:
        if b.rank is not None:
            held[(b.possessor, b.role, b.rank)].add(b.person)
    out: dict[int, int] = {}
    for people in held.values():
        first, *others = sorted(people, key=lambda i: (-len(entities[i].mention_ids), i))
        for other in others:
            free = first not in out and other not in out and other not in out.values()
            if free and not documents[first] & documents[other] and _alike(entities[first], entities[other]):
                out[other] = first
    return out


def _alike(a: ResolvedEntity, b: ResolvedEntity) -> bool:
    given_a, given_b = _given(a), _given(b)
    return bool(given_a and given_b) and SequenceMatcher(None, given_a, given_b).ratio() >= ALIKE


def _given(e: ResolvedEntity) -> str:
    """The given name ('ann' of 'Dr. Ann Hale'); none of a name with a married title ('Mrs. Reed') or an initial
    ('J. H. Reed'), which cannot tell two people apart."""
    words = name_tokens(e.name)
    first = fold(words[0]) if words else ""
    return "" if len(first) <= 1 or is_title(words[0]) else first
