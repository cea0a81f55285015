"""The knowledge base as a library: `prosopograph.open(path)` and the queries it answers."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from .model import DocumentInfo, SearchHit
from .query import people as people_query
from .query import relations as relations_query
from .query import timeline as timeline_query
from .query.ask import Answer, Asker
from .query.compare import Comparison, Filters, compare, count
from .query.dates import document_dates
from .query.edition import Corpus
from .query.edition import corpus as edition_corpus
from .query.network import Network
from .query.network import network as network_query
from .query.places import AttestedPlace, attested_places
from .query.reader import ReaderView
from .query.reader import reader as reader_query
from .query.search import search as search_passages
from .store import Store
from .time.reading import DateReading
from .time.values import DateValue


class KnowledgeBase:
    """An open knowledge base; every method returns plain dataclasses."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.store = Store(path, read_only=read_only)
        self._asker = Asker(self.store)

    def prepare_to_ask(self) -> None:
        """Load what questions are read with (the parser, WordNet) in the background, ahead of the first."""
        self._asker.prepare()

    def ask(self, question: str) -> Answer:
        """The short answer to a plain question with its citations; answer None when the sources do not say."""
        return self._asker.ask(question)

    def search(self, text: str, limit: int = 10) -> list[SearchHit]:
        """Passages for user text (not FTS syntax), ranked, each with its citation."""
        return search_passages(self.store, text, limit)

    def people(self, type_: str | None = None, min_mentions: int = 1) -> list[people_query.Entity]:
        """People, places and organizations (or one type), most mentioned first, with aliases and citations."""
        return people_query.entities(self.store, type_, min_mentions)

    def entity(self, entity_id: int) -> people_query.Profile | None:
        """The profile of one entity by id; None if there is no such entity."""
        found = people_query.by_id(self.store, entity_id)
        return people_query.profile(self.store, found) if found else None

    def reader(self, document_id: int, chapter: int | None = None, at: int | None = None) -> ReaderView | None:
        """A source's chapter (by number, or the one holding offset `at`) with its names marked."""
        return reader_query(self.store, document_id, chapter, at)

    def person(self, name: str) -> people_query.Profile | None:
        """The profile of the most mentioned entity that goes by `name`; None if nothing does."""
        found = people_query.find(self.store, name)
        if not found:
            return None
        profile = people_query.profile(self.store, found[0])
        profile.relations = relations_query.of_entity(self.store, found[0].id)
        return profile

    def timeline(self, person: str | None = None, date_from: str | None = None,
                 date_to: str | None = None) -> list[timeline_query.TimelineEvent]:
        """Dated events in time order (of one person, within dates), each with its citation."""
        return timeline_query.timeline(self.store, person, date_from, date_to)

    def relations(self, person: str | None = None) -> list[relations_query.RelationFact]:
        """Relations between people (of one person), each with its citation."""
        return relations_query.relations(self.store, person)

    def network(self, types: tuple[str, ...] = ("PERSON",), min_sentences: int = 2) -> Network:
        """Who is named with whom (weighted by shared sentences), with stated relations on the edges."""
        return network_query(self.store, types, min_sentences)

    def place_dates(self) -> dict[int, tuple[str, str]]:
        """For each place entity: the first and last date of the events that happened there."""
        return self.store.place_dates()

    def compare(self, limit: int | None = None, offset: int = 0, filters: Filters | None = None) -> list[Comparison]:
        """Claims two or more sources make about the same fact, with whether they agree, each side cited
        (`filters`: of some sources only, with one label, naming one entity)."""
        return compare(self.store, limit, offset, filters)

    def compare_count(self, filters: Filters | None = None) -> int:
        """How many claims `compare` gives with these filters."""
        return count(self.store, filters)

    def documents(self) -> list[DocumentInfo]:
        return self.store.documents()

    def edition(self, document_ids: list[int] | None = None) -> Corpus:
        """Documents whole (all if None) with every mention and date at its offsets, and the entities they name."""
        return edition_corpus(self.store, document_ids)

    def dates(self, document_id: int, anchor: DateValue | None = None) -> list[DateReading]:
        """Every temporal expression of a stored document with its value (offsets into its cleaned text)."""
        return document_dates(self.store, document_id, anchor)

    def attested_places(self) -> list[AttestedPlace]:
        """Every place with its names, coordinates, the dates it is mentioned with, and its citations."""
        return attested_places(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def open_kb(path: str | Path, read_only: bool = False) -> KnowledgeBase:
    """Open an existing knowledge base (StoreError if there is none at `path`)."""
    return KnowledgeBase(path, read_only)
