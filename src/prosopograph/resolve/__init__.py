"""resolve: corpus-level, re-run on every build that changed something.

Mentions become entities (people, places, organizations) with every name they go by, each name
with the sentence that justified it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..nlp.rules import kin_noun_before
from .gazetteer import Gazetteer
from .names import TITLES, fold, name_tokens, surface
from .organizations import is_body_name, resolve_organizations
from .people import Cluster, person_keys, resolve_people
from .places import PLACE_LABELS, resolve_places
from .records import AliasEvidence, MentionRecord, ResolvedEntity, SentenceRecord

__all__ = ["MentionRecord", "ResolvedEntity", "SentenceRecord", "place_names", "resolve"]

_TITLE_BEFORE = re.compile(r"((?:(?:[Ff]ormer|[Ll]ate)\s+)?(?:[A-Z][a-z]+\.?\s+){1,2})$")


def place_names(mentions: list[MentionRecord]) -> set[str]:
    """Every name the gazetteer may be asked about, folded."""
    return {fold(surface(m.text)) for m in mentions} | {fold(" ".join(name_tokens(m.text))) for m in mentions}


def resolve(mentions: list[MentionRecord], sentences: list[SentenceRecord],
            gazetteer: Gazetteer) -> list[ResolvedEntity]:
    """Entities of the whole corpus from its mentions and sentences."""
    by_id = {s.id: s for s in sentences}
    by_sentence: dict[int, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence_id].append(m)
    after_kin = {m.id for m in mentions
                 if kin_noun_before(by_id[m.sentence_id].text[:m.start - by_id[m.sentence_id].start])}
    keys = person_keys(mentions, gazetteer.is_sizeable_place, after_kin)
    people = resolve_people(keys, by_id, by_sentence)
    taken = {m.id for c in people.clusters for m in c.mentions} | {m.id for m in people.unresolved}
    rest = [m for m in mentions if m.id not in taken]
    entities = [_person(c, by_id) for c in people.clusters]
    bodies = {m.id for m in rest if m.label in PLACE_LABELS and is_body_name(m.text)}
    entities += resolve_places([m for m in rest if m.label in PLACE_LABELS and m.id not in bodies], gazetteer)
    # parties and movements ('Social Democrats') are often tagged as nationalities or religions
    entities += resolve_organizations([m for m in rest if m.label == "ORG" or m.id in bodies or (
        m.label == "NORP" and len(surface(m.text).split()) >= 2)])
    return entities


def _person(cluster: Cluster, sentences: dict[int, SentenceRecord]) -> ResolvedEntity:
    counts = Counter(" ".join(name_tokens(m.text)) for m in cluster.mentions)
    written = Counter(surface(m.text) for m in cluster.mentions)
    full = [n for n in counts if len(n.split()) >= 2]
    name = max(full or counts, key=lambda n: (counts[n], len(n)))
    for m in cluster.mentions:
        titled = _with_title(m, sentences.get(m.sentence_id))
        if titled and titled not in cluster.evidence:
            cluster.evidence[titled] = AliasEvidence(titled, "name with title", m.sentence_id)
            written[titled] += 1
        elif titled:
            written[titled] += 1
    aliases = [AliasEvidence(ev.alias, ev.reason, ev.sentence_id, written.get(ev.alias, 0) or counts.get(ev.alias, 0))
               for ev in cluster.evidence.values()]
    aliases.sort(key=lambda a: -a.mentions)
    entity = ResolvedEntity("PERSON", name, [m.id for m in cluster.mentions], aliases)
    return entity


def _with_title(m: MentionRecord, sentence: SentenceRecord | None) -> str | None:
    """'Count Witte' where the model tagged only 'Witte': the title words written just before a name."""
    if sentence is None:
        return None
    hit = _TITLE_BEFORE.search(sentence.text[: m.start - sentence.start])
    if not hit:
        return None
    words = hit.group(1).split()
    if not all(fold(w) in TITLES for w in words):
        return None
    return " ".join([*words, surface(m.text)])
