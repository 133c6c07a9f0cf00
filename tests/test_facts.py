"""Facts from header fields, form tables and sign-off: children, dates, author, family, agency."""

from __future__ import annotations

from datetime import date

import pytest

from reportcheck.document import Block, BlockKind, Location
from reportcheck.result import ChildFacts
from reportcheck.structure import analyse
from reportcheck.structure.dates import parse_date
from reportcheck.structure.facts import parse_children
from test_structure import ASSESSMENT_FRAMEWORK, HEADER, P8, document, form_rows, para, report


@pytest.mark.parametrize("written", ["14th November 2025", "14 November 2025", "14 Nov 2025", "14 Nov. 2025",
                                     "14/11/25", "14/11/2025", "14.11.2025", "14-11-2025", "2025-11-14",
                                     "the 14th of November 2025", "November 14th, 2025"])
def test_each_uk_date_form(written):
    assert parse_date(f"Date of conference: {written}") == date(2025, 11, 14)


@pytest.mark.parametrize("written", ["11/14/2025", "31/02/2025", "1.5 hours", "14/11", "Room 14"])
def test_no_us_order_and_no_invented_dates(written):
    assert parse_date(written) is None


def facts_of(*lines: str):
    return analyse(report(P8, "heading", header=list(lines), sign_off=[])).facts


def test_header_fields():
    facts = facts_of("Date of conference: 18th November 2025", "Date of report: 13/11/25",
                     "Report prepared by: Jane Brown", "Designation: Designated Safeguarding Lead",
                     "Date report shared with parents/carers: 14.11.2025", "Date report shared with child: 15.11.2025")
    assert facts.conference_date == date(2025, 11, 18)
    assert facts.report_date == date(2025, 11, 13)
    assert (facts.author, facts.role) == ("Jane Brown", "Designated Safeguarding Lead")
    assert facts.shared_date == date(2025, 11, 14)
    assert facts.shared_with_child_date == date(2025, 11, 15)


@pytest.mark.parametrize("label", ["Name and designation of author", "Name and role", "Author's name and designation",
                                   "Completed by (name and role)", "Name & job title of report author"])
def test_a_label_asking_for_the_author_with_their_role(label):
    facts = facts_of("GP: Dr Amir Shah, Townhill Medical Centre", f"{label}: Jo Hart, School Nurse")
    assert (facts.author, facts.role) == ("Jo Hart", "School Nurse")


@pytest.mark.parametrize("label", ["GP", "Child's GP", "Registered GP", "GP practice", "GP surgery"])
def test_the_childs_gp_in_the_header_is_not_the_author(label):
    facts = facts_of(f"{label}: Dr Amir Shah, Townhill Medical Centre")
    assert facts.author is None


def test_a_titled_professional_in_the_header_is_still_the_author():
    facts = facts_of("Health Visitor: Grace Obi, Specialist Community Public Health Nurse")
    assert (facts.author, facts.role) == ("Grace Obi", "Specialist Community Public Health Nurse")


def test_unknown_facts_stay_none():
    facts = facts_of("Report to conference")
    assert facts.conference_date is None and facts.author is None and facts.shared_date is None
    assert facts.children == []


def test_a_sibling_group_on_one_line():
    facts = facts_of("Children: Ruby Hall (DOB 02/04/2016), Cody Hall (2)")
    assert [(c.name, c.dob, c.age, c.unborn) for c in facts.children] == [
        ("Ruby Hall", date(2016, 4, 2), None, False), ("Cody Hall", None, "2", False)]


def test_a_sibling_group_and_an_unborn_baby():
    facts = facts_of("Name of Child/ren Subject of Conference: Mia Lee aged 4, Jack Lee (18 months) and unborn baby "
                     "(EDD 01/02/2026)")
    assert [(c.name, c.age, c.unborn, c.due_date) for c in facts.children] == [
        ("Mia Lee", "4", False, None), ("Jack Lee", "18 months", False, None), (None, None, True, date(2026, 2, 1))]


