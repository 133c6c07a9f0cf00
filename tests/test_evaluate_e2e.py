"""`reportcheck evaluate` with the real checker on a small labelled folder."""

from __future__ import annotations

import json

from click.testing import CliRunner

from reportcheck.cli import main
from test_screen_e2e import GOOD, LETTER

MET = dict.fromkeys(("required_sections", "child_voice", "father_involvement", "analysis", "shared_with_parents"),
                    "met")


def test_agreement_on_a_good_report_and_a_bare_letter(tmp_path):
    (tmp_path / "school.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "labels.yaml").write_text(
        f"- file: school.md\n  agency: school_primary\n  template: p8\n  grade: good\n  criteria: {json.dumps(MET)}\n"
        "- file: letter.txt\n  agency: gp\n  template: none\n  grade: inadequate\n"
        f"  criteria: {json.dumps(dict.fromkeys(MET, 'not_met'))}\n")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--format", "json", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["grade"]["confusion"]["matrix"] == [[1, 0, 0], [0, 0, 0], [0, 0, 1]]
    assert (report["grade"]["accuracy"], report["grade"]["kappa"], report["grade"]["swaps"]) == (1.0, 1.0, 0)
    assert report["template"]["accuracy"] == 1.0 and report["agency"]["accuracy"] == 1.0
    assert report["wrong"] == [] and report["unreadable"] == []
