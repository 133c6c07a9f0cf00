"""father_involvement: "Father" written as a role before a full name ending on the children's surname ("Father Dean
MARSH stated in interview", as police write it) is the father; before any other name it is still a priest ("Father
O'Brien", "Father Michael Kelly"), and a man with their surname whom the report calls the parish priest is the
priest."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Mia MARSH", age="5"), ChildFacts(name="Alfie MARSH", age="2")]


def judge(*paragraphs):
    return father.evaluate(report({"involvement": list(paragraphs)}, children=KIDS))


def test_a_role_before_a_name_with_the_childrens_surname_is_the_father():
    criterion, findings = judge("Father Dean MARSH stated in interview that he had left the gate open.")
    assert criterion.status == "met", criterion.reasons
    assert findings == []
    assert criterion.evidence[0].quote == "Father Dean MARSH stated in interview that he had left the gate open."


def test_the_role_named_father_with_nothing_of_his_is_partial():
    criterion, findings = judge("Father Dean MARSH has a caution for criminal damage (2019).")
    assert criterion.status == "partial"
    assert "Dean MARSH (father)" in findings[0].message


@pytest.mark.parametrize("line", ["Father Michael Kelly, the parish priest, said the family attend mass weekly.",
                                  "Father O'Brien said he visits the family at home.",
                                  "Father Sean MARSH, the parish priest, said he visits Mum weekly.",
                                  "Father Christmas visited the nursery and Mia said he was scary."])
def test_a_priest_or_father_christmas_is_still_no_father(line):
    criterion, findings = judge(line)
    assert criterion.status == "not_met"
    assert "does not mention the father of Mia MARSH (5), Alfie MARSH (2) or any male carer" in findings[0].message
