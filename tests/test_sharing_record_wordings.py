"""shared_with_parents: a "Shared:" line outside the sharing section, a family support worker who is not the family,
a pronoun that says who has not had the report, and "with her" after naming the mother."""

import pytest

from criteria_support import report
from reportcheck.criteria import sharing
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Ellie Payne", age="6")]
FAMILY = [Person(name="Kim Payne", relation="mother"), Person(name="Ross Payne", relation="father")]
DAD_SEEN = "Ross told me on 02/03/2026 that he wants to keep having Ellie every weekend."


def judge(sections):
    return sharing.evaluate(report(sections, children=KIDS, family=FAMILY))


def test_a_shared_line_in_the_plan_section_is_a_record():
    line = "Shared: read through with Kim and Ross at home on 03/03/2026, copy left."
    criterion, findings = judge({"plan": ["Weekly visits by the family worker.", line]})
    assert (criterion.status, findings) == ("met", [])
    assert criterion.evidence[0].quote == line


def test_a_family_support_worker_present_is_not_the_family():
    line = "Shared with Mrs Payne at school on 03/03/2026, with the family support worker present."
    criterion, findings = judge({"parent_views": [DAD_SEEN], "sharing": [line]})
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003" and "Ross Payne (father)" in findings[0].message


def test_shared_with_the_family_is_both_parents():
    criterion, findings = judge({"parent_views": [DAD_SEEN],
                                 "sharing": ["Shared with the family at home on 03/03/2026."]})
    assert (criterion.status, findings) == ("met", [])


def test_he_has_not_received_it_leaves_the_father_out_after_attempts():
    tail = ("I rang Mr Payne twice and emailed him asking him to call me; he has still not received the report.")
    criterion, findings = judge({"parent_views": [DAD_SEEN],
                                 "sharing": ["I went through the report with Kim at home on 03/03/2026.", tail]})
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-006" and findings[0].quote == tail


def test_her_own_comment_after_a_share_leaves_no_one_out():
    line = ("I went through the report with Kim and Ross on 03/03/2026 and left a copy; she wanted it noted that she "
            "does not agree with the school's account.")
    criterion, findings = judge({"sharing": [line]})
    assert (criterion.status, findings) == ("met", [])


@pytest.mark.parametrize("plan", [
    "I will go through it with her when she collects Ellie on Friday.",
    "We will read it with her when she brings Ellie in tomorrow.",
])
def test_with_her_after_naming_mum_is_an_intention_to_share_with_mum(plan):
    criterion, findings = judge({"sharing": ["This report has not yet been shared with mum. " + plan]})
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002" and findings[0].quote == plan


def test_with_her_after_naming_dad_is_not_the_mother():
    criterion, findings = judge({"sharing": ["This report has not yet been shared with dad. Ellie is too young for it "
                                             "to be shared with her."]})
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-SHARE-006"


def test_shared_with_the_father_when_the_mother_has_died_leaves_no_one_out():
    criterion, findings = judge({"household": ["Ellie has lived with her father since her mother, Kim, died in 2022."],
                                 "sharing": ["I went through the report with Mr Payne at clinic on 03/03/2026."]})
    assert (criterion.status, findings) == ("met", [])


def test_shared_with_the_father_only_leaves_a_living_mother_out():
    criterion, findings = judge({"household": ["Ellie lives with her father and sees her mother, Kim, at weekends."],
                                 "sharing": ["I went through the report with Mr Payne at clinic on 03/03/2026."]})
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003" and "the mother" in findings[0].message


def test_not_present_and_not_seen_the_report_in_the_plan_leaves_the_father_out():
    tail = "Ross was not present and has not seen the report."
    criterion, findings = judge({"parent_views": [DAD_SEEN],
                                 "plan": ["I went through this report with Kim by telephone on 03/03/2026.", tail]})
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-006" and findings[0].quote == tail


def test_a_sharing_label_before_a_plan_is_an_intention():
    line = ("Sharing this report: I will go through this report with Kim at home on Monday 02/03/2026 and will send "
            "a copy to Mr Payne by email once I have confirmed his address.")
    criterion, findings = judge({"plan": [line]})
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-002" and findings[0].quote == line


def test_a_shared_with_label_answered_with_whom_and_when_is_a_record():
    line = "Shared with: Ms Kim Payne (mother) and Mr Ross Payne (father), 27/02/2026, in person at home."
    criterion, findings = judge({"plan": [line]})
    assert (criterion.status, findings) == ("met", [])


def test_the_authors_own_lack_of_contact_is_no_reason_to_leave_the_mother_out():
    tail = ("I have no contact with Ms Payne and have not shared the report with her; I have asked the social worker "
            "to pass her a copy.")
    criterion, findings = judge({"sharing": ["I went through this report with Mr Payne at the office on 03/03/2026.",
                                             tail]})
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-006" and findings[0].quote == tail


def test_a_mother_with_no_contact_with_the_child_is_not_left_out():
    criterion, findings = judge({"sharing": ["I went through this report with Mr Payne at the office on 03/03/2026.",
                                             "It has not been shared with Ms Payne, who has no contact with Ellie "
                                             "and whose address is not known."]})
    assert (criterion.status, findings) == ("met", [])
