"""father_involvement: a boy's words about his father ("He told me he stays at his dad's flat at weekends") record
no engagement by the father: "he" there is the son of the father he speaks of, so the father is mentioned only
(partial). The father's own words ("He said he wants to be at the meeting") still count (met)."""

import pytest

from reportcheck.check import check_text

REPORT = """Report to Initial Child Protection Conference
Children: Mason Hart (DOB 04/04/2012)
Conference date: 12/05/2026

Child's views
I met Mason at the youth centre on 02/05/2026. He told me he is bored at school. {line}
"""


def _father(line):
    return check_text(REPORT.format(line=line)).criteria["father_involvement"]


@pytest.mark.parametrize("line", [
    'He also told me that he stays at his dad\'s flat in Leeds at weekends "to get some peace".',
    "He said he goes to his father's house most Saturdays.",
])
def test_a_boy_speaking_of_his_dad_is_a_mention_only(line):
    criterion = _father(line)
    assert criterion.status == "partial"
    assert criterion.evidence == []
    assert "does not record any contact with him" in criterion.reasons[0]


@pytest.mark.parametrize("line", [
    "Mason's father, Lee Hart, rang me on 03/05/2026. He said he wants to be at the conference.",
    'I spoke to his dad by phone. He said "I will do whatever Mason needs".',
])
def test_the_fathers_own_words_are_met(line):
    criterion = _father(line)
    assert criterion.status == "met"
    assert criterion.evidence
