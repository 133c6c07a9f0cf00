"""Facts: a person written with a date of birth 18 or more years before the report ("Client: Kerry Shaw (DOB
03/03/1998)") is an adult, so "her dad" in a paragraph that opens with her is her father, the children's grandfather,
not their father. A child written with her date of birth keeps "her dad" as the child's father."""

from test_facts import facts_of

HEADER = ["Client: Kerry Shaw (DOB 03/03/1998)", "Children: Ruby Shaw (DOB 04/04/2020)", "Date of report: 02/03/2026"]


def _family(*lines):
    return {p.name: p.relation for p in facts_of(*HEADER, *lines).family}


def test_the_dad_of_an_adult_born_over_18_years_ago_is_a_grandparent():
    family = _family("Kerry left the flat that night. She took Ruby to her dad's house. Her dad, Mick Shaw, has "
                     "fitted a camera doorbell.")
    assert family.get("Mick Shaw") == "grandparent"


def test_the_dad_of_a_child_is_still_her_father():
    family = _family("Ruby Shaw (DOB 04/04/2020) is settled at nursery. Her dad, Mick Shaw, collects her on "
                     "Fridays.")
    assert family.get("Mick Shaw") == "father"
