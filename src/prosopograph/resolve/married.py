"""A wife called by her husband's name ('Mrs. Reed') is the woman the text says a Reed married.

The resolver keeps 'Mrs. Reed' apart from 'Tom Reed' (she is not he) and cannot know whom she is until the
clauses have been read: 'In 1902 I married Ann Hale', 'Tom Reed and Ann Hale were married'. Once they are, her
names and mentions join the wife's, where the document that names her says which Reed is meant: its narrator
or subject if a Reed, or else the only Reed it marries to anyone. Two married Reeds and no telling which, a
'Mrs. Reed' named in several documents, or one who tells or is the subject of a text, is left as she was.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from ..model import MentionRecord, Relation, ResolvedEntity, RoleBinding
from ..text import fold
from .gender import FEMALE, MALE, pronoun_gender
from .joining import documents_naming, join_people
from .names import MARRIED_TITLES, family_name
from .narrator import DocumentRoles

PERSON = "PERSON"


def join_wives(entities: list[ResolvedEntity], stated: list[Relation], bindings: list[RoleBinding],
               mentions: Iterable[MentionRecord], roles: Mapping[int, DocumentRoles],
               ) -> tuple[list[Relation], list[RoleBinding]]:
    """Join each 'Mrs. Reed' to the wife she is (`married_names`); the relations and role bindings that named
    her, re-pointed. `roles` gives each document's narrator and subject."""
    holders = {doc: [i for i in (r.subject, r.narrator) if i is not None] for doc, r in roles.items()}
    return join_people(entities, married_names(entities, stated, list(mentions), holders), stated, bindings)


def married_names(entities: list[ResolvedEntity], relations: list[Relation], mentions: list[MentionRecord],
                  holders: Mapping[int, Iterable[int]]) -> dict[int, int]:
    """Each 'Mrs. Reed' (entity index) → the wife she is, by the marriages stated in the one document naming her."""
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    document_of = {m.sentence_id: m.document_id for m in mentions}
    documents = documents_naming(entity_of, mentions)
    sex = _sex_by_pronouns(mentions, entity_of)
    marriages = _spouses_by_document(relations, document_of)
    told = {i for people in holders.values() for i in people}
    out: dict[int, int] = {}
    for i, e in enumerate(entities):
        surname = _husbands_name(e)
        if surname is None or i in told or len(documents[i]) != 1:
            continue
        (doc,) = documents[i]
        spouses = marriages.get(doc, {})
        husbands = [j for j, wives in spouses.items() if len(wives) == 1 and j != i
                    and _may_be_her_husband(entities[j], surname, sex.get(j))]
        meant = set(holders.get(doc, ()))
        husbands = [j for j in husbands if j in meant] or husbands
        if len(husbands) != 1:
            continue
        (wife,) = spouses[husbands[0]]
        if wife != i and sex.get(wife) != MALE and _husbands_name(entities[wife]) is None:
            out[i] = wife
    return out


def _spouses_by_document(relations: Iterable[Relation], document_of: Mapping[int, int],
                         ) -> dict[int, dict[int, set[int]]]:
    """For each document, each person's spouses by the marriages it states."""
    out: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for r in relations:
        if r.relation == "spouse_of" and (doc := document_of.get(r.sentence_id)) is not None:
            out[doc][r.subject].add(r.object)
            out[doc][r.object].add(r.subject)
    return out


def _may_be_her_husband(e: ResolvedEntity, surname: str, sex: str | None) -> bool:
    """A person of that surname not known to be a woman ('she', 'Mrs.', 'Miss')."""
    return e.type == PERSON and family_name(e.name) == surname and sex != FEMALE and not _is_a_wife(e)


def _sex_by_pronouns(mentions: list[MentionRecord], entity_of: Mapping[int, int]) -> dict[int, str]:
    """'M' or 'F' for each person most of whose bound pronouns say so ('he', 'her')."""
    said: dict[int, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.kind == "pronoun" and m.id in entity_of and (g := pronoun_gender(m.text)):
            said[entity_of[m.id]][g] += 1
    return {i: counts.most_common(1)[0][0] for i, counts in said.items()}


def _husbands_name(e: ResolvedEntity) -> str | None:
    """'reed' of an entity every name of which is 'Mrs. Reed' (a married title and one name)."""
    split = [n.replace(".", "").split() for n in {e.name, *(a.alias for a in e.aliases)}]
    if not all(len(words) == 2 and fold(words[0]) in MARRIED_TITLES for words in split):
        return None
    found = {fold(words[1]) for words in split}
    return found.pop() if len(found) == 1 else None


def _is_a_wife(e: ResolvedEntity) -> bool:
    """Called 'Mrs.' or 'Miss' by some name: no husband of a 'Mrs. Reed'."""
    return any(words and fold(words[0]) in MARRIED_TITLES | {"miss"}
               for words in (a.alias.replace(".", "").split() for a in e.aliases))
