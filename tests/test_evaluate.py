"""`reportcheck evaluate`: the agreement measures, the labels file's errors, and the report a person reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportcheck.cli import main
from reportcheck.evaluate import confusion, quadratic_kappa
from reportcheck.screen import runner
from test_screen_fixtures import fake_check, result_data, write_report

GOOD = dict.fromkeys(("required_sections", "child_voice", "father_involvement", "analysis", "shared_with_parents"),
                     "met")


def test_quadratic_kappa_against_a_hand_computed_example():
    # rows: auditor inadequate/adequate/good; columns: checker. n = 10, row and column totals 3, 4, 3.
    # Weights (i-j)^2/4: observed weighted disagreement 1*0.25 + 1*0.25 + 1*1 = 1.5;
    # expected = sum of w_ij * r_i * c_j / n off the diagonal = 0.3+0.9+0.3+0.3+0.9+0.3 = 3.0; kappa = 1 - 1.5/3 = 0.5
    matrix = [[2, 1, 0], [0, 3, 1], [1, 0, 2]]
    assert quadratic_kappa(matrix) == pytest.approx(0.5)
    assert quadratic_kappa([[3, 0, 0], [0, 2, 0], [0, 0, 5]]) == pytest.approx(1.0)
    assert quadratic_kappa([[0, 0, 0], [0, 4, 0], [0, 0, 0]]) is None  # no spread: undefined, not perfect


def test_confusion_rows_are_labels_and_columns_predictions():
    pairs = [("good", "adequate"), ("good", "good"), ("inadequate", "good")]
    assert confusion(pairs, ("inadequate", "adequate", "good")) == [[0, 0, 1], [0, 0, 0], [0, 1, 1]]


@pytest.fixture
def labelled(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(runner, "_load_checker", lambda: fake_check)  # workers are forked and inherit it
    folder = tmp_path / "corpus"
    write_report(folder, "H01.txt", result_data("good", agency="police"))
    write_report(folder, "H02.txt", result_data(
        "adequate", agency="gp", statuses={"child_voice": "partial"}, reasons=["child_voice is partial"]))
    write_report(folder, "H03.txt", result_data(
        "good", agency="gp", template="none", statuses={"child_voice": "not_applicable"}, reasons=[],
        evidence={"analysis": ["Tom is at risk.", "He is safe now.", "A third quote."]}))
    write_report(folder, "H04.txt", "unreadable")
    (folder / "labels.yaml").write_text(f"""\
- file: H01.txt
  agency: police
  template: p8
  grade: good
  criteria: {json.dumps(GOOD)}
- file: H02.txt
  agency: gp
  template: p8
  grade: good
  criteria: {json.dumps(GOOD)}
  notes: auditor thought the child's words were enough
- file: H03.txt
  agency: school_primary
  template: p8
  grade: inadequate
  criteria: {json.dumps(GOOD | {"analysis": "not_met"})}
- file: H04.txt
  grade: adequate
  criteria: {json.dumps(GOOD)}
""")
    return folder


def test_json_report_of_a_small_labelled_folder(labelled):
    result = CliRunner().invoke(main, ["evaluate", str(labelled), "--format", "json", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["files"] == 4
    grade = report["grade"]
    assert (grade["correct"], grade["total"], grade["accuracy"]) == (1, 4, 0.25)
    # readable: good->good, good->adequate, inadequate->good
    assert grade["confusion"]["matrix"] == [[0, 0, 1], [0, 0, 0], [0, 1, 1]]
    assert grade["swaps"] == 1 and grade["kappa_over"] == 3
    assert grade["kappa"] == pytest.approx(quadratic_kappa([[0, 0, 1], [0, 0, 0], [0, 1, 1]]), abs=1e-4)
    voice = report["criteria"]["child_voice"]
    assert (voice["correct"], voice["total"]) == (2, 4)  # not_applicable counts as met; the unreadable is wrong
    assert voice["confusion"]["matrix"] == [[0, 0, 0], [0, 0, 0], [0, 1, 2]]
    assert report["criteria"]["analysis"]["correct"] == 2
    assert report["template"] == {"correct": 2, "total": 3, "accuracy": 0.6667}
    assert report["agency"] == {"correct": 2, "total": 3, "accuracy": 0.6667}  # labels never reach the checker
    wrong = {w["file"]: w for w in report["wrong"]}
    assert set(wrong) == {"H02.txt", "H03.txt"}
    assert wrong["H02.txt"]["grade"] == {"expected": "good", "got": "adequate", "reasons": ["child_voice is partial"]}
    assert wrong["H02.txt"]["criteria"] == [{"criterion": "child_voice", "expected": "met", "got": "partial",
                                             "reasons": ["child_voice reason"], "evidence": []}]
    assert wrong["H03.txt"]["template"] == {"expected": "p8", "got": "none"}
    assert wrong["H03.txt"]["criteria"] == [{"criterion": "analysis", "expected": "not_met", "got": "met",
                                             "reasons": [], "evidence": ["Tom is at risk.", "He is safe now."]}]
    assert report["unreadable"] == [{"file": "H04.txt", "code": "corrupt", "message": "the file is damaged"}]


def test_text_report_for_people(labelled):
    result = CliRunner().invoke(main, ["evaluate", str(labelled)])
    assert result.exit_code == 0
    out = result.output
    assert "Evaluated 4 labelled reports" in out and "(1 could not be read)" in out
    assert "Grade agreement: 1 of 4 (25.0%)" in out
    assert "Good/inadequate swaps: 1" in out
    assert "child_voice: 2 of 4 (50.0%); met found partial: 1" in out
    assert "grade: adequate, auditor good (child_voice is partial)" in out
    assert "template: none, auditor p8" in out
    # a criterion found met has no reason: the quotes it was met on show why
    assert 'analysis: met, auditor not_met (its evidence: "Tom is at risk."; "He is safe now.")' in out
    assert "H04.txt: corrupt: the file is damaged" in out


@pytest.mark.parametrize(("entry", "message"), [
    ("- file: H01.txt\n  grade: excellent\n  criteria: {}\n", "line 2: 0 -> grade"),
    ("- file: H01.txt\n  grade: good\n  criteria: {}\n- file: gone.docx\n  grade: good\n  criteria: "
     + json.dumps(GOOD) + "\n", "line 3: 0 -> criteria -> required_sections: Field required"),
    ("- file: gone.docx\n  grade: good\n  criteria: " + json.dumps(GOOD) + "\n", "line 1: gone.docx is not in"),
])
def test_bad_labels_are_usage_errors_naming_the_line(tmp_path, entry, message):
    (tmp_path / "H01.txt").write_text("x")
    (tmp_path / "labels.yaml").write_text(entry)
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
    assert message in result.output


def test_a_folder_without_labels_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "labels.yaml: not found" in result.output
