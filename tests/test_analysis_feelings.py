"""analysis: a family adult's own worry or belief ("Her stepfather is worried that ...", "Mum believes ...") is
theirs, not the author's judgement; the author's, the agency's and the child's own feelings are not masked."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts, Person

KIDS = [ChildFacts(name="Tomasz Kowal", age="9"), ChildFacts(name="Zofia Kowal", age="3")]
FAMILY = [Person(name="Ms Agata Kowal", relation="mother"), Person(name="Piotr Nowak", relation="stepfather")]


def judge(paragraphs):
    return analysis.evaluate(report({"analysis": paragraphs}, children=KIDS, family=FAMILY))


def test_a_parents_worry_in_the_analysis_is_not_the_authors_view():
    criterion, findings = judge([
        "Mr Nowak is worried that the children will be removed and says he wants the family to stay together.",
        "Ms Kowal believes the health visitor is against her.",
    ])
    assert criterion.status == "not_met", criterion.reasons
    assert criterion.reasons[0].startswith("The report describes events but does not say what they mean for")


def test_a_pronoun_for_the_parent_is_still_the_parents_worry():
    criterion, _ = judge([
        "Mr Nowak attends his appointments.",
        "He is concerned that social care will judge him on his past and feels that the family is doing well.",
    ])
    assert criterion.status == "not_met"
    assert criterion.evidence == []


def test_the_authors_and_the_agencys_own_worry_still_count():
    for own in ("I am worried that Zofia is left with her stepfather when he has been drinking.",
                "Nursery is worried that Zofia is left with her stepfather when he has been drinking."):
        criterion, findings = judge(["Mr Nowak is worried that the children will be removed.", own])
        assert criterion.status == "partial", own
        assert "RC-ANALYSIS-004" not in [f.rule for f in findings]
        assert [e.quote for e in criterion.evidence] == [own]


def test_the_childs_fear_is_how_the_harm_reaches_him():
    criterion, findings = judge(["Tomasz is frightened when the adults argue and this affects his sleep."])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-002" not in [f.rule for f in findings]


def test_the_authors_inference_after_the_parents_worry_counts():
    criterion, findings = judge([
        "Ms Kowal is anxious about money, which means Zofia often goes to nursery without breakfast."])
    assert "RC-ANALYSIS-002" not in [f.rule for f in findings]
    assert criterion.evidence[0].quote.startswith("Ms Kowal is anxious about money")
