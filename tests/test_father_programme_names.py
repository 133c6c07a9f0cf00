"""father_involvement: a relation term that opens the name of a group, course or service ("the Dads Together group",
"Father Figures programme") names no man; a man written after the term in the ordinary way still does."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Isaac Webb", age="8")]


def judge(paragraphs, family=()):
    return father.evaluate(report({"plan": paragraphs}, children=KIDS, family=list(family)))


@pytest.mark.parametrize("said", [
    "Mr Owen Webb met me twice and said he wants Isaac home. I will refer him to the Dads Together group.",
    "Mr Owen Webb met me twice and said he wants Isaac home. A place on the Father Figures programme is booked.",
    "Mr Owen Webb met me twice and said he wants Isaac home. He may join the Dad Talk course in May.",
])
def test_a_programme_named_after_fathers_is_not_another_man(said):
    criterion, findings = judge([said], [Person(name="Mr Owen Webb", relation="father")])
    assert criterion.status == "met", criterion.reasons
    assert findings == []
    assert not any(w in str(criterion) for w in ("Together (", "Figures (", "Talk ("))


def test_a_man_named_after_the_term_still_counts():
    criterion, findings = judge(["Isaac's dad is Kieran Webb. Dad Kieran lives in Leeds with his brother."])
    assert criterion.status == "partial"
    assert "Kieran Webb" in findings[0].message
    assert "does not record any contact with him" in findings[0].message
