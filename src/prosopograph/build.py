"""Build a knowledge base from sources: discover → skip unchanged → prepare in workers → store."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from .engine import Job, make_engine
from .errors import SourceError, one_line
from .extract.claims import compare_sources
from .extract.clauses import clause_relations, verbless_apparatus
from .extract.events import extract_events, fill_life_dates
from .extract.facts import make_facts
from .extract.relations import extract_relations
from .extract.values import Judge
from .ingest import content_hash, discover, load_bytes, shown_path
from .model import BuildOutcome, BuildReport, Declared, PreparedDocument
from .nlp import DEFAULT_MODEL
from .nlp.wordnet import shared
from .resolve import bind_references, name_cues, place_names, resolve, subject_name
from .resolve.cued import cued_people
from .resolve.defined import define_names
from .resolve.gazetteer import load_gazetteer
from .resolve.headed import headed_people
from .resolve.joining import join_people
from .resolve.married import join_wives
from .resolve.ranked import ranked_kin
from .resolve.untagged import untagged_names
from .settings import Limits
from .store import Store, StoreError
from .time.narrative import TimeRules

Progress = Callable[[int, int, str], None]
"""Called as (sources done, sources in all, path of the one just done)."""


def build(sources: Sequence[str], db: str | Path, limits: Limits | None = None,
          progress: Progress | None = None, model: str = DEFAULT_MODEL, rules: TimeRules | None = None,
          engine: str = "local", address: str | None = None, declared: Declared | None = None) -> BuildReport:
    """Add new and changed sources to the knowledge base at `db`; a source that fails is skipped whole.

    New and changed documents are prepared and annotated with the spaCy pipeline `model` by the
    `engine` ("local" worker processes, or "ray" on the cluster at `address`, or on this machine);
    then, if anything changed, the whole corpus is resolved again into people, places and
    organizations. `declared` names the subject or narrator of every source of this build.
    """
    limits = limits or Limits.from_env()
    rules = rules or TimeRules()
    started = time.monotonic()
    paths, missing = discover(sources, limits)
    report = BuildReport([BuildOutcome(src, "failed", reason) for src, reason in missing])
    loaded = _hashes(paths, limits)
    if all(isinstance(x, BuildOutcome) for x in loaded):
        # nothing can be read: no knowledge base is opened, let alone made
        report.outcomes.extend(x for x in loaded if isinstance(x, BuildOutcome))
        report.seconds = time.monotonic() - started
        return report
    fresh = not Path(db).exists()
    store = Store(db, create=True)
    try:
        outcomes = _add_sources(store, paths, loaded, model, limits, engine, address, progress)
        report.outcomes.extend(outcomes)
        _settle(store, paths, declared, rules, progress, len(outcomes))
    finally:
        store.close()
    if fresh and not any(o.status in ("added", "replaced") for o in report.outcomes):
        _discard(Path(db))  # every source failed: leave no empty knowledge base behind
    report.seconds = time.monotonic() - started
    return report


def _add_sources(store: Store, paths: list[Path], loaded: list[str | BuildOutcome], model: str, limits: Limits,
                 engine: str, address: str | None, progress: Progress | None) -> list[BuildOutcome]:
    """Store each new or changed source as the engine's workers prepare it; every source's outcome, in order."""
    outcomes, jobs = _triage(store, paths, loaded, model)
    total, done = len(paths), 0
    for outcome in outcomes:
        if outcome is not None and progress:
            done += 1
            progress(done, total, outcome.path)

    def annotating(path: str) -> None:
        if progress:
            progress(done, total, f"annotating {Path(path).name}")

    paths_of = {job.key: shown_path(job.path) for job in jobs}
    workers = make_engine(engine, model, limits, address) if jobs else None
    try:
        for result in workers.run(jobs, annotating) if workers else ():
            outcome = _store(store, result.value if result.error is None
                             else BuildOutcome(paths_of[result.key], "failed", result.error))
            outcomes[result.key] = outcome
            if progress:
                done += 1
                progress(done, total, outcome.path)
    finally:
        if workers is not None:
            workers.close()  # before resolving: the workers' models are no use to it
    return [o for o in outcomes if o is not None]


def _settle(store: Store, paths: list[Path], declared: Declared | None, rules: TimeRules,
            progress: Progress | None, done: int) -> None:
    """Record what the user declared of this build's sources; resolve the corpus again if it changed."""
    if declared is not None and (declared.subject or declared.narrator):
        store.declare([shown_path(p) for p in paths], declared.subject, declared.narrator)
    if store.meta("resolved_state") != _state(store, rules):
        if progress:
            progress(done, len(paths), "resolving people, places, organizations and dates")
        _resolve(store, rules)


def _hashes(paths: list[Path], limits: Limits) -> list[str | BuildOutcome]:
    """Each source's content hash, or its failure if it cannot be loaded (gone, a pipe, too large, empty)."""
    loaded: list[str | BuildOutcome] = []
    for path in paths:
        try:
            loaded.append(content_hash(load_bytes(path, limits)))
        except SourceError as exc:
            loaded.append(BuildOutcome(shown_path(path), "failed", exc.reason))
    return loaded


