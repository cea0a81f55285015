"""Reading who stands to whom: stated relations, and entities named in the same sentences."""

from __future__ import annotations

from .base import StoreBase


class RelationReader(StoreBase):
    """Relations between entities and their co-occurrences."""

    def relations(self, entity_ids: list[int] | None = None) -> list[tuple[str, str, str, int, int | None]]:
        """(subject name, relation, object name, sentence id, second sentence id of an inferred relation),
        optionally only those involving the entities."""
        sql = ("SELECT s.name, r.relation, o.name, r.sentence_id, r.via_sentence_id FROM relations r"
               " JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id")
        args: list[object] = []
        if entity_ids is not None:
            marks = ",".join("?" * len(entity_ids))
            sql += f" WHERE r.subject_id IN ({marks}) OR r.object_id IN ({marks})"
            args = [*entity_ids, *entity_ids]
        return self.db.execute(sql + " ORDER BY s.mentions DESC, r.relation, o.name", args).fetchall()

    def kin_of(self, entity_id: int, relation: str) -> list[tuple[int, str, int, str]]:
        """(id, name, sentence id, sentence text) of those who stand in `relation` to the entity, as a
        sentence states it (an inferred relation is not a statement)."""
        return self.db.execute(
            "SELECT s.id, s.name, r.sentence_id, t.text FROM relations r JOIN entities s ON s.id = r.subject_id"
            " JOIN sentences t ON t.id = r.sentence_id"
            " WHERE r.object_id = ? AND r.relation = ? AND r.via_sentence_id IS NULL ORDER BY r.sentence_id",
            (entity_id, relation)).fetchall()

    def relation_pairs(self) -> list[tuple[int, str, int]]:
        return self.db.execute("SELECT subject_id, relation, object_id FROM relations").fetchall()

    def neighbours(self, entity_id: int, limit: int) -> list[tuple[int, int]]:
        """(entity id, shared sentences) of the entities most often named in the same sentences."""
        return self.db.execute(
            "SELECT other.entity_id, count(DISTINCT other.sentence_id) AS n FROM mentions me"
            " JOIN mentions other ON other.sentence_id = me.sentence_id AND other.entity_id != me.entity_id"
            " WHERE me.entity_id = ? AND other.entity_id IS NOT NULL GROUP BY other.entity_id"
            " ORDER BY n DESC LIMIT ?", (entity_id, limit)).fetchall()

    def cooccurrences(self, types: list[str], min_sentences: int) -> list[tuple[int, int, int]]:
        """(entity a, entity b, sentences naming both) for pairs of the given types, a < b."""
        marks = ",".join("?" * len(types))
        return self.db.execute(
            "SELECT a.entity_id, b.entity_id, count(DISTINCT a.sentence_id) FROM mentions a"
            " JOIN mentions b ON b.sentence_id = a.sentence_id AND b.entity_id > a.entity_id"
            " JOIN entities ea ON ea.id = a.entity_id JOIN entities eb ON eb.id = b.entity_id"
            f" WHERE ea.type IN ({marks}) AND eb.type IN ({marks})"
            " GROUP BY a.entity_id, b.entity_id HAVING count(DISTINCT a.sentence_id) >= ?",
            [*types, *types, min_sentences]).fetchall()
