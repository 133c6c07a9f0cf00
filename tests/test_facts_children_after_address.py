"""Facts: a letter's "Re:" line may name the parent, his address and then, in a new sentence, the children; the
address ended the list, so the children were lost and the parent the letter is about could not be their father."""

import pytest

from reportcheck.check import check_text
from reportcheck.structure.facts import parse_children

RE_LINE = ("Re: Mr Dale Okoro, DOB 02/02/1984, 17 Quarry Bank, Barnsley. Children Tia Okoro (DOB 03/07/2015) and "
           "Remi Okoro (DOB 12/12/2022)")

LETTER = f"""Barnsley Drug and Alcohol Recovery Service
Date: 10 February 2026
{RE_LINE}

Dear Chair,

Thank you for the invitation to the conference for Tia and Remi. I am Mr Okoro's recovery worker.
Mr Okoro was referred to us in October 2025. He left his son Remi asleep in the flat while he went out to buy alcohol.
Since then he has attended every weekly session and his breath tests have been clear. He told me he "wants to be a
proper dad again" and that the children matter more to him than drinking.
I have not met the children.
The risk to Tia and Remi would rise if he started drinking again; his sobriety so far is a protective factor.

Yours sincerely,

Jo Pryce
Recovery Worker
"""


@pytest.mark.parametrize("value, children", [
    ("Mr Dale Okoro, 17 Quarry Bank, Barnsley. Children Tia Okoro (DOB 03/07/2015) and Remi Okoro (8)",
     ["Tia Okoro", "Remi Okoro"]),
    ("Ms Amy Lowe, DOB 01/01/1990, Flat 3, 9 Mill Road, Hull; the children: Ben Lowe (4)", ["Ben Lowe"]),
    # no sentence naming the children after the address: nothing after it is read
    ("Mr Dale Okoro, 17 Quarry Bank, Barnsley. Conference 20 February 2026", []),
    ("Mr Dale Okoro, 17 Quarry Bank, Barnsley. Social worker Kim Shaw (07700 900123)", []),
])
def test_a_sentence_naming_the_children_after_the_address_starts_their_list_again(value, children):
    assert [c.name for c in parse_children(value)] == children


def test_the_parent_a_letter_is_about_is_the_childrens_father():
    result = check_text(LETTER)
    assert [c.name for c in result.facts.children] == ["Tia Okoro", "Remi Okoro"]
    criterion = result.criteria["father_involvement"]
    assert criterion.status == "met", criterion.reasons
    assert "he has attended every weekly session" in criterion.evidence[0].quote


def test_the_same_letter_with_no_word_from_him_is_only_a_mention():
    text = LETTER.replace('He told me he "wants to be a\nproper dad again" and that the children matter more to him '
                          'than drinking.', "")
    text = text.replace("Since then he has attended every weekly session and his breath tests have been clear.", "")
    criterion = check_text(text).criteria["father_involvement"]
    assert criterion.status == "partial"
    assert "Dale Okoro" in criterion.reasons[0] and "does not record any contact with him" in criterion.reasons[0]
