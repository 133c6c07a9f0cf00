"""Signs of Safety forms ask for the child's and the family's views in varying places: a heading speaking of them is
placed wherever it stands (before the plan, after the strengths), while a form that fixes its order (p8) places a
heading only in its slot, and a heading that speaks of no view stays unplaced."""

from reportcheck.check import check_text

BODY = "On 04/03/2026 I visited Jayden and his mother at home; the kitchen had no working cooker."


def required(headings: list[str]):
    lines = ["# Youth service report to the Initial Child Protection Conference", "Child: Jayden Moss (DOB 09/09/2013)",
             ""]
    for heading in headings:
        lines += [f"## {heading}", BODY, ""]
    result = check_text("\n".join(lines))
    return result.template.id, result.criteria["required_sections"]


SOS = ["Summary of agency involvement", "What are we worried about?", "What is working well?"]
AFTER = ["What needs to happen?", "Scaling", "Report shared with the family"]


def test_the_childrens_heading_before_the_plan_is_the_childs_views():
    template, criterion = required([*SOS, "Parent/carer views", "The children", *AFTER])
    assert (template, criterion.status, criterion.reasons) == ("signs-of-safety", "met", [])


def test_the_parents_heading_after_the_strengths_and_before_the_childs_views_is_the_parents_views():
    template, criterion = required([*SOS, "What Mum and Dad told me", "What needs to happen?",
                                    "Child's views, wishes and feelings", "Scaling"])
    assert (template, criterion.status, criterion.reasons) == ("signs-of-safety", "met", [])


def test_a_heading_that_speaks_of_no_view_before_the_plan_stays_unplaced():
    template, criterion = required([*SOS, "Parent/carer views", "Home visit in March", *AFTER])
    assert (template, criterion.status) == ("signs-of-safety", "partial")
    assert criterion.reasons == ["Section 'Child's views, wishes and feelings' is missing: there is no heading for it "
                                 "after 'What needs to happen?' (paragraph 13). Add the heading 'Child's views, "
                                 "wishes and feelings' after 'What needs to happen?' (paragraph 13) and write under "
                                 "it. Write what each child said, in their own words, or what you observed for a baby."]


def test_a_form_that_fixes_its_order_places_no_views_heading_out_of_its_slot():
    template, criterion = required([
        "1. Details of service involvement", "2. Child's health and development", "The children",
        "3. Capacity of the parents/carers to safeguard and promote the child's welfare",
        "4. Family and environmental factors", "5. Analysis of implications for the child's future safety",
        "6. Parent/carer views", "8. Need identified and service provision"])
    assert (template, criterion.status) == ("p8", "partial")
    assert "'Child/ren's views' is missing" in criterion.reasons[0]
