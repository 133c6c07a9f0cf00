"""Screening a folder: the files found, the rows written, determinism, redaction and the workbook."""

from __future__ import annotations

import csv
import json
from html import unescape
from pathlib import Path

import openpyxl
import pytest

from reportcheck.screen import screen
from reportcheck.screen.files import find_reports
from reportcheck.screen.tables import needs_attention
from test_screen_fixtures import fake_check, result_data, write_report

LATE = {"rule": "RC-TIME-001", "criterion": None, "severity": "warning",
        "message": "The report was sent 1 working day before the conference.", "suggestion": "Send it earlier."}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    write_report(root, "b_adequate.txt", result_data(
        "adequate", agency="school_primary", statuses={"child_voice": "partial", "shared_with_parents": "not_met"},
        reasons=["shared_with_parents is not_met", "child_voice is partial"], areas={"child_views": "adequate"}))
    write_report(root, "a_good.txt", result_data("good", agency="police"))
    write_report(root, "sub/c_inadequate.txt", result_data(
        "inadequate", agency="gp", statuses={"analysis": "not_met", "required_sections": "partial"},
        reasons=["analysis is not_met"], areas={"analysis": "inadequate", "involvement": "adequate"}))
    write_report(root, "d_late_good.md", result_data("good", agency="police", findings=[LATE]))
    write_report(root, "e_broken.txt", "this is not a report the stand-in can read")
    write_report(root, "~$a_good.docx", "Word lock file")
    write_report(root, ".hidden.txt", "hidden")
    write_report(root, "notes.yaml", "not a report format")
    return root


def run(root: Path, out: Path, **kw):
    return screen(root, out, jobs=2, timeout=20, checker=fake_check, **kw)


def test_finds_supported_files_recursively_in_sorted_order_skipping_lock_hidden_and_out(folder):
    (folder / "out").mkdir()
    write_report(folder, "out/old.txt", "previous outputs")
    write_report(folder, ".git/x.txt", "hidden folder")
    names = [p.relative_to(folder).as_posix() for p in find_reports(folder, exclude=folder / "out")]
    assert names == ["a_good.txt", "b_adequate.txt", "d_late_good.md", "e_broken.txt", "sub/c_inadequate.txt"]


def test_rows_in_jsonl_and_csv(folder, tmp_path):
    out = tmp_path / "out"
    screening = run(folder, out)
    assert screening.unreadable == 1
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["path"] for r in lines] == [
        "a_good.txt", "b_adequate.txt", "d_late_good.md", "e_broken.txt", "sub/c_inadequate.txt"]
    assert lines[3] == {"schema": "reportcheck/result/v1", "source": lines[3]["source"],
                        "error": {"code": "corrupt", "message": "the file is damaged"}}
    assert lines[1]["criteria"]["child_voice"]["status"] == "partial"
    with open(out / "summary.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["file", "agency", "template", "grade", "required_sections", "child_voice",
                             "father_involvement", "analysis", "shared_with_parents", "reasons", "error_code",
                             "error_message"]
    assert rows[1] == {"file": "b_adequate.txt", "agency": "school_primary", "template": "p8", "grade": "adequate",
                       "required_sections": "met", "child_voice": "partial", "father_involvement": "met",
                       "analysis": "met", "shared_with_parents": "not_met",
                       "reasons": "shared_with_parents is not_met; child_voice is partial",
                       "error_code": "", "error_message": ""}
    assert (rows[3]["file"], rows[3]["grade"], rows[3]["error_code"]) == ("e_broken.txt", "", "corrupt")
    assert [r["grade"] for r in rows] == ["good", "adequate", "good", "", "inadequate"]


