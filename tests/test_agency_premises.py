"""A health centre is a building that GPs, health visitors, school nurses and midwives share: a service line naming
one says where the author works, not who for, so the author's designation or sign-off decides; alone it is a GP's."""

from __future__ import annotations

import pytest

from reportcheck.structure import analyse
from test_structure import HEADER, P8, report


@pytest.mark.parametrize("service, author, agency, evidence", [
    ("Service: 0-19 Healthy Child Team, Millbrook Health Centre", "Author: Priya Nair, Health Visitor",
     "health_visitor", "Priya Nair, Health Visitor"),
    ("Base: Eastgate Health Centre", "Completed by: Tom Lowe, Community Midwife", "maternity",
     "Tom Lowe, Community Midwife"),
    ("Service: Westfield Health Centre", "Author: Dr Ann Cole", "gp", "Westfield Health Centre"),
    ("Service: Riverside GP Practice, Westfield Health Centre", "Author: Sam Ode, Health Visitor", "gp",
     "Riverside GP Practice, Westfield Health Centre"),
])
def test_a_health_centre_yields_to_the_authors_service(service, author, agency, evidence):
    structure = analyse(report(P8, "heading", header=[*HEADER, service, author], sign_off=["Date: 13/11/2025"]))
    assert (structure.agency, structure.agency_evidence) == (agency, evidence)
