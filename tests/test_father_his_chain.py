"""father_involvement: a sentence that names only his things ("All of his test results were clear") keeps him the
subject, so "he" in the next sentences is still him and what he told the author is his engagement. A child or woman
named first in that sentence makes "he" someone else."""

from reportcheck.check import check_text

LETTER = """Oakfield Recovery Service

Re: Harvey Pollard (DOB 03/01/2026) - Initial Child Protection Conference 20/03/2026
Parents: Kerry Walsh (DOB 02/02/1997) and Dean Pollard (DOB 14/06/1994)

Dear Chair,

Kerry has attended every keywork session and she is working towards a reduction.

Dean has been a client of ours since 2022 and is prescribed methadone. {middle} He told me at our session on
10/03/2026 that he wants to take Harvey to nursery every morning.

Yours sincerely,
Priya Shah, Recovery Worker
"""


def _father(middle):
    return check_text(LETTER.format(middle=middle)).criteria["father_involvement"]


def test_he_after_a_sentence_naming_only_his_things_is_still_him():
    criterion = _father("All of his test results this year have been clear.")
    assert criterion.status == "met"
    assert criterion.evidence[0].quote.startswith("He told me at our session")


def test_he_after_his_first_name_still_counts():
    assert _father("Dean kept every appointment this year.").status == "met"


def test_a_child_named_first_makes_he_someone_else():
    criterion = _father("Harvey and his sister are doing well at home.")
    assert criterion.status == "partial"
    assert "Dean Pollard (father)" in criterion.reasons[0]