def _triage(store: Store, paths: list[Path], loaded: list[str | BuildOutcome],
            model: str) -> tuple[list[BuildOutcome | None], list[Job]]:
    """Outcomes known without parsing (unchanged, duplicate, unreadable), and the jobs left to run."""
    outcomes: list[BuildOutcome | None] = []
    jobs: list[Job] = []
    batch: dict[str, str] = {}
    for key, (path, digest) in enumerate(zip(paths, loaded)):
        if isinstance(digest, BuildOutcome):
            outcomes.append(digest)
            continue
        shown = shown_path(path)
        if store.stored_version(shown) == (digest, model):
            outcomes.append(BuildOutcome(shown, "unchanged"))
            continue
        twin = batch.get(digest) or store.path_with_hash(digest)
        if twin is not None and Path(twin).exists() and twin != shown:
            outcomes.append(BuildOutcome(shown, "duplicate", f"same content as {twin}"))
            continue
        batch[digest] = shown
        outcomes.append(None)
        jobs.append(Job(key, path))  # the engine reads the file again when its turn comes
    return outcomes, jobs


def _discard(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with suppress(FileNotFoundError):
            Path(f"{db}{suffix}").unlink()


def resolve_corpus(db: str | Path, rules: TimeRules | None = None) -> None:
    """Resolve the stored corpus again (after the gazetteer's extra names or the date rules changed)."""
    Store(db).close()  # a clear error if there is no knowledge base
    store = Store(db, create=True)
    try:
        _resolve(store, rules or TimeRules())
    finally:
        store.close()


def _state(store: Store, rules: TimeRules) -> str:
    """What the stored resolution was made from: the documents and the date rules."""
    return f"{store.corpus_state()}:{rules}"


def _resolve(store: Store, rules: TimeRules) -> None:
    """Resolve the whole corpus again: cheap next to annotation, and aliases span documents."""
    tagged, sentences = store.resolver_input()
    defined = define_names(tagged, sentences)
    mentions = defined.mentions
    mentions = cued_people(mentions, sentences)
    mentions = sorted(headed_people(mentions, sentences), key=lambda m: (m.document_id, m.start))
    cues = name_cues(mentions, {s.id: s for s in sentences}, store.document_text, store.passage_parses)
    documents = store.document_records()
    subjects = {d.id: name for d in documents if (name := subject_name(d))}
    gazetteer = load_gazetteer(frozenset(place_names(mentions)))
    entities = resolve(mentions, sentences, gazetteer, cues, defined.joined, subjects)
    untagged = untagged_names(entities, mentions, sentences, gazetteer)
    del gazetteer
    load_gazetteer.cache_clear()  # only names need it: its index would stay in memory through the rest
    mentions = sorted(mentions + untagged, key=lambda m: (m.document_id, m.start))
    references, roles = bind_references(documents, sentences, mentions, entities,
                                        store.document_text, store.passage_parses)
    everything = sorted(mentions + references.mentions, key=lambda m: (m.document_id, m.start))
    entity_of = {mid: i for i, e in enumerate(entities) for mid in e.mention_ids}
    stated = clause_relations(sentences, everything, entity_of, entities, store.document_text, store.passage_parses)
    stated, bindings = join_wives(entities, stated, references.bindings, everything, roles)
    stated, bindings = join_people(entities, ranked_kin(entities, bindings, everything), stated, bindings)
    listed = verbless_apparatus(sentences, store.document_text, store.passage_parses)
    # a chapter's argument names its topics ('Death of the king') before the chapter tells them, and dates none
    events = extract_events([s for s in sentences if s.id not in listed and s.kind not in ("argument", "contents")],
                            everything,
                            entities, rules,
                            store.document_text, store.passage_parses)
    fill_life_dates(events, entities)
    relations = extract_relations(entities, bindings, stated)
    judge = Judge(entities, shared())
    facts = make_facts(sentences, everything, entities, events, relations, store.document_text, store.passage_parses,
                       judge)
    claims = compare_sources(sentences, everything, entities, events, facts, judge)
    store.replace_resolution(entities, events, relations, claims, _state(store, rules),
                             defined.added + untagged + references.mentions,
                             {doc: (r.subject, r.narrator) for doc, r in roles.items()}, facts)


def _store(store: Store, item: BuildOutcome | PreparedDocument) -> BuildOutcome:
    if isinstance(item, BuildOutcome):
        return item
    status = "replaced" if store.stored_hash(item.path) is not None else "added"
    try:
        store.write_document(item)
    except StoreError:
        raise  # a file that cannot be written at all (full disk, read-only) stops the build
    except Exception as exc:  # this document only: its transaction was rolled back whole
        said = str(exc) if isinstance(exc, sqlite3.Error) else one_line(exc)  # SQLite's own words suffice
        return BuildOutcome(item.path, "failed", f"could not be stored: {said}")
    return BuildOutcome(item.path, status, words=item.n_words)

