"""Plain text and Markdown: encoding, headings ('#', underlined, numbered or in capitals), bullets and pipe tables.

Each non-blank line is a block, except that a line starting in lower case continues a previous line that did not
end a sentence (text wrapped by hand). A form feed starts a new page, as text exported from a PDF marks them.
"""

from __future__ import annotations

import re

from ..document import Block, BlockKind, Location
from ..errors import UNSUPPORTED_FORMAT, ReportError
from .forms import mark_form_rows
from .lines import classify

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_WHOLE_BOLD = re.compile(r"^(\*\*|__)(.+)\1$")
_INLINE_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_WHOLE_ITALIC = re.compile(r"^([*_])(?![*_\s])(.+?)(?<![*_\s])\1$")  # "*Record the child's views.*"
_CONTINUES = re.compile(r"^[a-z(]")
_ENDS_SENTENCE = re.compile(r"[.!?:;)\"'\u201d]$")


def decode(data: bytes) -> tuple[str, str, str | None]:
    """The text, the encoding it was read with, and a note when the encoding is a guess."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            pass
    sample = data[:65536]
    if b"\x00" in sample or _control_share(sample) > 0.05:
        raise ReportError(UNSUPPORTED_FORMAT, "this file holds binary data, not text; reports must be Word, PDF "
                                              "or text files")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding, None
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1", "the text encoding was not recognised and was read as Latin-1"


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)


def parse_text(text: str) -> list[Block]:
    """The body blocks of a text or Markdown report, in order, with locations."""
    blocks: list[Block] = []
    table_rows: list[list[int]] = []
    tables = 0
    pages = text.split("\f")
    paged = len(pages) > 1
    for page_number, page in enumerate(pages, start=1):
        page_at = page_number if paged else None
        previous_line_block: Block | None = None  # the block the previous line went into, when not blank
        lines = page.splitlines()
        for line in lines:
            if not line.strip():
                previous_line_block = None
                if table_rows:
                    mark_form_rows(blocks, table_rows)
                    table_rows = []
                continue
            stripped = line.strip()
            if stripped.startswith("|"):
                if _TABLE_SEPARATOR.match(stripped):
                    continue
                if not table_rows:
                    tables += 1
                table_rows.append(_table_row(blocks, stripped, tables, len(table_rows) + 1, page_at))
                previous_line_block = None
                continue
            if table_rows:
                mark_form_rows(blocks, table_rows)
                table_rows = []
            setext = _SETEXT.match(line)
            if setext and previous_line_block is not None and previous_line_block.kind is BlockKind.paragraph:
                previous_line_block.kind = BlockKind.heading
                previous_line_block.level = 1 if setext.group(1)[0] == "=" else 2
                previous_line_block = None
                continue
            if setext:  # a horizontal rule
                previous_line_block = None
                continue
            block = _line_block(line, page_at)
            if (block.kind is BlockKind.paragraph and previous_line_block is not None
                    and previous_line_block.kind in (BlockKind.paragraph, BlockKind.list_item)
                    and _CONTINUES.match(block.text) and not _ENDS_SENTENCE.search(previous_line_block.text)):
                previous_line_block.text += " " + block.text
                continue
            blocks.append(block)
            previous_line_block = block
    if table_rows:
        mark_form_rows(blocks, table_rows)
    for index, block in enumerate(blocks):
        block.location.paragraph = index + 1
    return blocks


def _unbold(text: str) -> tuple[str, bool | None]:
    whole = _WHOLE_BOLD.match(text)
    if whole:
        return _INLINE_BOLD.sub(r"\2", whole.group(2)).strip(), True
    return _INLINE_BOLD.sub(r"\2", text), None


def _line_block(line: str, page: int | None) -> Block:
    atx = _ATX.match(line)
    if atx:
        text, bold = _unbold(atx.group(2))
        return Block(kind=BlockKind.heading, level=len(atx.group(1)), text=text, bold=bold,
                     location=Location(page=page))
    kind, level, text = classify(line)
    text, bold = _unbold(text)
    if kind is BlockKind.paragraph and bold:
        kind, level = classify(text)[:2]  # "**7) Child's views**" is numbered under the bold marks
    italic = _WHOLE_ITALIC.match(text) if not bold else None
    if italic:
        text = italic.group(2)
    return Block(kind=kind, level=level, text=text, bold=bold, italic=True if italic else None,
                 location=Location(page=page))


def _table_row(blocks: list[Block], line: str, table: int, row: int, page: int | None) -> list[int]:
    cells = line.strip().strip("|").split("|")
    indices = []
    for column, cell in enumerate(cells, start=1):
        text, bold = _unbold(cell.strip())
        indices.append(len(blocks))
        blocks.append(Block(kind=BlockKind.table_cell, text=text, bold=bold,
                            location=Location(page=page, table=table, row=row, column=column)))
    return indices
