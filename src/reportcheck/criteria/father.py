"""`father_involvement`: the child's father(s) and any male carer are identified, and their engagement or views
recorded or their absence explained. A grandfather, Father Christmas or a priest is not a father.

Who the men are is worked out in father_names; here each is followed through the report by name, by
"Mr <surname>", by the relation term and by "he" while he stays the subject, and what is recorded about him decides.
"""

from __future__ import annotations

from ..annotate import Annotated, Hit, Sentence
from ..result import Criterion, Evidence, Finding
from ..rulepack import registry
from .father_names import (FEMALE_TITLES, HIM, MALE_TITLES, POSSESSIVE, SHORTHAND, Father, identify, named_women,
                           quoted, relation_terms, term_kind)
from .people import children, name_tokens


def fathers(annotated: Annotated) -> list[Father]:
    """Named fathers and male carers, or one unnamed father, with the sentences about each. Worked out once per
    report (the sharing criterion asks too)."""
    if "fathers" not in annotated.memo:
        annotated.memo["fathers"] = _fathers(annotated)
    return annotated.memo["fathers"]


def _fathers(annotated: Annotated) -> list[Father]:
    kids = {n for k in children(annotated) for n in k.names}
    women = named_women(annotated, kids)
    adults = (women | {t for p in annotated.structure.facts.family for t in name_tokens(p.name)}) - kids
    terms = {s.index: relation_terms(annotated, s, kids, adults) for s in annotated.sentences}
    found = identify(annotated, terms, kids, women, adults)
    surnames = [f.surname for f in found if f.surname]
    alone = {n for n in surnames if surnames.count(n) == 1 and n not in women}  # no Ms or mother by that name
    mothers = _MOTHER | {t for p in annotated.structure.facts.family if p.relation == "mother"
                         for t in name_tokens(p.name)}
    people = kids | women  # someone else the sentence is about: "HOLT stated that DUNMORE had ..." is her account
    unnamed = {kind: Father(label, frozenset(), kind=kind) for kind, label in
               (("father", _unnamed_label(annotated)), ("carer", "the mother's partner"))}
    chain: list[Father] = []  # fathers a "he" in the next sentences points to
    in_block: list[Father] = []  # fathers named in the current paragraph
    last_block = -1
    for s in annotated.sentences:
        if s.block != last_block:  # a new paragraph: "he" reaches back only when it opens the paragraph
            in_block, last_block = [], s.block
            if HIM.isdisjoint(annotated.words[s.start:min(s.end, s.start + 4)]):
                chain = []
        tokens = annotated.lower(s)
        about = [f for f in found if _names_him(f, annotated, s.start, s.end, alone)]
        for hit in terms[s.index]:
            if not any(_names_him(f, annotated, max(s.start, hit.start - 8), min(s.end, hit.end + 8), alone)
                       for f in about):
                about += [f for f in _by_term(found, unnamed, hit, annotated) if f not in about]
        own_account = s.get("father.not_absence")  # "he had not known about ...": his words, not his absence
        absences = [h for h in s.get("father.absence") if not (h.future or h.hypothetical) and not quoted(s, h)
                    and not _within(h, own_account) and not _known_to_service(annotated, s, h)
                    and not _missing_particular(annotated, s, h)
                    and not _not_in_family(annotated, s, h, kids) and not _another_child(annotated, s, h, kids)]
        absent = bool(absences)
        if not about and not HIM.isdisjoint(tokens):
            about = chain or (in_block if absent else [])
        if not about:
            if _first_person(tokens, people) is not None:
                chain = []  # someone else is now the subject: "he" no longer points to him
            continue
        # "he" in the next sentences is still him after one naming only his things ("All of his screens were clear")
        still_him = _first_person(tokens, people) is None and not HIM.isdisjoint(tokens)
        chain = about if still_him or _first_person_is_him(tokens, about, people) else []
        if _couple(annotated, s, kids, mothers):
            for f in about:
                f.partner = True
        in_block = about
        engaged = any(h.asserted and not quoted(s, h) and not _unheld(annotated, s, h)
                      and _his_act(annotated, s, h, about, women)
                      for h in s.get("father.engagement")) or bool(
            s.quotes and _first_person_is_him(annotated.words[s.start:s.quotes[0][0]], about, people))  # his words
        absent = any(not _someone_else_chose(annotated, s, h, about, people) for h in absences)
        for f in about:
            f.mentions.append(s)
            if engaged:
                f.engaged.append(s)
            elif absent:
                f.absence.append(s)
    return found + [f for f in unnamed.values() if f.mentions]


