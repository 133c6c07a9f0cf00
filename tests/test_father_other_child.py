"""father_involvement: no contact with a child who is not a subject of the report ("another child", "his children
from a previous relationship") is not his absence from these children. Read as one, it made an engaged father look
out of the children's life, so a report not shared with him did not count as leaving him out."""

import pytest

from criteria_support import report
from reportcheck.criteria import father, sharing
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Poppy Lane", age="2")]
FAMILY = [Person(name="Kerry Lane", relation="mother"), Person(name="Jake Moss", relation="father")]
SEEN = "I met Poppy's father, Jake Moss, at the home on 3 January and he told me he wants to help."
SHARED = "I went through this report with Kerry at home on 10/02/2026 and gave her a copy."
NOT_HIM = "Jake was not at the visit, so I have not shared it with him."


def judge(other, criterion=sharing):
    return criterion.evaluate(report({"family_environment": [SEEN, other], "sharing": [SHARED, NOT_HIM]},
                                     children=KIDS, family=FAMILY))


@pytest.mark.parametrize("other", [
    "Jake has another child, aged 9, with whom he has no contact.",
    "Jake has two older children from a previous relationship and has lost contact with them.",
    "Jake is not in contact with his other son, who lives in Wales.",
])
def test_no_contact_with_another_child_leaves_an_engaged_father_involved(other):
    fathers = father.fathers(report({"family_environment": [SEEN, other]}, children=KIDS, family=FAMILY))
    assert [(f.label, [s.text for s in f.absence]) for f in fathers] == [("Jake Moss (father)", [])]
    criterion, findings = judge(other)
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-SHARE-006"] and findings[0].quote == NOT_HIM
    assert father.evaluate(report({"family_environment": [SEEN, other]}, children=KIDS,
                                  family=FAMILY))[0].status == "met"


@pytest.mark.parametrize("other", [
    # the subject child named beside the other: still his absence from her
    "Jake has had no contact with Poppy or his other children since 20 January.",
    # no other child: his absence from these children
    "Jake has had no contact with the family since 20 January.",
])
def test_no_contact_that_takes_in_the_subject_child_is_still_his_absence(other):
    fathers = father.fathers(report({"family_environment": [SEEN, other]}, children=KIDS, family=FAMILY))
    assert [s.text for s in fathers[0].absence] == [other]
    criterion, findings = judge(other)
    assert (criterion.status, findings) == ("met", [])


def test_a_father_with_no_contact_with_another_child_and_nothing_else_is_only_a_mention():
    text = "Poppy's father is Jake Moss. Jake has another child, aged 9, with whom he has no contact."
    criterion, findings = father.evaluate(report({"family_environment": [text]}, children=KIDS, family=FAMILY))
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-FATHER-002"] and "Jake Moss" in findings[0].message
