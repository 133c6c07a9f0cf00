"""facts: "grandparents" followed by two names ("her grandparents, Mrs Jean Hope and Mr Alan Hope") makes both of them
grandparents, so a man named there with the children's surname is not taken for their father (DOMAIN.md's
grandfather trap); a place before "(grandparents)" is no one."""

from reportcheck.check import check_text

REPORT = """Report to Initial Child Protection Conference
Children: Lily Hope (DOB 01/02/2015); Max Hope (DOB 03/04/2019)
Address: 8 Vale Road, Buxton (maternal grandparents)
Conference date: 12/05/2026

Family and environmental factors
Since June the children have lived with their maternal grandparents, Mrs Jean Hope and Mr Alan Hope. {line}
"""


def _check(line=""):
    return check_text(REPORT.format(line=line))


def test_both_names_after_grandparents_are_grandparents_and_no_place_is():
    family = [(p.name, p.relation) for p in _check().facts.family]
    assert ("Mrs Jean Hope", "grandparent") in family and ("Mr Alan Hope", "grandparent") in family
    assert not any("Buxton" in name for name, _ in family)


def test_a_grandfather_with_the_childrens_surname_is_no_father():
    criterion = _check("Mr Hope drives them to school and told me they are settled.").criteria["father_involvement"]
    assert criterion.status == "not_met"
    assert "does not mention the father" in criterion.reasons[0]


def test_a_father_named_beside_them_is_still_the_father():
    criterion = _check("Their father, Mr Dean Hope, told me he visits on Sundays.").criteria["father_involvement"]
    assert criterion.status == "met"
    assert "Mr Dean Hope" in criterion.evidence[0].quote
