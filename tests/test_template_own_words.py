"""A report in the author's own words whose headings name two forms' sections about as well follows the form whose
order they keep: the child's views before the parenting and the sharing dates last are the Assessment Framework form,
not the eight areas; and a heading on the family's life at home in the parenting slot of that form answers it, while
one speaking of no parenting, or standing out of that slot, does not."""

from reportcheck.check import check_text

TOP = ["# Riverside Nursery report to the Initial Child Protection Conference", "Child: Kian Doyle (DOB 02/02/2022)",
       "Parent: Ms Tara Doyle (mother)", ""]
SECTIONS = {
    "Kian's family at home": "Kian lives with his mother Ms Tara Doyle; his father Mr Sean Doyle has him on Saturdays.",
    "How we know Kian": "Kian started with us in September 2024 and comes three days a week; last seen 02/03/2026.",
    "How Kian is doing at nursery": "His speech is behind for his age and he is often too tired to play.",
    "What Kian has told us": 'Kian said "Mummy sleeps in the day" and "I like the sand".',
    "Home life as nursery sees it": "Ms Doyle is loving at collection but often late; Mr Doyle keeps to his Saturdays.",
    "Family circumstances": "The family receive Universal Credit and are in rent arrears; an aunt helps at weekends.",
    "What we think this means for Kian": "His tiredness fits a mother who sleeps in the day; without change his "
                                         "development will fall further behind, though his father is a strength.",
    "What nursery will do next": "Extra speech sessions and a daily key-person check-in.",
    "Sharing this report": "I went through this report with Ms Doyle and Mr Doyle on 05/03/2026.",
    "Sharing with Kian": "Kian is three and too young to have the report shared with him.",
}


def required(sections: dict[str, str]):
    lines = list(TOP)
    for heading, body in sections.items():
        lines += [f"## {heading}", body, ""]
    result = check_text("\n".join(lines))
    return result.template.id, result.criteria["required_sections"]


def test_headings_in_the_assessment_framework_order_follow_that_form():
    template, criterion = required(SECTIONS)
    assert (template, criterion.status, criterion.reasons) == ("assessment-framework", "met", [])


def test_without_the_sharing_and_household_headings_the_same_report_follows_the_eight_areas():
    kept = {h: b for h, b in SECTIONS.items() if not h.startswith(("Sharing", "Kian's family"))}
    template, criterion = required(kept)
    assert template == "p8"
    assert criterion.reasons[0].startswith("Section 3 'Capacity of the parents/carers to safeguard and promote the "
                                           "child's welfare' is missing")


def test_a_heading_in_the_parenting_slot_that_speaks_of_no_parenting_leaves_it_missing():
    sections = {("Home visit in March" if h.startswith("Home life") else h): b for h, b in SECTIONS.items()}
    template, criterion = required(sections)
    assert (template, criterion.status) == ("assessment-framework", "partial")
    assert criterion.reasons == ["Section 'Parenting capacity' is missing: there is no heading for it after 'What "
                                 "Kian has told us' (paragraph 10). Add the heading 'Parenting capacity' after 'What "
                                 "Kian has told us' (paragraph 10) and write under it. Say how well each parent or "
                                 "carer, including the father or any male carer, meets the child's needs and keeps "
                                 "the child safe."]


def test_a_life_at_home_heading_out_of_the_parenting_slot_is_not_the_parenting():
    sections = dict(SECTIONS)
    sections.pop("Home life as nursery sees it")
    sections["Life after nursery"] = "Kian goes to his aunt's after nursery on Fridays."
    template, criterion = required(sections)
    assert (template, criterion.status) == ("assessment-framework", "partial")
    assert "'Parenting capacity' is missing" in criterion.reasons[0]