def test_an_unborn_baby_with_a_due_date_field():
    facts = facts_of("Unborn baby: Baby Smith", "EDD: 3rd March 2026")
    assert [(c.unborn, c.due_date, c.dob) for c in facts.children] == [(True, date(2026, 3, 3), None)]


def test_children_listed_in_a_household_table():
    rows = [["Name", "Relationship to child", "D.O.B."], ["Ruby Hall", "Subject child", "02/04/2016"],
            ["Cody Hall", "Subject child", "14/06/2023"], ["Sarah Hall", "Mother", "01/01/1994"],
            ["Liam Hall", "Father", "05/05/1990"]]
    table = [Block(kind=BlockKind.table_cell, text=text, location=Location(table=1, row=r, column=c))
             for r, row in enumerate(rows, start=1) for c, text in enumerate(row, start=1)]
    facts = analyse(document(table + [para("1. Details of service involvement"), para("Known since 2020.")])).facts
    assert [(c.name, c.dob) for c in facts.children] == [("Ruby Hall", date(2016, 4, 2)),
                                                         ("Cody Hall", date(2023, 6, 14))]
    assert [(p.name, p.relation) for p in facts.family] == [("Sarah Hall", "mother"), ("Liam Hall", "father")]


def test_header_in_a_form_table():
    rows = [("Name of child", "Ruby Hall"), ("Date of birth", "02/04/2016"), ("Date of Conference", "18/11/2025"),
            ("Report prepared by", "PC 4321 Sam Green"), ("Agency", "MASH Police")]
    facts = analyse(document(form_rows(rows, 0) + [para(h) for h in P8])).facts
    assert [(c.name, c.dob) for c in facts.children] == [("Ruby Hall", date(2016, 4, 2))]
    assert facts.conference_date == date(2025, 11, 18)
    assert facts.author == "PC 4321 Sam Green"


@pytest.mark.parametrize("line, person", [
    ("Mother: Sarah Hall", ("Sarah Hall", "mother")),
    ("Ruby lives with Dad (Liam Hall) and her brother.", ("Liam Hall", "father")),
    ("Step-father: Dean Morris", ("Dean Morris", "stepfather")),
    ("Mum's partner - Kyle Ross", ("Kyle Ross", "mother's partner")),
    ("Maternal grandmother: Ann Hall", ("Ann Hall", "grandparent")),
    ("Ruby's father Liam Hall works away.", ("Liam Hall", "father")),
    ("Sarah Hall (mother) attended.", ("Sarah Hall", "mother")),
])
def test_named_family_members(line, person):
    facts = analyse(report(P8, "heading", answers={0: line})).facts
    assert person in [(p.name, p.relation) for p in facts.family]


def test_a_relation_without_a_name_is_no_person():
    facts = analyse(report(P8, "heading", answers={0: "Father: not known. Mum, who was tired, said little."})).facts
    assert facts.family == []


def test_a_letter_gives_its_child_dates_and_signature():
    letter = ["Castle Street Medical Practice", "Re: Tyler Hobbs, DOB 12.08.2020, 9 Garside Walk, Bolton",
              "Date: 10.11.2025", "Dear Chair,",
              "Thank you for the invitation to the Initial Child Protection Conference on 14.11.2025.",
              "Tyler has been registered with the practice since birth.", "Yours sincerely,", "Dr Farah Ahmed",
              "GP Partner"]
    structure = analyse(document([para(line) for line in letter]))
    facts = structure.facts
    assert [(c.name, c.dob) for c in facts.children] == [("Tyler Hobbs", date(2020, 8, 12))]
    assert (facts.report_date, facts.conference_date) == (date(2025, 11, 10), date(2025, 11, 14))
    assert (facts.author, facts.role) == ("Dr Farah Ahmed", "GP Partner")
    assert (structure.agency, structure.agency_evidence) == ("gp", "GP Partner")


def test_a_date_inside_a_section_is_not_the_report_date():
    facts = analyse(report(P8, "heading", answers={0: "Date: 01/01/2020 first contact."},
                           sign_off=["Signed: Jane Brown"])).facts
    assert facts.report_date is None


