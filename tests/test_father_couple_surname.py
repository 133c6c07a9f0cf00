"""father_involvement: where the report never writes "father" or "dad" (a letter), a man named in full with the
children's surname whom the report calls "he" ("working with Rukhsana and Tariq Malik and the children") is their
father or male carer, as "Mr Malik" already was; a woman, a man with another surname or a man named as someone else
(an uncle) is not."""

from reportcheck.check import check_text

LETTER = """Dear Conference Chair,

Re: Safa Malik (DOB 02.02.2019) and Adam Malik (DOB 14.08.2022), 12 Mill Lane, Bolton. Initial Child Protection
Conference, 10 March 2026

I have been the family support worker for Rukhsana and Tariq Malik and the children since October 2025.

Tariq was made redundant in January and he has been drinking heavily since; the police were called to the house
twice.

{met}

Safa told me at school "I hide under my bed when it is loud." Adam was playing with blocks and went to his mum for a
cuddle when the door banged.

I think the children are frightened at home and the drinking puts them at risk, though both parents love them and
Rukhsana has kept them in school.

I read this letter with Rukhsana at home on 6 March 2026.

Yours sincerely,

Jo Bell
Family Support Worker
"""

NAMED_ONLY = LETTER.format(met="The house was cold when I visited.")
MET = "I met Tariq at the Family Hub on 3 March 2026; he told me he wants help with his drinking."


def _father(text):
    return check_text(text).criteria["father_involvement"]


def test_the_childrens_surname_and_he_make_him_the_father_and_what_he_said_meets_it():
    criterion = _father(LETTER.format(met=MET))
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote == MET


def test_named_only_he_is_partial_and_named_in_the_reason():
    criterion = _father(NAMED_ONLY)
    assert criterion.status == "partial"
    assert "Tariq Malik" in criterion.reasons[0]


def test_a_woman_with_the_surname_is_not_a_father():
    text = NAMED_ONLY.replace("Tariq was made redundant in January and he",
                              "Rukhsana was made redundant in January and she")
    text = text.replace("Rukhsana and Tariq Malik", "Rukhsana Malik")
    assert _father(text).status == "not_met"


def test_a_man_named_as_an_uncle_is_not_a_father():
    text = NAMED_ONLY.replace("for Rukhsana and Tariq Malik and the children",
                              "for Rukhsana Malik and the children; their uncle, Tariq Malik, visits most days")
    assert _father(text).status == "not_met"


def test_a_man_with_another_surname_is_not_taken_for_the_father():
    text = NAMED_ONLY.replace("Rukhsana and Tariq Malik", "Rukhsana Malik and Tariq Hanif")
    assert _father(text).status == "not_met"


def test_a_teenage_brother_with_the_surname_is_not_taken_for_the_father():
    text = NAMED_ONLY.replace("for Rukhsana and Tariq Malik and the children",
                              "for Rukhsana Malik, Tariq Malik (17) and the children")
    assert _father(text).status == "not_met"
