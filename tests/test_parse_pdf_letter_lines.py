"""PDF letters: the subject line ("Re: ...") opens a paragraph of its own, so the children it names are found."""

from builders import make_pdf
from reportcheck.check import check_document
from reportcheck.parse import read_document

LETTER = [["FAO The Chair, Initial Child Protection Conference, 13 March 2026",
           "Re: Ruby Hall (DOB 19/06/2018, Year 2) and Cody Hall (DOB 02/11/2020, Reception)",
           "", "Dear Chair,", "", "Ruby and Cody have both been with us since Reception."]]


def test_the_subject_line_is_its_own_paragraph_and_names_the_children(tmp_path):
    document = read_document(make_pdf(tmp_path / "letter.pdf", LETTER))
    texts = [b.text for b in document.blocks]
    assert texts[0] == "FAO The Chair, Initial Child Protection Conference, 13 March 2026"
    assert texts[1].startswith("Re: Ruby Hall")
    result, _ = check_document(document)
    assert [c.name for c in result.facts.children] == ["Ruby Hall", "Cody Hall"]


def test_a_line_that_only_mentions_re_inside_runs_on(tmp_path):
    pages = [["We wrote to the family about the referral and their", "reply: they would like a meeting."]]
    texts = [b.text for b in read_document(make_pdf(tmp_path / "p.pdf", pages)).blocks]
    assert texts == ["We wrote to the family about the referral and their reply: they would like a meeting."]
