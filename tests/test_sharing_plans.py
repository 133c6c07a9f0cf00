"""shared_with_parents: a share still being planned, and dates that belong to a sentence saying it was not shared."""

from datetime import date

import pytest

from criteria_support import report
from reportcheck.criteria import sharing
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Amir Kaur", age="9")]
CONFERENCE = date(2026, 3, 6)


def judge(paragraphs, **kw):
    return sharing.evaluate(report({"sharing": paragraphs}, children=KIDS, conference=CONFERENCE, **kw))


def test_a_visit_booked_after_the_conference_to_share_it_is_not_met():
    # the form's share date was read from the dates of the sick leave: it is not a share
    later = "A visit is scheduled for 12 March 2026 to read it with them."
    criterion, findings = judge(["I could not go through the report with Mr and Mrs Kaur before the conference as I "
                                 "was off sick (01/03/2026 to 05/03/2026).", later], shared=date(2026, 3, 1))
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-005"
    assert findings[0].quote == later
    assert "12/03/2026" in criterion.reasons[0] and "06/03/2026" in criterion.reasons[0]


def test_a_visit_booked_before_the_conference_to_share_it_is_only_an_intention():
    text = "I have organised a home visit on 2 March 2026 to talk through the report with both parents."
    criterion, findings = judge([text])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002"
    assert findings[0].quote == text


@pytest.mark.parametrize("text", [
    "I arranged a home visit and went through the report with both parents on 02/03/2026.",
    "Mum and Dad asked for a copy, which I sent to them by email on 02/03/2026.",
    "I was able to read the report with both parents at home on 02/03/2026.",
])
def test_a_plan_word_that_does_not_plan_the_share_leaves_it_shared(text):
    criterion, findings = judge([text])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text
