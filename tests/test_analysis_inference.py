"""analysis: an inference drawn from a fact with its clause straight after ("The burns suggest she was left alone")
links the fact to the child as much as "suggests that" does; a suggested service and a relative's retold
opinion are not the author's inference."""

import pytest

from criteria_support import report
from reportcheck.criteria import analysis
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Esme Clarke", age="9")]
LINKED = "Esme's missed meals mean she arrives at school hungry and cannot concentrate in lessons."
STRENGTHS = ["Esme's grandmother is a safe adult and takes her to school on Mondays."]
PLAN = ["In my view Esme needs a child protection plan."]


def judge(worries):
    return analysis.evaluate(report({"worries": worries, "strengths": STRENGTHS, "plan": PLAN}, children=KIDS))


def test_a_fact_read_for_what_it_suggests_is_a_second_link_to_the_child():
    inference = "The hoarded food in her locker suggests she does not trust that there will be a meal at home."
    criterion, findings = judge([LINKED, inference])
    assert criterion.status == "met", criterion.reasons
    assert inference in [e.quote for e in criterion.evidence]


def test_one_link_alone_is_still_brief():
    criterion, findings = judge([LINKED, "Her locker held food taken from the canteen."])
    assert criterion.status == "partial"
    assert "only one sentence says what the information means for Esme Clarke (9)" in criterion.reasons[0]


def test_a_suggested_service_is_a_proposal_not_an_inference():
    proposal = "The GP suggests a referral to the paediatric dietitian for Esme."
    criterion, findings = judge([LINKED, proposal])
    assert criterion.status == "partial"
    assert proposal not in [e.quote for e in criterion.evidence]


def test_what_a_relative_suggests_as_mum_reports_it_is_not_the_authors_inference():
    retold = "Mum told me that her sister suggests she is just a fussy eater."
    criterion, findings = judge([LINKED, retold])
    assert criterion.status == "partial"
    assert retold not in [e.quote for e in criterion.evidence]


@pytest.mark.parametrize("opening", ["That tells me", "What this tells me is that"])
def test_what_the_fact_just_given_tells_the_author_is_an_inference(opening):
    fact, inference = ('Esme told me she keeps a sandwich from breakfast club in her coat "for later".',
                       f"{opening} she does not expect to be fed at home.")
    criterion, findings = judge([LINKED, fact, inference])
    assert criterion.status == "met", criterion.reasons
    assert inference in [e.quote for e in criterion.evidence]


def test_what_a_parent_tells_the_author_is_not_an_inference():
    retold = "Mum tells me Esme is a fussy eater who refuses her tea."
    criterion, findings = judge([LINKED, retold])
    assert criterion.status == "partial"
    assert "only one sentence says what the information means for Esme Clarke (9)" in criterion.reasons[0]
    assert retold not in [e.quote for e in criterion.evidence]
