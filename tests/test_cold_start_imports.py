"""What a check imports only when it needs it. Bank holidays come from `holidays`' UK calendar loaded on its own:
the same England and Wales days as `holidays.country_holidays("GB", subdiv="ENG")`, without importing the other
~250 countries on every check; python-docx is needed only to annotate a copy, never to read a Word report."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import holidays
import pytest

from reportcheck.criteria.secondary import working_days_before
from reportcheck.structure.dates import bank_holidays

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("first, last", [(1990, 2045), (2025, 2026), (2011, 2011)])
def test_the_same_days_as_the_packages_england_calendar(first, last):
    expected = holidays.country_holidays("GB", subdiv="ENG", years=range(first, last + 1))
    assert bank_holidays(first, last) == frozenset(expected)


@pytest.mark.parametrize("report, conference, days", [
    (date(2022, 9, 15), date(2022, 9, 20), 2),  # the State Funeral, Monday 19/9/2022, was a one-off bank holiday
    (date(2027, 12, 22), date(2027, 12, 29), 3),  # Christmas on a Saturday: substitute days Mon 27 and Tue 28
])
def test_one_off_and_substitute_days_are_not_working_days(report, conference, days):
    assert working_days_before(report, conference) == days


def test_counting_working_days_loads_no_other_country_and_reading_word_needs_no_python_docx():
    code = ("import sys; from datetime import date; from reportcheck.criteria.secondary import working_days_before; "
            "from reportcheck.parse import read_document; "
            "assert working_days_before(date(2025, 12, 23), date(2025, 12, 29)) == 2; "
            "read_document('corpus/train/T01.docx'); "
            "print(sorted(m for m in sys.modules if m.startswith(('holidays.countries', 'docx'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
