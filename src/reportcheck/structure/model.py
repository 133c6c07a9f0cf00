"""The structure of one report: which form it follows, its sections and the facts from its header and sign-off.

This is the seam between `structure` and the later stages (annotate, criteria, grade, render).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ..document import Document
from ..result import Facts, Location, SectionInfo

# What a section is for, so criteria find "the child's views" whatever a profile calls its section.
ROLES = (
    "involvement",  # details of service involvement, chronology, summary of involvement
    "household",  # family profile / household composition
    "child_development",  # child's health and development, developmental needs
    "parenting",  # capacity of the parents/carers, parenting capacity
    "family_environment",  # family and environmental factors
    "worries",  # signs of safety: what are we worried about (harm, complicating factors, danger)
    "strengths",  # signs of safety: what is working well
    "analysis",  # analysis of implications for the child's future safety
    "parent_views",
    "child_views",
    "plan",  # need identified and service provision, what needs to happen, recommendations
    "scaling",
    "sharing",  # report shared with the family / parents / child (date)
    "other",
)


class Section(BaseModel):
    id: str  # the profile's section id
    title: str  # the heading as written in the report, or the profile's title when missing
    role: str  # one of ROLES
    required: bool
    status: Literal["present", "empty", "missing"]
    heading_block: int | None = None  # index into document.blocks of the heading (label cell for a form table)
    content_blocks: list[int] = Field(default_factory=list)  # indices of the author's content, guidance removed
    words: int = 0
    empty_reason: str | None = None  # for empty: "blank", "placeholder 'N/A'", "only the form's guidance text"

    def text(self, document: Document) -> str:
        return "\n".join(document.blocks[i].text for i in self.content_blocks)

    def info(self, document: Document) -> SectionInfo:
        """The section as CONTRACT.md's `sections[]` shows it: where its heading is, or for a section answered
        without one (the opening paragraphs, a header field) where its first words are."""
        first = self.heading_block if self.heading_block is not None else next(iter(self.content_blocks), None)
        where = None if first is None else block_location(document, first, self.id)
        return SectionInfo(id=self.id, title=self.title, status=self.status, words=self.words, location=where)


def block_location(document: Document, index: int, section: str | None) -> Location:
    """The result location of body block `index`: what a person needs to find it again."""
    where = document.blocks[index].location
    return Location(section=section, page=where.page, paragraph=index + 1, table=where.table, row=where.row,
                    column=where.column)


class TemplateMatch(BaseModel):
    id: str  # a profile id, or "none"
    confidence: float  # 0..1
    checked_against: str  # profile used for the checks (the closest one when id is "none")
    overridden: bool = False  # True when the user chose it with --template


class Structure(BaseModel):
    document: Document
    template: TemplateMatch
    sections: list[Section]  # in the profile's order, missing ones included
    block_section: list[str | None]  # per body block: the id of the section it belongs to (None before the first)
    guidance: list[bool]  # per body block: True when it is the form's own printed guidance, not the author's words
    headings: list[int] = Field(default_factory=list)  # indices of every block recognised as a heading or form label
    facts: Facts
    agency: str  # an id from DOMAIN.md's list; "unknown" when neither the report nor the user says
    agency_evidence: str | None = None  # the words the agency was recognised from

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def by_role(self, role: str) -> list[Section]:
        return [s for s in self.sections if s.role == role]

    def location(self, index: int) -> Location:
        """The result location of body block `index`, with the section it belongs to."""
        return block_location(self.document, index, self.block_section[index])
