"""Who the child's fathers and male carers are, for `father_involvement` (and for the sharing criterion).

Read from the header's family facts and from the report's own words beside a relation term ("Craig Parsons (father,
DOB ...)", "Mr Darren Hill is the father of Callum", "the children's mother and father", "his parents, Leanne and Gary
Pike"), from a man giving his views in the parents' section, and, when no father is named at all, "Mr" with the
children's surname. Men the report names as someone else (a grandfather, an officer, a suspect) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..annotate import Annotated, Hit, Sentence
from ..rulepack import registry
from .people import name_tokens

FEMALE_TITLES = registry().words("female_titles")
MALE_TITLES = registry().words("male_titles")
_TITLES = FEMALE_TITLES | MALE_TITLES | registry().words("other_titles")
POSSESSIVE = frozenset({"'s", "’s"})
_MOTHER = frozenset({"mother", "mum", "mummy", "mothers", "mums"})
_STEP = frozenset({"step", "stepfather", "stepdad", "partner", "boyfriend", "carer"})
_CHILD_OWNERS = frozenset({"child", "children", "baby", "boy", "girl", "boys", "girls", "siblings", "unborn", "twins",
                           "his", "her", "their", "its", "the", "your"})
_DETERMINERS = registry().words("determiners")
_NUMBERS = frozenset("two three four five six seven eight nine ten".split())
_APPOSITION = frozenset({",", "(", ":", "-", "–", "—", "is", "was"})
# Words that sit between a name and a relation term written after it: "Gary Pike, the children's father".
_BETWEEN = frozenset({"the", "their", "his", "her", "children", "child", "baby", "'s", "’s", "both"})
# Which side of the family a relative is on: "Mr Gary Reid (maternal grandfather)".
_SIDES = frozenset({"maternal", "paternal"})
HIM = frozenset({"he", "his", "him"})
_MEN = registry().words("men")
# Shorthand for the father ("FOB"), and shorthand that counts only with a name beside it ("BF", also breastfeeding).
_SHORTHAND_NAMED = registry().words("father_shorthand_named")
SHORTHAND = registry().words("father_shorthand") | _SHORTHAND_NAMED
# Relations in the header's family facts that are women ("mother's partner" is a man).
_WOMEN_RELATIONS = frozenset({"mother", "stepmother", "father's partner"})
# Between "parents" and the first name of a list: "Parents are", "Parent/carer(s):", "Parents / carers -".
_LIST_OPENING = _APPOSITION | {"are", "/", "carer", "carers", "carer(s", "(s", "):", ")", "(s)"}
_NOT_A_NAME = frozenset(
    "dob d.o.b date born aged age unknown not none tbc n/a the he she they his her their mum dad mother father parents "
    "parent both and nhs address tel no yes then also however when since after before during following this that "
    "there it mummy daddy nan grandad january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday".split())


_LABEL = re.compile(r"^\W*([A-Za-z][A-Za-z ]{0,40}?)\s*(?::|$)")  # "Household: ..." or a form row's label


@dataclass
class Father:
    """One father or male carer, and the sentences about him (filled in by father.fathers)."""

    label: str  # "Liam Hall (father)" or "the father of Ruby Hall (7)"
    names: frozenset[str]  # lower-case name tokens that point to him alone
    surname: str | None = None  # lower case: "Mr Price" is him even when the mother is "Ms Price"
    kind: str = "father"  # "father", or "carer" for a stepfather, a mother's partner, a male carer
    partner: bool = False  # also called the mother's partner, husband or a male carer: a man of her household
    mentions: list[Sentence] = field(default_factory=list)
    engaged: list[Sentence] = field(default_factory=list)
    absence: list[Sentence] = field(default_factory=list)


def term_kind(annotated: Annotated, hit: Hit) -> str:
    """"father" or "carer", for the relation term matched at `hit`."""
    return relation_kind(" ".join(annotated.words[hit.start:hit.end]))


def relation_terms(annotated: Annotated, s: Sentence, kids: set[str], adults: set[str]) -> list[Hit]:
    """The relation terms in a sentence that name the child's father or a male carer: the longest of overlapping
    matches ("birth father", not also "father"), none inside a quotation, none of someone else's father, none whose
    man is named beside as someone else ("her father, Mr Gary Reid (maternal grandfather)": what he is to the child
    decides)."""
    hits = [h for h in s.get("father.father") + _shorthand(annotated, s, kids) if not quoted(s, h)]
    hits = [h for h in hits if not any(o is not h and o.start <= h.start and h.end <= o.end
                                       and o.end - o.start > h.end - h.start for o in hits)]
    other = [n.low for n in _named_as_other(annotated, s, kids)] if hits else []
    return [h for h in hits if _is_father(annotated, s, h, kids, adults) and not (
        other and (_name_beside(annotated, s, h, kids) or _Name(None, [])).low in other)]


def _shorthand(annotated: Annotated, s: Sentence, kids: set[str]) -> list[Hit]:
    """Shorthand for the father written in capitals ("FOB: Liam Pryce", "the FoB is not known"; "a key fob" is not),
    and shorthand that also means something else ("BF") only with a name beside it ("BF: Liam", not "plans to BF")."""
    return [h for h in s.get("father.father_shorthand") + s.get("father.father_shorthand_named")
            if sum(c.isupper() for c in annotated.doc[h.start:h.end].text) > 1 and (
                annotated.words[h.start] not in _SHORTHAND_NAMED or _name_beside(annotated, s, h, kids))]


def _relation_text(annotated: Annotated, hit: Hit) -> str:
    """The relation term as a label shows it: lower case, shorthand as written ("Ryan Doyle (FOB)")."""
    text = annotated.doc[hit.start:hit.end].text
    return text if annotated.words[hit.start] in SHORTHAND else text.lower()


def _is_father(annotated: Annotated, s: Sentence, hit: Hit, kids: set[str], adults: set[str]) -> bool:
    words, texts = annotated.words, annotated.texts
    reg = registry()
    lead = hit.start - (hit.start > s.start and words[hit.start - 1] == "own")  # "Chloe's own dad" is Chloe's dad
    before = words[lead - 1] if lead > s.start else ""
    after = words[hit.end] if hit.end < s.end else ""
    if before in reg.words("not_father_before") or after in reg.words("not_father_after") or _denied(
            annotated, s, lead, kids):
        return False
    if hit.end - hit.start == 1 and texts[hit.start] == "Father" and hit.end < len(texts):
        nxt = texts[hit.end]
        if nxt[:1].isupper() and (nxt[1:2].isalpha() or nxt[1:2] == "'") and not _family_name_after(annotated, s, hit):
            return False  # "Father O'Brien", a priest; not "Father Lee HARPER stated", where the children are Harpers
    if after == "of":  # "the father of Ruby", "of both children"; not "the father of her friend"
        k = hit.end + 1
        while k < s.end and (words[k] in _DETERMINERS or words[k].isdigit() or words[k] in _NUMBERS):
            k += 1
        if k < s.end and words[k] not in kids and words[k] not in _CHILD_OWNERS or k + 2 < s.end and (
                words[k + 1] in POSSESSIVE and words[k + 2] in reg.words("not_father_owners")):
            return False  # "the father of her friend", "the father of Ruby's friend"
    owner = words[_word_start(annotated, lead - 2, s.start)] if before in POSSESSIVE and lead - 2 >= s.start else None
    if owner in reg.words("not_father_owners"):
        return False  # "Ruby's friend's dad", "her cousin's partner"
    term = annotated.words[hit.start:hit.end]
    if term_kind(annotated, hit) == "father" or term[0].startswith("step"):
        # "Ruby's father" is; "Kirsty's dad" (an adult's: the mother's) and "mum's father" are a grandfather
        if owner is None:  # "her dad" where "her" is Mum, "his dad" where "his" is her partner: a grandfather
            whose = _owner(annotated, s, hit.start, kids, adults, before) if before in ("her", "his") else None
            return whose is None or whose in kids
        return owner in kids or not (owner in adults or owner in reg.words("adults") or (
            lead - 3 >= s.start and words[lead - 3] in _TITLES))
    if not _MOTHER.isdisjoint(term):
        return True  # "mum's partner"
    # a partner or boyfriend is the mother's, not the child's own or the father's ("describes him as her boyfriend"),
    # and her present one ("a previous partner", "his ex-partner's car")
    if any(w in reg.words("not_partner_before") for w in annotated.words[max(s.start, hit.start - 2):hit.start]):
        return False
    if owner is not None:
        return owner not in kids and owner not in _CHILD_OWNERS
    if "her" in (term[0], before):  # whose: the nearest woman or child before ("Tom lives with Mum and her partner")
        whose = next((w for w in reversed(words[s.start:hit.start])
                      if w in kids or w in _MOTHER or w in FEMALE_TITLES), None)
        return whose not in kids
    # "a violent partner", "his partner": only a name beside it makes a bare "partner" the mother's, and not a
    # doctor's ("Dr Tom Reed, Partner at Hillside": his post)
    name = _name_beside(annotated, s, hit, kids) if "his" not in (term[0], before) else None
    return name is not None and name.title not in ("dr", "dr.")


def _family_name_after(annotated: Annotated, s: Sentence, hit: Hit) -> bool:
    """Whether the name after a capitalised "Father" ends on a child's surname: a role written before a name, as
    police reports do ("Father Lee HARPER"), not a priest ("Father O'Brien", "Father Michael")."""
    name = _name_from(annotated, hit.end, s.end, set())
    return bool(name and len(name.parts) > 1 and name.low[-1] in _child_surnames(annotated))


def _word_start(annotated: Annotated, i: int, start: int) -> int:
    """The first token of the hyphenated word token `i` ends: "Kerry-Ann" is one name of three tokens, its hyphen
    written with no space either side ("Liam Hall - father" is an apposition)."""
    doc = annotated.doc
    while i - 2 >= start and annotated.words[i - 1] == "-" and not (doc[i - 2].whitespace_ or doc[i - 1].whitespace_):
        i -= 2
    return i


def _denied(annotated: Annotated, s: Sentence, start: int, kids: set[str]) -> bool:
    """"He is not the father of the baby", "is not Ruby's dad": the man is said not to be the father."""
    words = annotated.words
    k = start
    while k > s.start and (words[k - 1] in _DETERMINERS or words[k - 1] in POSSESSIVE or words[k - 1] in kids
                           or words[k - 1] in _CHILD_OWNERS):
        k -= 1
    return k > s.start and words[k - 1] in ("not", "n't")


def _owner(annotated: Annotated, s: Sentence, end: int, kids: set[str], adults: set[str], pronoun: str) -> str | None:
    """Who "her" (or "his") before token `end` is: the subject, that is the first child or woman (or man) the
    sentence names ("Ruby lives with her mother, Mrs Hall, and her father": Ruby), else the first one its paragraph
    names ("Mum said ... She would like her dad to help": the mother, whose dad is a grandfather), else, when the
    paragraph opens with no one ("There are strengths."), the subject of the nearest sentence before that names
    someone. A sentence whose subject is "she" ("She accepts Mason's appointments were missed and said her dad will
    bring him") points back the same way: the child named after "she" is not the owner. A child the report calls by
    the other pronoun is passed over ("Jayden has missed two reviews. Stacey was started on sertraline. She is
    accompanied by her father": Stacey)."""
    if pronoun == "his":
        people, subject, other = _MEN | MALE_TITLES, "he", "she"
    else:
        people, subject, other = adults | _MOTHER | FEMALE_TITLES, "she", "he"
    words = annotated.words
    k = s.index
    while k > 0 and annotated.sentences[k - 1].block == s.block:
        k -= 1
    before = [annotated.sentences[j] for j in range(k + 1, s.index)][::-1]
    spans = [(s.start, end), (annotated.sentences[k].start, min(annotated.sentences[k].end, end))]
    for start, stop in spans + [(t.start, t.end) for t in before]:
        for who in (w for w in words[start:stop] if w in kids or w in people or w == subject):
            if who == subject:
                break
            if who not in kids or _pronoun(annotated, who, kids | adults) != other:
                return who
    return None


def quoted(s: Sentence, hit: Hit) -> bool:
    """Inside a quotation: someone else's words ("Kevin says I'm doing it for attention", as the child put it)."""
    return any(a <= hit.start and hit.end <= b for a, b in s.quotes)



@dataclass
class _Name:
    title: str | None
    parts: list[str]  # as written

    @property
    def text(self) -> str:
        return " ".join(([self.title.rstrip(".").title()] if self.title else []) + self.parts)

    @property
    def low(self) -> list[str]:
        return [p.lower() for p in self.parts]

    @property
    def first(self) -> str | None:  # "Mr Cross" has a surname only
        return None if self.title and len(self.parts) == 1 else self.low[0]

    @property
    def last(self) -> str | None:
        return self.low[-1] if len(self.parts) > 1 or self.title else None


def identify(annotated: Annotated, terms: dict[int, list[Hit]], kids: set[str], women: set[str],
              adults: set[str]) -> list[Father]:
    """The fathers and male carers the report names, each once."""
    facts = annotated.structure.facts
    others = _other_men(annotated, kids, adults)
    men: list[tuple[_Name, str]] = []  # (name, relation as written)
    for p in facts.family:
        rel = p.relation.lower()
        if "grand" not in rel and any(r in rel for r in ("father", "dad", "partner", "male carer", "boyfriend")):
            parts = p.name.split()
            name = _Name(parts[0].lower(), parts[1:]) if parts and parts[0].lower() in _TITLES else _Name(None, parts)
            if name.title not in FEMALE_TITLES and _plausible(name, kids):
                men.append((name, rel))
    men += _form_rows(annotated, kids)
    beside: list[_Name] = []  # named beside "father" or "partner" in the report's own words: no one else's
    for s in annotated.sentences:
        for hit in terms[s.index]:
            name = _name_beside(annotated, s, hit, kids)
            if name and name.title not in FEMALE_TITLES:
                men.append((name, _relation_text(annotated, hit)))
                beside.append(name)
        parents = _other_parent(annotated, s, kids, women)
        men += [(n, "father") for n in parents]
        beside += [n for n in parents if n.first is None]  # "Mr Ashworth" of a couple, not a grandfather
    speaking = annotated.in_role("parent_views")
    proper = {annotated.texts[i] for t in annotated.sentences for i in range(t.start + 1, t.end)} if speaking else set()
    for s in speaking:
        men += [(n, "father or male carer") for n in _male_speakers(annotated, s, kids, women, others, proper)]
    if not any(relation_kind(rel) == "father" for _, rel in men):
        men += [(n, "father or male carer") for n in _men_with_childrens_surname(annotated, kids, women, others)]
    shared = kids | women | _child_surnames(annotated) | {
        t for p in facts.family if not any(r in p.relation.lower() for r in ("father", "partner"))
        for t in name_tokens(p.name)}
    links = _name_links(annotated, terms, kids)
    result: list[Father] = []
    for name, rel in sorted(men, key=lambda m: relation_kind(m[1]) != "father"):  # "her husband ... is the father"
        if _is_other(name, others) and name not in beside:
            continue  # "her grandad (Ms Lees's father, Mr Derek Holt)" in the header's family list
        if name.title not in MALE_TITLES and _name_pronoun(annotated, name, kids | women) == "she":
            continue  # "The baby's father: Kirsty has told me ...": the mother speaking of him
        own = frozenset(t for t in name.low if t != name.last or t not in shared)
        same = next((f for f in result if _same_man(f, name, links)), None)
        if same is None:
            same = Father(f"{name.text} ({rel})", own, name.last, relation_kind(rel))
            result.append(same)
        else:
            same.names |= own  # "Mr Hirst" and later "her partner, Mr Lewis Hirst"
            same.surname = same.surname or name.last
        same.partner |= relation_kind(rel) == "carer"
    listed = _household_words(annotated)
    for f in result:
        f.partner |= not f.names.isdisjoint(listed)
    return result


def _household_words(annotated: Annotated) -> set[str]:
    """Name words of a list of who lives in the home ("Household: Jo Fox (mother), Dan Fox (father), Mia and Alfie",
    a form row "Living in the home | ..."): a father listed there lives with the children, as the mother's partner
    does. A list that also says someone lives elsewhere or is absent is not read."""
    labels = registry().words("household_labels")
    negations = registry().words("negated_forward")
    blocks = annotated.structure.document.blocks
    found: set[str] = set()
    for s in annotated.sentences:
        block = blocks[s.block]
        row = block.role == "answer" and block.pair is not None and 0 <= block.pair < len(blocks)
        head = _LABEL.match(blocks[block.pair].text if row else s.text)
        words = annotated.words[s.start:s.end]
        if head and " ".join(head.group(1).lower().split()) in labels and negations.isdisjoint(words) and not (
                s.has("father.absence")):
            found.update(words)
    return found


def _form_rows(annotated: Annotated, kids: set[str]) -> list[tuple[_Name, str]]:
    """The man a form row names when its label is a relation term: "Father | Jason REEVE (DOB ...)"."""
    blocks = annotated.structure.document.blocks
    terms = registry().words("father")
    found = []
    for s in annotated.sentences:
        block = blocks[s.block]
        after_first = s.index and annotated.sentences[s.index - 1].block == s.block
        if block.role != "answer" or block.pair is None or after_first:
            continue  # only the answer's first sentence
        label = " ".join(blocks[block.pair].text.split()).lower().rstrip(":")
        name = _name_from(annotated, s.start, s.end, kids) if label in terms else None
        if name and name.title not in FEMALE_TITLES and _plausible(name, kids):
            found.append((name, label))
    return found


def relation_kind(relation: str) -> str:
    """"father", or "carer" for a stepfather, a mother's partner or husband, a male carer."""
    words = relation.replace("-", " ").split()
    return "carer" if words[0].startswith("step") or not _STEP.isdisjoint(words) and "father" not in words \
        else "father"


def _men_with_childrens_surname(annotated: Annotated, kids: set[str], women: set[str], others: list[set[str]]
                                ) -> list[_Name]:
    """"Mr Craig Reilly", or "Craig Reilly" whom the report calls "he", where the children are Reillys and the report
    calls him nothing else: the father or a male carer, when no father is named ("we work with Nadia and Imran
    Hussain and the children")."""
    words = annotated.words
    surnames = _child_surnames(annotated)
    found = []
    for s in annotated.sentences:
        for i in range(s.start, s.end - 1):
            titled = words[i] in MALE_TITLES
            starts = _name_word(annotated, i, kids) and not (
                i > s.start and (_name_word(annotated, i - 1, kids) or words[i - 1] in _TITLES))
            if not (titled and words[i + 1] not in ("and", "&") or starts):
                continue
            name = _name_from(annotated, i, s.end, kids)
            if name and name.last in surnames and not _is_other(name, others) and (
                    titled or _grown_man(annotated, name, i + len(name.parts), s.end, kids, women)):
                found.append(name)
    return found


def _grown_man(annotated: Annotated, name: _Name, k: int, end: int, kids: set[str], women: set[str]) -> bool:
    """Whether a full name with no title, ending before token `k`, is a man's and an adult's: the report calls him
    "he", no woman has the first name, and no age under 18 follows ("Kyle Hussain (16)" is a brother)."""
    words = annotated.words
    if len(name.parts) < 2 or name.low[0] in women or (
            k + 1 < end and words[k] == "(" and words[k + 1].isdigit() and int(words[k + 1]) < 18):
        return False
    return _name_pronoun(annotated, name, kids | women) == "he"


def _same_man(f: Father, name: _Name, links: set[tuple[str, str]]) -> bool:
    """Whether `name` is the man `f`: a name word in common, the same surname with no other first name, or one of
    them written by first name only and the other by surname only where the two are linked (see _name_links)."""
    if f.names & set(name.low) or (f.surname is not None and f.surname == name.last and (
            name.first is None or not f.names or name.first in f.names)):
        return True
    if f.surname is None and name.first is None and name.last:  # "Daniel", then "Mr Okafor"
        return any((n, name.last) in links for n in f.names)
    return bool(f.surname and not f.names and name.last is None and (name.first, f.surname) in links)


def _name_links(annotated: Annotated, terms: dict[int, list[Hit]], kids: set[str]) -> set[tuple[str, str]]:
    """(first name, surname) pairs the report ties together: written side by side ("Daniel OKAFOR"), or a man named
    by first name beside one relation term and called the father of a child with that surname beside another
    ("Daniel (mum's partner and Tommy's dad)" where the child is Tommy Okafor)."""
    words, texts = annotated.words, annotated.texts
    pairs = {(words[i], words[i + 1]) for i in range(len(words) - 1)
             if texts[i][:1].isupper() and texts[i + 1][:1].isupper()}
    surnames = {t[0]: t[-1] for c in annotated.structure.facts.children if len(t := name_tokens(c.name or "")) > 1}
    for s in annotated.sentences:
        hits = terms[s.index]
        if len(hits) < 2:
            continue
        beside = [(h, _name_beside(annotated, s, h, kids)) for h in hits]
        firsts = [n.first for _, n in beside if n and n.last is None]
        owned = [surnames[words[h.start - 2]] for h, n in beside if n is None and h.start - 2 >= s.start
                 and words[h.start - 1] in POSSESSIVE and words[h.start - 2] in surnames]
        pairs.update((f, o) for f in firsts for o in owned)
    return pairs


def named_women(annotated: Annotated, kids: set[str]) -> set[str]:
    """Name words of the women the report names: mothers in the facts (not the mother's partner), whoever it calls
    Ms, Mrs or Miss, and a first name it opens sentences with and follows with "she" ("Donna attends group. Her dad
    has the girls": Donna's dad), other than a child's or the author's."""
    words, texts = annotated.words, annotated.texts
    found = {t for p in annotated.structure.facts.family if p.relation.lower() in _WOMEN_RELATIONS or
             p.name.lower().startswith(tuple(FEMALE_TITLES)) for t in name_tokens(p.name)}
    for i in (i for i, w in enumerate(words) if w in FEMALE_TITLES):
        found.update(words[j] for j in range(i + 1, min(i + 3, len(words))) if texts[j][:1].isupper())
    lower = {w for i, w in enumerate(words) if not texts[i][:1].isupper()}  # "Recovery" is a name, "The" is not
    subjects = {words[s.start] for s in annotated.sentences if _name_word(annotated, s.start, kids)} - lower - (
        found | set(name_tokens(annotated.structure.facts.author or "")) | registry().words("adults"))
    return found | {w for w in subjects if _pronoun(annotated, w, kids | found) == "she"}


def _plausible(name: _Name, kids: set[str]) -> bool:
    """A name, not "DOB", "Kayla's", one of the children, nor a role or an organisation ("Safeguarding Lead",
    "Hillside Practice")."""
    low = name.low
    return bool(low) and all(p.replace("-", "").replace("'", "").isalpha() and p not in _NOT_A_NAME
                             for p in low) and low[0] not in kids and not name.parts[-1].endswith(("'s", "’s")) and (
        registry().words("not_name_words").isdisjoint(low)) and not _identity(name)


def _identity(name: _Name) -> bool:
    """An ethnicity, nationality, language or religion ("White British", "Polish"), not a person's name."""
    identity = registry().words("identity_words")
    return " ".join(name.low) in identity or not identity.isdisjoint(name.low)


def _name_word(annotated: Annotated, i: int, kids: set[str]) -> bool:
    text, low = annotated.texts[i], annotated.words[i]
    return (len(text) > 1 and text[:1].isupper() and text.replace("'", "").isalpha()
            and low not in _NOT_A_NAME and low not in kids and low not in _TITLES and low not in SHORTHAND)


def _name_from(annotated: Annotated, k: int, end: int, kids: set[str]) -> _Name | None:
    """The name written from token `k`: "Mr Lee Roberts", "Liam"; not an owner ("Kayla's"), nor the name of a group
    or a service, which the word after it shows ("the Dad Matters group", "Father Figures programme")."""
    words, texts = annotated.words, annotated.texts
    title = None
    if k < end and words[k] in _TITLES:
        title, k = words[k], k + 1
    parts: list[str] = []
    while k < end and len(parts) < 3 and _name_word(annotated, k, kids):
        parts.append(texts[k])
        k += 1
    if not parts or (k < end and (words[k] in POSSESSIVE or words[k] in registry().words("not_name_words"))):
        return None
    return _Name(title, parts)


def _name_until(annotated: Annotated, k: int, start: int, kids: set[str]) -> _Name | None:
    """The name written just before token `k`: "Craig PARSONS (", "Mr Darren Hill is"."""
    parts: list[str] = []
    while k > start and len(parts) < 3 and _name_word(annotated, k - 1, kids):
        k -= 1
        parts.insert(0, annotated.texts[k])
    if not parts:
        return None
    title = annotated.words[k - 1] if k > start and annotated.words[k - 1] in _TITLES else None
    if k - (title is not None) > start and annotated.words[k - 1 - (title is not None)] in POSSESSIVE:
        return None
    return _Name(title, parts)


def _name_beside(annotated: Annotated, s: Sentence, hit: Hit, kids: set[str]) -> _Name | None:
    """The name written beside a relation term: after it ("Father: Liam Hall", "Dad (Liam)", "her father is Mr Lee
    Roberts") or before it ("Liam Hall (father)", "Mr Darren Hill is the father of", "Ms Dobson and Mr Wayne
    Fisher, the children's mother and father")."""
    words = annotated.words
    k = _past_whose(annotated, hit.end, s.end, kids)
    start = k
    while k < s.end and k < start + 2 and words[k] in _APPOSITION:
        k += 1
    name = _name_from(annotated, k, s.end, kids)
    if name and _plausible(name, kids):
        return name
    k = hit.start
    while k > s.start and k > hit.start - 9 and (words[k - 1] in _BETWEEN or words[k - 1] in kids or (
            k < hit.start and words[k] in POSSESSIVE and annotated.texts[k - 1][:1].isupper()) or (
            words[k - 1] == "and" and words[k] in kids)):
        k -= 1  # "the children's", "Noah's", "Marta's", "Jayden and Amelia's"
    if k - 2 > s.start and words[k - 2] in ("mother", "mum") and words[k - 1] in ("and", "&"):
        k -= 2  # "Ms Dobson and Mr Wayne Fisher, the children's mother and father"
        while k > s.start and words[k - 1] in _BETWEEN:
            k -= 1
    name = _name_before(annotated, s, k, kids)
    while name and _identity(name):  # "Liam Foster (DOB ...), White British, Catholic, father of": he is before it
        k = next(j for j in range(k - 1, s.start - 1, -1) if annotated.texts[j] == name.parts[0])
        name = _name_before(annotated, s, k, kids)
    return name if name and _plausible(name, kids) else None


def _name_before(annotated: Annotated, s: Sentence, k: int, kids: set[str]) -> _Name | None:
    """The name written before the apposition that ends at token `k` ("Craig Hill, the father")."""
    words = annotated.words
    link = k
    while k > s.start and link - k < 3 and (words[k - 1] in _APPOSITION or words[k - 1] == "who") and (
            _word_start(annotated, k, s.start) == k):  # "Kerry-Ann's dad": the hyphen is in her name
        k -= 1  # "Craig Hill, the father", "Jordan Tyson (DOB ...), who is the father"
    if k == link:
        return None  # "Liam father": no apposition, no name beside the term
    if k > s.start and words[k - 1] == ")":  # "Wayne COLE (DOB 30/07/1991), father"
        k = next((j for j in range(k - 2, max(s.start, k - 14) - 1, -1) if words[j] == "("), k)
    return _name_until(annotated, k, s.start, kids)


def _past_whose(annotated: Annotated, k: int, end: int, kids: set[str]) -> int:
    """Past "of" and the child it names, after a relation term ("Father of baby: Jordan Pike", "Dad of both
    children - Liam"), so the name after it is found; `k` itself when no child follows "of"."""
    words = annotated.words
    if k >= end or words[k] != "of":
        return k
    j = k + 1
    while j < end and (words[j] in _DETERMINERS or words[j] in _NUMBERS or words[j].isdigit()):
        j += 1
    if j >= end or not (words[j] in kids or words[j] in _CHILD_OWNERS):
        return k
    while j < end and (words[j] in kids or words[j] in _CHILD_OWNERS or words[j] in ("and", "&")):
        j += 1
    return j


def _other_parent(annotated: Annotated, s: Sentence, kids: set[str], women: set[str]) -> list[_Name]:
    """The father in a list of parents ("his parents, Leanne and Gary Pike", "Parents: Lisa Kerr and Paul Kerr",
    "Parent/carer(s): Jodie HOLT (DOB ...); Craig DUNMORE (DOB ...)"):
    the one who is not the mother, by title, by the family facts or by the pronouns the report uses for him."""
    words = annotated.words
    for hit in s.get("father.parents"):
        k = hit.end
        while k < s.end and words[k] in _LIST_OPENING:
            k += 1
        first = _name_from(annotated, k, s.end, kids)
        if first is None:
            continue
        k += len(first.parts) + (first.title is not None)
        if k < s.end and words[k] == "(":  # "Lisa Kerr (DOB 19/09/1987) and", "Aleksandra (Ola) Kowalska and"
            k = next((j + 1 for j in range(k, min(s.end, k + 12)) if words[j] == ")"), k)
            rest = _name_from(annotated, k, s.end, kids)
            if rest is not None:
                first, k = _Name(first.title, first.parts + rest.parts), k + len(rest.parts)
        if k >= s.end or words[k] not in {"and", "&", ";"}:
            continue
        second = _name_from(annotated, k + 1, s.end, kids)
        if second is None:
            continue
        if len(first.parts) == 1 and len(second.parts) > 1:  # "Leanne and Gary Pike": both Pikes
            first = _Name(first.title, first.parts + second.parts[-1:])
        pair = [first, second]
        # her first name, or a surname only she bears ("Ms HOLT" elsewhere, and "Jodie HOLT; Craig DUNMORE")
        # the other parent's name ends the search for each one's pronoun ("Hollie told us Connor ... he")
        said = [_pronoun(annotated, n.low[0], kids | women, ends={other.low[0]}) for n, other in zip(pair, pair[::-1])]
        female = [n.title in FEMALE_TITLES or n.low[0] in women or n.low[-1] in women - set(other.low)
                  or p == "she" for n, other, p in zip(pair, pair[::-1], said)]
        male = [n.title in MALE_TITLES or p == "he" for n, p in zip(pair, said)]
        if not any(female + male):
            return _mr_of_couple(annotated, pair)
        return [n for n, f, m in zip(pair, female, male) if not f and (m or any(female))]
    return []


def _mr_of_couple(annotated: Annotated, pair: list[_Name]) -> list[_Name]:
    """"Mr Ashworth", when a list of parents names a couple of one surname whose first names the report never
    ties to "he" or "she" ("their parents, Richard Ashworth and Claire Ashworth") and it calls one "Mr" and one "Mrs"
    or "Ms" by that surname: the man of the couple is the father."""
    last = {n.low[-1] for n in pair if len(n.parts) > 1}
    words, texts = annotated.words, annotated.texts
    titled = {words[i - 1] for i in range(1, len(words)) if len(last) == 1 and words[i] in last}
    if len(last) != 1 or titled.isdisjoint(MALE_TITLES) or titled.isdisjoint(FEMALE_TITLES):
        return []
    surname = next(texts[i] for i in range(1, len(words)) if words[i] in last and words[i - 1] in MALE_TITLES)
    return [_Name("mr", [surname])]


def _male_speakers(annotated: Annotated, s: Sentence, kids: set[str], women: set[str], others: list[set[str]],
                   proper: set[str]) -> list[_Name]:
    """A man whose views the parents' section gives ("Tomasz (via interpreter): ...", "Mr Fisher said"): a father
    or male carer even where the report never writes the word."""
    verbs = [h.start for h in s.get("father.speech")] + [q[0] for q in s.quotes]
    if not verbs:
        return []
    i = s.start
    name = _name_from(annotated, i, s.end, kids) if annotated.texts[i][:1].isupper() else None
    if name is None or i + len(name.parts) + (name.title is not None) > min(verbs):
        return []
    if name.title in FEMALE_TITLES or _is_other(name, others) or (
            name.title is None and name.low[0] in women):  # "Mr Carter" is not "Mrs Carter"
        return []
    if name.title is None and name.parts[0] not in proper:
        return []  # a capitalised first word ("Asked about school, he ...") is not a name
    return [name] if name.title in MALE_TITLES or _name_pronoun(annotated, name, kids | women) == "he" else []


_OWNERS = frozenset({"her", "his"})


def _name_pronoun(annotated: Annotated, name: _Name, people: set[str]) -> str | None:
    """The pronoun after a full name's first word; the name's own surname is no one else beside him, even where a
    woman of the family shares it ("Paul Thornton has been seen ... He told me" where there is also a Mrs
    Thornton)."""
    return _pronoun(annotated, name.low[0], people - set(name.low[1:]))


def _pronoun(annotated: Annotated, token: str, people: set[str], ends: frozenset[str] | set[str] = frozenset()) -> (
        str | None):
    """"he" or "she": the subject pronoun the report most often uses next after this person's name, where the
    sentence names no one before him (in "She said Reece pushed her while she ..." or "Kayleigh said Reece ... and
    she ..." the pronoun is the woman's), in the same sentence before anyone else is named (a child, a woman of the
    family, "Mum") or opening the next one ("Paul was referred by his GP. He completed ..."). A pronoun after "her"
    or "his" does not count: it may be that owner's ("Josh made up her bottle, and she fed" is the baby feeding), nor
    one after a name in `ends` ("Hollie told us Connor ... he" is Connor's), nor any word of a quotation: a speaker's
    "he" is someone else ("Hollie said: 'Connor is gutted, he ...'. She asked ..." is Hollie's "she")."""
    sentences = annotated.sentences
    stop = (people - {token}) | registry().words("adults")
    votes = {"he": 0, "she": 0}
    unquoted = _unquoted(annotated)
    for n, s in enumerate(sentences):
        tokens, present = unquoted[n]
        if token not in present:
            continue
        at = tokens.index(token)
        if any(w in votes or w in stop for w in tokens[:at]):
            continue
        after = tokens[at + 1:]
        if n + 1 < len(sentences) and sentences[n + 1].block == s.block:
            after += unquoted[n + 1][0][:1]
        w = next((w for w in after if w in votes or w in stop or w in _OWNERS or w in ends), None)
        if w in votes:
            votes[w] += 1
    if votes["he"] == votes["she"]:
        return None
    return max(votes, key=votes.get)


def _unquoted(annotated: Annotated) -> list[tuple[list[str], frozenset[str]]]:
    """Per sentence, its words in lower case with each word of a quotation blanked (its place kept), and the set of
    them; worked out once per report, as every man named is looked for in every sentence."""
    if "unquoted" not in annotated.memo:
        found = []
        for s in annotated.sentences:
            words = annotated.lower(s)
            for a, b in s.quotes:
                b = min(b, s.end)
                words[a - s.start:b - s.start] = [""] * (b - a)
            found.append((words, frozenset(words)))
        annotated.memo["unquoted"] = found
    return annotated.memo["unquoted"]


def _other_men(annotated: Annotated, kids: set[str], adults: set[str]) -> list[set[str]]:
    """The name words of each man the report names as someone other than a father: "Bonnie's grandad, Mr Alan
    Evans", "PC Reeves", "Adam Fry, the social worker"."""
    facts = annotated.structure.facts
    found = [set(name_tokens(p.name)) for p in facts.family
             if ("grand" in p.relation.lower() or p.relation.lower() in ("relative", "sibling"))
             and not p.name.lower().startswith(tuple(FEMALE_TITLES))] + [set(name_tokens(facts.author or ""))]
    for s in annotated.sentences:
        for hit in s.get("father.father"):  # someone else's father: "Ms Lees's father, Mr Derek Holt"
            if not quoted(s, hit) and not _is_father(annotated, s, hit, kids, adults):
                found.append(set((_name_beside(annotated, s, hit, kids) or _Name(None, [])).low))
        found += [set(name.low) for name in _named_as_other(annotated, s, kids)]
    return [f for f in found if f]


def _is_other(name: _Name, others: list[set[str]]) -> bool:
    """Whether `name` is one of those men: his first name, or for "Mr Reid" his surname. A surname alone is not
    enough where a first name is written: "Liam Cartwright" is not his mother "Pauline Cartwright", a grandparent."""
    keys = set(name_tokens(name.first)) if name.first else {name.last}
    return any(keys & o for o in others)


def _named_as_other(annotated: Annotated, s: Sentence, kids: set[str]) -> list[_Name]:
    """The men a sentence names beside a word for someone other than a father: "PC Reeves", "Adam Fry, the social
    worker", "Mr Gary Reid (maternal grandfather)"."""
    words = annotated.words
    qualifiers = registry().words("other_men_qualifiers")
    found = []
    for hit in s.get("father.other_men"):
        k = hit.end
        while k < s.end and k < hit.end + 2 and words[k] in _APPOSITION:
            k += 1
        name = _name_from(annotated, k, s.end, kids)
        if name is None:
            k = hit.start
            while k > s.start and (words[k - 1] in _BETWEEN or words[k - 1] in _SIDES or words[k - 1] in kids
                                   or words[k - 1] in qualifiers):
                k -= 1  # "Mr Hall, Ruby's paternal uncle", "Mr Hall, the Deputy Headteacher"
            if k > s.start and words[k - 1] in _APPOSITION:
                name = _name_until(annotated, k - 1, s.start, kids)
        if name:
            found.append(name)
    return found


def _child_surnames(annotated: Annotated) -> set[str]:
    return {name_tokens(c.name)[-1] for c in annotated.structure.facts.children if c.name and
            len(name_tokens(c.name)) > 1}
