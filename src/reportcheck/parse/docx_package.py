"""The Word package (a zip of XML parts), checked before any XML parser sees it, and its parts read on demand.

A zip can claim gigabytes from kilobytes (a zip bomb) and XML can define entities that expand without end
("billion laughs"); both are refused here. Parts are parsed with a plain lxml parser that never resolves entities
or reaches the network, and only the parts the reader needs are unpacked. Strict Open XML packages are read by
mapping their namespaces to the usual ones.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib

from lxml import etree

from ..errors import CORRUPT, HOSTILE, TOO_LARGE, UNSUPPORTED_FORMAT, ReportError
from .limits import Limits

_RATIO_FLOOR = 1024 * 1024  # members smaller than this may compress as well as they like
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARATION_UTF16 = tuple(marker.encode(enc) for marker in ("<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity")
                           for enc in ("utf-16-le", "utf-16-be"))
_STRICT_MARK = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_STRICT = (
    (_STRICT_MARK, b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
     b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
)
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class Package:
    """A checked Word package: its main document part and the parts related to any part."""

    def __init__(self, data: bytes, limits: Limits):
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            members = self._zip.infolist()
        except (zipfile.BadZipFile, EOFError, ValueError):
            raise ReportError(CORRUPT, "this Word file is damaged or incomplete (its zip structure cannot be "
                                       "read)") from None
        _check_sizes(members, limits)
        self._names = {m.filename for m in members}
        self._parsed: dict[str, etree._Element | None] = {}
        self._strict = False  # package relationships use the same namespace in both forms
        self.main = next(iter(self.related("", "officeDocument")), "word/document.xml")
        if self.main not in self._names:
            what = "an OpenDocument file (.odt); save it as a Word document (.docx)" if "content.xml" in self._names \
                else "a zip archive, not a Word document"
            raise ReportError(UNSUPPORTED_FORMAT, f"this file is {what}")
        self._strict = _STRICT_MARK in self._read(self.main)[:4096]

    def xml(self, name: str | None):
        """The root element of part `name` (None when there is no such part)."""
        if name is None or name not in self._names:
            return None
        if name not in self._parsed:
            self._parsed[name] = parse(self.content(name))
        return self._parsed[name]

    def content(self, name: str | None) -> bytes | None:
        """The checked bytes of XML part `name`, in the usual namespaces (None when there is no such part)."""
        if name is None or name not in self._names:
            return None
        content = self._read(name)
        _check_xml(content)
        if self._strict:
            for old, new in _STRICT:
                content = content.replace(old, new)
        return content

    def related(self, source: str, kind: str) -> list[str]:
        """Names of the parts that part `source` ("" for the package) relates to with relationship type `kind`
        (the last word of the type: "styles", "header", "footnotes"...), in the order the relationships list."""
        folder, base = posixpath.split(source)
        rels = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if rels is None:
            return []
        found = []
        for rel in rels.iter(_RELATIONSHIP):
            if rel.get("Type", "").rsplit("/", 1)[-1] != kind or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            found.append(name)
        return found

    def first(self, source: str, kind: str):
        """The root element of the first part related to `source` as `kind`, or None."""
        names = self.related(source, kind)
        return self.xml(names[0]) if names else None

    def _read(self, name: str) -> bytes:
        try:
            return self._zip.read(name)
        except (zipfile.BadZipFile, EOFError, zlib.error, KeyError, ValueError):
            raise ReportError(CORRUPT, "this Word file is damaged or incomplete (a part cannot be unpacked)") \
                from None


def parse(content: bytes):
    """Parse checked XML: no entities resolved, no network, no huge trees."""
    return etree.fromstring(content, _PARSER)


def _check_sizes(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(members) > limits.max_members:
        raise ReportError(HOSTILE, f"this Word file holds {len(members)} parts, more than a real document would "
                                   f"(limit {limits.max_members})")
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_bytes:
        raise ReportError(TOO_LARGE, f"this Word file unpacks to {total / 1048576:.0f} MB, over the limit of "
                                     f"{limits.max_unzipped_bytes / 1048576:g} MB")
    for member in members:
        if member.file_size > _RATIO_FLOOR and member.file_size > limits.max_ratio * max(member.compress_size, 1):
            raise ReportError(HOSTILE, "this Word file is compressed far more than a real document can be "
                                       "(it looks like a zip bomb)")


def _check_xml(content: bytes) -> None:
    """Refuse any document-type or entity declaration: Office never writes one, and entity tricks need it."""
    wide = content[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in content[:4]
    if _DECLARATION.search(content) or (wide and any(marker in content for marker in _DECLARATION_UTF16)):
        raise ReportError(HOSTILE, "this Word file contains XML declarations that Word never writes (an entity "
                                   "expansion trick); it was not read")
