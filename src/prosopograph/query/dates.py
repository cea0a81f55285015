"""The date layer of a stored document: every temporal expression with its value, as the build read it."""

from __future__ import annotations

from ..store import Store
from ..time.narrative import TimeRules
from ..time.reading import GIVEN_ANCHOR, CountedFrom, DateReading, read_dates
from ..time.values import DateValue

__all__ = ["GIVEN_ANCHOR", "CountedFrom", "DateReading", "document_dates"]


def document_dates(store: Store, document_id: int, anchor: DateValue | None = None) -> list[DateReading]:
    """Temporal expressions of one stored document (offsets into its cleaned text), in text order."""
    rules = TimeRules()
    # where the build read dates as Old Style by its rule, read them so again (the rule needs the resolved places)
    old_style = store.sentences_read_old_style(document_id, rules.describe())
    return read_dates(store.document_sentences(document_id), anchor, lambda s: s.id in old_style, rules)
