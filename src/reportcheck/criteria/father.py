"""`father_involvement`: the child's father(s) and any male carer are identified, and their engagement or views
recorded or their absence explained. A grandfather, Father Christmas or a priest is not a father.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..annotate import Annotated, Hit, Sentence
from ..result import Criterion, Evidence, Finding
from ..rulepack import registry
from .people import children, family_tokens, name_tokens

_FEMALE_TITLE = re.compile(r"\s*(ms|mrs|miss)\b", re.I)  # a mother's female partner is not a male carer
_FATHER_RELATIONS = ("father", "dad", "stepfather", "step-father", "partner", "male carer", "boyfriend")
_HIM = frozenset({"he", "his", "him"})


@dataclass
class _Father:
    label: str  # "Liam Hall (father)" or "the father"
    names: frozenset[str]  # lower-case name tokens that point to him alone
    surname: str | None = None  # lower case: "Mr Price" is him even when the mother is "Ms Price"
    mentions: list[Sentence] = field(default_factory=list)
    engaged: list[Sentence] = field(default_factory=list)
    absence: list[Sentence] = field(default_factory=list)


def fathers(annotated: Annotated) -> list[_Father]:
    """Named fathers and male carers from the facts, or one unnamed father, with the sentences about each. Worked out
    once per report (the sharing criterion asks too)."""
    if "fathers" not in annotated.memo:
        annotated.memo["fathers"] = _fathers(annotated)
    return annotated.memo["fathers"]


def _fathers(annotated: Annotated) -> list[_Father]:
    facts = annotated.structure.facts
    named = [p for p in facts.family
             if any(r in p.relation.lower() for r in _FATHER_RELATIONS) and "grand" not in p.relation.lower()
             and not _FEMALE_TITLE.match(p.name)]
    others = [p.name for p in facts.family if p not in named] + [c.name or "" for c in facts.children]
    shared_surnames = {name_tokens(n)[-1] for n in others if name_tokens(n)}
    found = [_Father(f"{p.name} ({p.relation})", _own_names(p.name, shared_surnames),
                     (name_tokens(p.name) or [None])[-1]) for p in named]
    names, surname = _names_beside_father(annotated) if not found else (frozenset(), None)
    generic = _Father(f"Mr {surname.title()} (father)" if surname else "The father", names, surname)
    kids = {n for k in children(annotated) for n in k.names}
    chain: list[_Father] = []  # fathers a "he" in the next sentences points to
    in_block: list[_Father] = []  # fathers named in the current paragraph
    last_block = -1
    for s in annotated.sentences:
        if s.block != last_block:  # a new paragraph: "he" reaches back only when it opens the paragraph
            in_block, last_block = [], s.block
            if _HIM.isdisjoint(annotated.words[s.start:min(s.end, s.start + 4)]):
                chain = []
        term = [h for h in s.get("father.father") if _is_father(annotated, h) and not _quoted(s, h)]
        tokens = annotated.lower(s)
        about = [f for f in found + [generic] if _names_him(f, tokens)]
        if term and not about:
            # one named father: "Dad" is him; none named: an unnamed father; several: the names decide
            about = found if len(found) == 1 else [] if found else [generic]
        absent = any(not (h.future or h.hypothetical) and not _quoted(s, h) for h in s.get("father.absence"))
        if not about and not _HIM.isdisjoint(tokens):
            about = chain or (in_block if absent else [])
        if not about:
            if _first_person(tokens, kids) is not None:
                chain = []  # someone else is now the subject: "he" no longer points to him
            continue
        chain = about if _first_person_is_him(tokens, about, kids) else []
        in_block = about
        engaged = any(h.asserted and not _quoted(s, h) and _his_act(annotated, s, h, about)
                      for h in s.get("father.engagement"))
        for f in about:
            f.mentions.append(s)
            if engaged:
                f.engaged.append(s)
            elif absent:
                f.absence.append(s)
    return [f for f in found + [generic] if f.mentions or f in found]


def _only_possessive(annotated: Annotated, s: Sentence, father: _Father) -> bool:
    """Whether the sentence names him only as an owner ("Mr Doyle's probation officer"): weaker evidence of him."""
    words = annotated.words
    named = [i for i in range(s.start, s.end) if words[i] in father.names or words[i] == father.surname]
    return bool(named) and all(i + 1 < s.end and words[i + 1] in {"'s", "’s"} for i in named)


def _quoted(s: Sentence, hit: Hit) -> bool:
    """Inside a quotation: someone else's words ("Kevin says I'm doing it for attention", as the child put it)."""
    return any(a <= hit.start and hit.end <= b for a, b in s.quotes)


