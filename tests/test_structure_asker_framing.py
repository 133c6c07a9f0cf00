"""A heading framed by the asker's own view ("What we think needs to happen", "What do you believe needs to change?")
asks the form's question: it names that section even as a plain line of a text report. Without a pronoun before
"think" the heading says whose views they are ("What Mum and Dad think"), and that meaning is kept."""

import pytest

from reportcheck.check import check_text

BODY = "On 10/11/2025 I saw Leon at home with Tara; he was hungry and the flat was cold."
HEADINGS = ["Our involvement with the family", "What are we worried about?", "What is working well?", None,
            "Leon's views", "What Tara and Wes think", "Scaling", "Sharing this report"]


def report(plan: str) -> str:
    lines = ["Nursery report for the Initial Child Protection Conference", "Child: Leon Pike (DOB 04/05/2021)", ""]
    for heading in HEADINGS:
        lines += [heading or plan, BODY, ""]
    return "\n".join(lines) + "Jo Pym, Nursery Manager, 12/11/2025\n"


@pytest.mark.parametrize("plan", ["What we think needs to happen", "What do you believe needs to change?",
                                  "What I think needs to happen next"])
def test_the_askers_framing_does_not_hide_the_plan(plan):
    result = check_text(report(plan))
    sections = {s.id: (s.status, s.title) for s in result.sections}
    assert sections["plan"] == ("present", plan)
    assert sections["parent_views"] == ("present", "What Tara and Wes think")
    assert result.criteria["required_sections"].status == "met"


@pytest.mark.parametrize("plan", ["What do you think?", "What we think of the nursery"])
def test_a_framing_with_no_plan_question_after_it_names_no_plan(plan):
    result = check_text(report(plan))
    criterion = result.criteria["required_sections"]
    assert {s.id: s.status for s in result.sections}["plan"] == "missing"
    assert criterion.status == "partial"
    assert "Section 'What needs to happen?' is missing: there is no heading for it after 'What is working well?'" \
        in criterion.reasons[0]
