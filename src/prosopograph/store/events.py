"""Reading events: dated, with their participants and place."""

from __future__ import annotations

from .base import StoreBase, chunks
from .rows import EventRow


class EventReader(StoreBase):
    """Events in time order, and what happened where."""

    def events(self, entity_ids: list[int] | None = None, from_day: int | None = None,
               to_day: int | None = None) -> list[EventRow]:
        """Events in time order, optionally only those naming one of the entities or overlapping a span of days."""
        sql = ("SELECT e.id, e.sentence_id, e.date, e.precision, e.detail, e.date_end, e.date_text, e.date_julian,"
               " e.date_gregorian, e.calendar_note, e.relative, e.anchor_sentence_id, e.kind, e.description,"
               " pl.name FROM events e LEFT JOIN entities pl ON pl.id = e.place_id WHERE 1 = 1")
        args: list[object] = []
        if entity_ids is not None:
            sql += (f" AND e.id IN (SELECT event_id FROM event_participants WHERE entity_id IN"
                    f" ({','.join('?' * len(entity_ids))}))")
            args += entity_ids
        if from_day is not None:
            sql += " AND e.sort_end >= ?"
            args.append(from_day)
        if to_day is not None:
            sql += " AND e.sort_start <= ?"
            args.append(to_day)
        return [EventRow(*r) for r in self.db.execute(sql + " ORDER BY e.sort_mid, e.sort_start, e.id", args)]

    def sentence_events(self, sentence_ids: list[int]) -> list[EventRow]:
        """Dated events of the given sentences."""
        out: list[EventRow] = []
        for chunk in chunks(sorted(set(sentence_ids))):
            out += [EventRow(*r) for r in self.db.execute(
                "SELECT e.id, e.sentence_id, e.date, e.precision, e.detail, e.date_end, e.date_text, e.date_julian,"
                " e.date_gregorian, e.calendar_note, e.relative, e.anchor_sentence_id, e.kind, e.description, NULL"
                f" FROM events e WHERE e.sentence_id IN ({','.join('?' * len(chunk))}) ORDER BY e.id", chunk)]
        return out

    def story_years(self, sentence_ids: list[int], reach: int) -> dict[int, set[int]]:
        """The years of the dated events in the `reach` sentences before each sentence, in its document: the times
        the story was at there (a look ahead among them: 'she would die in 1950')."""
        out: dict[int, set[int]] = {}
        for sid in sorted(set(sentence_ids)):
            years = {int(y) for (y,) in self.db.execute(
                "SELECT substr(e.date, 1, 4) FROM events e JOIN sentences s ON s.id = e.sentence_id"
                " JOIN sentences here ON here.id = ? WHERE e.sentence_id BETWEEN ? AND ?"
                " AND s.document_id = here.document_id", (sid, sid - reach, sid - 1)) if y.isdigit()}
            if years:
                out[sid] = years
        return out

    def event_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM events").fetchone()[0]

    def participants(self, event_ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {i: [] for i in event_ids}
        for chunk in chunks(event_ids):
            for event_id, name in self.db.execute(
                    "SELECT p.event_id, en.name FROM event_participants p JOIN entities en ON en.id = p.entity_id"
                    f" WHERE p.event_id IN ({','.join('?' * len(chunk))}) ORDER BY p.event_id, p.seq", chunk):
                out[event_id].append(name)
        return out

    def place_dates(self) -> dict[int, tuple[str, str]]:
        """For each place: the first and last date of the events that happened there."""
        out: dict[int, tuple[str, str]] = {}
        for place, date in self.db.execute(
                "SELECT place_id, date FROM events WHERE place_id IS NOT NULL ORDER BY sort_mid, sort_start"):
            out[place] = (out[place][0], date) if place in out else (date, date)
        return out
