"""Word documents (.docx, .docm): the body walked in the order the author sees it.

The package's parts are read with a plain XML parser (docx_package) and the body is walked here, so that
paragraphs and tables stay interleaved,
content controls and text boxes are read, tracked deletions and field instructions are dropped, merged cells are
read once, and list numbers are restored into the text.

Anchors. Every body block carries `anchor`, the path from `w:body` to the paragraph it came from (for a table
cell, the cell's first paragraph), so that a copy of the document can be annotated at the same place. The path is
`/`-separated steps `name[i]`: the i-th (0-based) child element of that name in the `w:` namespace, for example
`p[3]`, `tbl[0]/tr[2]/tc[1]/p[0]`, `sdt[0]/sdtContent[0]/p[0]`. The step `txbx[k]` goes from a paragraph to its
k-th text box content (`w:txbxContent`, counting each box once: the fallback copy Word also stores is skipped), as
in `p[5]/txbx[0]/p[1]`. `resolve_anchor` follows such a path in a python-docx document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..document import Block, BlockKind, Document, Location, Source
from ..errors import CORRUPT, ReportError
from .docx_package import Package, parse
from .docx_styles import Numbering, Styles, StyleFacts, half_points, int_val, on_off, w
from .forms import mark_form_rows
from .limits import Deadline, Limits

if TYPE_CHECKING:  # python-docx is needed only to annotate a copy (resolve_anchor), not to read
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _TBL, _TR, _TC, _TXBX = w("p"), w("tbl"), w("tr"), w("tc"), w("txbxContent")
_WRAPPERS = {w("sdt"), w("sdtContent"), w("customXml")}
# Inside a paragraph: what is never text (properties, deletions, moved-away text, field instructions, text boxes,
# which are read as blocks of their own, and the fallback copy of drawings).
_SKIP_INLINE = {w("pPr"), w("rPr"), w("del"), w("moveFrom"), w("instrText"), w("delText"), w("delInstrText"),
                _TXBX, _MC_FALLBACK, w("sdtPr"), w("sdtEndPr")}
_NOTE_SKIP_TYPES = ("separator", "continuationSeparator", "continuationNotice")
_STEP = re.compile(r"^([A-Za-z]+)\[(\d+)\]$")
_DEADLINE_EVERY = 100


def read_docx(data: bytes, source: Source, limits: Limits, deadline: Deadline) -> Document:
    package = Package(data, limits)
    source.format = "docx"
    root = package.xml(package.main)
    body = root.find(w("body")) if root is not None else None
    if body is None:
        raise ReportError(CORRUPT, "this Word file has no document body; it may be damaged")
    styles = Styles(package.content(next(iter(package.related(package.main, "styles")), None)), parse)
    numbering = Numbering.from_element(package.first(package.main, "numbering"))
    paged = body.find(f".//{w('lastRenderedPageBreak')}") is not None
    walker = _Walker(styles, numbering, deadline, paged=paged)
    walker.container(body, "")
    for index, block in enumerate(walker.blocks):
        block.location.paragraph = index + 1
    # Word's own page count (docProps/app.xml) is trusted only from a program that lays out pages, which leaves
    # rendered page breaks; generators copy a template's stale count.
    source.pages = max(_app_pages(package) or 0, walker.page) if paged else None
    source.properties.update(_properties(package))
    return Document(source=source, blocks=walker.blocks, furniture=_furniture(package, styles, deadline),
                    notes=_notes(package, styles, deadline))


def resolve_anchor(doc: WordDocument, anchor: str) -> Paragraph:
    """The paragraph of `doc` that `anchor` (see the module docstring) names; ValueError when there is none."""
    from docx.text.paragraph import Paragraph
    element = doc.element.body
    for step in anchor.split("/"):
        match = _STEP.match(step)
        if not match:
            raise ValueError(f"not an anchor step: {step!r}")
        name, index = match.group(1), int(match.group(2))
        candidates = _text_boxes(element) if name == "txbx" else [c for c in element if c.tag == w(name)]
        if index >= len(candidates):
            raise ValueError(f"anchor {anchor!r} does not exist in this document")
        element = candidates[index]
    if element.tag != _P:
        raise ValueError(f"anchor {anchor!r} does not name a paragraph")
    return Paragraph(element, doc)


def _text_boxes(paragraph) -> list:
    """The text box contents in `paragraph`, each once (not the fallback copies, not boxes within boxes)."""
    boxes = []
    for box in paragraph.iter(_TXBX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag in (_MC_FALLBACK, _TXBX):
                break
            ancestor = ancestor.getparent()
        else:
            boxes.append(box)
    return boxes


def _items(container, path: str, wanted: tuple[str, ...]) -> Iterator[tuple[str, object, str]]:
    """The `wanted` child elements of `container`, looking through content controls, with their anchor paths."""
    counts: dict[str, int] = {}
    for child in container:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        local = tag.rsplit("}", 1)[-1]
        index = counts.get(local, 0)
        counts[local] = index + 1
        step = f"{path}/{local}[{index}]" if path else f"{local}[{index}]"
        if tag in wanted:
            yield tag, child, step
        elif tag in _WRAPPERS:
            yield from _items(child, step, wanted)


@dataclass
class _Text:
    """What one paragraph says and how it looks."""

    text: str = ""
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    style: StyleFacts = field(default_factory=StyleFacts)
    heading: int | None = None
    label: str | None = None
    bullet: bool = False
    ilvl: int = 0
    listed: bool = False


class _Walker:
    """Turns a body (or a header, footer or note) into blocks, in order."""

    def __init__(self, styles: Styles, numbering: Numbering, deadline: Deadline, *, paged: bool = False):
        self.styles = styles
        self.numbering = numbering
        self.deadline = deadline
        self.paged = paged
        self.page = 1
        self._break_pending = False  # a hard break was counted and no text has followed yet
        self.blocks: list[Block] = []
        self.tables = 0
        self._seen = 0

    def container(self, element, path: str) -> None:
        for tag, child, anchor in _items(element, path, (_P, _TBL)):
            if tag == _P:
                self.paragraph(child, anchor)
            else:
                self.table(child, anchor)

    def paragraph(self, p, anchor: str) -> None:
        self._tick()
        facts = self.read_paragraph(p)
        if facts.text:
            kind = BlockKind.heading if facts.heading else BlockKind.list_item if facts.listed else \
                BlockKind.paragraph
            level = facts.heading if facts.heading else facts.ilvl if facts.listed else None
            self.blocks.append(Block(kind=kind, text=facts.text, location=Location(page=self._page()), level=level,
                                     style=facts.style.name, bold=facts.bold, italic=facts.italic,
                                     font_size=facts.size,
                                     numbering=facts.label or None, anchor=anchor))
        for index, box in enumerate(_text_boxes(p)):
            self.container(box, f"{anchor}/txbx[{index}]")

    def table(self, tbl, anchor: str) -> None:
        self.tables += 1
        number = self.tables
        rows: list[list[int]] = []
        emphasised: set[int] = set()
        for row_number, (_, tr, row_path) in enumerate(_items(tbl, anchor, (_TR,)), start=1):
            cells = []
            column = 1
            for _, tc, cell_path in _items(tr, row_path, (_TC,)):
                props = tc.find(w("tcPr"))
                span = int_val(props.find(w("gridSpan")), 1) if props is not None else 1
                merged = props is not None and _continues(props)
                if not merged:
                    cells.append((tc, cell_path, column, _shaded(props)))
                column += max(span or 1, 1)
            indices = []
            for tc, cell_path, column, is_shaded in cells:
                index, first_bold = self.cell(tc, cell_path, number, row_number, column, keep_empty=len(cells) == 2)
                if index is not None:
                    indices.append(index)
                    if is_shaded or first_bold:
                        emphasised.add(index)
            rows.append(indices if len(indices) == len(cells) else [])
        mark_form_rows(self.blocks, rows, emphasised)

    def cell(self, tc, path: str, table: int, row: int, column: int, *, keep_empty: bool) -> tuple[int | None, bool]:
        """Add the cell's block (its paragraphs as lines), then any tables nested in it; the block's index and
        whether its first line is bold."""
        parts: list[_Text] = []
        first_anchor = None
        nested = []
        for tag, child, anchor in _items(tc, path, (_P, _TBL)):
            if tag == _TBL:
                nested.append((child, anchor))
                continue
            self._tick()
            first_anchor = first_anchor or anchor
            parts.append(self.read_paragraph(child))
        written = [part for part in parts if part.text]
        index = None
        if written or keep_empty:
            bolds = [part.bold for part in written if part.bold is not None]
            italics = [part.italic for part in written if part.italic is not None]
            self.blocks.append(Block(
                kind=BlockKind.table_cell, text="\n".join(part.text for part in written),
                location=Location(page=self._page(), table=table, row=row, column=column),
                style=parts[0].style.name if parts else None, bold=all(bolds) if bolds else None,
                italic=all(italics) if italics else None,
                font_size=_dominant([(part.size, len(part.text)) for part in written]),
                numbering=next((part.label for part in written if part.label), None), anchor=first_anchor))
            index = len(self.blocks) - 1
        for tbl, anchor in nested:
            self.table(tbl, anchor)
        return index, bool(written and written[0].bold)

    def read_paragraph(self, p) -> _Text:
        facts = _Text()
        p_pr = p.find(w("pPr"))
        style_id = None
        direct_num = None
        outline = None
        if p_pr is not None:
            style = p_pr.find(w("pStyle"))
            style_id = style.get(w("val")) if style is not None else None
            direct_num = p_pr.find(w("numPr"))
            outline = int_val(p_pr.find(w("outlineLvl")))
            if on_off(p_pr.find(w("pageBreakBefore"))):
                self._hard_break()
        facts.style = self.styles.paragraph(style_id)
        if facts.style.page_break_before and (p_pr is None or p_pr.find(w("pageBreakBefore")) is None):
            self._hard_break()
        facts.heading = outline + 1 if outline is not None and outline < 9 else facts.style.heading
        num_id, ilvl = facts.style.num_id, facts.style.ilvl or 0
        if direct_num is not None:
            num_element = direct_num.find(w("numId"))
            num_id = num_element.get(w("val")) if num_element is not None else num_id
            ilvl = int_val(direct_num.find(w("ilvl")), ilvl)
        label, facts.bullet = self.numbering.next_label(num_id, ilvl)
        facts.listed = label is not None or facts.bullet
        facts.ilvl = ilvl
        runs: list[tuple[str, bool | None, bool | None, float | None]] = []
        self._inline(p, facts.style, runs)
        text = "".join(run[0] for run in runs).strip()
        visible = [run for run in runs if run[0].strip()]
        if visible:
            facts.bold = all(bool(bold) for _, bold, _, _ in visible)
            facts.italic = all(bool(italic) for _, _, italic, _ in visible)
            facts.size = _dominant([(size, len(piece)) for piece, _, _, size in visible])
        if label and text:
            facts.label = label
            text = f"{label} {text}"
        facts.text = text
        return facts

    def _inline(self, element, style: StyleFacts, runs: list) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_INLINE:
                continue
            if tag == w("r"):
                self._run(child, style, runs)
            else:  # insertions, hyperlinks, inline content controls, fields, smart tags: their runs count
                self._inline(child, style, runs)

    def _run(self, r, style: StyleFacts, runs: list) -> None:
        r_pr = r.find(w("rPr"))
        bold, italic, size = style.bold, style.italic, style.size
        if r_pr is not None:
            if on_off(r_pr.find(w("vanish"))):
                return
            char_style = r_pr.find(w("rStyle"))
            if char_style is not None:
                char_bold, char_italic, char_size = self.styles.character(char_style.get(w("val")))
                bold = bold if char_bold is None else char_bold
                italic = italic if char_italic is None else char_italic
                size = char_size or size
            direct_bold, direct_italic = on_off(r_pr.find(w("b"))), on_off(r_pr.find(w("i")))
            bold = bold if direct_bold is None else direct_bold
            italic = italic if direct_italic is None else direct_italic
            size = half_points(r_pr.find(w("sz"))) or size
        pieces = []
        for child in r:
            tag = child.tag
            if tag == w("t"):
                if child.text:
                    pieces.append(child.text)
                    self._break_pending = False
            elif tag in (w("tab"), w("ptab")):
                pieces.append("\t")
            elif tag == w("br"):
                if child.get(w("type")) == "page":
                    self._hard_break()
                else:
                    pieces.append("\n")
            elif tag == w("cr"):
                pieces.append("\n")
            elif tag == w("noBreakHyphen"):
                pieces.append("-")
            elif tag == w("lastRenderedPageBreak"):
                if not self._break_pending:
                    self.page += 1
                self._break_pending = False
        if pieces:
            runs.append(("".join(pieces), bold, italic, size))

    def _hard_break(self) -> None:
        self.page += 1
        self._break_pending = True

    def _page(self) -> int | None:
        return self.page if self.paged else None

    def _tick(self) -> None:
        self._seen += 1
        if self._seen % _DEADLINE_EVERY == 0:
            self.deadline.check()


def _continues(props) -> bool:
    """A cell that continues a vertical (or legacy horizontal) merge: its text was read with the first cell."""
    for name in ("vMerge", "hMerge"):
        merge = props.find(w(name))
        if merge is not None and merge.get(w("val"), "continue") == "continue":
            return True
    return False


def _shaded(props) -> bool:
    shading = props.find(w("shd")) if props is not None else None
    fill = (shading.get(w("fill")) or "auto").lower() if shading is not None else "auto"
    return fill not in ("auto", "ffffff", "none")


def _dominant(sizes: list[tuple[float | None, int]]) -> float | None:
    weights: dict[float, int] = {}
    for size, length in sizes:
        if size:
            weights[size] = weights.get(size, 0) + length
    return max(weights, key=weights.get) if weights else None


_CORE = {"title": "{http://purl.org/dc/elements/1.1/}title", "author": "{http://purl.org/dc/elements/1.1/}creator",
         "last_modified_by": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastModifiedBy",
         "created": "{http://purl.org/dc/terms/}created", "modified": "{http://purl.org/dc/terms/}modified"}


def _app_pages(package: Package) -> int | None:
    app = package.first("", "extended-properties")
    pages = None if app is None else next((e.text for e in app.iter() if str(e.tag).endswith("}Pages")), None)
    return int(pages) if pages and pages.strip().isdigit() and int(pages) > 0 else None


def _properties(package: Package) -> dict[str, str]:
    core = package.first("", "core-properties")
    if core is None:
        return {}
    found = {key: core.find(tag) for key, tag in _CORE.items()}
    return {key: e.text.strip()[:200] for key, e in found.items() if e is not None and e.text and e.text.strip()}


def _furniture(package: Package, styles: Styles, deadline: Deadline) -> list[Block]:
    """Page headers and footers of every section, each distinct text once."""
    blocks, seen = [], set()
    for name in package.related(package.main, "header") + package.related(package.main, "footer"):
        part = package.xml(name)
        if part is None:
            continue
        walker = _Walker(styles, Numbering(), deadline)
        walker.container(part, "")
        for block in walker.blocks:
            if block.text not in seen:
                seen.add(block.text)
                blocks.append(block.model_copy(update={"anchor": None, "location": Location()}))
    return blocks


def _notes(package: Package, styles: Styles, deadline: Deadline) -> list[Block]:
    """Footnotes, endnotes and comments: one block per note, its paragraphs as lines."""
    blocks = []
    for kind, tag in (("footnotes", "footnote"), ("endnotes", "endnote"), ("comments", "comment")):
        part = package.first(package.main, kind)
        if part is None:
            continue
        for note in part.iter(w(tag)):
            if note.get(w("type")) in _NOTE_SKIP_TYPES:
                continue
            walker = _Walker(styles, Numbering(), deadline)
            walker.container(note, "")
            text = "\n".join(block.text for block in walker.blocks).strip()
            if text:
                style = walker.blocks[0].style if walker.blocks else None
                blocks.append(Block(kind=BlockKind.paragraph, text=text, location=Location(), style=style or tag))
    return blocks