@pytest.mark.parametrize("sign_off, agency, evidence", [
    ("Designation: Designated Safeguarding Lead, Oakfield Primary School", "school_primary",
     "Designated Safeguarding Lead, Oakfield Primary School"),
    ("PC 1234 Sam Green", "police", "PC 1234 Sam Green"),
    ("Role: MASH Police", "police", "MASH Police"),
    ("Amanda Kaur, Health Visitor", "health_visitor", "Amanda Kaur, Health Visitor"),
    ("Role: Community Midwife", "maternity", "Community Midwife"),
    ("Sam Lee, School Nurse, Oakfield High School", "school_nurse", "Sam Lee, School Nurse, Oakfield High School"),
    ("Head of Year 9, Northgate High School", "school_secondary", "Head of Year 9, Northgate High School"),
    ("Owen Price RMN, Mental Health Practitioner, CAMHS, 26/11/2025", "camhs",
     "Owen Price RMN, Mental Health Practitioner, CAMHS, 26/11/2025"),
    ("Gemma Moore, IDVA, 03.12.2025", "other", "Gemma Moore, IDVA, 03.12.2025"),
])
def test_agency_from_designation_and_sign_off(sign_off, agency, evidence):
    structure = analyse(report(P8, "heading", sign_off=[sign_off]))
    assert (structure.agency, structure.agency_evidence) == (agency, evidence)


def test_agency_unknown_and_override():
    assert analyse(report(P8, "heading")).agency == "unknown"
    structure = analyse(report(P8, "heading"), agency="housing")
    assert (structure.agency, structure.agency_evidence) == ("housing", None)
    with pytest.raises(ValueError, match="social_worker"):
        analyse(report(P8, "heading"), agency="plumber")


@pytest.mark.parametrize("year, agency", [("Year group: Year 10", "school_secondary"), ("Year: 4", "school_primary"),
                                          ("Class: Reception", "school_primary"), ("Pupil of Oakfield", "unknown")])
def test_a_schools_phase_comes_from_the_pupils_year_group(year, agency):
    structure = analyse(report(P8, "heading", header=[*HEADER, year],
                               sign_off=["Daniel Ashworth, DSL, Thornbury Academy, 21/11/2025"]))
    assert structure.agency == agency


def test_a_form_row_of_children_and_a_completed_date():
    rows = [("Children in household", "Harley Cross (DOB 19/01/2014), Jessie Cross (DOB 08/10/2020)"),
            ("Child protection plan", "Yes, since 2024"), ("Report completed", "14 November 2025")]
    facts = analyse(document(form_rows(rows, 0) + [para(h) for h in P8])).facts
    assert [c.name for c in facts.children] == ["Harley Cross", "Jessie Cross"]
    assert facts.report_date == date(2025, 11, 14)


def test_the_adult_a_letter_is_about_is_not_a_child():
    letter = ["Re: Craig Sutton (DOB 03/09/1988)", "Date: 05/12/2025", "Dear Chair,", "Mr Sutton is on licence."]
    assert analyse(document([para(line) for line in letter])).facts.children == []


def test_dates_shared_from_the_forms_own_sharing_sections():
    answers = {8: "Shared with Ms Hall at home on 04.12.2025; she has a copy.",
               9: "I went through it with Ruby on 5th December 2025."}
    facts = analyse(report(ASSESSMENT_FRAMEWORK, "heading", answers=answers)).facts
    assert (facts.shared_date, facts.shared_with_child_date) == (date(2025, 12, 4), date(2025, 12, 5))


def test_first_person_words_are_not_family_names():
    facts = analyse(report(P8, "heading", answers={5: 'Her mother, I\'m told, said "leave it".'})).facts
    assert facts.family == []


def test_school_details_beside_each_child_are_not_children():
    from reportcheck.structure.facts import parse_children

    found = parse_children("Ruby HOLLIS (15), Year 10, Kingsmead High; Alfie HOLLIS (9), Year 5, Brookfield Primary")
    assert [(c.name, c.age) for c in found] == [("Ruby HOLLIS", "15"), ("Alfie HOLLIS", "9")]


