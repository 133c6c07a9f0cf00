"""`reportcheck rules list` and `reportcheck rules explain RULE_ID`."""

from __future__ import annotations

from click.testing import CliRunner

from reportcheck.cli import main
from reportcheck.rulepack import registry


def invoke(*args: str):
    return CliRunner().invoke(main, ["rules", *args])


def test_list_shows_every_rule_with_level_criterion_and_title():
    outcome = invoke("list")
    assert outcome.exit_code == 0
    lines = outcome.output.splitlines()
    assert len(lines) == len(registry().rules)
    voice = next(line for line in lines if line.startswith("RC-VOICE-001 "))
    assert voice.split()[1:3] == ["error", "child_voice"] and voice.endswith("A child's voice is missing")
    time = next(line for line in lines if line.startswith("RC-TIME-001 "))
    assert time.split()[1:3] == ["warning", "secondary"] and time.endswith("The report is late for the conference")
    assert lines == sorted(lines)


def test_explain_gives_why_triggers_and_an_example():
    outcome = invoke("explain", "rc-plain-001")
    assert outcome.exit_code == 0
    text = outcome.output
    assert text.startswith("RC-PLAIN-001: An acronym is not explained at first use\n")
    assert "Level: info\nCriterion: none (a secondary check)" in text
    assert "Why it matters:\n  Reports are shared with parents before the conference" in text
    assert "What triggers it:\n  The first use of a known acronym" in text
    assert "Before:\n  Ruby was referred to CAMHS in May." in text
    assert "After:\n  Ruby was referred to CAMHS (Child and Adolescent Mental Health Services) in May." in text


def test_explain_unknown_rule_exits_2_with_the_closest_ids():
    outcome = invoke("explain", "RC-SEEN-01")
    assert outcome.exit_code == 2
    assert "there is no rule 'RC-SEEN-01'. Did you mean RC-SEEN-001" in outcome.output
    far = invoke("explain", "nonsense")
    assert far.exit_code == 2 and "See `reportcheck rules list`." in far.output
