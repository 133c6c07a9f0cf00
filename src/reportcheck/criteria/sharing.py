"""`shared_with_parents`: the report records that it was shared with the parents/carers (how and/or when) before the
conference. Intentions ("will share"), one parent of two, or no date or means are partial; "not shared" needs a
safeguarding reason.
"""

from __future__ import annotations

import re

from ..annotate import Annotated, Sentence
from ..result import Criterion, Evidence, Finding
from ..rulepack import registry
from ..structure.dates import find_dates
from .father import engaged_fathers, fathers
from .people import family_tokens, first_name

_DAY = re.compile(r"\b(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_MOTHER = {"mum", "mother", "mrs", "ms", "miss", "mummy"}
_FATHER = {"dad", "father", "mr", "stepfather", "step-father", "daddy", "partner"}
_BOTH = {"parents", "both", "carers", "family"}
_PAST = {"has", "have", "had", "was", "were", "been", "did"}
_PAST_VERBS = {"went", "gone", "gave", "given", "sent", "read", "handed", "talked", "took", "showed", "emailed",
               "posted", "discussed", "shared", "provided", "explained"}
_YES = re.compile(r"^\s*(yes|y|shared|done)\b", re.I)
# A line of a sharing form: who, then when ("Ms Quinn: 09/12/2025, in person", "Mum - 14.11.25").
_DATED_ENTRY = re.compile(r"^\s*(?:mr|mrs|ms|miss|mum|dad|mother|father|[A-Z][a-z]+)\b[^:\n]{0,30}[:\-]\s*\d", re.I)
_TWO_NAMES = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:and|&)\s+(?:Mr\.?\s+|Ms\.?\s+)?[A-Z][a-z]+")
_NO = re.compile(r"^\s*(no|not yet|n)\b", re.I)


def evaluate(annotated: Annotated) -> tuple[Criterion, list[Finding]]:
    reg = registry()
    facts = annotated.structure.facts
    shared: list[Sentence] = []
    intended: list[Sentence] = []
    refused: list[Sentence] = []
    withheld: list[Sentence] = []  # not shared, with a safeguarding reason
    names = family_tokens(annotated)
    for s in annotated.sentences:
        if not s.has("sharing.share"):
            continue
        in_field = s.role == "sharing"
        to_parent = s.has("sharing.parent") or any(w in names for w in annotated.lower(s)) or _with_a_person(
            annotated, s)
        if not (s.has("sharing.document") or in_field) or not (to_parent or in_field):
            continue
        hits = s.get("sharing.share")
        if any(h.asserted for h in hits) and _past(annotated, s):
            shared.append(s)  # "I read it to Mum ... as she does not read English": the sharing happened
        elif any(h.negated for h in hits):
            (withheld if s.has("sharing.safeguarding_reason") else refused).append(s)
        else:
            intended.append(s)
    shared += [s for s in annotated.in_role("sharing")
               if (_YES.match(s.text) or _DATED_ENTRY.match(s.text)) and s not in shared]
    refused += [s for s in annotated.in_role("sharing") if _NO.match(s.text) and s not in refused]

    findings: list[Finding] = []
    if facts.shared_date and facts.conference_date and facts.shared_date > facts.conference_date:
        # Shared after the conference is not shared before it: it does not count.
        findings.append(reg.finding("RC-SHARE-005", shared_date=facts.shared_date.strftime("%d/%m/%Y"),
                                    conference_date=facts.conference_date.strftime("%d/%m/%Y")))
        return Criterion(status="not_met", reasons=[findings[0].message]), findings
    if shared or facts.shared_date:
        return _judge_shared(annotated, shared, findings, withheld_for_safety=bool(withheld))
    if withheld:
        s = withheld[0]
        return Criterion(status="not_applicable",
                         reasons=["The report was not shared with the parents for a stated safeguarding reason."],
                         evidence=[Evidence(quote=s.text, location=annotated.location(s))]), []
    if intended:
        s = intended[0]
        f = reg.finding("RC-SHARE-002", location=annotated.location(s), quote=s.text, excerpt=s.short())
        return Criterion(status="partial", reasons=[f.message],
                         evidence=[Evidence(quote=s.text, location=f.location)]), [f]
    if refused:
        s = refused[0]
        f = reg.finding("RC-SHARE-006", location=annotated.location(s), quote=s.text, excerpt=s.short())
        return Criterion(status="not_met", reasons=[f.message]), [f]
    f = reg.finding("RC-SHARE-001", location=annotated.heading_location("sharing"))
    return Criterion(status="not_met", reasons=[f.message]), [f]


def _judge_shared(annotated: Annotated, shared: list[Sentence], findings: list[Finding], *,
                  withheld_for_safety: bool):
    reg = registry()
    evidence = [Evidence(quote=s.text, location=annotated.location(s)) for s in shared[:2]]
    words = {w for s in shared for w in annotated.lower(s)}
    when_or_how = annotated.structure.facts.shared_date is not None or any(
        _DAY.search(s.text) or any(find_dates(s.text)) or s.has("sharing.means") for s in shared)
    both = words & _BOTH or any(_TWO_NAMES.search(s.text) for s in shared)  # "with Shannon and Kieran together"
    if shared and not both and not withheld_for_safety:
        mothers = [p for p in annotated.structure.facts.family if p.relation.lower() == "mother"]
        mother = bool(words & _MOTHER) or any(words & first_name(p.name) for p in mothers)
        father = bool(words & _FATHER) or any(f.names & words or f.surname in words for f in fathers(annotated))
        others = engaged_fathers(annotated)
        if mother and not father and others:
            findings.append(reg.finding("RC-SHARE-003", location=evidence[0].location, quote=shared[0].text,
                                        shared="the mother", missing=" and ".join(others)))
        elif father and not mother and (mothers or _mentions_mother(annotated)):
            findings.append(reg.finding("RC-SHARE-003", location=evidence[0].location, quote=shared[0].text,
                                        shared="the father", missing="the mother"))
    if not when_or_how:
        s = shared[0]
        findings.append(reg.finding("RC-SHARE-004", location=annotated.location(s), quote=s.text,
                                    excerpt=s.short()))
    status = "partial" if findings else "met"
    return Criterion(status=status, reasons=[f.message for f in findings], evidence=evidence), findings


def _mentions_mother(annotated: Annotated) -> bool:
    return any(w in _MOTHER for w in annotated.words)


def _with_a_person(annotated: Annotated, s: Sentence) -> bool:
    """"shared this report with Wayne", "posted to Lewis Fenton": a capitalised name after "with" or "to"."""
    words, texts = annotated.words, annotated.texts
    return any(words[i] in ("with", "to") and texts[i + 1][:1].isupper() and texts[i + 1][1:].islower()
               and words[i + 1] not in {"the", "school", "police", "social", "children's", "conference"}
               for i in range(s.start, s.end - 1))


def _past(annotated: Annotated, s: Sentence) -> bool:
    """"I gave both parents a copy", "has been shared": a past act, not the bare "share" of an intention."""
    words = annotated.lower(s)
    return any(w in _PAST_VERBS or w in _PAST for w in words)

