"""Reading any report file into the document model: the checks every format shares, then the format's reader.

Every way a file can fail ends as one `ReportError` with a stable code and a plain message that names no content.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..document import Document, Source
from ..errors import CORRUPT, EMPTY, HOSTILE, NOT_FOUND, TOO_LARGE, ReportError
from .limits import Limits, time_limit
from .sniff import sniff
from .text_reader import decode, parse_text

_MARKDOWN_SUFFIXES = (".md", ".markdown")


def read_document(path: str | Path, *, limits: Limits | None = None) -> Document:
    """Read the report at `path` (Word .docx/.docm, PDF, text or Markdown, told apart by content) within `limits`."""
    limits = limits or Limits()
    path = Path(path)
    data = _read_bytes(path, limits)
    kind = sniff(data)
    source = Source(path=str(path), format={"pdf": "pdf", "zip": "docx"}.get(kind, "txt"),
                    sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    try:
        with time_limit(limits.seconds) as deadline:
            if kind == "pdf":
                from .pdf_reader import read_pdf

                document = read_pdf(data, source, limits, deadline)
            elif kind == "zip":
                from .docx_reader import read_docx

                document = read_docx(data, source, limits, deadline)
            else:
                document = _read_text(data, source, path)
    except ReportError:
        raise
    except MemoryError:
        raise ReportError(TOO_LARGE, "this file needs more memory to read than is available") from None
    except RecursionError:
        raise ReportError(HOSTILE, "this file is nested too deeply to be a real report") from None
    except Exception:  # a parser library failing on a damaged file; its message may quote the content
        raise ReportError(CORRUPT, f"this {source.format.upper()} file could not be read; it may be damaged or "
                                   "incomplete (try opening it and saving a new copy)") from None
    if not document.blocks:
        raise ReportError(EMPTY, "this file has no text in its body" + (
            " (only page headers, footers or notes)" if document.furniture or document.notes else ""))
    return document


def document_from_text(text: str, *, name: str = "<text>", fmt: str = "txt") -> Document:
    """The document model of a report given as a string (plain text, or Markdown with fmt='md')."""
    data = text.encode("utf-8", "surrogatepass")
    source = Source(path=name, format=fmt, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    return _text_document(text, source)


def _read_bytes(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ReportError(NOT_FOUND, "this is a folder, not a file")
        if size > limits.max_file_bytes:
            raise ReportError(TOO_LARGE, f"this file is {size / 1048576:.1f} MB, over the limit of "
                                         f"{limits.max_file_bytes / 1048576:g} MB")
        with path.open("rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except FileNotFoundError:
        raise ReportError(NOT_FOUND, "there is no file at this path") from None
    except PermissionError:
        raise ReportError(NOT_FOUND, "this file cannot be opened: permission denied") from None
    except OSError:
        raise ReportError(NOT_FOUND, "this file cannot be opened") from None
    if len(data) > limits.max_file_bytes:
        raise ReportError(TOO_LARGE, f"this file is over the limit of {limits.max_file_bytes / 1048576:g} MB")
    if not data:
        raise ReportError(EMPTY, "this file is empty (0 bytes)")
    return data


def _read_text(data: bytes, source: Source, path: Path) -> Document:
    text, encoding, note = decode(data)
    source.format = "md" if path.suffix.lower() in _MARKDOWN_SUFFIXES else "txt"
    source.properties["encoding"] = encoding
    if note:
        source.properties["note"] = note
    return _text_document(text, source)


def _text_document(text: str, source: Source) -> Document:
    blocks = parse_text(text)
    pages = text.count("\f") + 1
    source.pages = pages if pages > 1 else None
    return Document(source=source, blocks=blocks)