def _unnamed_label(annotated: Annotated) -> str:
    kids = [k.label for k in children(annotated)]
    return "the father of " + (kids[0] if len(kids) == 1 else ", ".join(kids[:-1]) + " and " + kids[-1])


def _by_term(found: list[Father], unnamed: dict[str, Father], hit: Hit, annotated: Annotated) -> list[Father]:
    """Whom a relation term with no name beside it points to: the one named man of that kind; for "her partner"
    also the one man named at all (a father who lives with the mother); the unnamed one when no such man is named;
    nobody when several are ("Dad" in a report about two fathers)."""
    kind = term_kind(annotated, hit)
    same = [f for f in found if f.kind == kind] or (found if kind == "carer" else [])
    if len(same) == 1:
        return same
    return [] if same else [unnamed[kind]]


# --- what the report says about him --------------------------------------------------------------------------------

def _known_to_service(annotated: Annotated, s: Sentence, hit: Hit) -> bool:
    """Whether "not known" or "unknown" is followed by "to" a service ("He is not known to our service", "unknown to
    children's social care", "not known to Brightways" where the report names "Brightways Recovery Service"): the
    agency holds no record of him, which says nothing of him or why he is absent; "not known to Mum" and "his
    details are not known to us" still explain it."""
    words = annotated.words
    after = hit.end + 1
    if words[hit.start:hit.end] not in (["not", "known"], ["unknown"]) or after >= s.end or words[hit.end] != "to":
        return False
    return not registry().words("record_holders").isdisjoint(words[after:min(s.end, after + 4)]) or (
        _service_name(annotated, annotated.texts[after]))


def _service_name(annotated: Annotated, name: str) -> bool:
    """Whether a capitalised word opens the name of a service somewhere in the report: it is followed by a record
    holder word through capitalised words or joiners only ("Pathways Drug and Alcohol Service", "Oakfield Team")."""
    if not name[:1].isupper():
        return False
    reg = registry()
    holders, joiners, texts = reg.words("record_holders"), reg.words("service_name_joiners"), annotated.texts
    for at in (i for i, t in enumerate(texts) if t == name):
        for word in texts[at + 1:at + 6]:
            if word.lower() in holders and word[:1].isupper():
                return True
            if not (word[:1].isupper() or word.lower() in joiners):
                break
    return False


def _missing_particular(annotated: Annotated, s: Sentence, hit: Hit) -> bool:
    """Whether "not known" or "unknown" is about one of his particulars ("Tyler Quinn (DOB not known)", "his date of
    birth is unknown", "unknown date of birth"): a gap in the author's record of him, not why he is absent."""
    words = annotated.words
    if words[hit.start:hit.end] not in (["not", "known"], ["unknown"]):
        return False
    return any(p.end <= hit.start and _LINKS.issuperset(words[p.end:hit.start])
               or words[hit.start] == "unknown" and p.start == hit.end for p in s.get("father.particulars"))


_LINKS = frozenset({"is", "are", "was", "were", "still", "currently", ":"})  # "his DOB is still not known"


def _not_in_family(annotated: Annotated, s: Sentence, hit: Hit, kids: set[str]) -> bool:
    """Whether "no involvement" or "not involved" is about something other than the family: the six words after it
    name a service's records or no child or family word ("no involvement with drugs", "not involved with our
    service"). "Dad has had no involvement with the household since 2019" explains his absence."""
    if not any(h.start == hit.start for h in s.get("father.absence_in_family")):
        return False
    reg = registry()
    after = annotated.words[hit.end:min(s.end, hit.end + 6)]
    return not reg.words("record_holders").isdisjoint(after) or (
        reg.words("family_words").isdisjoint(after) and kids.isdisjoint(after))


