"""read: one reader per format, all returning a SourceText."""

from __future__ import annotations

import glob
import hashlib
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from ..errors import SourceError
from ..model import SourceText
from ..settings import SOURCE_SUFFIXES, Limits
from .gutenberg import header_metadata

__all__ = ["content_hash", "discover", "load_bytes", "read_source", "shown_path", "source_format"]


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def shown_path(path: str | os.PathLike[str]) -> str:
    """The path as text that can be printed and stored in SQLite.

    A Linux file name may hold bytes that are not UTF-8; Python keeps them as lone surrogates, which
    no UTF-8 writer accepts. They are written as \\xff escapes instead (names only: the file is
    still opened by its real path).
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def not_regular(mode: int) -> str | None:
    """Why a file of this `mode` is no source (a pipe or device would block or never end), or None."""
    if stat.S_ISREG(mode):
        return None
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"), (stat.S_ISDIR, "a folder"))
    kind = next((name for test, name in kinds if test(mode)), "a special file")
    return f"not a regular file ({kind}), not read"


def discover(sources: Sequence[str], limits: Limits) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files named by paths, folders (walked) and globs; and (source, reason) for those refused or not found."""
    found: list[Path] = []
    missing: list[tuple[str, str]] = []
    for source in sources:
        matches = [Path(p) for p in sorted(glob.glob(source))] if glob.has_magic(source) else [Path(source)]
        if not matches:
            missing.append((shown_path(source), "no file matches this pattern"))
        for path in matches:
            if path.is_dir():
                files, refused = _walk(path, limits)
                found.extend(files)
                missing.extend(refused)
            elif path.exists():
                found.append(path)  # load_bytes refuses it with one line if it is no regular file
            else:
                missing.append((shown_path(path), "no such file or folder"))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, missing


def _walk(folder: Path, limits: Limits) -> tuple[list[Path], list[tuple[str, str]]]:
    """Regular files under `folder` with a source's ending, in name order, and (path, reason) for pipes,
    sockets and devices with such an ending; symlinked folders are visited once (no loops)."""
    seen: set[tuple[int, int]] = set()
    files: list[Path] = []
    refused: list[tuple[str, str]] = []
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
            if name.startswith(".") or path.suffix.lower() not in SOURCE_SUFFIXES:
                continue
            try:
                why = not_regular(path.stat().st_mode)
            except OSError:
                continue  # a dangling link: nothing there to read
            if why is None:
                files.append(path)
            else:
                refused.append((shown_path(path), why))
    return files, refused


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
    """The file's bytes, refused before reading when it is no regular file or over the size limit."""
    try:
        _check_file(os.stat(path), limits)
        # O_NONBLOCK: were the file swapped for a pipe since the stat, opening it must not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            _check_file(os.fstat(f.fileno()), limits)
            data = f.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise SourceError(f"cannot read the file ({exc.strerror or exc})") from None
    if len(data) > limits.max_file_bytes:
        raise SourceError(f"grew past the limit of {limits.max_file_bytes} bytes while read")
    if not data.strip():
        raise SourceError("empty file")
    return data


def _check_file(st: os.stat_result, limits: Limits) -> None:
    why = not_regular(st.st_mode)
    if why is not None:
        raise SourceError(why)
    if st.st_size > limits.max_file_bytes:
        raise SourceError(f"{st.st_size} bytes, over the limit of {limits.max_file_bytes}")


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
        path=shown_path(path), format=fmt, content_hash=content_hash(data), size_bytes=len(data), text=text,
        title=(meta.get("title") or meta.get("Title") or "").strip() or None,
        author=(meta.get("author") or meta.get("Author") or "").strip() or None,
        page_labels=labels, sections=sections, line_per_paragraph=per_line,
    )
