"""father_involvement: what a service's records hold about him, and the mother's account of what he did, are not his
engagement, views or an explained absence; his own words and an absence explained still are."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Maisie Porter", age="5")]
DAD = Person(name="Ethan Wood", relation="father")


def judge(paragraphs, family=(DAD,)):
    return father.evaluate(report({"parent_views": paragraphs}, children=KIDS, family=list(family)))


@pytest.mark.parametrize("said", [
    "Ethan Wood is Maisie's dad. He is unknown to the Early Help team.",
    "Ethan Wood is Maisie's dad. He is not known to this agency or to the police.",
    "Ethan Wood is Maisie's dad. Mr Wood is not known to children's social care.",
])
def test_not_known_to_a_service_is_not_an_explained_absence(said):
    criterion, findings = judge([said])
    assert criterion.status == "partial", criterion.evidence
    assert "Ethan Wood" in findings[0].message
    assert "does not record any contact with him" in findings[0].message


@pytest.mark.parametrize("said", [
    "Ethan Wood is Maisie's dad. He is not known to Maisie, who has never met him.",
    "Ethan Wood is Maisie's dad. His whereabouts are unknown to the family.",
    "Ethan Wood is Maisie's dad. His details are not known to us and Ms Porter has no contact with him.",
    "Ethan Wood is Maisie's dad. He is not known to our service and has not been in contact since 2022.",
])
def test_an_absence_explained_beside_it_still_counts(said):
    criterion, findings = judge([said])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == said.split(". ", 1)[1]
    assert findings == []


@pytest.mark.parametrize("said", [
    "Ms Porter attended A&E on 4 March with a burn to her arm and said Ethan had thrown a kettle at her.",
    "Mum visited the walk-in centre and disclosed that Maisie's dad had grabbed her by the neck.",
    "She came to the drop-in alone; she reported that Ethan smashed the bedroom door.",
])
def test_what_the_mother_did_and_said_of_him_is_not_his_engagement(said):
    criterion, findings = judge(["Ethan Wood is Maisie's dad.", said])
    assert criterion.status == "partial", criterion.evidence
    assert "Ethan Wood" in findings[0].message


@pytest.mark.parametrize("said", [
    "Ms Porter attended the review with Ethan.",
    "Mum came to the core group with Maisie's dad.",
    "Ethan and Ms Porter attended the core group on 12 March.",
    "Ethan attended the review with Ms Porter.",
])
def test_his_act_beside_the_mother_is_his_engagement(said):
    criterion, findings = judge(["Ethan Wood is Maisie's dad.", said])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == said
    assert findings == []


def test_a_she_after_her_is_the_girl_so_the_father_is_still_a_man():
    said = "Tyler said, \"I do the night feeds so Kerry can sleep.\""
    criterion, findings = judge(["Parents: Kerry Lane (mother); Tyler Moss (father of Maisie).",
                                 "Tyler changed her nappy and she settled straight away.", said], family=())
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == said
    assert findings == []


def test_a_woman_the_report_calls_she_is_still_not_the_father():
    criterion, findings = judge(["Maisie's father: Kerry has told me she does not know who he is.",
                                 "Kerry said she wants Maisie to stay with her."], family=())
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote.startswith("Maisie's father: Kerry has told me")
    assert findings == []


@pytest.mark.parametrize("plan", [
    "Ethan Wood is Maisie's dad. Ethan to be contacted and seen by the social worker before core group.",
    "Ethan Wood is Maisie's dad. Mr Wood is to be invited and spoken to at the next visit.",
])
def test_a_plan_to_see_him_is_not_his_engagement(plan):
    criterion, findings = judge([plan])
    assert criterion.status == "partial"
    assert "does not record any contact with him" in findings[0].message


def test_him_seen_by_the_author_is_still_his_engagement():
    criterion, _ = judge(["Ethan Wood is Maisie's dad. Ethan was seen at home on 3 May and said he wants to help."])
    assert criterion.status == "met"
