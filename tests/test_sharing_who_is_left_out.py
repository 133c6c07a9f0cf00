"""shared_with_parents: a child named beside a parent does not make 'both parents'; a father the report says is out
of the child's life is not left out by a line saying the report has not reached him."""

import pytest

from criteria_support import report
from reportcheck.criteria import sharing
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Freya Doherty", age="15")]
FAMILY = [Person(name="Siobhan Doherty", relation="mother"), Person(name="Martin Doherty", relation="father")]
SHARED = "I went through this report with Freya and Siobhan at clinic on 26/02/2026."


def judge(sections):
    return sharing.evaluate(report(sections, children=KIDS, family=FAMILY))


def test_the_child_and_her_mother_are_not_both_parents_and_the_involved_father_is_left_out():
    not_yet = "I have not yet been able to share it with Martin: I will send it when he confirms his email address."
    criterion, findings = judge({"parent_views": ["Martin told me by phone on 24/02/2026 that he wants Freya to stay "
                                                  "with him more often."],
                                 "sharing": [SHARED, not_yet]})
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-SHARE-006"] and findings[0].quote == not_yet


def test_two_parents_named_together_are_both():
    criterion, findings = judge({"sharing": ["I went through this report with Siobhan and Martin at home on "
                                             "26/02/2026."]})
    assert (criterion.status, findings) == ("met", [])


@pytest.mark.parametrize("absent", [
    "Her father, Martin Doherty, has had no contact with Freya for about four years.",
    "Martin's whereabouts are not known; he has had no contact with Freya since 2021.",
])
def test_a_father_out_of_the_childs_life_is_not_left_out(absent):
    criterion, findings = judge({"worries": [absent],
                                 "sharing": [SHARED, "I have not been able to share it with Martin despite the "
                                                     "attempts above."]})
    assert (criterion.status, findings) == ("met", [])


def test_a_father_at_home_not_told_is_left_out():
    criterion, findings = judge({"household": ["Martin is Freya's father and lives in the home."],
                                 "sharing": ["I discussed the content of this report with Siobhan at the home visit "
                                             "on 23/02/2026 and she agreed with it.", "It has not been discussed "
                                                                                      "with Martin."]})
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-006"
