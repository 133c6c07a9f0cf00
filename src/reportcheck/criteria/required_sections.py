"""`required_sections`: the template's required sections are present and hold the author's own words.

An optional section (the date the report was shared with the child) may be left out, but once its heading is there
it must be answered: a heading with only "N/A" is an empty section like any other.

met when every required section is present; partial when one or two are missing or empty; not_met when more are
(or most of a short form), or when the report follows no recognisable form. Each missing or empty section gets a
reason that names it, says where it is or should be, and how to fill it in.
"""

from __future__ import annotations

import re

from ..result import Criterion, Evidence, Finding, Location
from ..rulepack import registry
from ..structure.model import Section, Structure, block_location
from ..structure.normalise import NUMBERING, strip_numbering
from ..structure.profiles import Profile, ProfileSection, load_profiles

PARTIAL_MAX = 2  # missing or empty required sections still judged partial
_DEFAULT_ADVICE = "Write what your agency knows for this area."


def evaluate(structure: Structure, profiles: list[Profile] | None = None) -> tuple[Criterion, list[Finding]]:
    profile = _profile(structure, profiles)
    rules = registry()
    if structure.template.id == "none" and not structure.template.overridden:
        found = _recognised(structure)
        finding = rules.finding("RC-SECT-003", found=found, template=profile.title if profile else
                                structure.template.checked_against, headings=_headings(profile))
        return Criterion(status="not_met", reasons=[finding.message]), [finding]
    findings: list[Finding] = []
    evidence: list[Evidence] = []
    # An optional section counts once the report gives it a heading: "Date shared with child: N/A" is a placeholder.
    required = [s for s in structure.sections if s.required or s.status == "empty"]
    for section in required:
        if section.status == "present":
            continue
        spec = _spec(profile, section)
        if section.status == "missing":
            where = _where_missing(structure, section)
            findings.append(rules.finding("RC-SECT-001", section=_label(spec, section), title=spec.title if spec else
                                          section.title, where=where, advice=_advice(spec)))
        else:
            location = block_location(structure.document, _shown(structure, section), section.id)
            quote = _quote(structure, section)
            findings.append(rules.finding("RC-SECT-002", location=location, quote=quote,
                                          section=_label(spec, section, _combined(structure, section)),
                                          reason=_reason(section),
                                          place=_place(location), advice=_advice(spec)))
            if quote:
                evidence.append(Evidence(quote=quote, location=location))
    bad = len(findings)
    if bad == 0:
        status = "met"
    elif bad <= PARTIAL_MAX and 2 * bad < len(required):
        status = "partial"
    else:
        status = "not_met"
    reasons = [f"{f.message} {f.suggestion}" for f in findings]
    return Criterion(status=status, reasons=reasons, evidence=evidence), findings


def _profile(structure: Structure, profiles: list[Profile] | None) -> Profile | None:
    wanted = structure.template.checked_against
    return next((p for p in (profiles or load_profiles()) if p.id == wanted), None)


def _spec(profile: Profile | None, section: Section) -> ProfileSection | None:
    return next((s for s in profile.sections if s.id == section.id), None) if profile else None


def _label(spec: ProfileSection | None, section: Section, combined: bool = False) -> str:
    """"Section 7 'Child/ren's views'": the number the report gives the heading ("E. Analysis" is section E), else
    the form's, and the heading as the report words it; under a heading that answers two sections, also the form's
    title of the one meant."""
    number = _number(section.title) if section.heading_block is not None else ""
    number = number or (spec.number if spec and spec.number else "")
    label = f"Section{' ' + number if number else ''} '{_bare(section.title, spec)}'"
    return f"{label} (for '{spec.title}')" if combined and spec else label


def _combined(structure: Structure, section: Section) -> bool:
    return any(s.heading_block == section.heading_block for s in structure.sections if s.id != section.id
               and section.heading_block is not None)


def _number(title: str) -> str:
    """The number or letter a heading carries ("E" in "E. Analysis", "7" in "Section 7 - Views"), or ""."""
    found = NUMBERING.match(title)
    return re.sub(r"(?i)^\s*(?:section|part|question|area|q)\s*|[\s.):\-]+$", "", found.group(0)) if found else ""


def _bare(title: str, spec: ProfileSection | None) -> str:
    return strip_numbering(title) or (spec.title if spec else title)


def _advice(spec: ProfileSection | None) -> str:
    return spec.advice if spec and spec.advice else _DEFAULT_ADVICE


def _reason(section: Section) -> str:
    reason = section.empty_reason or "blank"
    if reason == "blank":
        return "nothing is written under the heading"
    if reason.startswith("placeholder"):
        return f"it holds only the {reason}"
    return f"it holds {reason}"


def _place(location: Location) -> str:
    parts = [f"page {location.page}" if location.page else None, f"paragraph {location.paragraph}"]
    return ", ".join(p for p in parts if p)


def _quote(structure: Structure, section: Section) -> str | None:
    """The placeholder as written, for the evidence; None for a blank or guidance-only section. The reason quotes
    it whole when it is short, without what follows it and is no answer (a closing note on the report)."""
    reason = section.empty_reason or ""
    if not reason.startswith("placeholder"):
        return None
    said = reason.removeprefix("placeholder '").removesuffix("'")
    if not said.endswith("..."):
        return said
    text = section.text(structure.document).strip()
    if section.heading_block in section.content_blocks and ":" in text:
        text = text.split(":", 1)[1].strip()
    return text[:200] or None


def _shown(structure: Structure, section: Section) -> int:
    """The block a reader should look at: the placeholder or the guidance, else the heading."""
    guidance = [i for i, sid in enumerate(structure.block_section) if sid == section.id and structure.guidance[i]]
    return next(iter(section.content_blocks or guidance), section.heading_block)


def _where_missing(structure: Structure, section: Section) -> str:
    """Where the section should be: after the nearest earlier section that is there, else before the next one."""
    order = structure.sections
    at = order.index(section)
    before = next((s for s in reversed(order[:at]) if s.heading_block is not None), None)
    if before is not None:
        where = block_location(structure.document, before.heading_block, before.id)
        return f"after '{before.title}' ({_place(where)})"
    after = next((s for s in order[at + 1:] if s.heading_block is not None), None)
    if after is not None:
        where = block_location(structure.document, after.heading_block, after.id)
        return f"before '{after.title}' ({_place(where)})"
    return "in the report"


def _recognised(structure: Structure) -> str:
    named = [repr(s.title) for s in structure.sections if s.heading_block is not None]
    if not named:
        return "none of its headings names an area of a conference report form"
    return f"only {', '.join(named)} names an area of a conference report form"


def _headings(profile: Profile | None) -> str:
    if profile is None:
        return "the form's headings"
    return "; ".join(f"{s.number + ' ' if s.number else ''}{s.title}" for s in profile.sections if s.required)