def test_a_letters_re_line_gives_every_child_and_stops_at_the_address():
    letter = ["Re: Mia Fox (DOB 02/05/2019) and Alfie Fox (DOB 11/01/2023), 14 Elm Court, Selby. "
              "Conference 9 March 2026.", "Date: 02/03/2026", "Dear Chair,", "Both children are registered here."]
    facts = analyse(document([para(line) for line in letter])).facts
    assert [(c.name, c.dob) for c in facts.children] == [("Mia Fox", date(2019, 5, 2)),
                                                         ("Alfie Fox", date(2023, 1, 11))]


def test_a_re_line_about_the_parent_lists_the_children_after_a_dash():
    letter = ["Re: Dawn Rix (DOB 04/07/1990) - children Leah Rix (DOB 03/03/2017) and Sam Rix (DOB 20/10/2021); "
              "conference 9 March 2026", "Date: 02/03/2026", "Dear Chair,", "Ms Rix attends weekly."]
    facts = analyse(document([para(line) for line in letter])).facts
    assert [c.name for c in facts.children] == ["Leah Rix", "Sam Rix"]


def test_a_re_line_naming_only_the_conference_is_no_child():
    letter = ["Patient: Ellie Moss, DOB 06/09/2021, 17 Ash Grove, Bury", "Date: 12/01/2026",
              "Re: Initial Child Protection Conference, 15th January 2026", "Dear Chair,", "Ellie is registered here."]
    facts = analyse(document([para(line) for line in letter])).facts
    assert [(c.name, c.dob) for c in facts.children] == [("Ellie Moss", date(2021, 9, 6))]


@pytest.mark.parametrize("line, names", [
    ("Subjects: FOX, Mia (DOB 02/05/2019); FOX, Alfie (DOB 11/01/2023)", ["Mia", "Alfie"]),
    ("Household: Ms Jo Fox (tenant), Mr Dan Fox, Mia Fox (6), Alfie Fox (2)", ["Mia Fox", "Alfie Fox"]),
    ("Pupil: Mia Fox (DOB 02/05/2019)", ["Mia Fox"]),
    ("Baby: Alfie Fox, born 11/01/2025 (10 months)", ["Alfie Fox"]),
    ("Child's name and DOB: Mia Fox, 02/05/2019", ["Mia Fox"]),
    ("Young person: Mia Fox, Year 11, born 02/05/2010", ["Mia Fox"]),
    ("Young people: Mia Fox (15), Alfie Fox (13)", ["Mia Fox", "Alfie Fox"]),
    ("Child(ren): Mia Fox, 7; Alfie Fox, 18 months", ["Mia Fox", "Alfie Fox"]),
    ("Name of children: Mia Fox (DOB 02/05/2019) - Year 2, Oak Hill Primary; Alfie Fox (DOB 11/01/2023) - Nursery",
     ["Mia Fox", "Alfie Fox"]),
])
def test_children_under_other_labels_and_beside_adults(line, names):
    assert [c.name for c in facts_of(line).children] == names


def test_an_unborn_baby_of_a_named_mother_is_the_baby_not_the_mother():
    facts = facts_of("Unborn baby of: Kim Ray (DOB 12/03/2002)", "EDD: 18/02/2027")
    assert [(c.name, c.unborn, c.due_date) for c in facts.children] == [(None, True, date(2027, 2, 18))]


def test_an_adult_by_age_and_a_date_after_the_report_are_not_children():
    facts = facts_of("Date of report: 01/03/2026", "Children: Jo Fox (34), Mia Fox (6), Leo Fox (DOB 12/04/2026)")
    assert [c.name for c in facts.children] == ["Mia Fox"]


def test_a_date_of_birth_field_is_not_a_list_of_children():
    assert facts_of("Child DOB: 02/05/2019").children == []


def test_an_unborn_baby_field_keeps_its_due_date():
    facts = facts_of("Unborn baby: due 01/03/2026", "Mother: Kim Ray")
    assert [(c.unborn, c.due_date) for c in facts.children] == [(True, date(2026, 3, 1))]


def test_baby_and_a_surname_is_no_first_name():
    """"Baby Ray" would otherwise make the family name stand for the child, and the mother's words the baby's."""
    facts = facts_of("Child: Baby Ray (born 01/10/2025)")
    assert [(c.name, c.dob) for c in facts.children] == [(None, date(2025, 10, 1))]


