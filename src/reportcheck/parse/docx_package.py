"""The Word package (a zip of XML parts), checked before any XML parser sees it.

A zip can claim gigabytes from kilobytes (a zip bomb) and XML can define entities that expand without end
("billion laughs"); both are refused here. Strict Open XML packages are mapped to the usual namespaces so that
python-docx can open them.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

import docx
from docx.document import Document as WordDocument

from ..errors import CORRUPT, HOSTILE, TOO_LARGE, UNSUPPORTED_FORMAT, ReportError
from .limits import Limits

_MAIN_PART = "word/document.xml"
_CONTENT_TYPES = "[Content_Types].xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAIN_TYPES = (b"application/vnd.ms-word.document.macroEnabled.main+xml",
                     b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                     b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
_RATIO_FLOOR = 1024 * 1024  # members smaller than this may compress as well as they like
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARATION_UTF16 = tuple(marker.encode(enc) for marker in ("<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity")
                           for enc in ("utf-16-le", "utf-16-be"))
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
     b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    (b"http://purl.oclc.org/ooxml/drawingml/picture", b"http://schemas.openxmlformats.org/drawingml/2006/picture"),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", b"http://schemas.openxmlformats.org/officeDocument/2006/math"),
)


def open_package(data: bytes, limits: Limits) -> WordDocument:
    """python-docx's document for `data`, after the zip and its XML have passed the safety checks."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ReportError(CORRUPT, "this Word file is damaged or incomplete (its zip structure cannot be read)") \
            from None
    names = {m.filename for m in members}
    if _MAIN_PART not in names:
        what = "an OpenDocument file (.odt); save it as a Word document (.docx)" if "content.xml" in names \
            else "a zip archive, not a Word document"
        raise ReportError(UNSUPPORTED_FORMAT, f"this file is {what}")
    _check_sizes(members, limits)
    try:
        xml_parts = {m.filename: archive.read(m) for m in members if m.filename.endswith((".xml", ".rels"))}
    except (zipfile.BadZipFile, EOFError, zlib.error):
        raise ReportError(CORRUPT, "this Word file is damaged or incomplete (a part cannot be unpacked)") from None
    for content in xml_parts.values():
        _check_xml(content)
    strict = any(old in content for old, _ in _STRICT[:2] for content in xml_parts.values())
    if strict or any(kind in xml_parts.get(_CONTENT_TYPES, b"") for kind in _OTHER_MAIN_TYPES):
        data = _normalised(archive, xml_parts, strict)
    try:
        return docx.Document(io.BytesIO(data))
    except KeyError:
        raise ReportError(CORRUPT, "this Word file is incomplete: a part it refers to is missing") from None
    except ValueError:
        raise ReportError(UNSUPPORTED_FORMAT, "this file is not a Word document that can be read (.docx or .docm)") \
            from None


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
    if _DECLARATION.search(content) or any(marker in content for marker in _DECLARATION_UTF16):
        raise ReportError(HOSTILE, "this Word file contains XML declarations that Word never writes (an entity "
                                   "expansion trick); it was not read")


def _normalised(archive: zipfile.ZipFile, xml_parts: dict[str, bytes], strict: bool) -> bytes:
    """The package rewritten in memory so python-docx opens it: a macro-enabled document or a template declared as
    a plain document (macros are never run or read), Strict Open XML namespaces mapped to the usual ones."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for member in archive.infolist():
            content = xml_parts.get(member.filename)
            if content is None:
                content = archive.read(member)
            elif member.filename == _CONTENT_TYPES:
                for kind in _OTHER_MAIN_TYPES:
                    content = content.replace(kind, _DOCUMENT_TYPE)
            if strict and member.filename in xml_parts:
                for old, new in _STRICT:
                    content = content.replace(old, new)
            rewritten.writestr(member.filename, content)
    return out.getvalue()
