"""analysis: what a family member tells the author ("Nan told me she is worried that ...") is their view, not the
author's analysis; the author's own inference in the same sentence, and a denied disclosure, still count."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Ellis Ward", age="8"), ChildFacts(name="Maisie Ward", age="5")]
FAMILY_SAYS = [
    "Ellis and Maisie live with their mother, Ms Ward.",
    "Their grandmother told the class teacher she was worried that the children are left alone in the evenings.",
    "Ms Ward said the arguments with her partner are affecting the girls' sleep.",
]


def test_the_familys_worries_retold_in_the_narrative_are_no_analysis():
    criterion, findings = analysis.evaluate(report({
        "family_environment": FAMILY_SAYS,
        "analysis": ["See the family section above."],
    }, children=KIDS))
    assert criterion.status == "not_met", criterion.reasons
    assert "describes events but does not say what they mean for Ellis Ward (8) and Maisie Ward (5)" \
        in criterion.reasons[0]


def test_the_authors_own_worry_beside_the_familys_still_counts():
    criterion, findings = analysis.evaluate(report({
        "family_environment": FAMILY_SAYS + ["I am worried that Ellis is taking on the care of his sister."],
        "analysis": ["See the family section above."],
    }, children=KIDS))
    assert criterion.status == "partial"
    assert any("I am worried that Ellis" in e.quote for e in criterion.evidence)
    assert not any("grandmother told" in e.quote for e in criterion.evidence)


def test_the_authors_inference_after_the_reported_words_counts():
    criterion, findings = analysis.evaluate(report({
        "family_environment": ["Ms Ward said she slept through the afternoon, which means Maisie was not collected "
                               "and waited in the office until five."],
        "analysis": ["See the family section above."],
    }, children=KIDS))
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-002" not in [f.rule for f in findings]
    assert criterion.evidence[0].quote.startswith("Ms Ward said she slept through")


def test_a_child_who_has_not_disclosed_anything_reports_nothing():
    criterion, findings = analysis.evaluate(report({
        "analysis": ["Ellis has not disclosed any harm but is affected by the shouting at home and is withdrawn in "
                     "class."],
    }, children=KIDS))
    assert "RC-ANALYSIS-002" not in [f.rule for f in findings]
    assert criterion.status == "partial"


def test_a_parents_worry_in_the_analysis_is_theirs_until_the_author_goes_on():
    theirs = "Ms Ward told me she is worried that Ellis is unhappy at home."
    criterion, findings = analysis.evaluate(report({"analysis": [theirs]}, children=KIDS))
    assert criterion.status == "not_met", criterion.reasons
    criterion, findings = analysis.evaluate(report({
        "analysis": [theirs[:-1] + "; I share that worry and think Ellis is likely to withdraw further without help."],
    }, children=KIDS))
    assert criterion.status == "partial"
    assert "RC-ANALYSIS-004" not in [f.rule for f in findings]