@pytest.mark.parametrize("value, children", [
    ("ICPC for Mia Fox (7) and Alfie Fox (2)", [("Mia Fox", "7"), ("Alfie Fox", "2")]),
    ("Initial Child Protection Conference, 15th January 2026", []),
    ("Mia Fox, 7, Mum Jo Fox, 33", [("Mia Fox", "7")]),
])
def test_the_conference_and_a_parent_beside_the_children(value, children):
    from reportcheck.structure.facts import parse_children

    assert [(c.name, c.age) for c in parse_children(value)] == children


@pytest.mark.parametrize("line, names", [
    ("Subject(s): Mia FOX (DOB 02/05/2019); Alfie FOX (DOB 11/01/2023)", ["Mia FOX", "Alfie FOX"]),
    ("Young person(s): Mia Fox (15)", ["Mia Fox"]),
    ("Parent/carer(s): Jo FOX (DOB 14/08/1995)", []),  # "(s)" makes no field a list of children
])
def test_a_plural_s_in_brackets_is_the_same_label(line, names):
    assert [c.name for c in facts_of(line).children] == names


@pytest.mark.parametrize("value, children", [
    ("Mum - Jo Fox; Mum's partner - Dan Cole; Dad - Lee Fox (Hull)", []),
    ("Mother \u2013 Jo Fox, Mia Fox (7)", ["Mia Fox"]),
    ("Mia Fox (7) - Year 2; Alfie Fox (2)", ["Mia Fox", "Alfie Fox"]),  # a dash with no relation still divides
])
def test_a_relation_before_a_dash_names_an_adult_not_a_child(value, children):
    from reportcheck.structure.facts import parse_children

    assert [c.name for c in parse_children(value)] == children


def test_header_lines_a_pdf_ran_together_are_still_separate_fields():
    facts = facts_of("Our ref: WK/0931 Date: 3rd March 2026",
                     "Re: Mr Tom Reed, DOB 01/01/1985 Children: Zara Reed (DOB 05/05/2019) and Finn Reed "
                     "(DOB 06/06/2021) Date of conference: 10th March 2026")
    assert [(c.name, c.dob) for c in facts.children] == [("Zara Reed", date(2019, 5, 5)),
                                                         ("Finn Reed", date(2021, 6, 6))]
    assert (facts.report_date, facts.conference_date) == (date(2026, 3, 3), date(2026, 3, 10))


def test_a_colon_inside_a_value_that_opens_no_field_keeps_the_value_whole():
    facts = facts_of("Report prepared by: Jo Hart, School Nurse: Eastside Locality Team")
    assert (facts.author, facts.role) == ("Jo Hart", "School Nurse: Eastside Locality Team")


def test_a_field_label_run_into_the_value_before_it_is_cut_off():
    facts = facts_of("Report prepared by: Jo Hart Designation: School Nurse")
    assert (facts.author, facts.role) == ("Jo Hart", "School Nurse")


@pytest.mark.parametrize("value", ["Re: Ms Ann Lee, DOB 01/02/1990, NHS No. 485 221 9937",
                                   "Re: Ms Ann Lee, NHS number 4852219937, hospital no: K20417"])
def test_a_labelled_number_in_the_header_is_no_childs_name(value):
    assert facts_of(value).children == []


def test_a_child_beside_a_labelled_number_is_still_found():
    facts = facts_of("Name of child: Zara Reed (DOB 05/05/2019), UPN K829104771")
    assert [(c.name, c.dob) for c in facts.children] == [("Zara Reed", date(2019, 5, 5))]


def test_a_name_the_form_cell_wrapped_onto_two_lines_is_one_child():
    rows = [("Name(s) of child(ren) and DOB", "Zara REED (05/05/2019); Finn\nOKORO (06/06/2021)")]
    facts = analyse(document(form_rows(rows, 0) + [para(h) for h in P8])).facts
    assert [(c.name, c.dob) for c in facts.children] == [("Zara REED", date(2019, 5, 5)),
                                                         ("Finn OKORO", date(2021, 6, 6))]


