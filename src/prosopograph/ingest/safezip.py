"""Zip containers (EPUB, DOCX) opened with limits checked before anything is inflated."""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from ..errors import SourceError
from ..settings import Limits

# Entities are never resolved and nothing is fetched: no billion laughs, no external SYSTEM files.
_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
)


class SafeZip:
    """A zip archive whose declared sizes, ratios, member count and member names were checked."""

    def __init__(self, data: bytes, limits: Limits):
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise SourceError(f"not a valid zip container ({exc})") from None
        infos = self._zip.infolist()
        if len(infos) > limits.max_zip_members:
            raise SourceError(f"{len(infos)} members in the archive, over the limit of {limits.max_zip_members}")
        total = 0
        for info in infos:
            name = info.filename
            if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/") or ":" in name:
                raise SourceError(f"unsafe member name {name!r} in the archive")
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1_000_000 and ratio > limits.max_zip_ratio:
                raise SourceError(
                    f"member {name!r} would inflate {ratio:.0f} times (limit {limits.max_zip_ratio:.0f})"
                )
        if total > limits.max_zip_uncompressed_bytes:
            raise SourceError(
                f"archive would inflate to {total} bytes, over the limit of {limits.max_zip_uncompressed_bytes}"
            )
        self._names = {info.filename for info in infos}
        self._limits = limits

    def has(self, name: str) -> bool:
        return name in self._names

    def read(self, name: str) -> bytes:
        """Bytes of one member, never more than its declared size."""
        if name not in self._names:
            raise SourceError(f"archive lacks the member {name!r}")
        info = self._zip.getinfo(name)
        with self._zip.open(info) as f:
            data = f.read(info.file_size + 1)
        if len(data) > info.file_size:
            raise SourceError(f"member {name!r} inflates past its declared size")
        return data

    def xml(self, name: str) -> etree._Element:
        """A member parsed as XML with entity resolution and network access off."""
        try:
            root = etree.fromstring(self.read(name), _XML_PARSER)
        except etree.XMLSyntaxError as exc:
            raise SourceError(f"member {name!r} is not well-formed XML ({exc})") from None
        if root is None:
            raise SourceError(f"member {name!r} is empty")
        return root


def join_member(base: str, href: str) -> str:
    """Member name of `href` relative to the member `base` (as EPUB manifests write them)."""
    from urllib.parse import unquote

    href = unquote(href.split("#", 1)[0])
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), href))


def local(tag: object) -> str:
    """Tag name without its namespace."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""
