"""father_involvement: a "he" inside a quotation is the speaker talking of someone else, so it does not make the
speaker a man. A mother quoted in the parents' views ("Kerry said: 'Lee would never hurt them, he ...'") is not a
father or male carer, and the sharing check does not then say the report reached only fathers; a man quoted there
whom the report calls "he" outside his quotation still is one."""

from reportcheck.check import check_text

REPORT = """Report to Initial Child Protection Conference
Children: Ava Prentice (DOB 14/02/2020); Leo Prentice (DOB 30/06/2023)
Parents: Kerry Prentice and Lee Prentice
Conference date: 18/03/2026

1. Details of service involvement
Ava and Leo attend Willow Tree Nursery four mornings a week. The social worker told us police were called to the home
on 02/03/2026 after a row in which a glass was thrown.

2. Child's health and development
Both children are healthy and their development is on track. Ava has been quieter since the incident.

3. Capacity of the parents/carers to safeguard and promote the child's welfare
Drop-offs and pick-ups are always on time and the children are clean and well fed.

4. Family and environmental factors
The family rent a two-bedroom flat. Lee is a delivery driver and Kerry works evenings in a care home.

5. Analysis of implications for the child's future safety, health and development
Ava is frightened by the rows, which is affecting her play; her parents' warmth is a strength, but if the rows carry
on Ava and Leo are at risk of emotional harm.

6. Parent/carer views
{views}

7. Child/ren's views
Ava said to her key person, "When they shout I put my hands on my ears." Leo (2) was seen at drop-off reaching for
his mum and settling on the mat with the cars within a few minutes.

8. Need identified and service provision
Key person time twice a week for Ava; daily wellbeing notes shared with the social worker.

Report shared
I went through this report with Kerry at drop-off and with Lee at pick-up on 13/03/2026; each took a copy home.

Sam Okoro, Nursery Manager
"""

MOTHER = ("Kerry said: \"Lee would never hurt the kids, he's just been under pressure at work.\" "
          "She asked us to let her know if Ava seems upset.")


def _result(views):
    return check_text(REPORT.format(views=views), template="p8")


def test_a_mother_quoting_he_of_the_father_is_not_a_male_speaker():
    result = _result(MOTHER)
    father = result.criteria["father_involvement"]
    assert not any(e.quote and e.quote.startswith("Kerry said") for e in father.evidence)
    assert all("Kerry" not in reason for reason in father.reasons)


def test_sharing_with_both_parents_then_is_met():
    sharing = _result(MOTHER).criteria["shared_with_parents"]
    assert sharing.status == "met", sharing.reasons


def test_a_father_quoted_and_called_he_outside_his_words_is_still_a_male_speaker():
    views = MOTHER + "\n\nLee said: \"I lost my temper and I'm ashamed.\" He has asked for a parenting course."
    father = _result(views).criteria["father_involvement"]
    assert father.status == "met", father.reasons
    assert any(e.quote and e.quote.startswith("Lee said") for e in father.evidence)
