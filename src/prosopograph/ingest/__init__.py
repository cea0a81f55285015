"""read: one reader per format, all returning a SourceText."""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import SourceError
from ..model import SourceText
from ..settings import SOURCE_SUFFIXES, Limits
from .gutenberg import header_metadata

__all__ = ["content_hash", "discover", "load_bytes", "read_source", "source_format"]


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def discover(sources: Sequence[str], limits: Limits) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files named by paths, folders (walked) and globs; and (source, reason) for those not found."""
    found: list[Path] = []
    missing: list[tuple[str, str]] = []
    for source in sources:
        matches = [Path(p) for p in sorted(glob.glob(source))] if glob.has_magic(source) else [Path(source)]
        if not matches:
            missing.append((source, "no file matches this pattern"))
        for path in matches:
            if path.is_dir():
                found.extend(_walk(path, limits))
            elif path.exists():
                found.append(path)
            else:
                missing.append((str(path), "no such file or folder"))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, missing


def _walk(folder: Path, limits: Limits) -> list[Path]:
    """Readable files under `folder`, in name order; symlinked folders are visited once (no loops)."""
    seen: set[tuple[int, int]] = set()
    files: list[Path] = []
    for root, dirs, names in os.walk(folder, followlinks=True):
        st = os.stat(root)
        depth = len(Path(root).relative_to(folder).parts)
        if (st.st_dev, st.st_ino) in seen or depth > limits.max_folder_depth:
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in SOURCE_SUFFIXES and path.is_file():
                files.append(path)
    return files


def source_format(path: Path, head: bytes) -> str:
    """The reader for a file: by its ending, or by its first bytes when it has none."""
    suffix = path.suffix.lower()
    if suffix in SOURCE_SUFFIXES:
        return SOURCE_SUFFIXES[suffix]
    if suffix:
        known = " ".join(sorted(SOURCE_SUFFIXES))
        raise SourceError(f"unknown file type {suffix!r} (known: {known})")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "epub" if b"epub" in head[:100] else "docx"
    if head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def load_bytes(path: Path, limits: Limits) -> bytes:
    """The file's bytes, refused before reading when it is over the size limit."""
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise SourceError(f"{size} bytes, over the limit of {limits.max_file_bytes}")
        with path.open("rb") as f:
            data = f.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise SourceError(f"cannot read the file ({exc.strerror or exc})") from None
    if len(data) > limits.max_file_bytes:
        raise SourceError(f"grew past the limit of {limits.max_file_bytes} bytes while read")
    if not data.strip():
        raise SourceError("empty file")
    return data


def read_source(path: Path, data: bytes, limits: Limits) -> SourceText:
    """Extract the text of one source (already loaded as bytes) with the reader for its format."""
    fmt = source_format(path, data[:512])
    meta: dict[str, str] = {}
    labels: list[str] = []
    sections: list[tuple[int, str]] = []
    per_line = fmt in ("html", "epub", "docx")
    if fmt == "pdf":
        from .pdf import read_pdf

        text, labels, sections, meta = read_pdf(data, limits)
    elif fmt == "html":
        from .html import read_html

        text, sections, meta = read_html(data)
    elif fmt == "epub":
        from .epub import read_epub

        text, sections, meta = read_epub(data, limits)
    elif fmt == "docx":
        from .docx import read_docx

        text, sections, meta = read_docx(data, limits)
    else:
        from .text import decode, markdown_to_text

        text = decode(data)
        if fmt == "markdown":
            text, sections, meta = markdown_to_text(text)
    if len(text) > limits.max_text_chars:
        raise SourceError(f"{len(text)} characters of text, over the limit of {limits.max_text_chars}")
    if fmt in ("text", "markdown", "html"):
        # an e-text's own header names the work better than a file name or an HTML <title>
        meta.update(header_metadata(text))
    return SourceText(
        path=str(path), format=fmt, content_hash=content_hash(data), size_bytes=len(data), text=text,
        title=(meta.get("title") or meta.get("Title") or "").strip() or None,
        author=(meta.get("author") or meta.get("Author") or "").strip() or None,
        page_labels=labels, sections=sections, line_per_paragraph=per_line,
    )
