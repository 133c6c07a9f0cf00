"""A "Parents:" row naming two people: the father is the one the report calls "he", even when the mother's name is
followed by a sentence about him ("Amber told us Jordan ... he ...")."""

from reportcheck.check import check_text

REPORT = """Report to Initial Child Protection Conference
Children: Isaac Reid (DOB 03/04/2021)
Parents: Amber Reid and Jordan Reid
Conference date: 20/03/2026

Details of involvement
Isaac attends Sunny Days Nursery. Amber told us Jordan moved out after the police came and he is now living in Leeds.
Amber works at the bakery.

Child's views
Isaac (3) ran to Amber at pick-up and showed her his painting; he babbled about "daddy car".

Analysis
Isaac has heard arguments, which frightens him; both parents are warm with him, so the risk is reduced but not gone.

Sharing
I read this report with Amber at drop-off and with Jordan at collection on 12/03/2026 and gave each a copy.
"""


def test_the_mother_of_a_parents_row_is_not_taken_for_a_father():
    father = check_text(REPORT).criteria["father_involvement"]
    assert father.status == "partial"
    assert "Jordan Reid" in father.reasons[0] and "Amber" not in father.reasons[0]
