"""`reportcheck extract`: what a user sees for good and bad files, and the exit code."""

from __future__ import annotations

import json

from click.testing import CliRunner

from builders import make_docx
from reportcheck.cli import main


def test_text_output_shows_kinds_locations_and_style(tmp_path):
    path = make_docx(tmp_path / "r.docx", [("heading1", "2. Child's health"), ("para", "Ruby is well."),
                                             ("form", [["Child's views", "She is happy."]])],
                     header="OFFICIAL")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == f"== {path} (docx, 4 blocks)"
    assert lines[1] == 'p1  heading(1)  bold  14pt  [heading 1]  "2. Child\'s health"'
    assert lines[2] == 'p2  paragraph  11pt  [Normal]  "Ruby is well."'
    assert lines[3].startswith("p3  table 1 r1 c1  table_cell  label of p4  bold")
    assert lines[5] == "-- page headers and footers (never counted as content)"
    assert lines[6].startswith("f1  ") and lines[6].endswith('"OFFICIAL"')


def test_bad_file_reports_on_stderr_and_others_still_print(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("1. Details\nWe visited.\n")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", str(bad), str(good)])
    assert result.exit_code == 3
    assert result.stderr == f"{bad}: error empty: this file is empty (0 bytes)\n"
    assert 'p1  heading(1)  "1. Details"' in result.stdout


def test_json_output_is_the_document_model(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("# Report\n\nText.\n")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(good)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"]["format"] == "md"
    assert [(b["kind"], b["text"], b["location"]["paragraph"]) for b in data["blocks"]] == [
        ("heading", "Report", 1), ("paragraph", "Text.", 2)]
    missing = CliRunner().invoke(main, ["extract", "--format", "json", str(good),
                                                        str(tmp_path / "none.pdf")])
    assert missing.exit_code == 3
    both = json.loads(missing.stdout)
    assert both[1]["error"]["code"] == "not_found" and both[0]["source"]["format"] == "md"