_OTHER_SPEAKERS = frozenset({"mum", "mother", "mummy", "she", "her", "ms", "mrs", "miss", "nan", "grandmother",
                             "teacher", "school", "staff", "police", "officer", "i", "we"})


def _his_act(annotated: Annotated, s: Sentence, hit: Hit, about: list[_Father]) -> bool:
    """A speech verb is his engagement only when he is the one speaking: the nearest person before the verb is him."""
    words = annotated.words
    if not any(h.start == hit.start for h in s.get("father.speech")):
        return True
    names = set().union(*(f.names for f in about)) | {"he", "father", "dad", "daddy", "stepfather", "partner"}
    for i in range(hit.start - 1, max(s.start, hit.start - 8) - 1, -1):
        if words[i] in names:
            return True
        if words[i] in _OTHER_SPEAKERS:
            return False
    return False


def _own_names(name: str, shared_surnames: set[str]) -> frozenset[str]:
    """The name tokens that point to this man alone: not a surname he shares with the mother or the children."""
    parts = name_tokens(name)
    return frozenset(parts[:1] + [p for p in parts[1:] if p not in shared_surnames])


def _names_him(father: _Father, tokens: list[str]) -> bool:
    if not father.names.isdisjoint(tokens):
        return True
    if father.surname is None or "mr" not in tokens:
        return False
    return any(a == "mr" and b == father.surname for a, b in zip(tokens, tokens[1:]))  # "Mr Price", not "Ms Price"


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


_FATHER_WORDS = frozenset({"father", "dad", "daddy", "stepfather", "stepdad", "partner", "boyfriend", "he", "him"})
_PEOPLE = frozenset({"mum", "mother", "mummy", "she", "her", "ms", "mrs", "miss", "nan", "grandmother", "i", "we",
                     "teacher", "officer", "child", "children", "baby"})


def _first_person_is_him(tokens: list[str], about: list[_Father], kids: set[str]) -> bool:
    """Whether the first person the sentence names is the father: then "he" in what follows is him. In "Tyler's
    father has occasional contact. He said ..." the first person named is Tyler, so "he" may be the boy."""
    names = set().union(*(f.names for f in about))
    return next((w in names or w in _FATHER_WORDS for w in tokens
                 if w in names or w in _FATHER_WORDS or w in kids or w in _PEOPLE), False)


def _first_person(tokens: list[str], kids: set[str]) -> str | None:
    """The first child or other person a sentence names, if any ("Tyler told me ...": Tyler)."""
    return next((w for w in tokens if w in kids or w in _PEOPLE), None)


def _names_beside_father(annotated: Annotated) -> tuple[frozenset[str], str | None]:
    """The name written beside "father" when the header lists no father: a first name ("Gareth Jennings (38),
    father", "Gareth is a practical and affectionate father") or a surname after "Mr" ("Mr Cross, the children's
    father"), which points to him only as "Mr Cross" since the mother may share it."""
    taken = {n for k in children(annotated) for n in k.names} | family_tokens(annotated)
    texts, words = annotated.texts, annotated.words
    found: set[str] = set()
    surname = None
    for s in annotated.sentences:
        for hit in (h for h in s.get("father.father") if _is_father(annotated, h) and not _quoted(s, h)):
            for i in range(max(s.start, hit.start - 6), hit.start):
                w = texts[i]
                if not (w[:1].isupper() and w[1:].islower() and len(w) > 2) or words[i] in taken:
                    continue
                if i > s.start and words[i - 1] == "mr":
                    surname = surname or words[i]
                    break
                if i == s.start or not texts[i - 1][:1].isupper():
                    found.add(words[i])
                    break
    return frozenset(found), surname


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
            best = min(support, key=lambda s: (_only_possessive(annotated, s, f), s.role != "parent_views", s.index))
            evidence.append(Evidence(quote=best.text, location=annotated.location(best)))
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
