"""father_involvement: a records check that found nothing ("no trace on police systems") says what the agency holds,
not why the father is absent, and a town written before "address" beside "father" is not his name."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts
from test_facts import facts_of

KIDS = [ChildFacts(name="Ruby Hall", age="7")]


def judge(text):
    return father.evaluate(report({"family_environment": [text]}, children=KIDS))


@pytest.mark.parametrize("text", [
    "Liam HALL (DOB 02/02/1990), Ruby's father, Leeds address - no trace on police systems.",
    "Ruby's father is Liam Hall; there is no police trace of him in this force area.",
    "Checks were made on Liam Hall, Ruby's father, and there was no trace.",
])
def test_a_records_check_that_found_nothing_is_only_a_mention(text):
    criterion, findings = judge(text)
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-FATHER-002"]
    assert "Liam" in findings[0].message and "Leeds" not in findings[0].message
    assert findings[0].quote == text


@pytest.mark.parametrize("text", [
    "Ruby's father, Liam Hall, has not been seen since 2022; attempts to trace him through his last address failed.",
    "Police found no trace of Ruby's father on their systems and his whereabouts are unknown to Mum.",
    "We asked the DWP to trace Ruby's father, Liam Hall, and they found no current address.",
])
def test_attempts_to_trace_him_or_unknown_whereabouts_still_explain_his_absence(text):
    criterion, findings = judge(text)
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text
    assert findings == []


def test_a_town_before_address_is_not_a_fathers_name_in_the_facts():
    facts = facts_of("Child: Ruby Hall (DOB 02/04/2018)", "Ruby's father, Leeds address, has had no contact.")
    assert all(p.name != "Leeds" for p in facts.family)


def test_a_name_after_father_is_still_read_into_the_facts():
    facts = facts_of("Child: Ruby Hall (DOB 02/04/2018)", "Ruby's father, Liam Hall lives in Leeds.")
    assert ("Liam Hall", "father") in [(p.name, p.relation) for p in facts.family]
