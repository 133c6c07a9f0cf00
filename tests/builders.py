"""Build Word and PDF fixtures in a test's tmp_path, so tests never depend on files made elsewhere.

make_docx(path, blocks=[("heading1", "1. Details"), ("para", "text"), ("bold", "Heading"),
                        ("table", [["label", "answer"], ...]), ("form", [["Label", "answer"], ...])],
          header="OFFICIAL", footer="Page 1")
make_pdf(path, pages=[["a line", ("bold", "A heading", 14), ""], ...], header="OFFICIAL", footer="Page {page}")
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

import docx
from docx.oxml import parse_xml

# ---------------------------------------------------------------------------------------------------- Word

def _xml(fragment: str):
    """Parse a WordprocessingML fragment written with `w:` (and `mc:`, `wps:`, `v:`) prefixes."""
    declarations = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    fragment = fragment.strip()
    head = re.match(r"<[\w:]+", fragment)
    return parse_xml(fragment[: head.end()] + " " + declarations + fragment[head.end():])


def make_docx(path: str | Path, blocks=(), *, header: str | None = None, footer: str | None = None,
              lists: dict[int, list[tuple[str, str]]] | None = None) -> Path:
    """A Word document. Blocks, in body order:
    ("title", text), ("heading1".."heading9", text), ("para", text), ("bold", text), ("bullet", text),
    ("numbered", text, num_id, level) with `lists` = {num_id: [(numFmt, lvlText) per level]},
    ("table", rows) and ("form", rows) (the left column bold), ("pagebreak",),
    ("comment", text, comment_text), ("xml", "<w:p>...</w:p>") for any raw body element."""
    document = docx.Document()
    if lists:
        _add_lists(document, lists)
    for block in blocks:
        kind, args = block[0], block[1:]
        if kind == "title":
            document.add_heading(args[0], level=0)
        elif kind.startswith("heading"):
            document.add_heading(args[0], level=int(kind[len("heading"):]))
        elif kind == "para":
            document.add_paragraph(args[0])
        elif kind == "bold":
            document.add_paragraph().add_run(args[0]).bold = True
        elif kind == "bullet":
            document.add_paragraph(args[0], style="List Bullet")
        elif kind == "numbered":
            text, num_id, level = args
            paragraph = document.add_paragraph(text)
            paragraph._p.get_or_add_pPr().append(_xml(
                f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
        elif kind in ("table", "form"):
            rows = args[0]
            table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    run = cell.paragraphs[0].add_run(text)
                    run.bold = kind == "form" and c == 0 or None
        elif kind == "pagebreak":
            document.add_page_break()
        elif kind == "comment":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(args[0])
            document.add_comment(run, text=args[1], author="Reviewer")
        elif kind == "xml":
            body = document.element.body
            body.insert(len(body) - 1, _xml(args[0]))  # before the final section properties
        else:
            raise ValueError(f"unknown block kind {kind!r}")
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    path = Path(path)
    document.save(path)
    return path


def _add_lists(document, lists: dict[int, list[tuple[str, str]]]) -> None:
    numbering = document.part.numbering_part.element
    for num_id, levels in lists.items():
        abstract = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels))
        numbering.insert(0, _xml(f'<w:abstractNum w:abstractNumId="{900 + num_id}">{abstract}</w:abstractNum>'))
        numbering.append(_xml(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{900 + num_id}"/></w:num>'))


def replace_part(path: str | Path, member: str, content: bytes) -> Path:
    """Rewrite one member of a zip package (a Word file) in place, keeping the others as they are."""
    path = Path(path)
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            target.writestr(info.filename, content if info.filename == member else data)
    return path


# ---------------------------------------------------------------------------------------------------- PDF

PAGE_WIDTH, PAGE_HEIGHT = 595, 842
MARGIN = 72
BODY_SIZE = 11


def make_pdf(path: str | Path, pages=(), *, header: str | None = None, footer: str | None = None,
             scanned: bool = False) -> Path:
    """A PDF written by hand (Helvetica, Helvetica-Bold and Helvetica-Oblique, one content stream per page).

    Each page is a list of items from the top: "text" (a body line; "" leaves a paragraph gap),
    ("bold", text, size), ("regular", text, size), ("italic", text, size), ("columns", left_lines, right_lines)
    for two-column text, ("table", rows) for a ruled table. `header` and `footer` repeat on every page ("{page}" is
    replaced by the page number). `scanned=True` gives pages holding only an image, as a scanner makes."""
    streams = []
    for number, items in enumerate(pages or [[]], start=1):
        ops: list[str] = []
        if scanned:
            ops.append(f"q {PAGE_WIDTH - 2 * MARGIN} 0 0 {PAGE_HEIGHT - 2 * MARGIN} {MARGIN} {MARGIN} cm /Im1 Do Q")
        if header is not None:
            ops.append(_text(header.format(page=number), MARGIN, PAGE_HEIGHT - 40, 9, bold=False))
        if footer is not None:
            ops.append(_text(footer.format(page=number), MARGIN, 30, 9, bold=False))
        y = PAGE_HEIGHT - MARGIN
        for item in items:
            y = _draw(item, ops, y)
        streams.append("\n".join(ops).encode("cp1252"))
    path = Path(path)
    path.write_bytes(_pdf_file(streams, scanned))
    return path


def _draw(item, ops: list[str], y: float) -> float:
    if isinstance(item, str):
        if not item:
            return y - BODY_SIZE
        ops.append(_text(item, MARGIN, y, BODY_SIZE, bold=False))
        return y - BODY_SIZE * 1.3
    kind = item[0]
    if kind in ("bold", "regular", "italic"):
        _, text, size = item
        y -= size * 0.4
        ops.append(_text(text, MARGIN, y, size, bold=kind == "bold", italic=kind == "italic"))
        return y - size * 1.5
    if kind == "columns":
        left, right = item[1], item[2]
        middle = PAGE_WIDTH / 2
        for lines, x in ((left, MARGIN), (right, middle + 12)):
            line_y = y
            for line in lines:
                if line:
                    ops.append(_text(line, x, line_y, BODY_SIZE, bold=False))
                line_y -= BODY_SIZE * 1.3
        return y - BODY_SIZE * 1.3 * max(len(left), len(right))
    if kind == "table":  # a cell's "\n" starts a new line in the cell
        rows = item[1]
        width = (PAGE_WIDTH - 2 * MARGIN) / max(len(row) for row in rows)
        top = y
        for row in rows:
            height = BODY_SIZE * (0.7 + 1.3 * max(cell.count("\n") + 1 for cell in row))
            for c, cell in enumerate(row):
                x = MARGIN + c * width
                ops.append(f"0.5 w {x:.1f} {top - height:.1f} {width:.1f} {height:.1f} re S")
                bold = cell.startswith("**")
                for n, line in enumerate(cell.strip("*").split("\n")):
                    ops.append(_text(line, x + 4, top - BODY_SIZE * (1.3 + 1.3 * n), BODY_SIZE, bold=bold))
            top -= height
        return top - BODY_SIZE
    raise ValueError(f"unknown PDF item {item!r}")


def _text(text: str, x: float, y: float, size: float, *, bold: bool, italic: bool = False) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    font = "F3" if italic else "F2" if bold else "F1"
    return f"BT /{font} {size:g} Tf {x:.1f} {y:.1f} Td ({escaped}) Tj ET"


def _pdf_file(streams: list[bytes], scanned: bool) -> bytes:
    objects: list[bytes] = []  # object n is objects[n - 1]
    n_pages = len(streams)
    first_page = 6  # 1 catalog, 2 pages, 3 and 4 fonts, 5 image; then page and content pairs; last the oblique font
    oblique = first_page + 2 * n_pages
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for font in ("Helvetica", "Helvetica-Bold"):
        objects.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>".encode())
    pixels = zlib.compress(bytes([200]) * 64)
    objects.append(b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                   b"/BitsPerComponent 8 /Filter /FlateDecode /Length " + str(len(pixels)).encode() + b" >>\nstream\n"
                   + pixels + b"\nendstream")
    image = " /XObject << /Im1 5 0 R >>" if scanned else ""
    for i, stream in enumerate(streams):
        content = first_page + 2 * i + 1
        fonts = f"/F1 3 0 R /F2 4 0 R /F3 {oblique} 0 R"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                       f"/Resources << /Font << {fonts} >>{image} >> /Contents {content} 0 R >>".encode())
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
