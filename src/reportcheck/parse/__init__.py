"""Parsers: Word (.docx, .docm), PDF, text and Markdown into one document model (`reportcheck.document`)."""

from .limits import Limits
from .reader import document_from_text, read_document

__all__ = ["Limits", "document_from_text", "read_document"]
