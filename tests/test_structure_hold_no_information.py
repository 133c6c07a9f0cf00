"""'We hold no information' is the same nothing-to-say answer as 'We do not hold any information': the section is a
placeholder. A sentence that holds something else, or goes on to give what the author knows, stays content."""

from __future__ import annotations

import pytest

from reportcheck.criteria.required_sections import evaluate
from test_structure_placeholders import parent_views


@pytest.mark.parametrize("answer", [
    "Probation hold no information on this.",
    "Our service holds no records about the family.",
    "The surgery holds no details of dad.",
    "We held no information.",
])
def test_holding_no_information_is_a_placeholder(answer):
    structure, section = parent_views(answer)
    assert (section.status, section.empty_reason) == ("empty", f"placeholder '{answer}'")
    criterion, [finding] = evaluate(structure)
    assert criterion.status == "partial"
    assert finding.message.startswith(f"Section 'Parent/carer views' is empty: it holds only the placeholder "
                                      f"'{answer}'")
    assert finding.quote == answer


@pytest.mark.parametrize("answer", [
    "Dad holds no parental responsibility for Ruby.",
    "Mum says she holds no grudge against the school.",
    "The nursery holds no information about dad, but Ruby says he collects her on Fridays.",
    "We hold no information on dad. Mum told me on 3/11 she wants him to see Ruby again.",
])
def test_holding_something_else_or_more_is_content(answer):
    structure, section = parent_views(answer)
    assert section.status == "present"
    assert evaluate(structure)[0].status == "met"
