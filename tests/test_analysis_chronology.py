"""analysis: a chronology's dated entries and a risk assessment's labels describe: they are not analysis."""

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Theo Cole", age="6")]
DIARY = [
    "Mr Cole has been known to the team since 2019.",
    "14/01/2026 - Theo's grandad rang the office, worried that Mr Cole seemed confused and was not eating.",
    "2 February 2026: home visit; Mr Cole calm and the flat tidy.",
]
RISKS = ["Risk to self: an overdose in 2021.", "Risk to children: Mr Cole has never hurt his son."]


def judge(sections):
    return analysis.evaluate(report(sections, children=KIDS))


def test_a_dated_diary_and_a_risk_list_with_no_link_to_the_child_are_not_met():
    criterion, findings = judge({"involvement": DIARY, "family_environment": RISKS})
    assert criterion.status == "not_met", criterion.reasons
    assert "describes events but does not say what they mean for Theo Cole (6)" in criterion.reasons[0]
    assert [f.rule for f in findings] == ["RC-ANALYSIS-001"]


def test_a_relatives_worry_in_a_dated_entry_is_not_the_authors_view():
    criterion, findings = judge({"involvement": DIARY})
    assert criterion.status == "not_met", criterion.reasons


def test_a_risk_label_with_its_colon_is_no_link_but_a_risk_said_to_fall_on_the_child_is():
    labelled, _ = judge({"family_environment": ["Risk to Theo: none known."]})
    assert labelled.status == "not_met", labelled.reasons
    said, _ = judge({"family_environment": ["The main risk to Theo is being left alone when Mr Cole is unwell."]})
    assert said.status == "partial", said.reasons
    assert said.evidence[0].quote.startswith("The main risk to Theo")


def test_the_same_worry_in_the_authors_own_words_still_counts():
    criterion, findings = judge({"involvement": [
        *DIARY, "When Mr Cole is confused Theo gets himself to school, which means he is often late and hungry."]})
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote.startswith("When Mr Cole is confused")


def test_a_dated_line_where_the_form_asks_for_analysis_is_still_read():
    criterion, findings = judge({"analysis": ["12 March 2026 - I am worried that Theo is left alone overnight."]})
    assert criterion.status == "partial", criterion.reasons


def test_the_sentences_after_a_date_on_the_same_line_are_that_entry_not_analysis():
    """Trap: the second sentence of a dated entry names the child's development ('behind in her speech'), which
    reads as impact outside a chronology."""
    entry = "3 March 2026: Theo's hearing test was missed again. He is behind in his speech and language development."
    criterion, findings = judge({"child_development": [entry], "analysis": ["See the information above."]})
    assert criterion.status == "not_met", criterion.reasons
    assert [f.rule for f in findings] == ["RC-ANALYSIS-001"]


def test_a_sentence_on_the_next_line_after_a_dated_entry_is_the_authors_again():
    lines = ("3 March 2026: Theo's hearing test was missed again.\n"
             "Missed tests mean his hearing loss goes untreated, which affects his speech development.")
    criterion, findings = judge({"child_development": [lines]})
    assert criterion.status == "partial", criterion.reasons
    assert criterion.evidence[0].quote.startswith("Missed tests mean his hearing loss goes untreated")
