"""facts: a letter with no date fields still gives its dates. The line naming the conference with a date straight
after it ("Initial Child Protection Conference, 5 March 2027") gives the conference date, and a date alone on a line
above "Dear ..." the report date; so sharing planned after the conference is seen to be after it. A date alone with
no salutation after it, or a conference named with no date beside it, gives nothing."""

from datetime import date

from reportcheck.check import check_text

LETTER = """Brookside Surgery

Friday 3 March 2027

The Chair, Safeguarding Unit, Town Hall

Dear Chair,

Re: Lily HART, DOB 01/02/2020, 4 Mill Lane
{conference}

Lily is registered with the practice and was last seen on 10/01/2027 with a cough. Her mother, Ms Gemma Hart, told
me Lily sleeps well. I will go through this letter with Ms Hart at her appointment on 9 March 2027.

Yours sincerely,
Dr Neil Shaw, GP
"""


def _check(conference="Initial Child Protection Conference, 5 March 2027", text=LETTER):
    return check_text(text.format(conference=conference))


def test_the_conference_line_and_the_date_line_give_the_dates():
    result = _check()
    assert result.facts.conference_date == date(2027, 3, 5)
    assert result.facts.report_date == date(2027, 3, 3)


def test_sharing_planned_after_the_conference_is_seen_to_be_after_it():
    criterion = _check().criteria["shared_with_parents"]
    assert criterion.status == "not_met"
    assert criterion.reasons == ["The date the report was shared (09/03/2027) is after the conference (05/03/2027)."]


def test_other_ways_of_writing_the_conference_line():
    assert _check("Review Child Protection Conference: Tuesday 7/3/2027").facts.conference_date == date(2027, 3, 7)
    assert _check("Child Protection Conference - 6 March 2027").facts.conference_date == date(2027, 3, 6)


def test_a_conference_named_with_no_date_beside_it_gives_none():
    result = _check("Initial Child Protection Conference. The incident was on 14/02/2027.")
    assert result.facts.conference_date is None


def test_a_date_alone_with_no_salutation_after_it_is_not_the_report_date():
    form = LETTER.replace("Dear Chair,\n", "")
    assert _check(text=form).facts.report_date is None
