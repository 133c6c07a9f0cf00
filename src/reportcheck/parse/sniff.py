"""Which reader a file needs, decided from its first bytes, never from its name.

A report saved with the wrong extension is still read; a file that is not a report format gets a message that
says what it looks like and what to do.
"""

from __future__ import annotations

from ..errors import ENCRYPTED, UNSUPPORTED_FORMAT, ReportError

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))

# Signatures of common formats that are not reports we can read, with what to tell the user.
_OTHER = (
    (b"{\\rtf", "a Rich Text Format (.rtf) file; save it as a Word document (.docx) or PDF"),
    (b"\x89PNG", "a PNG image; reports must be Word, PDF or text files"),
    (b"\xff\xd8\xff", "a JPEG image; reports must be Word, PDF or text files"),
    (b"GIF8", "a GIF image; reports must be Word, PDF or text files"),
    (b"II*\x00", "a TIFF image; reports must be Word, PDF or text files"),
    (b"MM\x00*", "a TIFF image; reports must be Word, PDF or text files"),
    (b"\x1f\x8b", "a compressed (gzip) archive; reports must be Word, PDF or text files"),
    (b"7z\xbc\xaf", "a 7-Zip archive; reports must be Word, PDF or text files"),
    (b"Rar!", "a RAR archive; reports must be Word, PDF or text files"),
)


def sniff(data: bytes) -> str:
    """'pdf', 'zip' (to be checked as a Word package) or 'text'; raises `ReportError` for anything else."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if data.startswith(_CFB_MAGIC):
        if any(name in data for name in _ENCRYPTION_STREAMS):
            raise ReportError(ENCRYPTED, "this Office file is password-protected; remove the password "
                                         "(or save an unprotected copy) and try again")
        raise ReportError(UNSUPPORTED_FORMAT, "this is a legacy Office file (.doc, .xls or .ppt); open it in Word "
                                              "and save it as a Word document (.docx)")
    for magic, what in _OTHER:
        if data.startswith(magic):
            raise ReportError(UNSUPPORTED_FORMAT, f"this file is {what}")
    return "text"