def test_children_on_their_own_lines_of_a_cell_stay_separate():
    rows = [("Children", "Zara Reed (05/05/2019)\nFinn Reed (06/06/2021)")]
    facts = analyse(document(form_rows(rows, 0) + [para(h) for h in P8])).facts
    assert [c.name for c in facts.children] == ["Zara Reed", "Finn Reed"]


@pytest.mark.parametrize("value, name", [
    ("Esme KNIGHT-WARD   DOB 01/02/2024   NHS no. on file", "Esme KNIGHT-WARD"),
    ("Esme Knight DOB 01/02/2024 Gender F", "Esme Knight"),
    ("Esme Knight, DOB 01/02/2024", "Esme Knight"),
])
def test_a_header_label_after_the_name_is_no_part_of_it(value, name):
    assert [c.name for c in facts_of("Child: " + value).children] == [name]


@pytest.mark.parametrize("value", ["Theodore (Teddy) BLAKE (6)", "Theodore Blake, known as Teddy, DOB 03/03/2019",
                                   "Theodore 'Teddy' Blake (6)", "Theodore Blake (aka Teddy), 6"])
def test_a_known_as_name_is_kept_with_the_child(value):
    assert [c.name.lower() for c in facts_of("Child: " + value).children] == ["theodore (teddy) blake"]


def test_a_word_in_brackets_that_is_no_name_is_no_known_as_name():
    assert [c.name for c in facts_of("Child: Theodore Blake (Male), DOB 03/03/2019").children] == ["Theodore Blake"]


def test_children_separated_by_a_slash_are_two_children():
    facts = facts_of("Children: Poppy LANE (5) DOB 03.04.2020 / Arlo FINCH (2) DOB 09.09.2023")
    assert [(c.name, c.age) for c in facts.children] == [("Poppy LANE", "5"), ("Arlo FINCH", "2")]


def test_a_date_written_with_spaced_slashes_is_not_split():
    facts = facts_of("Children: Poppy Lane, DOB 03 / 04 / 2020")
    assert [(c.name, c.dob) for c in facts.children] == [("Poppy Lane", date(2020, 4, 3))]


def _family(rows, text):
    blocks = form_rows(rows, 0) + [para(h) for h in P8[:1]] + [para(line) for line in text]
    blocks += [para(h) for h in P8[1:]]
    return [(p.name, p.relation) for p in analyse(document(blocks)).facts.family]


def test_relation_rows_of_a_form_name_the_family():
    family = _family([("Name of child", "Skye Barker (DOB 03/03/2019)"), ("Mother", "Toni BARKER, DOB 02/03/1995"),
                      ("Father of the unborn baby", "Ashley Vine (DOB 11/11/1993)"), ("Stepfather", "Not known")],
                     ["Known to the service since 2022."])
    assert ("Toni BARKER", "mother") in family
    assert ("Ashley Vine", "father") in family
    assert not [p for p in family if p[1] == "stepfather"]


@pytest.mark.parametrize("line", [
    "Toni's father, Keith Barker, lives two streets away.",
    "Ms Barker's dad, Keith Barker, helps with the school run.",
    "Toni Barker (23) has moved back in with her father Keith Barker.",
    "Ms Barker is tired. She takes Skye to school each day. Her father, Keith Barker, collects her.",
])
def test_a_parent_of_an_adult_is_a_grandparent(line):
    family = _family([("Name of child", "Skye Barker (DOB 03/03/2019)"), ("Mother", "Toni Barker")], [line])
    assert ("Keith Barker", "grandparent") in family
    assert ("Keith Barker", "father") not in family


@pytest.mark.parametrize("line", [
    "Skye lives with her father, Ashley Vine, at weekends.",
    "Skye's father, Ashley Vine, works away.",
])
def test_the_childs_own_father_stays_the_father(line):
    family = _family([("Name of child", "Skye Barker (DOB 03/03/2019)"), ("Mother", "Toni Barker")], [line])
    assert ("Ashley Vine", "father") in family


