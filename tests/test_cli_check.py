"""`reportcheck check` as CONTRACT.md describes it: output formats, options passed through, exit codes. The
pipeline is replaced by a stand-in here; tests/test_cli_check_end_to_end.py runs the real one."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from click.testing import CliRunner
from grade_helpers import result

from reportcheck import check as pipeline
from reportcheck.cli import main
from reportcheck.errors import ENCRYPTED, ReportError
from reportcheck.result import ErrorInfo, Result, SourceInfo


@pytest.fixture
def calls(monkeypatch):
    """Stand-in for the pipeline: the grade comes from the file name ("good.txt"); "locked" cannot be read."""
    seen = []

    def run(path, **options):
        seen.append((str(path), options))
        if "locked" in path.name:
            return Result(source=SourceInfo(path=str(path)),
                          error=ErrorInfo(code=ENCRYPTED, message="The file is password-protected.")), None
        if "broken" in path.name:
            raise RuntimeError("a bug in a check")
        r = result(path.stem)
        r.source.path = str(path)
        return r, None

    monkeypatch.setattr(pipeline, "run", run)
    return seen


def invoke(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def test_json_is_one_object_for_one_file(calls):
    outcome = invoke("good.txt", "--format", "json")
    assert outcome.exit_code == 0
    data = json.loads(outcome.output)
    assert data["schema"] == "reportcheck/result/v1" and data["grade"] == "good" and data["source"]["path"] == "good.txt"


def test_json_is_an_array_in_argument_order_for_several(calls):
    outcome = invoke("inadequate.txt", "good.txt", "adequate.txt", "--format", "json")
    assert outcome.exit_code == 0
    assert [d["grade"] for d in json.loads(outcome.output)] == ["inadequate", "good", "adequate"]


def test_options_reach_the_pipeline(calls):
    outcome = invoke("good.txt", "--template", "signs-of-safety", "--agency", "gp", "--conference-date", "2025-11-18")
    assert outcome.exit_code == 0
    options = calls[0][1]
    assert (options["template"], options["agency"], options["conference_date"]) == ("signs-of-safety", "gp",
                                                                                     date(2025, 11, 18))
    assert options["config"].source is None  # no configuration beside the test files: the defaults


@pytest.mark.parametrize("grade, fail_under, code", [
    ("good", "good", 0), ("adequate", "good", 1), ("adequate", "adequate", 0), ("inadequate", "adequate", 1),
])
def test_fail_under(calls, grade, fail_under, code):
    assert invoke(f"{grade}.txt", "--fail-under", fail_under).exit_code == code


def test_unreadable_input_exits_3_and_the_others_are_still_checked(calls):
    outcome = invoke("good.txt", "locked.pdf", "adequate.txt", "--format", "json", "--fail-under", "good")
    assert outcome.exit_code == 3
    data = json.loads(outcome.output)
    assert [d.get("grade") for d in data] == ["good", None, "adequate"]
    assert data[1]["error"] == {"code": "encrypted", "message": "The file is password-protected."}
    assert set(data[1]) == {"schema", "source", "error"}


def test_a_check_that_breaks_is_reported_as_that_file_s_error(calls):
    outcome = invoke("broken.txt", "good.txt")
    assert outcome.exit_code == 3
    assert "broken.txt: could not be read (internal)" in outcome.output
    assert "(RuntimeError); please report the problem" in outcome.output
    assert "Grade: GOOD" in outcome.output


@pytest.mark.parametrize("args, words", [
    (["--format", "pdf"], "'pdf' is not one of 'text', 'json', 'html'"),
    (["--conference-date", "18/11/2025"], "'18/11/2025' does not match the format '%Y-%m-%d'"),
    (["--fail-under", "excellent"], "'excellent' is not one of 'good', 'adequate'"),
    (["--agency", "teacher"], "'teacher' is not one of"),
    (["--template", "p9"], "unknown template 'p9'; known templates: assessment-framework, p8, signs-of-safety"),
])
def test_usage_errors_exit_2_with_a_plain_message(calls, args, words):
    outcome = invoke("good.txt", *args)
    assert outcome.exit_code == 2
    assert words in outcome.output
    assert calls == []


def test_no_file_is_a_usage_error(calls):
    outcome = invoke()
    assert outcome.exit_code == 2 and "Missing argument 'FILES...'" in outcome.output


def test_text_is_plain_when_not_on_a_terminal(calls):
    outcome = invoke("adequate.txt")
    assert outcome.exit_code == 0
    assert outcome.output.splitlines()[2] == "Grade: ADEQUATE"
    assert "\x1b[" not in outcome.output


def test_html_and_out_file(calls, tmp_path):
    out = tmp_path / "report.html"
    outcome = invoke("adequate.txt", "--format", "html", "--out", str(out))
    assert outcome.exit_code == 0 and outcome.output == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "adequate.txt" in page


def test_print_schema(calls):
    outcome = CliRunner().invoke(main, ["check", "--print-schema"])
    assert outcome.exit_code == 0
    assert json.loads(outcome.output)["$id"] == "reportcheck/result/v1"


def test_configuration_is_found_beside_the_report_and_errors_exit_2(calls, tmp_path):
    (tmp_path / "reportcheck.toml").write_text('disabled_rules = ["RC-ID-001"]\n')
    report = tmp_path / "good.txt"
    assert invoke(str(report)).exit_code == 0
    assert calls[0][1]["config"].disabled_rules == ["RC-ID-001"]
    (tmp_path / "reportcheck.toml").write_text('disabled_rules = ["RC-NOTHING-001"]\n')
    outcome = invoke(str(tmp_path / "good2.txt"))
    assert outcome.exit_code == 2
    assert "reportcheck.toml: disabled_rules: unknown rule 'RC-NOTHING-001'" in outcome.output


def test_given_config_file(calls, tmp_path):
    path = tmp_path / "partnership.toml"
    path.write_text('disabled_rules = ["RC-HIST-001"]\n')
    assert invoke("good.txt", "--config", str(path)).exit_code == 0
    assert calls[0][1]["config"].disabled_rules == ["RC-HIST-001"]


def test_a_file_over_the_time_limit_is_a_timeout(monkeypatch, tmp_path):
    def slow(path, **options):
        time.sleep(5)
        raise AssertionError("not stopped")

    monkeypatch.setattr(pipeline, "run", slow)
    (tmp_path / "reportcheck.toml").write_text("[limits]\nseconds = 0.2\n")
    outcome = invoke(str(tmp_path / "slow.txt"), "--format", "json")
    assert outcome.exit_code == 3
    assert json.loads(outcome.output)["error"]["code"] == "timeout"


def test_report_error_raised_by_the_pipeline_is_reported(monkeypatch):
    def refuses(path, **options):
        raise ReportError(ENCRYPTED, "The file is password-protected.")

    monkeypatch.setattr(pipeline, "run", refuses)
    outcome = invoke("x.docx", "--format", "json")
    assert outcome.exit_code == 3 and json.loads(outcome.output)["error"]["code"] == "encrypted"


def test_a_broken_template_folder_is_a_usage_error_naming_it(tmp_path):
    (tmp_path / "reportcheck.toml").write_text('profile_dirs = ["forms"]\n')
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "ours.yaml").write_text("id: ours\ntitle: Ours\nsections: []\n")
    report = tmp_path / "report.txt"
    report.write_text("Report to conference.\n")
    outcome = invoke(str(report))
    assert outcome.exit_code == 2
    assert "ours.yaml" in outcome.output and "sections" in outcome.output
    assert invoke(str(report), "--template", "ours").exit_code == 2
