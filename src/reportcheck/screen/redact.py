"""Replace the names of children and family members with their roles, so a summary can go to a board.

Each report is redacted with its own facts: "Ruby Hall" becomes "Child 1", "Ms Hall" becomes "Mother" when only
the mother is called Hall. A name shared by several people (a family surname) cannot be given one role, so it becomes
"[name]" rather than staying readable. File names are not touched.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..result import Facts, Result

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")
AMBIGUOUS = "[name]"


def _name_parts(name: str) -> list[str]:
    """The words of a name without titles or punctuation around them."""
    words = [w.strip(".,;:()\"'") for w in name.split()]
    return [w for w in words if w and w.rstrip(".") not in TITLES]


def _roles(facts: Facts) -> list[tuple[str, str]]:
    """(name, role) for every named child and family member, numbered where a role repeats."""
    people = [(child.name, f"Child {i}") for i, child in enumerate((c for c in facts.children if c.name), start=1)]
    relations = [p.relation.strip() or "Family member" for p in facts.family]
    seen: dict[str, int] = defaultdict(int)
    repeats = {r.lower() for r in relations if sum(x.lower() == r.lower() for x in relations) > 1}
    for person, relation in zip(facts.family, relations):
        role = relation[0].upper() + relation[1:]
        if relation.lower() in repeats:
            seen[relation.lower()] += 1
            role = f"{role} {seen[relation.lower()]}"
        people.append((person.name, role))
    return [(name, role) for name, role in people if _name_parts(name)]


def replacements(facts: Facts | None) -> dict[str, str]:
    """Every written form of each name (full, first name, surname, title and surname, in the usual casings)
    mapped to its replacement. Forms are compared ignoring case: "HARTLEY" and "Hartley" are the same surname."""
    if facts is None:
        return {}
    roles: dict[str, set[str]] = defaultdict(set)  # casefolded form -> roles
    written: dict[str, set[str]] = defaultdict(set)  # casefolded form -> forms as written
    for name, role in _roles(facts):
        parts = _name_parts(name)
        for form in {" ".join(parts), *parts}:
            roles[form.casefold()].add(role)
            written[form.casefold()].add(form)
    table: dict[str, str] = {}
    for key, found in roles.items():
        role = next(iter(found)) if len(found) == 1 else AMBIGUOUS
        for form in written[key]:
            titled = [form] if " " in form else [form, *(f"{t} {form}" for t in TITLES),
                                                  *(f"{t}. {form}" for t in TITLES)]
            for variant in titled:
                for casing in (variant, variant.upper(), variant.title()):
                    table[casing] = role
    return table


class Redactor:
    """Redacts the text of one report's outputs with that report's names."""

    def __init__(self, facts: Facts | None):
        self._table = replacements(facts)
        forms = sorted(self._table, key=len, reverse=True)  # longest first: "Ruby Hall" before "Ruby"
        self._pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, forms)) + r")(?!\w)") if forms else None

    def text(self, value: str) -> str:
        if self._pattern is None:
            return value
        return self._pattern.sub(lambda m: self._table[m.group(1)], value)

    def data(self, value):
        """A copy of a JSON-like value with every string redacted."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.data(v) for v in value]
        if isinstance(value, dict):
            return {k: self.data(v) for k, v in value.items()}
        return value


def redact_result(result: Result) -> Result:
    """A copy of `result` with names replaced by roles everywhere except the source (the file name stays), and the
    children's dates of birth and due dates removed: with a town, a date of birth identifies a child as surely as a
    name."""
    if result.error is not None:
        return result
    data = result.model_dump(mode="json", by_alias=True)
    source = data.pop("source")
    redacted = Redactor(result.facts).data(data)
    for child in (redacted.get("facts") or {}).get("children", []):
        child["dob"] = child["due_date"] = None
    return Result.model_validate({**redacted, "source": source})
