"""One source from bytes to a PreparedDocument: read → clean → segment."""

from __future__ import annotations

from pathlib import Path

from .clean import clean
from .errors import SourceError, one_line
from .ingest import read_source, shown_path
from .model import PreparedDocument
from .segment import chapters, passages
from .settings import Limits


def prepare_document(path: Path, data: bytes, limits: Limits) -> PreparedDocument:
    """Read, clean and segment one source; SourceError says why it cannot be used."""
    source = read_source(path, data, limits)
    try:
        cleaned = clean(source)
        chapter_list = chapters(cleaned)
        passage_list = passages(cleaned, chapter_list)
    except Exception as exc:  # a cleaning bug: the line names this stage, not the reading
        raise SourceError(f"could not be cleaned: {one_line(exc)}") from exc
    if not cleaned.text.strip():
        raise SourceError("no readable text in it")
    return PreparedDocument(
        path=source.path, format=source.format, content_hash=source.content_hash,
        size_bytes=source.size_bytes, title=source.title or _title_from(path),
        author=source.author, text=cleaned.text, chapters=chapter_list,
        passages=passage_list, pages=cleaned.pages, emphasis=cleaned.emphasis,
    )


def _title_from(path: Path) -> str:
    """The file's name, made readable, when the source declares no title."""
    return shown_path(path.stem).replace("_", " ").replace("-", " ").strip() or shown_path(path.name)
