"""PDF reports: headings from size and weight, paragraphs, running headers and footers, two columns, tables,
and the scanned and blank cases."""

from __future__ import annotations

import pytest

from builders import make_pdf
from reportcheck.errors import ReportError
from reportcheck.parse import read_document

REPORT = [
    [("bold", "Report to Initial Child Protection Conference", 16), "",
     ("bold", "1. Details of service involvement", 11),
     "We have known the family since 2019 and the school has worked",
     "closely with mother and Ruby's class teacher.", "",
     "Attendance has been 82% this term.", "",
     ("bold", "2. Child's health and development", 11),
     "- Ruby is meeting her milestones.",
     "- She has been seen by the school nurse."],
    [("bold", "7. Child's views", 11),
     "Ruby said \"I like it when mummy picks me up\".", "",
     ("table", [["**Name of child**", "Ruby Hall"], ["**Report shared with parents**", ""]])],
]


@pytest.fixture
def report(tmp_path):
    return read_document(make_pdf(tmp_path / "r.pdf", REPORT, header="OFFICIAL - SENSITIVE",
                                  footer="Page {page} of 2"))


def test_headings_paragraphs_and_lists_with_pages(report):
    summary = [(b.kind.value, b.level, b.location.page, b.text) for b in report.blocks]
    assert summary[:8] == [
        ("heading", 1, 1, "Report to Initial Child Protection Conference"),
        ("heading", 2, 1, "1. Details of service involvement"),
        ("paragraph", None, 1, "We have known the family since 2019 and the school has worked closely with mother "
                               "and Ruby's class teacher."),
        ("paragraph", None, 1, "Attendance has been 82% this term."),
        ("heading", 2, 1, "2. Child's health and development"),
        ("list_item", 0, 1, "Ruby is meeting her milestones."),
        ("list_item", 0, 1, "She has been seen by the school nurse."),
        ("heading", 2, 2, "7. Child's views"),
    ]
    assert report.blocks[0].bold is True and report.blocks[0].font_size == 16
    assert report.blocks[2].bold is False and report.blocks[2].font_size == 11
    assert [b.location.paragraph for b in report.blocks] == list(range(1, len(report.blocks) + 1))
    assert report.source.format == "pdf" and report.source.pages == 2


def test_running_header_and_page_numbers_are_furniture(report):
    assert [b.text for b in report.furniture] == ["OFFICIAL - SENSITIVE", "Page 1 of 2"]
    assert not any("OFFICIAL" in b.text or "Page" in b.text for b in report.blocks)


def test_ruled_table_becomes_label_answer_cells(report):
    cells = [b for b in report.blocks if b.kind.value == "table_cell"]
    assert [(c.text, c.location.table, c.location.row, c.location.column, c.role) for c in cells] == [
        ("Name of child", 1, 1, 1, "label"), ("Ruby Hall", 1, 1, 2, "answer"),
        ("Report shared with parents", 1, 2, 1, "label"), ("", 1, 2, 2, "answer")]
    label = cells[0]
    assert report.blocks[label.pair].text == "Ruby Hall" and label.bold is True
    assert report.blocks[-5].text.startswith("Ruby said")  # the quote comes before the table, as on the page


def test_a_cell_s_wrapped_lines_join_and_its_paragraphs_stay_apart(tmp_path):
    answer = ("Mr Doyle was told by phone and\n"  # the cell's longest line: "said" did not fit, so a wrap
              "said he would attend.\n"
              "No contact since then.\n"  # "No" would have fitted after the line before: a new paragraph
              "- letter sent 02/11/2025")
    pdf = make_pdf(tmp_path / "form.pdf", [[("table", [["**Father's views**", answer]])]])
    assert read_document(pdf).blocks[1].text == ("Mr Doyle was told by phone and said he would attend.\n"
                                                 "No contact since then.\n- letter sent 02/11/2025")


def test_two_columns_are_read_column_by_column(tmp_path):
    left = [f"Left column line {n} about the family visit" for n in range(1, 8)]
    right = [f"Right column line {n} about the school report" for n in range(1, 8)]
    document = read_document(make_pdf(tmp_path / "c.pdf", [[("bold", "Two columns", 14), ("columns", left, right),
                                                            "", "A closing line across the page."]]))
    texts = [b.text for b in document.blocks]
    assert texts[0] == "Two columns"
    assert texts[1] == " ".join(left)
    assert texts[2] == " ".join(right)
    assert texts[3] == "A closing line across the page."


def test_scanned_pdf_needs_ocr(tmp_path):
    with pytest.raises(ReportError) as error:
        read_document(make_pdf(tmp_path / "s.pdf", [[], []], scanned=True))
    assert error.value.code == "no_text_layer"
    assert "scanned" in error.value.message and "OCR" in error.value.message


def test_scanned_pdf_with_a_stamped_page_number_still_needs_ocr(tmp_path):
    with pytest.raises(ReportError) as error:
        read_document(make_pdf(tmp_path / "s.pdf", [[], []], scanned=True, footer="Page {page} of 2"))
    assert error.value.code == "no_text_layer"


def test_blank_pdf_is_empty(tmp_path):
    with pytest.raises(ReportError) as error:
        read_document(make_pdf(tmp_path / "b.pdf", [[]]))
    assert error.value.code == "empty"


def test_a_header_table_under_the_title_is_read_before_the_body_below_it(tmp_path):
    path = make_pdf(tmp_path / "h.pdf", [[("bold", "Report to Initial Child Protection Conference", 14),
                                          ("table", [["**Child", "Ellis Ward, DOB 22/07/2024"],
                                                     ["**Conference", "05/03/2026"]]),
                                          ("bold", "1. Details of service involvement", 11),
                                          "Ellis was not known to the service before February."]])
    assert [b.text for b in read_document(path).blocks] == [
        "Report to Initial Child Protection Conference", "Child", "Ellis Ward, DOB 22/07/2024", "Conference",
        "05/03/2026", "1. Details of service involvement", "Ellis was not known to the service before February."]
