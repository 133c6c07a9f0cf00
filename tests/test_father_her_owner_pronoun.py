"""father_involvement: whose "her father" is, when the sentence's subject is "she", passes over a child the report
calls "he": "Kyle has missed his reviews. Leanne is on medication. She is brought to appointments by her dad" is the
mother's dad, a grandfather (DOMAIN.md's trap), so no father is identified (not_met). A girl named before it is still
the owner: her dad is her father."""

from reportcheck.check import check_text

REPORT = """GP report to Initial Child Protection Conference
Children: Kyle Dunn (DOB 03/05/2012); Mia Dunn (DOB 21/09/2021)
Parent: Leanne Dunn (DOB 14/02/1990)
Conference date: 12/05/2026

Analysis
{text}
"""


def _father(text):
    return check_text(REPORT.format(text=text)).criteria["father_involvement"]


def test_her_dad_after_a_boy_and_his_mother_is_a_grandfather():
    criterion = _father("Kyle has missed two asthma reviews and he has used more inhalers this winter. Leanne was "
                        "started on medication for low mood in March. She is brought to appointments by her dad.")
    assert criterion.status == "not_met"
    assert criterion.reasons == ["The report does not mention the father of Kyle Dunn (14), Mia Dunn (4) or any "
                                 "male carer."]


def test_her_dad_after_a_girl_is_her_father():
    criterion = _father("Mia has missed her pre-school booster. She is brought to clinic by her dad.")
    assert criterion.status == "partial"
    assert criterion.reasons[0].startswith("The report mentions the father of Kyle Dunn (14) and Mia Dunn (4)")
