"""The required_sections criterion: what an author and an auditor read about missing and empty sections."""

from __future__ import annotations

import pytest

from reportcheck.criteria.required_sections import evaluate
from reportcheck.document import Document
from reportcheck.structure import analyse, load_profiles
from test_structure import ANSWER, HEADER, P8, SIGNS_OF_SAFETY, document, form_rows, para, report


def judge(doc, **options):
    return evaluate(analyse(doc, **options))


def test_every_section_present_is_met():
    criterion, findings = judge(report(P8, "heading"))
    assert (criterion.status, criterion.reasons, findings) == ("met", [], [])


def test_a_placeholder_section_is_partial_with_its_quote_and_place():
    criterion, findings = judge(report(P8, "heading", answers={6: "N/A"}))
    assert criterion.status == "partial"
    assert criterion.reasons == [
        "Section 7 'Child/ren's views' is empty: it holds only the placeholder 'N/A' (page 1, paragraph 17). "
        "Write what the child said, in their own words, or what you observed for a baby. If your agency truly has "
        "nothing to add, say what you checked and why there is nothing to report."]
    [finding] = findings
    assert (finding.rule, finding.criterion, finding.severity) == ("RC-SECT-002", "required_sections", "error")
    assert finding.quote == "N/A"
    assert (finding.location.section, finding.location.page, finding.location.paragraph) == ("child_views", 1, 17)
    assert [(e.quote, e.location.paragraph) for e in criterion.evidence] == [("N/A", 17)]


def test_guidance_only_points_at_the_guidance():
    guidance = "Please record the child's views, wishes and feelings, in their own words where possible."
    criterion, findings = judge(report(P8, "heading", answers={6: guidance}))
    assert criterion.status == "partial"
    assert findings[0].message == ("Section 7 'Child/ren's views' is empty: it holds only the form's guidance text "
                                   "(page 1, paragraph 17).")
    assert findings[0].quote is None and criterion.evidence == []


def test_a_missing_section_says_where_it_should_be():
    headings = [h for h in P8 if not h.startswith("5.")]
    criterion, [finding] = judge(report(headings, "heading"))
    assert criterion.status == "partial"
    assert finding.rule == "RC-SECT-001"
    assert finding.message == ("Section 5 'Analysis of implications for the child's future safety, health and "
                               "development' is missing: there is no heading for it after '4. Family and "
                               "environmental factors' (page 1, paragraph 10).")
    assert finding.suggestion.startswith("Add the heading 'Analysis of implications for the child's future safety, "
                                         "health and development' after '4. Family and environmental factors'")


def test_the_first_section_missing_goes_before_the_next():
    criterion, [finding] = judge(report(P8[1:], "heading"))
    assert "before '2. Child's health and development' (page 1, paragraph 4)" in finding.message


def test_three_sections_empty_or_missing_is_not_met():
    criterion, findings = judge(report(P8[:7], "heading", answers={0: "See above", 1: "Not known"}))
    assert criterion.status == "not_met"
    assert [f.rule for f in findings] == ["RC-SECT-002", "RC-SECT-002", "RC-SECT-001"]
    assert len(criterion.reasons) == 3


def test_an_unfilled_form_is_not_met():
    prompts = {s.title: s.guidance[0] for s in next(p for p in load_profiles() if p.id == "p8").sections}
    rows = [(f"{h}\n{prompts[h.split('. ', 1)[1]]}", "") for h in P8]
    criterion, findings = judge(document([para(line) for line in HEADER] + form_rows(rows, len(HEADER))))
    assert criterion.status == "not_met"
    assert len(findings) == 8
    assert findings[0].message == ("Section 1 'Details of service involvement' is empty: nothing is written under "
                                   "the heading (page 1, paragraph 4).")


def test_optional_sections_do_not_count():
    headings = [h for h in SIGNS_OF_SAFETY if not h.startswith("Report shared")]
    criterion, findings = judge(report(headings, "bold"))
    assert (criterion.status, findings) == ("met", [])


