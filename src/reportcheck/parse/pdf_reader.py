"""PDF reports (pdfplumber): text in reading order, paragraphs, headings from type size and weight, tables as
cells, and running headers, footers and page numbers moved to `furniture`.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ..document import Block, BlockKind, Document, Location, Source
from ..errors import CORRUPT, EMPTY, ENCRYPTED, NO_TEXT_LAYER, TOO_LARGE, ReportError
from .forms import mark_form_rows
from .lines import BULLET, NUMBERED, classify, heading_like
from .limits import Deadline, Limits
from .pdf_layout import (Line, body_size, build_lines, furniture_keys, is_bold, is_furniture, is_italic,
                         reading_order)

_HEADING_RATIO = 1.12  # a line this much larger than the body text is a heading
_HEADING_MAX_WORDS = 20
_ENDS_PARAGRAPH = re.compile(r"[.!?:]['\"\u201d)]?$")
# A letter's subject line opens a paragraph of its own, though it sits right under the addressee's lines.
_SUBJECT_LINE = re.compile(r"^(?:re|subject|our ref|your ref)\s*:", re.IGNORECASE)
# pdfminer and pdfplumber log font and metadata oddities of real-world files as warnings; they mean nothing to a
# reader and would clutter every batch's output.
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).setLevel(logging.ERROR)
_METADATA = {"Title": "title", "Author": "author", "Subject": "subject", "CreationDate": "created",
             "ModDate": "modified"}


def read_pdf(data: bytes, source: Source, limits: Limits, deadline: Deadline) -> Document:
    source.format = "pdf"
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            count = len(pdf.pages)
            if count > limits.max_pages:
                raise ReportError(TOO_LARGE, f"this PDF has {count} pages, over the limit of {limits.max_pages}")
            source.pages = count
            source.properties.update(_properties(pdf.metadata))
            pages = []
            for page in pdf.pages:
                deadline.check()
                pages.append(_read_page(page))
                page.close()
    except PdfminerException as exc:
        if any(isinstance(arg, (PDFPasswordIncorrect, PDFEncryptionError)) for arg in exc.args):
            raise ReportError(ENCRYPTED, "this PDF is password-protected; remove the password (or print an "
                                         "unprotected copy to PDF) and try again") from None
        raise
    return _document(source, pages)


@dataclass
class _Page:
    """What one page holds before the document-wide decisions (body size, running headers) are made."""

    number: int
    height: float
    lines: list[Line]
    tables: list  # (top, rows of cells, each a list of words or None for a merged cell)
    images: int


def _read_page(page) -> _Page:
    width, height = float(page.width), float(page.height)
    words = [w for w in page.extract_words(extra_attrs=["size", "fontname"]) if w["text"].strip()
             and w["bottom"] > 0 and w["top"] < height and w["x1"] > 0 and w["x0"] < width]  # drawn off the page
    tables = []
    if words and (page.objects.get("rect") or page.objects.get("line")):
        for table in page.find_tables():
            top = table.bbox[1]
            inside = _cell_words(words, table.bbox)
            cells = [[_cell_words(inside, cell) for cell in row.cells] for row in table.rows]
            if any(cell for row in cells for cell in row if cell):
                tables.append((top, cells))
                ids = {id(w) for w in inside}
                words = [w for w in words if id(w) not in ids]
    lines = build_lines(words, page.page_number, width)
    return _Page(page.page_number, height, lines, tables,
                 len(page.objects.get("image", ())))


def _cell_words(words: list[dict], bbox) -> list[dict] | None:
    """The words whose centre lies in `bbox` (a table or a cell); None for a cell covered by a merged one."""
    if bbox is None:
        return None  # covered by a merged cell, read with it
    x0, top, x1, bottom = bbox
    return [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]


_SCANNED = ("this PDF has no text layer: it looks scanned (pictures of pages); run it through OCR (text "
            "recognition) first, or send the original Word document")


def _document(source: Source, pages: list[_Page]) -> Document:
    if not pages:  # a page tree that cannot be followed: the file is damaged, not empty
        raise ReportError(CORRUPT, "this PDF's list of pages cannot be read; it may be damaged (try opening it and "
                                   "printing it to a new PDF)")
    if not any(page.lines or page.tables for page in pages):
        if any(page.images for page in pages):
            raise ReportError(NO_TEXT_LAYER, _SCANNED)
        raise ReportError(EMPTY, "this PDF has no text on any page")
    blank = [str(page.number) for page in pages if not page.lines and not page.tables]
    if blank:
        source.properties["pages_without_text"] = ", ".join(blank)
    repeated = furniture_keys([(page.lines, page.height) for page in pages])
    furniture: list[Block] = []
    seen_furniture: set[str] = set()
    body_lines: dict[int, list[Line]] = {}
    for page in pages:
        kept = []
        outermost = {id(page.lines[0]), id(page.lines[-1])} if page.lines else set()
        for line in page.lines:
            if is_furniture(line, page.height, repeated, outermost=id(line) in outermost):
                pattern = re.sub(r"\d+", "#", line.text)  # "Page 2 of 9" once, not once per page
                if pattern not in seen_furniture:
                    seen_furniture.add(pattern)
                    furniture.append(Block(kind=BlockKind.paragraph, text=line.text, bold=line.bold,
                                           font_size=line.size, location=Location(page=page.number)))
            else:
                kept.append(line)
        body_lines[page.number] = kept
    if not any(body_lines.values()) and not any(page.tables for page in pages) and any(p.images for p in pages):
        raise ReportError(NO_TEXT_LAYER, _SCANNED)  # page images with only a stamped header or page number
    body = body_size([line for lines in body_lines.values() for line in lines])
    builder = _Builder(body)
    for page in pages:
        tables = sorted(page.tables, key=lambda table: table[0])
        for run in reading_order(body_lines[page.number]):
            # a table goes before the text below it, even inside one run of full-width lines (a title, then the
            # header table, then the body)
            while run and tables and tables[0][0] <= run[-1].top:
                top = tables[0][0]
                if above := [line for line in run if line.top < top]:
                    builder.run(above)
                builder.table(tables.pop(0)[1], page.number)
                run = [line for line in run if line.top >= top]
            if run:
                builder.run(run)
        for _, cells in tables:
            builder.table(cells, page.number)
    blocks = builder.finish()
    return Document(source=source, blocks=blocks, furniture=furniture)


class _Builder:
    """Collects paragraphs from runs of lines and decides what each one is."""

    def __init__(self, body: float):
        self.body = body
        self.paragraphs: list[list[Line]] = []
        self.cells: list[Block] = []
        self.order: list[tuple[str, int]] = []  # ("p", index into paragraphs) or ("c", index into cells)
        self.table_rows: list[list[list[int]]] = []
        self.emphasised: set[int] = set()  # cells (index into cells) whose first line is bold
        self.tables = 0

    def run(self, lines: list[Line]) -> None:
        left = min(line.x0 for line in lines)
        right = max(line.x1 for line in lines)
        current: list[Line] = []
        for line in lines:
            if current and self._breaks(current, line, left, right):
                self._add(current)
                current = []
            current.append(line)
        if current:
            self._add(current)

    def _add(self, lines: list[Line]) -> None:
        if self._continues(lines):
            self.paragraphs[-1].extend(lines)
            return
        self.order.append(("p", len(self.paragraphs)))
        self.paragraphs.append(lines)

    def _continues(self, lines: list[Line]) -> bool:
        """A paragraph that runs over a page break ("... after reporting low mood," / "poor sleep and ..."): the
        last paragraph, in the same type on the page before, stops mid-sentence and this one opens in lower case."""
        if not self.order or self.order[-1][0] != "p":
            return False
        previous, first = self.paragraphs[-1][-1], lines[0]
        return (first.page == previous.page + 1 and first.text[:1].islower() and not _ENDS_PARAGRAPH.search(
            previous.text) and abs(first.size - previous.size) <= 0.6 and first.bold == previous.bold
            and first.italic == previous.italic)

    def _breaks(self, current: list[Line], line: Line, left: float, right: float) -> bool:
        previous = current[-1]
        size = max(previous.size, 1.0)
        if line.top - previous.bottom > 0.6 * size or line.top < previous.top:
            return True
        if abs(line.size - previous.size) > 0.6 or line.bold != previous.bold or line.italic != previous.italic:
            return True
        text = line.text
        if _SUBJECT_LINE.match(text):
            return True
        if BULLET.match(text) or (NUMBERED.match(text) and not NUMBERED.match(text).group("num").isdigit()) \
                or re.match(r"^\d{1,2}(\.\d{1,2})*[.)]\s", text):
            return True
        width = max(right - left, 1.0)
        if previous.x1 < right - 0.2 * width and _ENDS_PARAGRAPH.search(previous.text):
            return True
        starts_list = BULLET.match(current[0].text) or NUMBERED.match(current[0].text)
        return not starts_list and previous.x0 - left < size and size * 0.8 < line.x0 - left < size * 5

    def table(self, cells: list[list[list[dict] | None]], page: int) -> None:
        self.tables += 1
        rows = []
        for row_number, row in enumerate(cells, start=1):
            present = [(column, words) for column, words in enumerate(row, start=1) if words is not None]
            indices = []
            for column, words in present:
                if not words and len(present) != 2:
                    continue
                lines = build_lines(words, page)
                text = _cell_text(lines)
                self.order.append(("c", len(self.cells)))
                if lines and lines[0].bold:
                    self.emphasised.add(len(self.cells))
                indices.append(len(self.cells))
                self.cells.append(Block(kind=BlockKind.table_cell, text=text,
                                        location=Location(page=page, table=self.tables, row=row_number, column=column),
                                        bold=all(is_bold(w) for w in words) if words else None,
                                        italic=all(is_italic(w) for w in words) if words else None,
                                        font_size=body_size(lines) or None))
            rows.append(indices if len(indices) == len(present) else [])
        self.table_rows.append(rows)

    def finish(self) -> list[Block]:
        heading_sizes = sorted({round(lines[0].size) for lines in self.paragraphs if self._large(lines)},
                               reverse=True)
        blocks: list[Block] = []
        cell_at: dict[int, int] = {}
        for kind, index in self.order:
            if kind == "c":
                cell_at[index] = len(blocks)
                blocks.append(self.cells[index])
            else:
                blocks.append(self._block(self.paragraphs[index], heading_sizes))
        emphasised = {cell_at[i] for i in self.emphasised}
        for rows in self.table_rows:
            mark_form_rows(blocks, [[cell_at[i] for i in row] for row in rows], emphasised)
        for index, block in enumerate(blocks):
            block.location.paragraph = index + 1
        return blocks

    def _large(self, lines: list[Line]) -> bool:
        words = sum(len(line.words) for line in lines)
        return lines[0].size >= self.body * _HEADING_RATIO and len(lines) <= 3 and words <= _HEADING_MAX_WORDS

    def _block(self, lines: list[Line], heading_sizes: list[int]) -> Block:
        text = _join(lines)
        size = body_size(lines)
        bold = all(line.bold for line in lines)
        kind, level, classified = classify(text)
        if self._large(lines):
            kind, level = BlockKind.heading, heading_sizes.index(round(lines[0].size)) + 1
        elif bold and len(lines) <= 2 and heading_like(text) and kind is not BlockKind.list_item:
            kind, level = BlockKind.heading, len(heading_sizes) + 1
        elif kind is BlockKind.heading and len(lines) > 1:
            kind, level = BlockKind.paragraph, None
        if kind is BlockKind.list_item:
            text = classified
        return Block(kind=kind, text=text, level=level, bold=bold, italic=all(line.italic for line in lines),
                     font_size=size or None,
                     location=Location(page=lines[0].page))


def _cell_text(lines: list[Line]) -> str:
    """A table cell's text: lines the cell's width wrapped are joined into one paragraph, as Word holds them. A line
    ends its paragraph when the next line's first word would have fitted after it, or before a blank line, a bullet
    or a number; the paragraph keeps its line break (the annotate stage starts a sentence at each line break, so a
    wrap left in would cut sentences in half)."""
    if not lines:
        return ""
    right = max(line.x1 for line in lines)
    paragraphs: list[list[Line]] = [[lines[0]]]
    for previous, line in zip(lines, lines[1:]):
        size = max(previous.size, 1.0)
        first = line.words[0]
        fits = previous.x1 + 0.3 * size + (first["x1"] - first["x0"]) < right
        if fits or line.top - previous.bottom > 0.6 * size or BULLET.match(line.text) or NUMBERED.match(line.text):
            paragraphs.append([])
        paragraphs[-1].append(line)
    return "\n".join(_join(paragraph) for paragraph in paragraphs)


def _join(lines: list[Line]) -> str:
    text = ""
    for line in lines:
        piece = line.text.strip()
        if not text:
            text = piece
        elif text.endswith("-") and piece[:1].islower():
            text += piece
        else:
            text += " " + piece
    return text


def _properties(metadata: dict) -> dict[str, str]:
    found = {}
    for key, name in _METADATA.items():
        value = metadata.get(key) if isinstance(metadata, dict) else None
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if value is not None and not isinstance(value, str):
            value = getattr(value, "name", None)
        if isinstance(value, str) and value.strip():
            found[name] = value.strip()[:200]
    return found
