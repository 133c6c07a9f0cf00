"""father_involvement: who the report says is, or is not, the child's father (a denial, "her own dad", a relative
clause), and the mother's partner who is also the father."""

import pytest

from criteria_support import report
from reportcheck.criteria import father, sharing
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Ruby Hall", age="7")]


def judge(paragraphs):
    return father.evaluate(report({"family_environment": paragraphs}, children=KIDS))


@pytest.mark.parametrize("text", [
    "Mum's former boyfriend, who she met in 2019, is not Ruby's father and has no contact with her.",
    "The man who was arrested is not the father of the child.",
    "Mum's own dad lives nearby and sees Ruby every Sunday.",
    "Ms Hall's own father has offered to help with the school run.",
])
def test_a_man_said_not_to_be_the_father_or_the_mothers_own_dad_is_not_a_father(text):
    criterion, findings = judge([text])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-FATHER-001"


@pytest.mark.parametrize("text", [
    "Ruby's father has no contact with her and his whereabouts are not known.",
    "Ruby's own dad has not seen her since 2022 and his address is unknown.",
])
def test_the_childs_father_still_counts(text):
    criterion, _ = judge([text])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text


def test_a_name_before_a_relative_clause_is_the_father():
    text = "Ms Hall shares the house with Aaron BLAKE (DOB 03/05/1996), who is the father of Ruby."
    criterion, findings = judge([text])
    assert criterion.status == "partial"
    assert "Aaron BLAKE" in criterion.reasons[0]
    assert findings[0].quote == text
    assert len(findings) == 1  # one man, not also an unnamed "father of Ruby"


def _share(household, shared):
    return sharing.evaluate(report({"family_environment": household, "sharing": shared}, children=KIDS))


def test_shared_with_the_mother_only_when_the_father_is_her_partner_is_partial():
    criterion, findings = _share(["Ms Hall lives with her partner, Aaron Blake, who is the father of Ruby."],
                                 ["I went through this report with Ms Hall at home on 12/03/2026."])
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-003"
    assert "Aaron Blake" in criterion.reasons[0]


@pytest.mark.parametrize("household", [
    "Ruby's father is Aaron Blake.",  # named only: nothing says he is part of her life
    "Ms Hall's partner, Aaron Blake, is Ruby's father; he moved to Spain in 2024 and has had no contact since.",
])
def test_shared_with_the_mother_when_the_father_is_only_named_or_absent_is_met(household):
    criterion, findings = _share([household], ["I went through this report with Ms Hall at home on 12/03/2026."])
    assert criterion.status == "met", criterion.reasons
    assert findings == []


@pytest.mark.parametrize("text, status", [
    ("Officers attended and spoke to Ms Hall and her partner Dean Rowe, Ruby's father.", "partial"),
    ("PC Shah visited the address; Ruby's father Dean Rowe was not present.", "partial"),
    ("Ruby's father Dean Rowe attended the strategy meeting with Ms Hall.", "met"),
    ("Dean Rowe, Ruby's father, visited the school and met her teacher.", "met"),
])
def test_an_officer_attending_is_not_the_fathers_engagement(text, status):
    criterion, _ = judge([text])
    assert criterion.status == status, criterion.reasons


@pytest.mark.parametrize("text", [
    "Father of Ruby: Liam Moss (DOB 02/02/1994).",
    "Dad of both children - Liam Moss.",
])
def test_the_name_after_father_of_the_child_is_the_father(text):
    criterion, findings = judge([text, "Liam went to the core group on 4/11/2025 and said he will do the nursery run."])
    assert criterion.status == "met", criterion.reasons
    criterion, findings = judge([text])
    assert criterion.status == "partial"
    assert "mentions Liam Moss (" in findings[0].message


def test_the_name_after_father_of_someone_else_is_not_a_father():
    criterion, findings = judge(["Father of her friend: Liam Moss, who drives the girls to Brownies."])
    assert criterion.status == "not_met"
    assert findings[0].rule == "RC-FATHER-001"


@pytest.mark.parametrize("relative", ["(maternal grandfather)", ", her paternal grandad,"])
def test_a_man_called_her_father_and_named_as_a_grandfather_beside_it_is_a_grandfather(relative):
    criterion, findings = judge([f"Ruby lives with her mum. Her father, Mr Alan Reed {relative} visits on Sundays "
                                 "and told me he helps with homework."])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-FATHER-001"


def test_a_father_named_beside_a_grandfather_is_still_the_father():
    criterion, findings = judge(["Ruby lives with her mum. Her father, Mr Alan Reed, visits on Sundays with the "
                                 "paternal grandfather and told me he helps with homework."])
    assert criterion.status == "met", criterion.reasons
    assert findings == []