def _couple(annotated: Annotated, s: Sentence, kids: set[str], mothers: set[str]) -> bool:
    """Whether the sentence says he and the mother are a couple or he stays at her home ("Chloe describes the
    relationship as 'on and off' and says he stays at her flat"): the father pack's couple phrase, asserted, naming
    the mother or "her", with no subject child ("Ruby stays with her dad") and no separation ("they separated and he
    is now in a relationship with Sophie")."""
    words = annotated.words[s.start:s.end]
    return any(h.asserted and not h.historical for h in s.get("father.couple")) and not (
        mothers | {"her"}).isdisjoint(words) and kids.isdisjoint(words) and not s.has("father.separated")


def _another_child(annotated: Annotated, s: Sentence, hit: Hit, kids: set[str]) -> bool:
    """Whether the absence is from a child who is not a subject of the report, named within a few words of it ("He
    has another child, aged 6, with whom he has no contact"): that says nothing of him and these children, unless the
    sentence names one of them too ("no contact with Ruby or his other children")."""
    near = [o for o in s.get("father.other_child") if abs(o.start - hit.start) <= _NEAR]
    return bool(near) and kids.isdisjoint(annotated.words[s.start:s.end])


_NEAR = 10  # tokens between an absence and the other child it is about


def _unheld(annotated: Annotated, s: Sentence, hit: Hit) -> bool:
    """Whether the hit lies in what the author says they do not know ("I hold no information about his contact or
    his views"), with no terminator between: a gap in the record, not his engagement."""
    stops = registry().words("terminators")
    return any(u.end <= hit.start and stops.isdisjoint(annotated.words[u.end:hit.start])
               for u in s.get("father.unheld"))


def _within(hit: Hit, others: list[Hit]) -> bool:
    return any(o.start <= hit.start and hit.end <= o.end for o in others)


def _only_possessive(annotated: Annotated, s: Sentence, father: Father) -> bool:
    """Whether the sentence names him only as an owner ("Mr Doyle's probation officer"): weaker evidence of him."""
    words = annotated.words
    named = [i for i in range(s.start, s.end) if words[i] in father.names or words[i] == father.surname]
    return bool(named) and all(i + 1 < s.end and words[i + 1] in POSSESSIVE for i in named)


# People a sentence may be about instead of him: the women of the family, the author, the professionals.
_MOTHER = frozenset({"mum", "mother", "mummy"})
_NOT_HIM = _MOTHER | {"she", "her", "nan", "grandmother", "teacher", "officer", "i", "we"} | FEMALE_TITLES
_AGENCY_ACTORS = frozenset({"school", "staff", "police", "officers", "officer", "pc", "ps", "dc", "constable",
                            "sergeant"})
_OTHER_SPEAKERS = _NOT_HIM | _AGENCY_ACTORS


