"""father_involvement: "not known to" a service the report names by its own name ("Harbourside Recovery Team") is a
gap in that service's records, not why he is absent; "not known to" a person still explains it."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Poppy Hale", age="3")]
DAD = Person(name="Reece Dunn", relation="father")


def judge(paragraphs):
    return father.evaluate(report({"parent_views": paragraphs}, children=KIDS, family=[DAD]))


@pytest.mark.parametrize("service, said", [
    ("Ms Hale has attended Harbourside Recovery Team since May.",
     "Reece Dunn is Poppy's father. He is not known to Harbourside, so I cannot comment on his alcohol use."),
    ("This report is written by Northgate Family Support Service.",
     "Reece Dunn is Poppy's father. Mr Dunn is unknown to Northgate and I hold nothing on him."),
    ("Ms Hale is a tenant of Elmfield Homes and Housing Trust.",
     "Reece Dunn is Poppy's father. He is not known to Elmfield."),
])
def test_not_known_to_a_named_service_is_not_an_explained_absence(service, said):
    criterion, findings = judge([service, said])
    assert criterion.status == "partial", criterion.evidence
    assert "Reece Dunn" in findings[0].message
    assert "does not record any contact with him" in findings[0].message


@pytest.mark.parametrize("said", [
    "Reece Dunn is Poppy's father. He is not known to Poppy, who has never met him.",
    "Reece Dunn is Poppy's father. He is not known to Kayleigh, Ms Hale's sister, who cares for Poppy at weekends.",
    "Reece Dunn is Poppy's father. He is not known to Harbourside and has had no contact with Poppy since 2023.",
])
def test_not_known_to_a_person_still_explains_his_absence(said):
    criterion, findings = judge(["Ms Hale has attended Harbourside Recovery Team since May. Kayleigh goes to the "
                                 "Harbourside Team with her.", said])
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == said.split(". ", 1)[1]
    assert findings == []