def test_outputs_are_byte_identical_on_a_rerun_and_inputs_untouched(folder, tmp_path):
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    run(folder, tmp_path / "one")
    run(folder, tmp_path / "two")
    for name in ("results.jsonl", "summary.csv", "summary.xlsx", "summary.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_workbook_sheets_and_cells(folder, tmp_path):
    run(folder, tmp_path / "out")
    book = openpyxl.load_workbook(tmp_path / "out" / "summary.xlsx")
    assert book.sheetnames == ["Reports", "Grades by agency", "Grades by area", "Errors"]
    reports = book["Reports"]
    assert reports.freeze_panes == "A2"
    assert reports.auto_filter.ref == "A1:L6"
    assert reports["A1"].font.bold and reports["A1"].value == "file"
    assert [c.value for c in reports[6]][:4] == ["sub/c_inadequate.txt", "gp", "p8", "inadequate"]
    assert reports.column_dimensions["A"].width >= len("sub/c_inadequate.txt")
    agency = {row[0]: row[1:] for row in book["Grades by agency"].iter_rows(min_row=2, values_only=True)}
    assert list(agency) == ["Police", "GP", "Primary school", "Total"]
    assert agency["Police"] == (2, 0, 0, 2, 1.0, 0.0, 0.0)
    assert agency["Total"] == (2, 1, 1, 4, 0.5, 0.25, 0.25)
    assert book["Grades by agency"]["E2"].number_format == "0.0%"
    area = {row[0]: row[1:4] for row in book["Grades by area"].iter_rows(min_row=2, values_only=True)}
    assert area == {"Details of service involvement": (2, 2, 0), "Child/ren's views": (2, 1, 1),
                    "Analysis of implications": (2, 1, 1)}
    errors = list(book["Errors"].iter_rows(min_row=2, values_only=True))
    assert errors == [("e_broken.txt", "corrupt", "the file is damaged")]


def test_redact_replaces_names_with_roles_in_every_output(tmp_path):
    root = tmp_path / "in"
    data = result_data(
        "inadequate", children=["Ruby Hall", "Cody Hall"],
        family=[("Dawn Hall", "mother"), ("Jason Pike", "father"), ("Lee Grant", "mother's partner")],
        statuses={"child_voice": "partial"},
        reasons=["No words or observation for Cody (2).", "Mr Pike's views are missing; Ruby Hall was seen."])
    data["criteria"]["child_voice"]["evidence"] = [
        {"quote": "Ruby said \"I like it when Lee goes out\"", "location": {"section": "child_views"}}]
    data["findings"] = [dict(LATE, message="Dawn and Jason Pike were not told; the Hall family moved.",
                             quote="RUBY HALL")]
    write_report(root, "Ruby Hall report.txt", data)
    out = tmp_path / "out"
    run(root, out, redact=True)
    line = json.loads((out / "results.jsonl").read_text(encoding="utf-8"))
    assert line["source"]["path"] == "Ruby Hall report.txt"  # file names stay
    assert line["grade_reasons"] == ["No words or observation for Child 2 (2).",
                                     "Father's views are missing; Child 1 was seen."]
    assert line["criteria"]["child_voice"]["evidence"][0]["quote"] == \
        "Child 1 said \"I like it when Mother's partner goes out\""
    assert line["findings"][0]["message"] == "Mother and Father were not told; the [name] family moved."
    assert line["findings"][0]["quote"] == "Child 1"
    assert [c["name"] for c in line["facts"]["children"]] == ["Child 1", "Child 2"]
    text = (out / "results.jsonl").read_text(encoding="utf-8").replace("Ruby Hall report.txt", "")
    for secret in ("Ruby", "Cody", "Dawn", "Pike", "Lee Grant", "Hall"):
        assert secret not in text
    html = unescape((out / "summary.html").read_text(encoding="utf-8")).replace("Ruby Hall report.txt", "")
    csv_text = (out / "summary.csv").read_text(encoding="utf-8-sig").replace("Ruby Hall report.txt", "")
    book = openpyxl.load_workbook(out / "summary.xlsx")
    cells = " ".join(str(c.value) for row in book["Reports"].iter_rows(min_row=2) for c in row[1:])
    for output in (html, csv_text, cells):
        assert "Child 2 (2)" in output and "Father's views" in output
        assert "Cody" not in output and "Pike" not in output and "Ruby" not in output


def test_empty_folder_writes_empty_outputs(tmp_path):
    (tmp_path / "in").mkdir()
    screening = run(tmp_path / "in", tmp_path / "out")
    assert screening.results == []
    assert (tmp_path / "out" / "results.jsonl").read_text() == ""
    assert "No report could be graded" in (tmp_path / "out" / "summary.html").read_text()


def test_reports_needing_attention_inadequate_first_then_missing_unshared_or_late(folder, tmp_path):
    screening = run(folder, tmp_path / "out")
    rows = [(a.file, a.flags, a.reasons) for a in needs_attention(screening.results)]
    assert rows == [
        ("sub/c_inadequate.txt", ["Inadequate", "Missing sections"], ["analysis is not_met"]),
        ("b_adequate.txt", ["Not shared with parents"], ["shared_with_parents is not_met", "child_voice is partial"]),
        ("d_late_good.md", ["Late"], ["The report was sent 1 working day before the conference."]),
    ]
