"""father_involvement: men the report names by a post, not a relation ("GP Partner", "Senior Partner", "partner
agencies", a parish priest called "Father", a doctor who is a partner of the practice) are no father or male carer;
the mother's partner still is."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts
from reportcheck.structure import analyse
from test_structure import P8
from test_structure import report as document_report

KIDS = [ChildFacts(name="Ruby Hall", age="7")]


def judge(paragraphs):
    return father.evaluate(report({"involvement": paragraphs}, children=KIDS))


@pytest.mark.parametrize("text", [
    "Dr R. Kaur, GP Partner (Named Safeguarding Lead), Brookfield Health Centre",
    "Signed: Dr Omar Farah, Senior Partner, Riverside Surgery.",
    "Dr Tom Reed, Partner at Hillside Practice, reviewed the records for this report.",
    "Dr Kate Holm, Partner, Hillside Practice, reviewed the records.",
    "Ruby is usually seen by Dr Sam Ellis, a salaried partner at the practice.",
    "The concerns were discussed with partner agencies at the strategy meeting.",
    "Information was shared with our partners in the local safeguarding partnership.",
    "Mum works as a business partner to Mr Paul Owen in a cafe.",
])
def test_a_partner_that_is_a_post_is_no_male_carer(text):
    criterion, findings = judge([text])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].message == "The report does not mention the father of Ruby Hall (7) or any male carer."


@pytest.mark.parametrize("text, label", [
    ("Ruby lives with Mum and her partner, Dean Moss, who told me he wants to help.", "Dean Moss"),
    ("Dr Dean Moss, Mum's partner, attended the meeting and said he supports her.", "Dean Moss"),
    ("Ms Hall's partner, Mr Dean Moss, said he works as a senior partner at a law firm.", "Mr Dean Moss"),
])
def test_the_mothers_partner_still_counts_whatever_his_job(text, label):
    criterion, _ = judge([text])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text


def test_a_partner_named_only_is_reported_by_his_name_not_a_post():
    criterion, findings = judge(["Mum's partner is Dean Moss.", "Dr Omar Farah, Senior Partner, completed this."])
    assert criterion.status == "partial"
    assert findings[0].message.startswith("The report mentions Dean Moss (mum's partner) but")


@pytest.mark.parametrize("line", [
    "Dr R. Kaur, GP Partner (Named Safeguarding Lead), Brookfield Health Centre",
    "Dr Omar Farah, Senior Partner, Riverside Surgery",
    "Partner: Hillside Practice",
])
def test_a_post_in_the_sign_off_is_no_family_member(line):
    facts = analyse(document_report(P8, "heading", answers={0: line})).facts
    assert facts.family == []


def test_the_mothers_partner_named_in_a_form_is_still_family():
    facts = analyse(document_report(P8, "heading", answers={0: "Mum's partner: Dean Moss (lives in the home)"})).facts
    assert ("Dean Moss", "mother's partner") in [(p.name, p.relation) for p in facts.family]


@pytest.mark.parametrize("text", [
    "Mr Hall, the Deputy Headteacher, told me he has no concerns about Ruby.",
    "Mr Hall, Ruby's class teacher, said she is settled in Year 3.",
    "Mr Hall, Assistant Head, told me Ruby is often late.",
    "Mr Hall, Ruby's paternal uncle, told me he visits every week.",
    "Mr Hall, the family support worker, visited and said the home was clean.",
    "Father Declan Hall, the parish priest, visits Mum weekly and said she finds it helpful.",
    "Ruby's godfather, Mr Sean Hall, said he sees her monthly.",
])
def test_a_man_sharing_the_childs_surname_named_by_his_post_or_relation_is_no_father(text):
    criterion, findings = judge([text])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-FATHER-001"


def test_a_man_sharing_the_childs_surname_with_no_other_post_may_be_the_father():
    text = "Mr Hall told me he has not seen Ruby since the summer."
    criterion, _ = judge([text])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text


@pytest.mark.parametrize("text", [
    "Ruby's friend's dad collected her from school and said she seemed upset.",
    "Her friend's father drove Ruby home and told me she had been crying.",
    "The father of Ruby's classmate reported that she had bruises on her arm.",
    "Ruby's cousin's dad, Mr Dale Cox, said he sees her at family parties.",
])
def test_the_father_of_a_friend_or_cousin_is_not_the_childs(text):
    criterion, findings = judge([text])
    assert criterion.status == "not_met", criterion.reasons
    assert findings[0].rule == "RC-FATHER-001"


@pytest.mark.parametrize("text", [
    "Ruby's dad collected her from school and he told me she seemed upset.",
    "The father of Ruby's baby brother, Mr Dale Cox, said he has no contact with Ruby.",
])
def test_the_childs_own_father_or_a_siblings_still_counts(text):
    criterion, _ = judge([text])
    assert criterion.status == "met", criterion.reasons
