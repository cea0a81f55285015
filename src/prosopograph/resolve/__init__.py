"""resolve: corpus-level, re-run on every build that changed something.

Mentions become entities (people, places, organizations) with every name they go by, each name
with the sentence that justified it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from ..nlp.rules import is_place_word, kin_noun_before, mostly_noun
from ..text import fold
from .coreference import References, resolve_references
from .evidence import Cue, name_cues
from .gazetteer import Gazetteer
from .gender import UNKNOWN, person_genders
from .joining import join_people
from .named import renamed
from .names import COMMON_WORD, HONORIFICS, TITLES, lower_case_words, name_tokens, surface
from .namesakes import TITLED, split_namesakes, titles_apart
from .narrator import DocumentRoles, document_roles, subject_name
from .organizations import common_words_for_bodies, is_body_name, resolve_organizations
from .people import (
    PERSON_LABEL,
    Cluster,
    cues_by_name,
    grammar_places,
    name_key,
    named_places,
    never_someone,
    person_keys,
    resolve_people,
)
from .places import PLACE_LABELS, resolve_places
from .records import AliasEvidence, DocumentRecord, MentionRecord, ResolvedEntity, RoleBinding, SentenceRecord

__all__ = ["DocumentRoles", "MentionRecord", "References", "ResolvedEntity", "RoleBinding", "SentenceRecord",
           "bind_references", "name_cues", "place_names", "resolve", "subject_name"]

_TITLE_BEFORE = re.compile(r"((?:(?:[Ff]ormer|[Ll]ate|The)\s+)?(?:[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?\.?\s+){1,2})$")
_STYLES = frozenset({"honorable", "honourable", "reverend", "rev"})
"""Styles written after 'the' ('the Honorable Tom Reed'), where 'the' belongs to the style."""


def place_names(mentions: list[MentionRecord]) -> set[str]:
    """Every name the gazetteer may be asked about, folded."""
    return {fold(surface(m.text)) for m in mentions} | {fold(" ".join(name_tokens(m.text))) for m in mentions}


def resolve(mentions: list[MentionRecord], sentences: list[SentenceRecord], gazetteer: Gazetteer,
            cues: Mapping[int, Cue] | None = None, joined: Mapping[str, str] | None = None,
            subjects: Mapping[int, str] | None = None) -> list[ResolvedEntity]:
    """Entities of the whole corpus from its mentions and sentences, what the grammar says of the mentions
    (`cues`: see `evidence.name_cues`), the bodies' names the text defines (`joined`: see `defined`) and the
    name of each document's subject (`subjects`, by document id: see `narrator.subject_name`)."""
    cues = cues or {}
    by_id = {s.id: s for s in sentences}
    lower = lower_case_words(sentences)
    mentions = [_as_person(m, by_id[m.sentence_id]) for m in mentions]
    said = cues_by_name(mentions, cues)
    mentions = [_without_common_word(m, lower, said.get(name_key(m))) for m in mentions]
    placed, named = grammar_places(mentions, cues), named_places(mentions, cues)
    mentions = [replace(m, label=PLACE_LABEL) if (m.id in placed and m.label == PERSON_LABEL) or m.id in named else m
                for m in mentions]
    placed |= named
    by_sentence: dict[int, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence_id].append(m)

    def before(m: MentionRecord) -> str:
        return by_id[m.sentence_id].text[:m.start - by_id[m.sentence_id].start]

    after_kin = {m.id for m in mentions if kin_noun_before(before(m))}
    # the placed mentions still vote: taking them out would leave a town's other mentions looking like a man's
    keys = {key: kept for key, group in person_keys(mentions, gazetteer.is_sizeable_place, after_kin, cues).items()
            if (kept := [m for m in group if m.id not in placed])}
    people = resolve_people(keys, by_id, by_sentence, after_kin, subjects)
    taken = {m.id for c in people.clusters for m in c.mentions} | {m.id for m in people.unresolved}
    rest = [m for m in mentions if m.id not in taken]
    entities = [_person(c, by_id) for c in people.clusters]
    bodies = {m.id for m in rest if m.label in PLACE_LABELS and is_body_name(m.text)}
    entities += resolve_places([m for m in rest if m.label in PLACE_LABELS and m.id not in bodies], gazetteer)
    # parties and movements ('Social Democrats') are often tagged as nationalities or religions
    described = common_words_for_bodies(rest, before)  # 'the Council': a body the text named, not a name
    entities += resolve_organizations([m for m in rest if m.id not in described and (
        m.label == "ORG" or m.id in bodies or (m.label == "NORP" and len(surface(m.text).split()) >= 2))], joined)
    return entities


