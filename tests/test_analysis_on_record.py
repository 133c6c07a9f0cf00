"""analysis: a "risk assessment" named as a task, and concerns someone else raised, voice no worry of the author's."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Oscar Lane", age="5"), ChildFacts(name="Evie Lane", age="2")]
VISIT = "Officers attended the flat on 14/10/2025 after a call about shouting."


def judge(paragraphs):
    return analysis.evaluate(report({"analysis": paragraphs}, children=KIDS))


@pytest.mark.parametrize("record", [
    "Any risk assessment regarding the children will be completed by the social worker.",
    "Risk assessments for Oscar and Evie sit with Children's Social Care.",
    "Concerns about Oscar's bruising were raised by his class teacher in September.",
    "On one occasion a concern for the children was raised with police by a neighbour.",
    "Worries about Evie's weight have been raised by the health visitor twice this year.",
])
def test_a_task_or_a_concern_on_record_is_description(record):
    criterion, findings = judge([VISIT, record, "No further police action was taken."])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-ANALYSIS-001"


@pytest.mark.parametrize("worry", [
    "The risk to Oscar and Evie from the shouting at home is, in our assessment, serious.",
    "Oscar's bruising is a serious concern for his safety.",
])
def test_the_authors_own_worry_about_the_children_is_still_analysis(worry):
    criterion, findings = judge([VISIT, worry])
    assert criterion.status == "partial", criterion.reasons
    assert worry in [e.quote for e in criterion.evidence]
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]


def test_concerns_raised_by_others_and_then_weighed_by_the_author_count():
    raised = "Concerns about Oscar's bruising were raised by his class teacher in September."
    view = "In my view Oscar is likely to be hurt again unless his father's contact is supervised."
    criterion, findings = judge([raised, view])
    assert criterion.status == "partial", criterion.reasons
    assert view in [e.quote for e in criterion.evidence]
    assert "RC-ANALYSIS-001" not in [f.rule for f in findings]
