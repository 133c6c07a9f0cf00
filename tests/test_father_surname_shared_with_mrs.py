"""father_involvement: a man named in full with the children's surname whom a letter calls "he" is their father or
male carer even where a woman of the family is "Mrs" by that surname ("Mrs Okoro's anxiety"): his own surname after
his first name is no one else standing between his name and "he". A woman of that name is still not a father."""

from reportcheck.check import check_text

LETTER = """Dear Conference Chair,

Re: Initial Child Protection Conference - Zara Okoro (DOB 03/03/2014) and Ben Okoro (DOB 09/09/2017)

Thank you for the invitation. The practice holds the following.

Zara came with her mother, Grace Okoro, on 05/01/2026. Zara told me "I can't sleep when they shout."

{man} has seen the practice nurse twice since November about gambling and debts. He said he is "ashamed of
what the kids have heard" and has agreed to see the debt adviser.

I will keep seeing Zara and will keep an eye on Mrs Okoro's low mood. I have not discussed this letter with Mr or
Mrs Okoro.

Yours sincerely,

Dr Lena Marsh
GP
"""


def _father(man):
    return check_text(LETTER.format(man=man)).criteria["father_involvement"]


def test_a_man_with_the_childrens_surname_called_he_is_the_father_beside_a_mrs_of_that_name():
    criterion = _father("Samuel Okoro")
    assert criterion.status == "met", criterion.reasons
    assert criterion.evidence[0].quote.startswith("He said he is \"ashamed")


def test_a_woman_of_that_surname_called_she_is_still_no_father():
    text = LETTER.format(man="Grace Okoro").replace("He said he is", "She said she is").replace(
        "Mr or\nMrs Okoro", "Mrs Okoro")
    assert check_text(text).criteria["father_involvement"].status == "not_met"