def test_a_letter_has_no_recognisable_structure():
    letter = ["Dear Chair,", "I write about Ruby Hall who attends our school.", "Yours sincerely,", "Jane Brown"]
    criterion, [finding] = judge(document([para(line) for line in letter]))
    assert criterion.status == "not_met"
    assert finding.rule == "RC-SECT-003"
    assert criterion.reasons == [
        "The report follows no recognisable form: none of its headings names an area of a conference report form "
        "(checked against the 'Agency report to Initial Child Protection Conference (eight areas)' form)."]
    assert "1 Details of service involvement; 2 Child's health and development" in finding.suggestion


def test_a_letter_checked_against_a_chosen_template_lists_its_missing_sections():
    letter = ["Dear Chair,", "I write about Ruby Hall who attends our school.", "Yours sincerely,", "Jane Brown"]
    criterion, findings = judge(document([para(line) for line in letter]), template="p8")
    assert criterion.status == "not_met"
    assert [f.rule for f in findings] == ["RC-SECT-001"] * 8
    assert findings[0].message.endswith("there is no heading for it in the report.")


SIGN_OFFS = ["Priya Lal\nFamily Support Worker, Northgate Family Hub\n2 March 2026",
             "Dr O. Mensah\nSpeciality Doctor, Riverside Clinic",
             "Tom Ashby\n14/01/2026"]


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
def test_a_sign_off_over_several_lines_does_not_fill_the_last_section(sign_off):
    """The name on one line and the role or date under it close the report: "N/A" above them stays a placeholder."""
    criterion, [finding] = judge(report(P8, "heading", answers={7: "N/A"}, sign_off=[sign_off]))
    assert criterion.status == "partial"
    assert finding.message == ("Section 8 'Need identified and service provision' is empty: it holds only the "
                               "placeholder 'N/A' (page 1, paragraph 19).")
    assert finding.quote == "N/A"


@pytest.mark.parametrize("last", ["Next Steps\nThe family worker will visit weekly until the review.",
                                  "Weekly Visits\nTo carry on as agreed with Mum"])
def test_a_short_closing_paragraph_under_a_title_line_is_still_content(last):
    """A title line over a sentence, or over words with no role or date, is the author's answer, not a sign-off."""
    criterion, findings = judge(report(P8, "heading", answers={7: "N/A"}, sign_off=[last]))
    assert (criterion.status, findings) == ("met", [])


def with_subheading(lead: list[str], subheading: str = "Mr Carter (stepfather)") -> Document:
    """A p8 report whose parents' views hold `lead`, then a bold heading of the author's own with an answer."""
    blocks = [para(line) for line in HEADER]
    for n, h in enumerate(P8):
        blocks.append(para(h, bold=True))
        if n == 5:
            blocks += [*(para(line) for line in lead), para(subheading, bold=True), para(ANSWER)]
        else:
            blocks.append(para(ANSWER))
    return document(blocks)


@pytest.mark.parametrize("lead", [["As above."], ["Please refer to section 3."], ["Not known"]])
def test_a_placeholder_answer_before_the_authors_own_subheading_is_empty(lead):
    """The words under the form's heading answer it: what follows a heading the form does not print answers
    something else."""
    criterion, [finding] = judge(with_subheading(lead))
    assert criterion.status == "partial"
    assert finding.message.startswith(f"Section 6 'Parent/carer views' is empty: it holds only the placeholder "
                                      f"'{lead[0]}'")


@pytest.mark.parametrize("lead", [[], ["Mum told me on 3 March that she wants the children home by the summer."]])
def test_subheadings_under_a_section_with_no_lead_or_a_real_one_are_its_content(lead):
    criterion, findings = judge(with_subheading(lead, subheading="Mother"))
    assert (criterion.status, findings) == ("met", [])
