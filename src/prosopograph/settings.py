"""Every limit and tunable of the build in one place, each with a safe default."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Limits that protect a build from hostile or broken sources."""

    max_file_bytes: int = 200 * MB
    """A source larger than this is refused before it is read."""
    max_text_chars: int = 50_000_000
    """Extracted text longer than this is refused (a runaway extraction)."""
    max_zip_members: int = 5_000
    """EPUB/DOCX: more members than this is refused."""
    max_zip_uncompressed_bytes: int = 500 * MB
    """EPUB/DOCX: a declared uncompressed total above this is refused without inflating."""
    max_zip_ratio: float = 200.0
    """EPUB/DOCX: a member that would inflate more than this many times is refused."""
    max_pdf_pages: int = 20_000
    """A PDF with more pages than this is refused."""
    read_timeout_s: float = 120.0
    """A reader that runs longer than this on one file fails that file; the batch goes on."""
    annotate_timeout_s: float = 600.0
    """Annotation of one document that runs longer than this fails that document (the local engine's pool,
    or the Ray actors busy with it, are started again); generous, since a long book takes minutes."""
    worker_memory_bytes: int = 4 * 1024 * MB
    """Memory a reader process may map beyond what it starts with (an address-space limit), so a
    decompression bomb fails instead of swapping."""
    max_folder_depth: int = 32
    """Folders nested deeper than this are not walked."""
    workers: int = min(2, os.cpu_count() or 1)
    """Sources prepared at the same time, each in its own process."""
    window: int = 8
    """Sources in flight at most (started and not yet stored): what bounds the build's memory."""

    @classmethod
    def from_env(cls) -> Limits:
        """Defaults, overridden by PROSOPOGRAPH_<NAME> environment variables."""
        values = {}
        for f in fields(cls):
            raw = os.environ.get(f"PROSOPOGRAPH_{f.name.upper()}")
            if raw is not None:
                values[f.name] = type(getattr(cls, f.name))(raw)
        return cls(**values)


DEFAULT_DB = "prosopograph.sqlite"
"""The knowledge base used when --db is not given (or PROSOPOGRAPH_DB)."""

SOURCE_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".epub": "epub",
    ".docx": "docx",
}
"""File endings the build reads, and the reader each goes to."""
