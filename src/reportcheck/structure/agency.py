"""The author's agency: recognised from the report's agency field, designation, sign-off and header, or given.

Phrases live in `rules/agencies.yaml` so a partnership can add its own services. The words an agency was recognised
from are kept as evidence; an agency the author states in the header that none of those phrases covers is
"other"; a report that names no agency is "unknown", never guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..document import Block, BlockKind, Document
from ..rulepack import rules_dir
from ..yamlload import load_yaml_model
from .detect import is_signature
from .facts import Field as HeaderField

AGENCIES = ("social_worker", "police", "gp", "school_primary", "school_secondary", "school_nurse", "health_visitor",
            "maternity", "family_nurse", "community_paediatrician", "housing", "probation", "yot", "nursery",
            "early_help", "adult_mental_health", "camhs", "substance_misuse", "other", "unknown")
_HEADER_BLOCKS = 8
_SIGN_OFF_BLOCKS = 3
_SIGNATURE_WORDS = 12
_EVIDENCE_CHARS = 80
SCHOOL = "school"  # a school whose phase the report does not name
_YEAR_GROUP = re.compile(r"\b(?:year(?:\s+group)?\s*:?\s*(\d{1,2})\b|(reception)\b)", re.IGNORECASE)
_SECONDARY_FROM = 7  # Year 7 is the first year of secondary school in England and Wales
# A header label that speaks of the author, whatever else it says: "Name and designation of author", "Completed by
# (name and role)". Its answer outranks a row naming another professional ("GP: Townhill Medical Centre").
_AUTHOR_LABEL = re.compile(r"\b(?:author|designation|job title|(?:completed|prepared|written|compiled|signed) by)\b",
                           re.IGNORECASE)
_LABEL_LINE = re.compile(r"^([^:\n]{3,70}):[ \t]*(\S.*)")
# A header label asking for the author's own service ("Agency", "Role and agency", "Name of organisation"), not for
# others' ("Agencies involved"): a filled answer naming none of the known agencies is another agency, "other".
_AGENCY_LABEL = re.compile(r"^(?:[\w'\u2019]+\s+){0,3}(?:agency|organi[sz]ation|service)(?:\s+name)?$", re.IGNORECASE)


class AgencyCues(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phrases: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} is not a valid regular expression ({exc})") from None
        return value


class AgencyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    agencies: dict[str, AgencyCues]
    schools: list[str] = Field(default_factory=list)  # a school of either phase: the pupil's year group decides
    copies: list[str] = Field(default_factory=list)  # labels opening a copy list ("cc:"): recipients, not the author
    premises: list[str] = Field(default_factory=list)  # agency phrases naming a building several services share

    @field_validator("agencies")
    @classmethod
    def _known_ids(cls, value: dict[str, AgencyCues]) -> dict[str, AgencyCues]:
        unknown = sorted(set(value) - set(AGENCIES))
        if unknown:
            raise ValueError(f"unknown agency id(s) {', '.join(unknown)}; use ids from: {', '.join(AGENCIES)}")
        return value


class AgencyMatcher:
    """One compiled expression per agency; a line's agency is the one with the longest matching phrase."""

    def __init__(self, cues: AgencyFile):
        self._patterns = [(agency, _compile(spec.phrases, spec.patterns)) for agency, spec in cues.agencies.items()]
        if cues.schools:
            self._patterns.append((SCHOOL, _compile(cues.schools, [])))
        copies = _compile(cues.copies, []).pattern if cues.copies else None
        self._copy_list = re.compile(rf"{copies}\s*:", re.IGNORECASE) if copies else None
        self._premises = _compile(cues.premises, []) if cues.premises else None

    def find(self, text: str) -> tuple[str, str] | None:
        """(agency id, the words it was recognised from) for the longest agency phrase in `text`, or None; a shared
        building only when nothing else matches. A school of unnamed phase comes back as SCHOOL."""
        best: tuple[bool, int, str, str] | None = None
        for agency, pattern in self._patterns:
            for match in pattern.finditer(text):
                # a named phase first, a shared building last
                words = match.group(0)
                rank = (agency != SCHOOL, not self.premises(words), len(words), agency, words)
                if best is None or rank[:3] > best[:3]:
                    best = rank
        return (best[3], best[4]) if best else None

    def premises(self, words: str) -> bool:
        """True when the words an agency was found from name a shared building ("health centre")."""
        return bool(self._premises and self._premises.fullmatch(words))

    def authors_part(self, text: str) -> str:
        """`text` up to a copy list: "cc: Dr Lund, Fartown Surgery (GP)" names the letter's recipients, not its
        author."""
        copies = self._copy_list.search(text) if self._copy_list else None
        return text[:copies.start()].rstrip() if copies else text


def _compile(phrases: list[str], patterns: list[str]) -> re.Pattern:
    words = sorted((re.escape(p).replace(r"\ ", r"[\s\-]+").replace("'", "['\u2019]?") for p in phrases),
                   key=len, reverse=True)
    alternatives = [rf"\b(?:{'|'.join(words)})\b"] if words else []
    return re.compile("|".join([*alternatives, *patterns]), re.IGNORECASE)


