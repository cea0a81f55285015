"""Reading people, places and organizations: their names, and the sentences that mention them."""

from __future__ import annotations

from ..model import NAME_KINDS
from .base import StoreBase, chunks
from .rows import AliasRow, EntityRow, MentionRow

_NAMES = "(" + ", ".join(f"'{kind}'" for kind in sorted(NAME_KINDS)) + ")"
"""The mention kinds that are names, as SQL: a fixed list of our own, never user input."""


class EntityReader(StoreBase):
    """Entities, their aliases and their mentions."""

    def entities(self, type_: str | None = None, ids: list[int] | None = None) -> list[EntityRow]:
        """Entities, most mentioned first (optionally of one type, or only the given ids)."""
        sql = ("SELECT id, type, name, mentions, lat, lon, country, born, born_sentence_id, died, died_sentence_id"
               " FROM entities")
        args: list[object] = []
        if ids is not None:
            sql += f" WHERE id IN ({','.join('?' * len(ids))})"
            args += ids
        elif type_:
            sql += " WHERE type = ?"
            args.append(type_)
        return [EntityRow(*r) for r in self.db.execute(sql + " ORDER BY mentions DESC, name", args)]

    def aliases(self, entity_ids: list[int]) -> dict[int, list[AliasRow]]:
        out: dict[int, list[AliasRow]] = {i: [] for i in entity_ids}
        for chunk in chunks(entity_ids):
            for r in self.db.execute(
                    f"SELECT entity_id, alias, reason, sentence_id, mentions FROM aliases WHERE entity_id IN"
                    f" ({','.join('?' * len(chunk))}) ORDER BY mentions DESC, alias", chunk):
                out[r[0]].append(AliasRow(*r[1:]))
        return out

    def entities_named(self, name: str) -> list[int]:
        """Ids of entities that go by `name` (case-insensitive), most mentioned first."""
        rows = self.db.execute(
            "SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ? COLLATE NOCASE"
            " OR e.name = ? COLLATE NOCASE GROUP BY e.id ORDER BY e.mentions DESC", (name, name)).fetchall()
        return [r[0] for r in rows]

    def entity_counts(self) -> dict[str, int]:
        """How many people, places and organizations the knowledge base holds."""
        return dict(self.db.execute("SELECT type, count(*) FROM entities GROUP BY type").fetchall())

    def alias_table(self) -> list[tuple[str, int, str]]:
        """(alias, entity id, entity type) for every name of every entity, most mentioned entities first."""
        rows = self.db.execute(
            "SELECT a.alias, e.id, e.type, e.mentions FROM aliases a JOIN entities e ON e.id = a.entity_id"
            " UNION SELECT e.name, e.id, e.type, e.mentions FROM entities e ORDER BY 4 DESC, 2").fetchall()
        return [(alias, entity_id, type_) for alias, entity_id, type_, _ in rows]

    def mention_sentences(self, entity_id: int) -> list[int]:
        """Sentences that mention the entity, in document order."""
        rows = self.db.execute("SELECT DISTINCT sentence_id FROM mentions WHERE entity_id = ? ORDER BY document_id,"
                               " start_char", (entity_id,)).fetchall()
        return [r[0] for r in rows]

    def sentence_mentions(self, sentence_ids: list[int]) -> list[MentionRow]:
        """Mentions in the given sentences, with the entity each was resolved to (if any)."""
        out: list[MentionRow] = []
        for chunk in chunks(sorted(set(sentence_ids))):
            out += [MentionRow(*r) for r in self.db.execute(
                "SELECT m.sentence_id, m.start_char, m.end_char, m.text, m.label, m.entity_id, e.type, e.name,"
                " e.geonameid IS NOT NULL OR e.country IS NOT NULL, coalesce(e.mentions, 0),"
                " e.type = 'PLACE' AND e.geonameid IS NULL AND e.country IS NOT NULL"
                f" FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE m.kind IN {_NAMES}"
                f" AND m.sentence_id IN ({','.join('?' * len(chunk))}) ORDER BY m.sentence_id, m.start_char", chunk)]
        return out

    def sentence_references(self, sentence_ids: list[int]) -> list[tuple[int, int, int, int]]:
        """(sentence, start, end, entity) of every word the resolver bound in the sentences: names, and the
        'I', 'he' and 'my father' that stand for someone."""
        out: list[tuple[int, int, int, int]] = []
        for chunk in chunks(sorted(set(sentence_ids))):
            out += self.db.execute(
                "SELECT sentence_id, start_char, end_char, entity_id FROM mentions WHERE entity_id IS NOT NULL"
                f" AND sentence_id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        return out

    def pronouns(self, entity_ids: list[int]) -> dict[int, dict[str, int]]:
        """How often the resolver bound each pronoun ('he', 'her' …, lower-cased) to each of the entities."""
        out: dict[int, dict[str, int]] = {i: {} for i in entity_ids}
        for chunk in chunks(sorted(set(entity_ids))):
            for entity_id, word, n in self.db.execute(
                    "SELECT entity_id, lower(text), count(*) FROM mentions WHERE kind = 'pronoun'"
                    f" AND entity_id IN ({','.join('?' * len(chunk))}) GROUP BY 1, 2", chunk):
                out[entity_id][word] = n
        return out

    def person_counts_before(self, passage_id: int, start: int,
                             excluded: frozenset[int] = frozenset()) -> list[tuple[str, int, int]]:
        """(name, mentions, the last sentence naming them) of each person named by name in the passage
        before offset `start`, most named first; none of the `excluded` entities."""
        marks = ",".join("?" * len(excluded))
        return self.db.execute(
            "SELECT e.name, count(*), max(m.sentence_id) FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
            " JOIN entities e ON e.id = m.entity_id WHERE s.passage_id = ? AND s.start_char < ? AND e.type = 'PERSON'"
            f" AND m.kind IN {_NAMES} AND e.id NOT IN ({marks})"
            " GROUP BY e.id ORDER BY count(*) DESC, e.id", (passage_id, start, *sorted(excluded))).fetchall()
