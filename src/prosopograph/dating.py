"""The date layer on a source file, without a knowledge base: read → clean → segment → time.reading,
each expression's offsets carried back through the cleaner's map to the text the reader extracted."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .clean import MappedText, clean_mapped
from .errors import SourceError, one_line
from .ingest import load_bytes, read_source
from .model import SentenceRecord
from .segment import chapters, passages
from .settings import Limits
from .time.reading import CountedFrom, DateReading, read_dates
from .time.values import DateValue

DECODED_FORMATS = frozenset({"text"})
"""Formats whose extracted text is the decoded file itself, so offsets point into the file as given."""


@dataclass(frozen=True)
class FileDates:
    """The temporal expressions of one file, with offsets into `offsets_in`."""

    path: str
    format: str
    offsets_in: str
    """'file' (the decoded file, for plain text) or 'extracted text' (what the format's reader extracted)."""
    readings: list[DateReading]


def file_dates(path: Path, anchor: DateValue | None = None, limits: Limits | None = None) -> FileDates:
    """Every temporal expression of a source file; SourceError says why the file cannot be read."""
    limits = limits or Limits.from_env()
    source = read_source(path, load_bytes(path, limits), limits)
    try:
        cleaned, mapping = clean_mapped(source)
        passage_list = passages(cleaned, chapters(cleaned))
    except Exception as exc:  # a cleaning bug: say so for this file, as the build does
        raise SourceError(f"could not be cleaned: {one_line(exc)}") from exc
    spans = [(k, p, s, e) for k, p in enumerate(passage_list) for s, e in p.sentences]
    sentences = [SentenceRecord(i, 0, p.chapter_seq, k, s, e, cleaned.text[s:e], p.kind)
                 for i, (k, p, s, e) in enumerate(spans)]
    readings = [_to_source(r, mapping) for r in read_dates(sentences, anchor)]
    where = "file" if source.format in DECODED_FORMATS else "extracted text"
    return FileDates(source.path, source.format, where, readings)


def _to_source(r: DateReading, mapping: MappedText) -> DateReading:
    """The reading with its offsets (and its anchor's) in the source text instead of the cleaned text."""
    start, end = mapping.span_to_raw(r.start, r.end)
    counted = r.counted_from
    if counted is not None and counted.start is not None and counted.end is not None:
        a, b = mapping.span_to_raw(counted.start, counted.end)
        counted = CountedFrom(counted.value, counted.sentence_id, a, b, counted.text)
    return replace(r, start=start, end=end, counted_from=counted)
