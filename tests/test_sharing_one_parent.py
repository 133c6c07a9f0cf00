"""shared_with_parents: one sentence that records a share with one parent and says the other has not had it."""

import pytest

from criteria_support import report
from reportcheck.criteria import sharing
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Noor Ahmed", age="5")]


def judge(text):
    return sharing.evaluate(report({"sharing": [text]}, children=KIDS))


@pytest.mark.parametrize("text", [
    "Her father has read the report but her mother has not.",
    "I went through the report with Mr Ahmed on 02/04/2026; Mrs Ahmed has not been given a copy.",
    "A copy was emailed to Mum on 02/04/2026, not to Dad.",
    "Mum has had the report since 02/04/2026, whereas Dad has never seen it.",
])
def test_a_share_with_one_parent_that_leaves_the_other_out_is_partial(text):
    criterion, findings = judge(text)
    assert criterion.status == "partial"
    assert findings[0].rule == "RC-SHARE-006"
    assert findings[0].quote == text  # the whole sentence, not only its last clause
    assert criterion.evidence[0].quote == text


@pytest.mark.parametrize("text", [
    "I shared the report with Mum on 02/04/2026 but not with Mr Ahmed, as he is the subject of a police investigation for assaulting her.",
    "I read the report aloud to Mum at home on 02/04/2026 but she does not read English, so she has no copy.",
    "I went through the report with Mum and Dad on 02/04/2026, though Dad did not want to keep a copy.",
])
def test_a_clause_that_leaves_no_parent_out_keeps_the_share_met(text):
    criterion, findings = judge(text)
    assert criterion.status == "met", criterion.reasons
    assert findings == []