def bind_references(documents: list[DocumentRecord], sentences: list[SentenceRecord], mentions: list[MentionRecord],
                    entities: list[ResolvedEntity], text_of: Callable[[int], str],
                    parses_of: Callable[[int], dict[int, tuple[int, str]]],
                    ) -> tuple[References, dict[int, DocumentRoles]]:
    """Each document's subject and narrator, and its pronouns and role phrases bound to people.

    The bound mentions get negative ids, which are added to their entities' `mention_ids`; a narrator
    named only in a document's header becomes an entity of its own.
    """
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    named: dict[int, list[tuple[int, MentionRecord]]] = defaultdict(list)
    for m in mentions:
        named[m.sentence_id].append((entity_of.get(m.id, UNKNOWN), m))
    gender = person_genders(sentences, named, entities)
    by_document = {k: list(g) for k, g in itertools.groupby(sentences, key=lambda s: s.document_id)}
    mentions_of = {k: list(g) for k, g in itertools.groupby(mentions, key=lambda m: m.document_id)}
    out, roles, ids = References(), {}, itertools.count(min([0, *(m.id for m in mentions)]) - 1, -1)
    for doc in documents:
        in_doc = by_document.get(doc.id, [])
        roles[doc.id] = document_roles(doc, in_doc, mentions_of.get(doc.id, []), entity_of, entities)
        resolve_references(doc.id, in_doc, text_of(doc.id), parses_of(doc.id), named, entities,
                           (roles[doc.id].subject, roles[doc.id].narrator), gender, out, ids)
    for mention_id, entity in out.entity_of.items():
        entities[entity].mention_ids.append(mention_id)
    _add_designations(entities, out.designations, "role")
    _add_designations(entities, out.called, "called so when spoken to")
    _add_designations(entities, out.named, "named so by the text")
    _add_designations(entities, out.titled, "title", least=TITLED_AT_LEAST, over_next=2)
    split_namesakes(entities, out, mentions, sentences)
    titles_apart([e for e in entities if e.type == "PERSON"])
    kin = {frozenset((b.possessor, b.person)) for b in out.bindings}
    out.bindings = join_people(entities, renamed(entities, out.joined, kin), [], out.bindings)[1]
    for b in out.bindings:  # 'his daughter, Orel': a person, though the model took the name for a place
        if entities[b.person].type == "PLACE":
            entities[b.person].type = "PERSON"
    return out, roles


def _add_designations(entities: list[ResolvedEntity], designations: list[tuple[int, str, int]], reason: str,
                      least: int = 1, over_next: int = 1) -> None:
    """'my wife', "Anna's son Tom" (the role phrases that single a person out), the name a person is called by
    when spoken to, or the title the text calls them by ('the Czar'), among the names they go by: where the phrase
    names them at least `least` times, and more than `over_next` times as often as anyone else."""
    counts = Counter((entity, phrase) for entity, phrase, _ in designations)
    first = {(entity, phrase): sentence for entity, phrase, sentence in reversed(designations)}
    said: dict[str, Counter[int]] = defaultdict(Counter)
    for (entity, phrase), n in counts.items():
        said[fold(phrase)][entity] += n
    for (entity, phrase), n in counts.items():
        ranked = said[fold(phrase)].most_common(2)
        if ranked[0][0] != entity or n < least or (len(ranked) > 1 and ranked[1][1] * over_next >= ranked[0][1]):
            continue  # 'his son Tom' names whom it names most often, and no one if two as often
        known = {fold(a.alias) for a in entities[entity].aliases}
        if fold(phrase) not in known:
            entities[entity].aliases.append(AliasEvidence(phrase, reason, first[(entity, phrase)], n))


TITLED_AT_LEAST = 3
"""How often 'the King' must mean a person (and over twice as often as anyone else) to be among their names."""
PLACE_LABEL = "LOC"
"""The label a name the model took for a person's gets when it is a place's."""


def _without_common_word(m: MentionRecord, lower: Counter[str], said: Counter[Cue | None] | None) -> MentionRecord:
    """'Later Dunmore' at a sentence's start is Dunmore: a leading word the corpus writes in lower case is
    no part of a person's name (titles aside: 'General Lee'); but a kind of place begins the name of a place
    the model took for a person, unless the grammar (`said` of the name) speaks of it as someone ('Fort Tyne';
    'Glen Orrin said' is a man)."""
    words = m.text.split()
    if m.label != PERSON_LABEL or len(words) < 2 or fold(words[0]) in TITLES:
        return m
    first = words[0]
    if lower[first.lower()] < COMMON_WORD or not first[:1].isupper():
        return m
    if is_place_word(first.lower()) and (said is None or never_someone(said)):
        return replace(m, label=PLACE_LABEL)
    cut = m.text.index(words[1], len(first))
    return replace(m, start=m.start + cut, text=m.text[cut:])


_MARRIED = re.compile(r"\b(?:Mrs|Mme|Madame|Frau)\.? $")


