"""father_involvement: "no involvement" or "not involved" with the family explains a father's absence as "no contact"
does; with something else ("no involvement with drugs") or a service's records ("not involved with our service") it
says nothing of why he is absent, and a plan or a maybe ("should be involved") is not an absence."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Ruby Hall", age="7")]


def judge(text):
    return father.evaluate(report({"family_environment": [text]}, children=KIDS))


@pytest.mark.parametrize("text", [
    "Ruby's father, Mr Liam Hall, has had no involvement with the household since 2020, Ms Hall tells me.",
    "Ruby's dad is not involved in Ruby's life and lives in Cardiff.",
    "According to Mum, Ruby's father has not been involved with the family since Ruby was a baby.",
])
def test_no_involvement_with_the_family_explains_his_absence(text):
    criterion, findings = judge(text)
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text
    assert findings == []


@pytest.mark.parametrize("text", [
    "Ruby's father, Mr Liam Hall, lives nearby and has no involvement with drugs or crime.",
    "Ruby's father, Mr Liam Hall, has had no involvement with our service.",
    "Ruby's father, Mr Liam Hall, lives nearby and is not involved in offending.",
    "Ruby's father, Mr Liam Hall, should be involved with the family plan.",
])
def test_no_involvement_in_something_else_is_only_a_mention(text):
    criterion, findings = judge(text)
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-FATHER-002"]
    assert "Liam Hall" in findings[0].message
    assert findings[0].quote == text
