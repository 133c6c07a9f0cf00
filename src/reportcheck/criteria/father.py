"""`father_involvement`: the child's father(s) and any male carer are identified, and their engagement or views
recorded or their absence explained. A grandfather, Father Christmas or a priest is not a father.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..annotate import Annotated, Hit, Sentence
from ..result import Criterion, Evidence, Finding
from ..rulepack import registry
from .people import children

_FEMALE_TITLE = re.compile(r"\s*(ms|mrs|miss)\b", re.I)  # a mother's female partner is not a male carer
_FATHER_RELATIONS = ("father", "dad", "stepfather", "step-father", "partner", "male carer", "boyfriend")


@dataclass
class _Father:
    label: str  # "Liam Hall (father)" or "the father"
    names: frozenset[str]  # lower-case name tokens
    mentions: list[Sentence] = field(default_factory=list)
    engaged: list[Sentence] = field(default_factory=list)
    absence: list[Sentence] = field(default_factory=list)


def fathers(annotated: Annotated) -> list[_Father]:
    """Named fathers and male carers from the facts, or one unnamed father, with the sentences about each."""
    facts = annotated.structure.facts
    named = [p for p in facts.family
             if any(r in p.relation.lower() for r in _FATHER_RELATIONS) and "grand" not in p.relation.lower()
             and not _FEMALE_TITLE.match(p.name)]
    others = [p.name for p in facts.family if p not in named] + [c.name or "" for c in facts.children]
    shared_surnames = {_tokens(n)[-1] for n in others if _tokens(n)}
    found = [_Father(f"{p.name} ({p.relation})", _own_names(p.name, shared_surnames)) for p in named]
    generic = _Father("The father", frozenset())
    last: list[_Father] = []
    last_block = -1
    for s in annotated.sentences:
        term = [h for h in s.get("father.father") if _is_father(annotated, h)]
        tokens = annotated.lower(s)
        about = [f for f in found if _names_him(f, tokens)]
        if term and not about:
            # one named father: "Dad" is him; none named: an unnamed father; several: the names decide
            about = found if len(found) == 1 else [] if found else [generic]
        if not about and last and _refers_to_him(annotated, s, anywhere=s.block == last_block):
            about = last  # "he", "him" after the father, in his paragraph or opening the next
        if not about:
            if s.block != last_block:
                last = []
            continue
        subject = term and term[0].start - s.start < 4 or any(_names_him(f, tokens[:4]) for f in about)
        last, last_block = (about if subject else []), s.block
        engaged = any(h.asserted for h in s.get("father.engagement"))
        absent = any(not (h.future or h.hypothetical) for h in s.get("father.absence"))
        for f in about:
            f.mentions.append(s)
            if engaged:
                f.engaged.append(s)
            elif absent:
                f.absence.append(s)
    return [f for f in found + [generic] if f.mentions or f in found]


def _tokens(name: str) -> list[str]:
    return [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z']+", name) if t.lower() not in {"mr", "mrs", "ms", "dr"}]


def _own_names(name: str, shared_surnames: set[str]) -> frozenset[str]:
    """The name tokens that point to this man alone: not a surname he shares with the mother or the children."""
    parts = _tokens(name)
    return frozenset(parts[:1] + [p for p in parts[1:] if p not in shared_surnames])


def _names_him(father: _Father, tokens: list[str]) -> bool:
    if father.names & set(tokens):
        return True
    surname = father.label.split(" (")[0].split()[-1].lower()
    return any(a == "mr" and b == surname for a, b in zip(tokens, tokens[1:]))  # "Mr Price" is him, "Ms Price" not


def _is_father(annotated: Annotated, hit: Hit) -> bool:
    words, texts = annotated.words, annotated.texts
    reg = registry()
    before = words[hit.start - 1] if hit.start > 0 else ""
    after = words[hit.end] if hit.end < len(words) else ""
    if before in reg.lexicon("not_father_before") or after in reg.lexicon("not_father_after"):
        return False
    if hit.end - hit.start == 1 and texts[hit.start] == "Father" and hit.end < len(texts):
        nxt = texts[hit.end]
        if nxt[:1].isupper() and (nxt[1:2].isalpha() or nxt[1:2] == "'"):  # "Father O'Brien", a priest
            return False
    return True


def _refers_to_him(annotated: Annotated, s: Sentence, *, anywhere: bool) -> bool:
    end = s.end if anywhere else min(s.end, s.start + 4)
    return any(w in {"he", "his", "him"} for w in annotated.words[s.start:end])


def evaluate(annotated: Annotated) -> tuple[Criterion, list[Finding]]:
    reg = registry()
    all_fathers = fathers(annotated)
    kids = children(annotated)
    names = ", ".join(k.label for k in kids)
    mentioned = [f for f in all_fathers if f.mentions]
    if not mentioned:
        finding = reg.finding("RC-FATHER-001", children=names)
        return Criterion(status="not_met", reasons=[finding.message]), [finding]
    reasons: list[str] = []
    evidence: list[Evidence] = []
    findings: list[Finding] = []
    for f in all_fathers:
        support = f.engaged or f.absence
        if support:
            evidence.append(Evidence(quote=support[0].text, location=annotated.location(support[0])))
        else:
            where = f.mentions[0] if f.mentions else None
            finding = reg.finding("RC-FATHER-002", father=f.label,
                                  location=annotated.location(where) if where else None,
                                  quote=where.text if where else None)
            findings.append(finding)
            reasons.append(finding.message)
    status = "met" if not findings else "partial"
    return Criterion(status=status, reasons=reasons, evidence=evidence), findings


def engaged_fathers(annotated: Annotated) -> list[str]:
    """Labels of fathers or male carers the report records as engaged (seen, spoken with, heard)."""
    return [f.label for f in fathers(annotated) if f.engaged]
