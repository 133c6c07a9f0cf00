"""father_involvement: a relative or officer named as someone else is matched to a man by first name, so a father who
shares only a surname with his own mother (the children's grandparent) is still the father; "Mr <surname>" alone is
still the grandparent."""

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Poppy Fletcher", age="6"), ChildFacts(name="Noah Fletcher", age="3")]
GRAN = Person(name="Carol Fletcher", relation="grandparent")


def judge(paragraphs, family):
    return father.evaluate(report({"involvement": paragraphs}, children=KIDS, family=family))


def test_a_father_sharing_his_mothers_surname_is_still_the_father():
    criterion, findings = judge(
        ["Officers interviewed Dean Fletcher on 3 March; he denied the assault and gave a full account.",
         "His mother, Carol Fletcher, supervises his contact with Poppy and Noah."],
        [Person(name="Dean Fletcher", relation="father"), GRAN])
    assert criterion.status == "met", criterion.reasons
    assert findings == []
    assert "interviewed Dean Fletcher" in criterion.evidence[0].quote


def test_the_father_sharing_the_surname_is_named_when_nothing_is_recorded_of_him():
    criterion, findings = judge(["Dean Fletcher lives nearby.", "Carol Fletcher collects Poppy from school."],
                                [Person(name="Dean Fletcher", relation="father"), GRAN])
    assert criterion.status == "partial"
    assert "Dean Fletcher (father)" in findings[0].message


def test_a_grandfather_is_still_not_the_father_by_surname_alone():
    criterion, findings = judge(["Mr Fletcher said he collects Poppy and Noah from school every day."],
                                [Person(name="Mr Ken Fletcher", relation="grandfather")])
    assert criterion.status == "not_met"
    assert "does not mention the father of Poppy Fletcher (6)" in findings[0].message
