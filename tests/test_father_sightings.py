"""father_involvement: "seen at the flat" records where a man was, not contact with him, and "our visits" or "in my
view" are the author's; a father seen at home by a professional, or who spoke, is still engaged."""

import pytest

from criteria_support import report
from reportcheck.criteria import father
from reportcheck.result import ChildFacts

KIDS = [ChildFacts(name="Ruby Hall", age="7")]


def judge(text):
    return father.evaluate(report({"family_environment": [text]}, children=KIDS))


@pytest.mark.parametrize("text", [
    "Mum's partner, Mr Kyle Dunn, has been seen at the property on several occasions since October.",
    "Mr Kyle Dunn, Mum's partner, was seen leaving her address early in the morning.",
    "Mum's partner, Mr Kyle Dunn, was in the kitchen on most of our visits.",
    "In my view Ruby's father, Liam Hall, is a risk to her.",
])
def test_a_sighting_or_the_authors_own_visits_and_view_are_only_a_mention(text):
    criterion, findings = judge(text)
    assert criterion.status == "partial"
    assert [f.rule for f in findings] == ["RC-FATHER-002"]
    assert findings[0].quote == text


@pytest.mark.parametrize("text", [
    "Ruby's father, Liam Hall, was seen at home by the health visitor on 3/11/2025.",
    "Mum's partner, Mr Kyle Dunn, was seen at the flat on 3/11/2025 and said he wants to support Ms Hall.",
    "I have met Mum's partner, Mr Kyle Dunn, on two of our visits to the flat.",
    "Ruby's father, Liam Hall, visits every weekend and has her overnight.",
])
def test_a_visit_with_him_or_his_own_words_are_still_engagement(text):
    criterion, findings = judge(text)
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == text
    assert findings == []
