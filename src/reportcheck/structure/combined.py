"""Combined headings: one heading that answers two of the form's sections ("Parents' and child's views", "Views of
the child and family", "Analysis and recommendations").

A heading names a second section when each side of an "and", "&", "/" or "," names one of the two and not the
other: "Child's views about Mum and Dad" names only the child's views, since both people sit on its first side.
"""

from __future__ import annotations

import re

from .headings import Candidate
from .normalise import heading_key, strip_numbering, words
from .profiles import Profile, ProfileSection

_JOIN = re.compile(r"\s+(?:and|&)\s+|\s*[/,+]\s*", re.IGNORECASE)


def _wordings(section: ProfileSection) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(key.split()) for w in section.wordings() if (key := heading_key(w)))


def combined(profile: Profile, candidates: list[Candidate], assigned: dict[int, str],
             answered: set[str]) -> dict[int, list[str]]:
    """Heading block -> the further sections it answers, among those no heading or header field answers."""
    spec = {s.id: s for s in profile.sections}
    free = [s for s in profile.sections if s.id not in set(assigned.values()) | answered]
    also: dict[int, list[str]] = {}
    for c in candidates:
        if c.index not in assigned or c.inline or not _JOIN.search(c.text):
            continue
        for other in free:
            if other.id not in {o for found in also.values() for o in found} \
                    and _joined(c.text, spec[assigned[c.index]], other):
                also.setdefault(c.index, []).append(other.id)
    return also


def _joined(text: str, first: ProfileSection, second: ProfileSection) -> bool:
    parts = _JOIN.split(strip_numbering(text))
    sides = [(set(words(" ".join(parts[:k]))), set(words(" ".join(parts[k:])))) for k in range(1, len(parts))]
    for a in _wordings(first):
        for b in _wordings(second):
            only_a, only_b = a - b, b - a
            if not (only_a and only_b):
                continue
            for left, right in sides:
                if a | b <= left | right and (_names(left, only_a, only_b) and _names(right, only_b, only_a)
                                              or _names(left, only_b, only_a) and _names(right, only_a, only_b)):
                    return True
    return False


def _names(side: set[str], own: frozenset[str], others: frozenset[str]) -> bool:
    return bool(side & own) and not side & others
