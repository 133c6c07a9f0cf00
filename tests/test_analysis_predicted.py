"""analysis: a harm the author predicts for the child ("his reading will fall further behind", "her growth will
falter") links the facts to the child as much as a harm already done; a worry with no harm named does not."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Rosa-Lee Hart", age="5"), ChildFacts(name="Jude Hart", age="3")]


def judge(paragraphs):
    criterion, findings = analysis.evaluate(report({"analysis": paragraphs}, children=KIDS))
    return criterion, [f.rule for f in findings]


def test_a_predicted_fall_behind_is_an_impact_on_the_child():
    criterion, rules = judge([
        "Unless the mornings change I am worried Rosa-Lee's reading will fall behind again, because she misses "
        "the phonics group most days.",
        "Dad is warm with both children; however he has not yet got them to school on time.",
        "I think Jude is likely to need speech therapy if nothing changes.",
    ])
    assert "RC-ANALYSIS-002" not in rules
    assert criterion.status == "met", criterion.reasons
    assert "fall behind again" in criterion.evidence[0].quote


def test_growth_expected_to_falter_is_an_impact():
    criterion, rules = judge([
        "If feeds keep being missed, Jude's weight is likely to falter over the winter.",
        "Mum has a supportive sister nearby, although she does not visit often.",
    ])
    assert "RC-ANALYSIS-002" not in rules


def test_a_worry_that_names_no_harm_is_still_no_impact():
    criterion, rules = judge([
        "I am worried Rosa-Lee will continue to be late.",
        "Dad is warm with both children; however he has not yet got them to school on time.",
    ])
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-002" in rules
    assert any("does not say how the concerns affect Rosa-Lee Hart (5) and Jude Hart (3)" in r
               for r in criterion.reasons)


def test_a_denied_fall_behind_is_no_impact():
    criterion, rules = judge([
        "Rosa-Lee has not fallen behind and has not fallen further behind her peers this term.",
        "Dad is warm with both children; however he has not yet got them to school on time.",
        "In my view the children are likely to stay safe with the current support.",
    ])
    assert "RC-ANALYSIS-002" in rules
