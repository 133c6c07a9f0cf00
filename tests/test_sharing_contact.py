"""shared_with_parents: the person the author rang, visited or met about the report is whom it went to, even when
the report never says that person is the mother or father (a first-name-only parent)."""

import pytest

from criteria_support import report
from reportcheck.criteria import sharing
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Ollie Brooks", age="2"), ChildFacts(name="Skye Brooks", age="7")]


def judge(text, role="plan"):
    return sharing.evaluate(report({role: ["Kerry-Ann has struggled with the morning routine.", text]},
                                   children=KIDS))


@pytest.mark.parametrize("text", [
    "Janet will ring Kerry-Ann to go through the report before the conference.",
    "I am due to visit Kerry-Ann on Friday to read the report with her.",
])
def test_a_planned_call_or_visit_to_a_first_named_parent_is_an_intention(text):
    criterion, findings = judge(text)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002" and findings[0].quote == text


def test_a_call_that_happened_records_the_share():
    criterion, _ = judge("I rang Kerry-Ann on 03/12/2025 and went through the whole report with her.")
    assert criterion.status == "met"
    assert criterion.evidence[0].quote.startswith("I rang Kerry-Ann")


@pytest.mark.parametrize("text", [
    "I will ring Skye to go through my part of the report with her.",  # a subject child, not a parent
    "I phoned Kerry-Ann on 03/12/2025 about the food bank voucher.",  # no report in it
])
def test_a_child_or_a_call_about_something_else_is_no_share(text):
    criterion, _ = judge(text)
    assert criterion.status == "not_met"
