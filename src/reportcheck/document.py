"""The document model: what every parser produces and every later stage reads.

One ordered list of body blocks with locations a person can find again (page, paragraph number, table cell).
Page furniture (headers, footers) and notes (footnotes, endnotes, comments) are kept apart so they never count as
content or evidence.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, Field


class BlockKind(str, Enum):
    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    table_cell = "table_cell"


class Location(BaseModel):
    """Where a block is. `paragraph` is the 1-based number of the block in the body, in reading order."""

    page: int | None = None
    paragraph: int | None = None
    table: int | None = None  # 1-based table number in the body
    row: int | None = None  # 1-based
    column: int | None = None  # 1-based


class Block(BaseModel):
    kind: BlockKind
    text: str
    location: Location
    level: int | None = None  # heading level (1 = top) or list nesting level (0 = top)
    style: str | None = None  # the paragraph style name, as the author's program called it
    bold: bool | None = None  # True when all of the block's visible text is bold
    italic: bool | None = None  # True when all of it is italic (forms print their guidance so)
    font_size: float | None = None  # points, the dominant size of the block's text
    numbering: str | None = None  # automatic number restored into `text` ("1.", "a)"), when the format stored it apart
    role: str | None = None  # for a two-column form row: "label" (left cell) or "answer" (right cell)
    pair: int | None = None  # for a form row: the body index of the other cell of the pair
    anchor: str | None = None  # format-specific address used to write back into the file (Word comments)


class Source(BaseModel):
    path: str
    format: str  # docx, pdf, txt, md
    sha256: str
    size: int
    pages: int | None = None
    properties: dict[str, str] = Field(default_factory=dict)  # title, author, created... where the format keeps them


class Document(BaseModel):
    source: Source
    blocks: list[Block]  # the body, in reading order
    furniture: list[Block] = Field(default_factory=list)  # page headers and footers
    notes: list[Block] = Field(default_factory=list)  # footnotes, endnotes, comments

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)
