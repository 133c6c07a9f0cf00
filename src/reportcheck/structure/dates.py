"""UK dates as reports write them: "14th November 2025", "14 Nov 2025", "14/11/25", "14.11.2025", "2025-11-14".

Numeric dates are always day first (never US order); a date that does not exist is not a date. Two-digit years are
this century up to 69, the last one from 70 (dates of birth of parents and grandparents).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

_MONTHS = {name: n for n, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
DATE = re.compile(
    rf"\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)"
    rf"|(?P<nd>[0-3]?\d)\s*(?P<sep>[/.\-])\s*(?P<nm>[01]?\d)\s*(?P=sep)\s*(?P<ny>(?:19|20)?\d\d)"
    rf"|{_DAY}(?:\s+of)?[\s\-]+(?P<m>{_MONTH})\.?,?[\s\-]+(?P<y>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _build(match: re.Match) -> date | None:
    g = match.groupdict()
    try:
        if g["iy"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["nd"]:
            return date(_year(g["ny"]), int(g["nm"]), int(g["nd"]))
        if g["m"]:
            return date(int(g["y"]), _MONTHS[g["m"].lower()], int(g["d"]))
        return date(int(g["y2"]), _MONTHS[g["m2"].lower()], int(g["d2"]))
    except ValueError:
        return None


def find_dates(text: str) -> Iterator[tuple[date, int, int]]:
    """Every real date in `text`, with its start and end offsets."""
    for match in DATE.finditer(text):
        found = _build(match)
        if found is not None:
            yield found, match.start(), match.end()


def parse_date(text: str) -> date | None:
    """The first date written in `text`, or None."""
    return next((d for d, _, _ in find_dates(text)), None)


@lru_cache(maxsize=16)
def bank_holidays(first_year: int, last_year: int) -> frozenset[date]:
    """England and Wales bank holidays (substitute days and one-off holidays included) from `holidays`' UK calendar."""
    return frozenset(_united_kingdom()(subdiv="ENG", years=range(first_year, last_year + 1)))


@lru_cache(maxsize=1)
def _united_kingdom() -> type:
    """The UK calendar class, loaded on first use from its own file: importing it as `holidays.countries.
    united_kingdom` (or `holidays.country_holidays`) runs the countries package, which imports all ~250 countries.
    Should a release of `holidays` lay its files out differently, the package's own import is used instead."""
    try:
        countries = importlib.util.find_spec("holidays.countries").submodule_search_locations[0]
        spec = importlib.util.spec_from_file_location("reportcheck_holidays_uk", f"{countries}/united_kingdom.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.UnitedKingdom
    except (ImportError, AttributeError, OSError, TypeError):
        from holidays.countries import UnitedKingdom
        return UnitedKingdom
