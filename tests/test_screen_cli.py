"""`reportcheck screen` as a user runs it: exit codes, messages and where outputs go."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from reportcheck.cli import main
from reportcheck.screen import runner
from test_screen_fixtures import fake_check, result_data, write_report


@pytest.fixture(autouse=True)
def stand_in_checker(monkeypatch):
    monkeypatch.setattr(runner, "_load_checker", lambda: fake_check)  # workers are forked and inherit it


def test_all_read_exits_0_and_writes_to_reportcheck_out_in_the_current_folder(tmp_path, monkeypatch):
    write_report(tmp_path / "in", "a.txt", result_data("good"))
    write_report(tmp_path / "in", "b.txt", result_data("inadequate"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["screen", "in", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "Checked 2 files: 1 good, 0 adequate, 1 inadequate, 0 could not be read." in result.output
    assert sorted(p.name for p in (tmp_path / "reportcheck-out").iterdir()) == [
        "results.jsonl", "summary.csv", "summary.html", "summary.xlsx"]
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["a.txt", "b.txt"]


def test_an_unreadable_file_exits_3_and_the_others_are_still_checked(tmp_path):
    write_report(tmp_path / "in", "a.txt", result_data("good"))
    write_report(tmp_path / "in", "b.txt", "junk")
    out = tmp_path / "o"
    result = CliRunner().invoke(main, ["screen", str(tmp_path / "in"), "--out", str(out), "--agency", "housing"])
    assert result.exit_code == 3
    assert "1 good, 0 adequate, 0 inadequate, 1 could not be read" in result.output
    assert '"agency":"housing"' in (out / "results.jsonl").read_text().splitlines()[0]


def test_usage_errors_exit_2(tmp_path):
    missing = CliRunner().invoke(main, ["screen", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "does not exist" in missing.output
    bad_agency = CliRunner().invoke(main, ["screen", str(tmp_path), "--agency", "plumber"])
    assert bad_agency.exit_code == 2
    bad_jobs = CliRunner().invoke(main, ["screen", str(tmp_path), "--jobs", "0"])
    assert bad_jobs.exit_code == 2
