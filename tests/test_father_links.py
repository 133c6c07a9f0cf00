"""father_involvement: one man written two ways (a first name and "Mr <surname>") is one man when the report ties
them; an incident he reported against another adult is not his engagement; the mother's partner is not a woman."""

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.criteria.father_names import named_women
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Mia Lane", age="9"), ChildFacts(name="Alfie Brook", age="3")]


def judge(sections, kids=KIDS, family=()):
    return father.evaluate(report(sections, children=kids, family=list(family)))


def test_a_first_name_called_the_father_of_a_child_with_that_surname_is_mr_surname():
    said = "Mr Brook said he is sorry that Mia saw the argument and wants to keep seeing Alfie."
    criterion, findings = judge({
        "family_environment": ["Mia lives with Mum and Kyle (Mum's boyfriend and Alfie's father)."],
        "parent_views": ["Ms Lane said she wants help.", said],
    })
    assert criterion.status == "met", criterion.reasons
    assert findings == []
    assert [e.quote for e in criterion.evidence] == [said]


def test_a_first_name_and_mr_surname_written_together_elsewhere_are_one_man():
    said = "Mr Brook told me he will do the parenting course."
    criterion, findings = judge({
        "involvement": ["A referral named Kyle BROOK as living at the address."],
        "family_environment": ["Kyle (Mum's boyfriend) moved in during May."],
        "parent_views": [said],
    })
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == said


def test_no_link_when_the_childs_surname_is_not_the_mans():
    criterion, findings = judge({
        "family_environment": ["Mia lives with Mum and Kyle (Mum's boyfriend and Alfie's father)."],
        "parent_views": ["Mr Carter said he will keep attending the core group."],
    })
    assert criterion.status == "partial"
    assert len(findings) == 1 and "Kyle" in findings[0].message
    assert findings[0].quote == "Mia lives with Mum and Kyle (Mum's boyfriend and Alfie's father)."


def test_an_incident_he_reported_against_the_mother_is_not_his_engagement():
    criterion, findings = judge({"involvement": [
        "Her partner, Jason MOSS, lives at the address.",
        "04/02/2026 - Domestic. MOSS reported Donna LANE had slapped him. No further action.",
    ]})
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-FATHER-002" and "Jason MOSS" in findings[0].message


def test_what_he_told_the_author_or_said_of_the_child_still_counts():
    for line in ("Jason told me that Donna had slapped him and he is worried for Mia.",
                 "Jason said Mia had kicked him when he asked her to tidy up.",
                 "Jason stated that Donna had stopped him seeing the children since March."):
        criterion, _ = judge({"family_environment": ["Her partner, Jason MOSS, lives at the address.", line]})
        assert criterion.status == "met", (line, criterion.reasons)
        assert criterion.evidence[0].quote == line


def test_the_mothers_partner_in_the_family_facts_is_not_a_woman():
    annotated = report({"family_environment": ["Mia lives with Mum."]}, children=KIDS, family=[
        Person(name="Ms Donna Lane", relation="mother"), Person(name="Mr Jason Moss", relation="mother's partner")])
    women = named_women(annotated, {"mia"})
    assert {"donna", "lane"} <= women
    assert not {"jason", "moss"} & women
