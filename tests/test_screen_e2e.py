"""`reportcheck screen` end to end with the real checker: real reports of each grade, a damaged file, redaction."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportcheck.cli import main

GOOD = """\
# Report to Initial Child Protection Conference

Agency: Oakfield Primary School
Author: Sarah Jones, Designated Safeguarding Lead
Date of report: 10/11/2025
Conference date: 18/11/2025
Child: Ruby Hall, date of birth 02/04/2016

## 1. Details of service involvement
Ruby has attended Oakfield Primary School since September 2020 and is in Year 5. I am the Designated Safeguarding Lead and have met Ruby weekly since March 2025 after staff noticed bruising to her arm. The school has made two referrals to children's social care, on 4 March 2025 and 2 October 2025.

## 2. Child's health and development
Ruby is a bright pupil who is working at the expected standard in reading and maths. Her attendance this term is 86%, and she has arrived late eleven times, often saying she has had no breakfast. She has been seen by the school nurse about headaches.

## 3. Capacity of the parents/carers to safeguard and promote the child's welfare
Mother, Dawn Hall, attends parents' evenings and has engaged with the school's early help plan. Father, Jason Pike, lives in the family home. I spoke to Mr Pike by telephone on 6 November 2025; he said he works nights and does not see the mornings, and agreed to attend a meeting, which he then did not attend.

## 4. Family and environmental factors
The family lives in a two-bedroom flat. Mother told me that money is tight since Mr Pike's hours were cut, and police attended the home in September 2025 after neighbours reported shouting.

## 5. Analysis of implications for the child's future safety, health and development
Ruby's late arrivals and hunger mean her basic needs are not consistently met, and this is affecting her learning and concentration. The shouting Ruby describes is likely to leave her anxious; she has told us she is frightened at night. Weighed against these risks, there are strengths: her mother is warm, engages with school and has followed the early help plan, and this is a protective factor for Ruby. In my professional view, without a plan that addresses the conflict at home, Ruby is at risk of continued emotional harm and neglect of her basic care.

## 6. Parent/carer views
Mother said she wants help for the family and agrees that the mornings are hard. Father said he thinks the school is making too much of Ruby being late.

## 7. Child/ren's views
Ruby told me on 3 November 2025: "I don't like it when Dad shouts at Mum. I hide under my covers." She said she likes school because "my teacher is kind and I get toast".

## 8. Need identified and service provision
Ruby needs a settled morning routine, breakfast and a safe home free from conflict. The school will continue breakfast club and weekly sessions with the Designated Safeguarding Lead.

This report was shared with Dawn Hall and Jason Pike at a meeting in school on 12/11/2025.
"""
NOT_SHARED = GOOD.replace("This report was shared with Dawn Hall and Jason Pike at a meeting in school on 12/11/2025.",
                          "")
LETTER = """\
Dear Chair,

I am writing about Tyler Smith. He is registered with our practice. He was seen for a cough in June. His mother brings him to appointments.

Yours faithfully,
Dr A Brown, GP
"""


@pytest.fixture(scope="module")
def screened(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("incoming")
    (folder / "school").mkdir()
    (folder / "school" / "oakfield.md").write_text(GOOD, encoding="utf-8")
    (folder / "school" / "oakfield-draft.md").write_text(NOT_SHARED, encoding="utf-8")
    (folder / "gp-letter.txt").write_text(LETTER, encoding="utf-8")
    (folder / "police.docx").write_bytes(b"PK\x03\x04 this is not really a Word file")
    return folder, tmp_path_factory.mktemp("out")


def _rows(out: Path) -> dict[str, dict]:
    with open(out / "summary.csv", encoding="utf-8-sig", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


def test_each_report_gets_its_row_and_the_damaged_file_an_error(screened):
    folder, out = screened
    result = CliRunner().invoke(main, ["screen", str(folder), "--out", str(out), "--jobs", "2"])
    assert result.exit_code == 3, result.output
    assert "Checked 4 files: 1 good, 1 adequate, 1 inadequate, 1 could not be read." in result.output
    rows = _rows(out)
    assert list(rows) == ["gp-letter.txt", "police.docx", "school/oakfield-draft.md", "school/oakfield.md"]
    assert (rows["school/oakfield.md"]["grade"], rows["school/oakfield.md"]["agency"]) == ("good", "school_primary")
    draft = rows["school/oakfield-draft.md"]
    assert (draft["grade"], draft["shared_with_parents"]) == ("adequate", "not_met")
    assert (rows["gp-letter.txt"]["grade"], rows["gp-letter.txt"]["required_sections"]) == ("inadequate", "not_met")
    assert rows["police.docx"]["error_code"] == "corrupt" and rows["police.docx"]["grade"] == ""
    results = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert results[3]["source"]["path"] == "school/oakfield.md"
    assert results[3]["facts"]["children"][0]["name"] == "Ruby Hall"


def test_redacted_outputs_name_roles_not_people(screened, tmp_path):
    folder, _ = screened
    out = tmp_path / "board"
    result = CliRunner().invoke(main, ["screen", str(folder), "--out", str(out), "--jobs", "2", "--redact"])
    assert result.exit_code == 3
    results = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    good = results[3]
    assert good["facts"]["children"][0]["name"] == "Child 1"
    assert {p["name"] for p in good["facts"]["family"]} == {"Mother", "Father"}
    quotes = " ".join(e["quote"] for c in good["criteria"].values() for e in c["evidence"])
    assert "Child 1" in quotes
    oakfield = [line for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
                if "oakfield" in line]
    csv_rows = [str(row) for file, row in _rows(out).items() if "oakfield" in file]
    html = (out / "summary.html").read_text(encoding="utf-8")
    assert len(oakfield) == 2 and len(csv_rows) == 2
    for text in (*oakfield, *csv_rows, html):
        for secret in ("Ruby", "Dawn", "Jason", "Pike", "Hall"):
            assert secret not in text, secret
