"""father_involvement read from a Word form: the man a header row labelled "Father" names, followed through the
report by his surname (as police write); and whose act an engagement verb records."""

import pytest

from builders import make_docx
from reportcheck.check import check_file

SECTIONS = [
    ("Details of service involvement", "Police attended the address on 02/03/2026 after a 999 call from a neighbour. "
                                       "{act}"),
    ("Child's health and development", "Kian attends Oakfield Primary and his attendance is good."),
    ("Capacity of the parents/carers", "Ms DALE has engaged with officers. {him}"),
    ("Family and environmental factors", "The family live in a two-bedroom flat."),
    ("Analysis", "Kian has heard repeated arguments, which is harmful to him; Ms DALE has acted protectively."),
    ("Parent/carer views", "Ms DALE said she wants support to keep Kian safe."),
    ("Child's views", "Kian told me \"I hide under my bed when they shout\"."),
    ("Need identified and service provision", "Referral to the domestic abuse service."),
]


def _report(tmp_path, father_row, *, act="", him=""):
    rows = [["Child", "Kian DALE (DOB 04/06/2017)"], ["Mother", "Toni DALE (DOB 11/01/1994)"]]
    rows += [father_row] if father_row else []
    rows += [["Conference date", "20/03/2026"]]
    blocks = [("form", rows)]
    for title, text in SECTIONS:
        blocks += [("heading1", title), ("para", text.format(act=act, him=him))]
    return check_file(make_docx(tmp_path / "report.docx", blocks))


def test_a_father_named_only_in_a_header_row_is_followed_by_his_surname(tmp_path):
    him = "BRENNAN is in custody awaiting trial and has no contact with Kian."
    result = _report(tmp_path, ["Father", "Lee BRENNAN (DOB 09/09/1990)"], him=him)
    criterion = result.criteria["father_involvement"]
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == him


def test_a_header_row_father_with_nothing_recorded_about_him_is_partial(tmp_path):
    criterion = _report(tmp_path, ["Birth father", "Lee BRENNAN"]).criteria["father_involvement"]
    assert criterion.status == "partial"
    assert "Lee BRENNAN" in criterion.reasons[0]


@pytest.mark.parametrize("row", [["Grandfather", "Ray DALE"], ["Officer in case", "DC Lee BRENNAN"], None])
def test_a_header_row_that_is_not_a_father_names_no_father(tmp_path, row):
    criterion = _report(tmp_path, row).criteria["father_involvement"]
    assert criterion.status == "not_met", criterion.reasons


def test_her_request_about_him_is_not_his_engagement(tmp_path):
    act = "Ms DALE requested that BRENNAN be removed from the address."
    criterion = _report(tmp_path, ["Father", "Lee BRENNAN"], act=act).criteria["father_involvement"]
    assert criterion.status == "partial", criterion.evidence


def test_his_own_request_is_his_engagement(tmp_path):
    act = "BRENNAN rang the police himself and requested a welfare check on Kian."
    criterion = _report(tmp_path, ["Father", "Lee BRENNAN"], act=act).criteria["father_involvement"]
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == act


def test_a_father_of_a_sibling_listed_beside_the_unborn_baby_is_the_father():
    """A header row for the unborn baby that also names the living child: "father of <that child>" is the father."""
    from reportcheck import check_text
    result = check_text("""HEALTH VISITOR REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Child / unborn: Unborn baby of Nadia Price (EDD 14/02/2027); Toby Price-Hart (DOB 05/06/2024)
Conference date: 10/12/2026
Date: 03/12/2026

6. PARENT/CARER VIEWS
Nadia said she is worried about money.

Sam (dad of Toby and of the new baby, lives with them) told me he wants help to stop drinking.
""")
    criterion = result.criteria["father_involvement"]
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote.startswith("Sam (dad of Toby and of the new baby")
