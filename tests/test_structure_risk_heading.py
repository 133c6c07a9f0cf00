"""A heading of one word, 'Risk', sitting where the form puts the analysis is the author's analysis area: weighing
the risk is what that area asks for. Out of that slot it places nothing."""

from reportcheck.check import check_text
from test_structure_told_us import report


def test_a_risk_heading_in_the_analysis_slot_is_the_analysis():
    views = ["Parents' views", "Mia's views"]
    text = report(views).replace("## What this means for Mia", "## Risk")
    result = check_text(text)
    sections = {s.id: (s.status, s.title) for s in result.sections}
    assert sections["analysis"] == ("present", "Risk")
    assert result.criteria["required_sections"].status == "met"


def test_a_risk_heading_out_of_the_analysis_slot_places_nothing():
    text = report(["Parents' views", "Mia's views"]).replace("## What this means for Mia\n", "").replace(
        "## What Mia needs from us", "## Risk")
    sections = {s.id: s.status for s in check_text(text).sections}
    assert sections["analysis"] == "missing" and sections["plan"] == "missing"
