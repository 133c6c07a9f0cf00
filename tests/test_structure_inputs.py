"""Structure through the real readers: Word heading styles, bold headings, form tables, Markdown, text and PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from reportcheck.parse import document_from_text, read_document
from reportcheck.structure import analyse
from test_structure import ANSWER, FORMS, P8

HEADER = [("Name of child", "Ruby Hall (DOB 02/04/2016), Cody Hall (2)"), ("Date of conference", "18/11/2025"),
          ("Report prepared by", "Jane Brown"), ("Designation", "Health Visitor")]
PROMPT = "Please write your agency's information here."
NAMES = ("Ruby", "Cody", "Ava", "Mohammed", "Li", "Isabella", "Tom", "Jo", "Benedict", "Kai")


def answer(n: int) -> str:
    """The author's words for section n: the same length in words, a different line in print."""
    return ANSWER.replace("Ruby", NAMES[n])


def word_report(path: Path, headings: list[str], layout: str, answers: dict[int, str] | None = None) -> Path:
    answers = answers or {}
    document = docx.Document()
    document.add_paragraph("Report to Initial Child Protection Conference", style="Title")
    for label, value in HEADER:
        document.add_paragraph(f"{label}: {value}")
    if layout == "form":
        table = document.add_table(rows=0, cols=2)
        for n, heading in enumerate(headings):
            left, right = table.add_row().cells
            left.paragraphs[0].add_run(heading).bold = True
            left.add_paragraph(PROMPT)
            right.text = answers.get(n, answer(n))
    else:
        for n, heading in enumerate(headings):
            if layout == "heading":
                document.add_heading(heading, level=2)
            else:
                document.add_paragraph().add_run(heading).bold = True
            if answers.get(n, answer(n)):
                document.add_paragraph(answers.get(n, answer(n)))
    document.add_paragraph("Jane Brown, Health Visitor, 13/11/2025")
    document.save(path)
    return path


def text_report(headings: list[str], markdown: bool, answers: dict[int, str] | None = None) -> str:
    answers = answers or {}
    mark = "## " if markdown else ""
    lines = ["# Report to Initial Child Protection Conference" if markdown else "REPORT TO CONFERENCE", ""]
    lines += [f"{'- **' if markdown else ''}{label}:{'**' if markdown else ''} {value}" for label, value in HEADER]
    for n, heading in enumerate(headings):
        lines += ["", f"{mark}{heading}", "", answers.get(n, answer(n))]
    return "\n".join([*lines, "", "Jane Brown, Health Visitor, 13/11/2025", ""])


def pdf_report(path: Path, headings: list[str], answers: dict[int, str] | None = None) -> Path:
    """A PDF as a word processor exports it: headings in larger bold type, body text in regular type."""
    answers = answers or {}
    lines = [("Report to Initial Child Protection Conference", 16, True)]
    lines += [(f"{label}: {value}", 11, False) for label, value in HEADER]
    for n, heading in enumerate(headings):
        lines += [(heading, 14, True), (answers.get(n, answer(n)), 11, False)]
    lines.append(("Jane Brown, Health Visitor, 13/11/2025", 11, False))
    path.write_bytes(_pdf(lines))
    return path


def _pdf(lines: list[tuple[str, float, bool]]) -> bytes:
    """A minimal PDF of one or more A4 pages, Helvetica and Helvetica-Bold, one text line per entry."""
    pages, page, y = [], [], 800.0
    for text, size, bold in lines:
        step = size * 2.4  # a paragraph's gap
        if y - step < 60:
            pages.append(page)
            page, y = [], 800.0
        y -= step
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        page.append(f"BT /F{2 if bold else 1} {size} Tf 1 0 0 1 56 {y:.1f} Tm ({escaped}) Tj ET")
    pages.append(page)
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    kids = []
    for content in pages:
        stream = "\n".join(content)
        objects.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def read(tmp_path: Path, layout: str, headings: list[str], answers: dict[int, str] | None = None):
    if layout in ("heading", "bold", "form"):
        return read_document(word_report(tmp_path / "report.docx", headings, layout, answers))
    if layout == "pdf":
        return read_document(pdf_report(tmp_path / "report.pdf", headings, answers))
    markdown = layout == "md"
    return document_from_text(text_report(headings, markdown, answers), name=f"report.{layout}", fmt=layout)


INPUTS = ("heading", "bold", "form", "md", "txt", "pdf")


@pytest.mark.parametrize("layout", INPUTS)
@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_form_read_from_each_kind_of_file(tmp_path, form, layout):
    structure = analyse(read(tmp_path, layout, FORMS[form]))
    assert structure.template.id == form
    assert {s.id: s.status for s in structure.sections} == {s.id: "present" for s in structure.sections}
    assert all(s.words == len(ANSWER.split()) for s in structure.sections)
    facts = structure.facts
    assert [(c.name, c.dob, c.age) for c in facts.children] == [("Ruby Hall", date(2016, 4, 2), None),
                                                                ("Cody Hall", None, "2")]
    assert (facts.conference_date, facts.author, facts.role) == (date(2025, 11, 18), "Jane Brown", "Health Visitor")
    assert structure.agency == "health_visitor"


@pytest.mark.parametrize("layout", INPUTS)
def test_placeholders_and_guidance_in_each_kind_of_file(tmp_path, layout):
    answers = {3: "Not applicable to housing.", 6: "Please record the child's views, wishes and feelings, in their "
               "own words where possible."}
    structure = analyse(read(tmp_path, layout, P8, answers))
    reasons = {s.id: s.empty_reason for s in structure.sections if s.status != "present"}
    assert reasons == {"family_environment": "placeholder 'Not applicable to housing.'",
                       "child_views": "only the form's guidance text"}


@pytest.mark.parametrize("layout", ("form", "md", "pdf"))
def test_an_unfilled_form_in_each_kind_of_file_is_all_empty(tmp_path, layout):
    structure = analyse(read(tmp_path, layout, P8, answers={n: "" for n in range(8)}))
    assert structure.template.id == "p8"
    assert {s.status for s in structure.sections} == {"empty"}


def test_the_signature_closes_the_last_section(tmp_path):
    structure = analyse(read(tmp_path, "heading", P8))
    assert structure.block_section[-1] is None
    assert structure.section("plan").words == len(ANSWER.split())