def test_the_child_named_after_a_relation_is_not_that_relative():
    family = _family([("Name of child", "Skye Barker (DOB 03/03/2019)")],
                     ["When I asked about her dad, Skye said she misses him."])
    assert family == []


def _children_with_rows_in_a_section(rows, header=HEADER):
    """Facts of a p8 report whose first section holds a two-column table with `rows` (as a PDF may place the header
    table inside a section, or a form lays out each child's views)."""
    from test_structure import heading
    blocks = [para(line) for line in header] + [heading(P8[0], "heading"), para("Known to the service since 2024.")]
    blocks += form_rows(rows, len(blocks))
    for h in P8[1:]:
        blocks += [heading(h, "heading"), para("I visited the family on 12/11/2025 and the home was warm.")]
    structure = analyse(document(blocks))
    assert structure.block_section[len(header) + 2] == "involvement"  # the table sits inside a section
    return [(c.name, c.unborn, c.due_date) for c in structure.facts.children]


@pytest.mark.parametrize("answer", ["Unborn baby of Kirsty Lane (EDD 14/03/2026)", "An unborn child, EDD 14/03/2026"])
def test_a_form_row_naming_an_unborn_baby_as_the_child_is_found_inside_a_section(answer):
    children = _children_with_rows_in_a_section([("Child", answer), ("Mother", "Kirsty Lane")], header=["Report"])
    assert children == [(None, True, date(2026, 3, 14))]


@pytest.mark.parametrize("answer", [
    "Ruby said she is excited about the unborn baby Mum is expecting in March.",
    "Ruby Hall (DOB 02/04/2016) - seen alone at school",
    "Pregnant mother; baby due 14/03/2026",
])
def test_a_child_row_inside_a_section_that_names_no_unborn_child_adds_no_child(answer):
    children = _children_with_rows_in_a_section([("Child", answer), ("Views", "She likes school.")])
    assert children == [("Ruby Hall", False, None)]


def test_an_unborn_baby_the_header_names_is_not_counted_twice():
    header = ["Report to Initial Child Protection Conference", "Unborn baby of: Kirsty Lane (EDD 14/03/2026)"]
    children = _children_with_rows_in_a_section([("Child", "Unborn baby of Kirsty Lane (EDD 14/03/2026)")], header)
    assert children == [(None, True, date(2026, 3, 14))]


@pytest.mark.parametrize("line", [
    "Child / unborn: Unborn baby of Nadia Price (EDD 14/02/2027); Toby Price-Hart (DOB 05/06/2024)",
    "Subject child / unborn: Baby of Nadia Price, due 14/02/2027; Toby Price-Hart (DOB 05/06/2024)",
])
def test_a_field_for_the_unborn_baby_may_also_list_a_living_child(line):
    facts = facts_of(line)
    assert [(c.name, c.unborn, c.due_date, c.dob) for c in facts.children] == [
        (None, True, date(2027, 2, 14), None), ("Toby Price-Hart", False, None, date(2024, 6, 5))]


@pytest.mark.parametrize("line", ["Unborn baby of: Nadia Price", "Unborn child: Nadia Price, EDD 14/02/2027"])
def test_the_name_in_an_unborn_babys_field_is_the_mothers(line):
    assert [(c.name, c.unborn) for c in facts_of(line).children] == [(None, True)]


@pytest.mark.parametrize("value", [
    "Unborn baby of Keeley Barnes (mother DOB 03/06/2002)",
    "Unborn child of Keeley Barnes (mother, born 03/06/2002)",
])
def test_the_mothers_details_beside_an_unborn_baby_leave_the_baby_as_the_child(value):
    assert parse_children(value) == [ChildFacts(unborn=True)]


def test_an_unborn_babys_due_date_is_kept_beside_the_mothers_details():
    assert parse_children("Unborn baby of Keeley Barnes (mother), EDD 14/05/2026") == [
        ChildFacts(unborn=True, due_date=date(2026, 5, 14))]


def test_a_mother_listed_beside_a_child_is_still_not_a_child():
    assert [c.name for c in parse_children("Tia Barnes (4); Keeley Barnes (mother)")] == ["Tia Barnes"]