def _as_person(m: MentionRecord, sentence: SentenceRecord) -> MentionRecord:
    """A name after 'Mrs.', 'Miss' or 'Sir' is a person's, whatever the model took it for; a married
    woman's title joins the name ('Mrs. Reed' is not Mr. Reed)."""
    before = sentence.text[max(0, m.start - sentence.start - 12):m.start - sentence.start]
    married = _MARRIED.search(before)
    after = sentence.text[m.end - sentence.start:m.end - sentence.start + 2]
    # 'Mrs. Reed', 'Mrs. T. J. Reed' (her husband's name); 'Mrs. Ann Reed' is named by her own name
    if married and all(re.fullmatch(r"[A-Z]\.", w) for w in m.text.split()[:-1]) and not re.match(r" [A-Z]", after):
        m = replace(m, start=m.start - len(married.group()), text=married.group() + m.text, label=PERSON_LABEL)
    if m.label == PERSON_LABEL:
        return m
    words = (before.split() or [""])[-1:] + m.text.split()[:1]
    return replace(m, label=PERSON_LABEL) if any(fold(w) in HONORIFICS for w in words) else m


_EPITHET = re.compile(r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) the (?P<epithet>[A-Z][a-z]+)")
"""A name and an epithet after 'the' ('Alfred the Bold', 'Olga the Wise')."""


def _epithets(names: Iterable[str]) -> set[str]:
    """The epithets of a person's names that are no names alone: an adjective ('bold' of 'Alfred the Bold'), not
    a noun the text may call the person by ('Bruce' of 'Robert the Bruce', 'the Conqueror')."""
    found = {fold(hit.group("epithet")) for n in names if (hit := _EPITHET.fullmatch(n))}
    return {word for word in found if not mostly_noun(word)}


def _person(cluster: Cluster, sentences: dict[int, SentenceRecord]) -> ResolvedEntity:
    cased = _cased_words(m.text for m in cluster.mentions)
    counts = Counter(_as_written_in_text(name_tokens(m.text), cased) for m in cluster.mentions)
    written = Counter(surface(m.text) for m in cluster.mentions)
    full = [n for n in counts if len(n.split()) >= 2]
    name = max(full or counts, key=lambda n: (counts[n], len(n)))
    for m in cluster.mentions:
        titled = _with_title(m, sentences.get(m.sentence_id))
        if titled and titled not in cluster.evidence:
            cluster.evidence[titled] = AliasEvidence(titled, TITLED, m.sentence_id)
            written[titled] += 1
        elif titled:
            written[titled] += 1
    epithets = _epithets(counts)
    aliases = [AliasEvidence(ev.alias, ev.reason, ev.sentence_id, written.get(ev.alias, 0) or counts.get(ev.alias, 0))
               for ev in cluster.evidence.values() if " " in ev.alias or fold(ev.alias) not in epithets]
    aliases.sort(key=lambda a: -a.mentions)
    entity = ResolvedEntity("PERSON", name, [m.id for m in cluster.mentions], aliases)
    return entity


def _cased_words(names: Iterable[str]) -> dict[str, str]:
    """Each word of the names as running text writes it, by its capitals ('HALE' → 'Hale')."""
    return {w.upper(): w for name in names for w in name.split() if not w.isupper() and w[:1].isupper()}


def _as_written_in_text(words: list[str], cased: dict[str, str]) -> str:
    """A name as the running text writes it: a heading's or a signature's capitals in the text's case, where the
    text writes each of its words so ('T. R. HALE' → 'T. R. Hale'), without a possessive ('ANNA VOSS'S')."""
    plain = [re.sub(r"['’][sS]$", "", w) for w in words]
    shouted = [w for w in plain if w.isupper() and len(w) > 2]
    if not shouted or not all(w in cased for w in shouted):
        return " ".join(plain)  # the text never writes every word of it otherwise: its capitals stay
    return " ".join(cased.get(w, w) for w in plain)


def _with_title(m: MentionRecord, sentence: SentenceRecord | None) -> str | None:
    """'Count Witte' where the model tagged only 'Witte': the title words written just before a name."""
    if sentence is None:
        return None
    hit = _TITLE_BEFORE.search(sentence.text[max(0, m.start - sentence.start - 60): m.start - sentence.start])
    if not hit:
        return None
    words = hit.group(1).split()
    while words and not _titles(words):  # 'To General Reed': the title words nearest the name
        words = words[1:]
    return " ".join([*words, surface(m.text)]) if words else None


def _titles(words: list[str]) -> bool:
    """Every word a title ('Major-General', 'LIEUTENANT-GENERAL': each part one), or 'The' and a style."""
    if words[0] == "The":
        return len(words) > 1 and fold(words[1]) in _STYLES and _titles(words[1:])
    return all(fold(part) in TITLES for w in words for part in w.split("-"))