@lru_cache(maxsize=1)
def matcher() -> AgencyMatcher:
    return AgencyMatcher(load_yaml_model(rules_dir() / "agencies.yaml", AgencyFile))


def recognise(document: Document, fields: list[HeaderField], block_section: list[str | None],
              given: str | None = None) -> tuple[str, str | None]:
    """(agency id, evidence words): the user's choice, else the agency, designation, sign-off and header lines.

    Only the header and the sign-off speak for the author: the body names other agencies all the time ("I will tell
    the social worker", "a referral to the community mental health team"), so a field or line inside a section
    never decides, and a closing block is the sign-off only when it is outside every section or reads as a signature."""
    if given is not None:
        if given not in AGENCIES:
            raise ValueError(f"unknown agency {given!r}; the known agencies are: {', '.join(AGENCIES)}")
        return given, None
    find, authors_part = matcher().find, matcher().authors_part
    blocks = document.blocks
    outside = [f for f in fields if block_section[f.index] is None]
    sign_off = [i for i in range(len(blocks) - 1, max(-1, len(blocks) - 1 - _SIGN_OFF_BLOCKS), -1)
                if block_section[i] is None or _signs(blocks[i])]
    people = [f for f in outside if f.kind in ("role", "author", "titled")]
    header = _header_answers(document, block_section)
    sources = [
        *(f.value for f in outside if f.kind == "agency"),
        *(f.value for f in people if f.kind == "role"),
        *(answer for label, answer in header if _AUTHOR_LABEL.search(label)),
        *(f.value for f in people if f.kind == "author"),
        *(f.value for f in people if f.kind == "titled"),  # "GP: Townhill Medical Centre" may be the child's GP
        *(f.label for f in people),  # "School nurse: Bernadette Quinn"
        *(blocks[i].text for i in sign_off),  # the signature is last
        *(b.text for b in document.furniture),
        *(b.text for i, b in enumerate(blocks[:_HEADER_BLOCKS]) if block_section[i] is None),
        document.source.properties.get("title", ""),
    ]
    building = None  # a health centre houses GPs, health visitors and midwives: the author's role or service decides
    for text in map(authors_part, sources):
        found = find(text[:1000]) if text else None
        if found and found[0] == SCHOOL:
            phase = _school_phase([text, *(b.text for b in document.blocks[:_HEADER_BLOCKS])])
            if phase:
                return phase, _evidence(text, found[1])
        elif found and matcher().premises(found[1]):
            building = building or (found[0], _evidence(text, found[1]))
        elif found:
            return found[0], _evidence(text, found[1])
    if building:
        return building
    stated = next((a for label, a in header if _AGENCY_LABEL.match(label.strip()) and any(c.isalpha() for c in a)),
                  None)
    return ("other", _evidence(stated, stated.strip())) if stated else ("unknown", None)


def _header_answers(document: Document, block_section: list[str | None]) -> list[tuple[str, str]]:
    """(label, answer) of the form rows and "Label: value" lines outside every section."""
    blocks = document.blocks
    answers = []
    for i, block in enumerate(blocks):
        if block_section[i] is not None or block.role == "answer":
            continue
        if block.role == "label" and block.pair is not None:
            label, answer = block.text.partition("\n")[0], blocks[block.pair].text
        elif found := _LABEL_LINE.match(block.text.strip()):
            label, answer = found.groups()
        else:
            continue
        answers.append((label, answer))
    return answers


def _signs(block: Block) -> bool:
    """A closing line that signs the report ("PC 1234 Sam Green", "Jo Hart, School Nurse, 2/12/2025"), not the
    author's last sentence or a form's answer cell."""
    text = block.text.strip()
    return is_signature(text) or (block.kind != BlockKind.table_cell and len(text.split()) <= _SIGNATURE_WORDS
                                  and not text.endswith("."))


def _school_phase(texts: list[str]) -> str | None:
    """Primary or secondary from the year group the sign-off or the header names ("Class Teacher, Year 2",
    "Year group: Year 10", "Reception")."""
    for text in texts:
        found = _YEAR_GROUP.search(text)
        if found:
            year = 0 if found.group(2) else int(found.group(1))
            if year <= 13:
                return "school_secondary" if year >= _SECONDARY_FROM else "school_primary"
    return None


def _evidence(text: str, words: str) -> str:
    """The line the agency was recognised in, cut to a readable length around the matched words."""
    line = next((ln.strip() for ln in text.splitlines() if words in ln), words)
    if len(line) <= _EVIDENCE_CHARS:
        return line
    start = line.rfind(" ", 0, max(0, line.find(words) - 20)) + 1  # whole words only
    end = line.find(" ", start + _EVIDENCE_CHARS)
    return line[start:end if end > 0 else None].strip()