def _his_act(annotated: Annotated, s: Sentence, hit: Hit, about: list[Father], women: set[str]) -> bool:
    """A speech or care verb is his engagement only when he is its subject: the nearest person before the verb is
    him. Any other engagement verb is his unless an agency's staff or a woman of the family are its subject
    ("Officers attended, words between Mum and her partner Dean", "she attended with a bruise and said her partner
    had pushed her"), though not when he is beside her ("Mum attended with her partner", "Dad and Mum attended")."""
    words = annotated.words
    if hit.start > s.start and words[hit.start - 1] in registry().words("not_engagement_before"):
        return False  # "was last seen in 2025", "on our visits": when a record ends, the author's, not his
    if _sighting(annotated, s, hit):
        return False
    before = words[max(s.start, hit.start - 5):hit.start]
    if any(before[k:k + 2] == ["to", "be"] for k in range(len(before) - 1)):
        return False  # "Dean to be identified and seen by SW": a plan, not his engagement
    speech = any(h.start == hit.start for h in s.get("father.speech"))
    others = _OTHER_SPEAKERS if speech else _AGENCY_ACTORS | _WOMEN | women
    names = set().union(*(f.names for f in about)) | {"he", "father", "dad", "daddy", "stepfather", "partner"} | (
        SHORTHAND)
    surnames = {f.surname for f in about if f.surname}

    sentence = words[s.start:s.end]
    if any(_his_son(sentence, i - s.start) for i in range(hit.start, hit.end)):
        return False  # "he said" is the hit itself

    def is_him(i: int) -> bool:
        return (words[i] in names and not _his_son(sentence, i - s.start)) or (
            words[i] in surnames and i > s.start and words[i - 1] in MALE_TITLES)

    nearest = _nearest_person(annotated, s, hit, is_him,
                              lambda i: words[i] in others or _his_son(sentence, i - s.start))
    if nearest and speech and _complains_of(annotated, s, hit, names | surnames):
        return False
    if nearest is False and not speech:
        return _beside_her(s, hit, words, is_him)
    return not speech if nearest is None else nearest


def _his_son(tokens: list[str], i: int) -> bool:
    """Whether "he" at `i` is the son of the father the sentence speaks of: "He said he goes to his dad's flat" is the
    boy's account of his father, not the father's own words."""
    return tokens[i] == "he" and any(tokens[j] == "his" and tokens[j + 1] in _DADS
                                     for j in range(i + 1, len(tokens) - 1))


def _sighting(annotated: Annotated, s: Sentence, hit: Hit) -> bool:
    """Whether "seen" says where he was, not that anyone met him: "has been seen at the flat", "seen leaving the
    property" (a housing or police record of his presence); "seen at home by the health visitor" is a visit."""
    reg = registry()
    words = annotated.words
    k = hit.end
    if words[hit.start:hit.end] != ["seen"] or k >= s.end or words[k] not in reg.words("sighting_links"):
        return False
    k += 1
    while k < s.end and words[k] in reg.words("determiners"):
        k += 1
    return k < s.end and words[k] in reg.words("sighting_places")


_WOMEN = frozenset({"she", "mum", "mother", "mummy", "nan", "grandmother"}) | FEMALE_TITLES
_DADS = frozenset({"father", "dad", "daddy", "stepfather", "stepdad"})


def _beside_her(s: Sentence, hit: Hit, words: list[str], is_him) -> bool:
    """Whether he shares the act of the woman before the verb: "with" him just after it ("Mum attended with her
    partner", "with him"), or joined to her by "and" ("Dad and Mum attended")."""
    after = range(hit.end, min(s.end, hit.end + 4))
    if any(words[i] == "with" and any(is_him(j) or words[j] == "him" for j in range(i + 1, min(s.end, i + 4)))
           for i in after):
        return True
    before = range(max(s.start, hit.start - 6), hit.start)
    return any(words[i] in ("and", "&") and i > s.start and is_him(i - 1) for i in before)


def _complains_of(annotated: Annotated, s: Sentence, hit: Hit, his: set[str]) -> bool:
    """Whether what he said is a complaint that someone else harmed him ("ASKEW reported Kelly GREEN had thrown a mug
    at him", "he alleged that she hit him"): the reported clause opens with another adult and ends on him, and the
    child is not in it. That is an incident he reported, not his engagement or his views about the child; "he told
    me Mum hit him" was said to the author, and "he said Ruby kicked him" or "she had stopped him seeing the
    children" are about the child: they still count."""
    words, texts = annotated.words, annotated.texts
    k = hit.end + (hit.end < s.end and words[hit.end] == "that")
    kids = set().union(*(c.names for c in children(annotated))) | _CHILD_WORDS
    if k >= s.end or words[k] in his or not kids.isdisjoint(words[s.start:s.end]) or not (
            texts[k][:1].isupper() or words[k] in _OTHER_SPEAKERS):
        return False
    return "him" in words[k + 1:s.end]


