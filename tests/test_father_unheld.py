"""father_involvement: what the author says they do not know about the father ("I hold no information about his
contact with the children, where he lives or his views") is a gap in the record, neither his engagement nor an
explained absence: he is named only (partial). A view of his given after a "but" still counts."""

import pytest

from reportcheck.check import check_text

REPORT = """Report to Initial Child Protection Conference
Children: Isla Grant (DOB 04/04/2017)
Conference date: 12/05/2026

Family and environmental factors
Isla lives with her mother, Amy Grant. Isla's father is Mr Craig Grant. {line}
"""


def _father(line):
    return check_text(REPORT.format(line=line)).criteria["father_involvement"]


@pytest.mark.parametrize("line", [
    "We have no information about his contact with Isla, his address or his views.",
    "The nursery does not hold any information on how often he sees Isla or what he feels about the concerns.",
    "I am not aware of his views on the plan.",
])
def test_what_the_author_does_not_know_about_him_leaves_him_named_only(line):
    criterion = _father(line)
    assert criterion.status == "partial"
    assert "Mr Craig Grant (father)" in criterion.reasons[0]


def test_his_view_after_a_but_still_counts():
    line = "We have no information about his address, but he told me on the phone that he wants Isla to stay put."
    criterion = _father(line)
    assert criterion.status == "met"
    assert criterion.evidence[0].quote == line


def test_his_view_recorded_plainly_counts():
    assert _father("He told me he is worried about Isla's sleep.").status == "met"
