"""Errors a user can act on: every unreadable input becomes one `ReportError` with a stable code.

Messages name the file and the problem, never the report's content.
"""

from __future__ import annotations

# Stable codes (CONTRACT.md); scripts rely on them.
UNSUPPORTED_FORMAT = "unsupported_format"
ENCRYPTED = "encrypted"
NO_TEXT_LAYER = "no_text_layer"
CORRUPT = "corrupt"
TOO_LARGE = "too_large"
TIMEOUT = "timeout"
EMPTY = "empty"
NOT_FOUND = "not_found"
HOSTILE = "hostile"
INTERNAL = "internal"  # the checker itself failed on a file: a fault in reportcheck, not in the report

CODES = (UNSUPPORTED_FORMAT, ENCRYPTED, NO_TEXT_LAYER, CORRUPT, TOO_LARGE, TIMEOUT, EMPTY, NOT_FOUND, HOSTILE, INTERNAL)


class ReportError(Exception):
    """An input that cannot be read, with a code from `CODES` and a plain-English message."""

    def __init__(self, code: str, message: str):
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message


class ConfigError(Exception):
    """A rule pack, template profile or configuration file that does not validate; the message names file and line."""
