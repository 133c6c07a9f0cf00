"""Sources named: information passed on must say who it came from."""

import pytest

from criteria_support import report
from reportcheck.criteria import sources


@pytest.mark.parametrize("text", [
    "It was reported that dad has been drinking again.",
    "Apparently the children were left alone overnight.",
    "Concerns have been raised about the state of the home.",
])
def test_unattributed_information_is_found_where_it_is(text):
    findings = sources.evaluate(report({"involvement": [text]}))
    assert [f.rule for f in findings] == ["RC-SOURCE-001"]
    assert findings[0].quote == text
    assert findings[0].location.section == "involvement"
    assert findings[0].severity == "info"


@pytest.mark.parametrize("text", [
    "It was reported by the school that Jack arrived hungry.",
    "Mum told me on 12/11/2025 that dad has been drinking again.",
    "According to the police, there were four call-outs in October.",
    "It was not reported to anyone at the time.",
])
def test_named_sources_and_denials_are_not_findings(text):
    assert sources.evaluate(report({"involvement": [text]})) == []


def test_a_habit_is_shown_by_the_first_few_only():
    findings = sources.evaluate(report({"involvement": ["Apparently the flat is cold."] * 6}))
    assert len(findings) == 3


def test_a_source_before_the_phrase_counts():
    assert sources.evaluate(report({"involvement": ["From the school's records, it is understood that Jack was "
                                                    "excluded twice."]})) == []