def _nearest_person(annotated: Annotated, s: Sentence, hit: Hit, is_him, is_other) -> bool | None:
    """Walking back from `hit` (a dozen words at most, within the sentence): True when he comes first, False when
    someone else does, None when no one does."""
    for i in range(hit.start - 1, max(s.start, hit.start - 12) - 1, -1):
        if is_him(i):
            return True
        if is_other(i):
            return False
    return None


def _someone_else_chose(annotated: Annotated, s: Sentence, hit: Hit, about: list[Father], people: set[str]) -> bool:
    """Whether an absence that is a choice ("did not want to", "chose not to", "did not attend") is someone else's:
    the nearest person before it is not him ("Millie said she did not want to go home" says nothing of why Dean is
    absent). A state ("unknown", "deceased", "has never met him") explains his absence whoever the subject is."""
    if not any(c.start == hit.start for c in s.get("father.absence_choice")):
        return False
    words = annotated.words
    names = set().union(*(f.names for f in about)) | {f.surname for f in about if f.surname} | _FATHER_WORDS
    nearest = _nearest_person(annotated, s, hit, lambda i: words[i] in names,
                              lambda i: words[i] in _OTHER_SPEAKERS or words[i] in people)
    return nearest is False


_NOT_HIM_AFTER = frozenset({"family", "families", "household", "children", "siblings", "home"})


def _names_him(father: Father, annotated: Annotated, start: int, end: int, alone: set[str]) -> bool:
    """Whether tokens start..end name him: a name of his own, his title and surname ("Mr Price", "Mr Lee Price", not
    "Ms Price"), or his surname alone when no woman in the report bears it (police write "DUNMORE arrested"), though
    not after a first name ("Tyler DUNMORE") nor as "the Dunmore family"."""
    words, texts = annotated.words, annotated.texts
    tokens = words[start:end]
    if not father.names.isdisjoint(tokens):
        return True
    if father.surname is None or father.surname not in tokens:
        return False
    for i in range(start, end):
        if words[i] != father.surname:
            continue
        if any(w in MALE_TITLES for w in words[max(start, i - 2):i]):
            return True
        if father.surname in alone and (i == start or not texts[i - 1][:1].isupper() and words[i - 1] != "the") and (
                i + 1 >= len(words) or words[i + 1] not in _NOT_HIM_AFTER):
            return True
    return False


_CHILD_WORDS = frozenset({"child", "children", "kids", "baby", "son", "daughter", "boys", "girls"})
_FATHER_WORDS = frozenset({"father", "dad", "daddy", "stepfather", "stepdad", "partner", "boyfriend", "he", "him"}
                          ) | SHORTHAND
_PEOPLE = _NOT_HIM | {"child", "children", "baby"}


def _first_person_is_him(tokens: list[str], about: list[Father], kids: set[str]) -> bool:
    """Whether the first person the sentence names is the father: then "he" in what follows is him. In "Tyler's
    father has occasional contact. He said ..." the first person named is Tyler, so "he" may be the boy; in "Tyler's
    father is Dean" or "Mrs Ellis's husband, Mr Stuart Ellis, ..." the owner of the phrase is not the subject."""
    names = set().union(*(f.names for f in about)) | {f.surname for f in about if f.surname}
    named = not names.isdisjoint(tokens)  # "Ruby's stepfather is Dean": Dean is the subject
    for i, w in enumerate(tokens):
        if _his_son(tokens, i):
            return False
        if w in names or w in _FATHER_WORDS:
            return True
        owner = i + 1 < len(tokens) and tokens[i + 1] in POSSESSIVE
        her = owner and w in ("mum", "mother", "mummy") or (
            w in FEMALE_TITLES and i + 2 < len(tokens) and tokens[i + 2] in POSSESSIVE)
        if (w in kids or w in _PEOPLE) and not her and not (owner and named):
            return False
    return False


def _first_person(tokens: list[str], kids: set[str]) -> str | None:
    """The first child or other person a sentence names, if any ("Tyler told me ...": Tyler)."""
    return next((w for w in tokens if w in kids or w in _PEOPLE), None)


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
