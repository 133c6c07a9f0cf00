"""Text normalisation for matching headings and guidance by meaning rather than by exact wording.

"7) Childrens views", "CHILD'S VIEWS" and "Child/ren's views" all become "child view": numbering, case, punctuation,
apostrophes, plurals and the form's slash-words ("child/ren", "parent/carer") do not change what a heading means.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " ",
                             "&": " and "})
_MARKUP = re.compile(r"^\s*(?:#{1,6}\s*|[*_]{1,3}|[\u2022\u25cf\u25aa\u2023\u00b7o\-*]\s+)+")
NUMBERING = re.compile(
    r"^\s*(?:(?:section|part|question|area|q)\s*)?"
    r"(?:(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}|[a-m])\s*[.):\-]+|\d{1,2}\b|(?<=[a-z]\s)\d{1,2}\s*[.):\-]*)\s*",
    re.IGNORECASE)
_SLASHED = (
    (re.compile(r"\bchild\s*(?:/|\()\s*ren\)?"), "children"),
    (re.compile(r"\(s\)"), "s"),
    (re.compile(r"\bs/he\b"), "they"),
)
_WORD = re.compile(r"[a-z0-9]+")
_JOINERS = "/.:-"  # inside a word they join it: "10/11/2025" and "parents/carers" are one word each
_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation + "\u201c\u201d\u2026\u2022\u25cf\u00b7"
                              if c not in _JOINERS + "'"})
STOPWORDS = frozenset(
    "a an the of and or to for in on at by with from as is are be been was were this that these those it its "
    "your you we our us i me my they them he him she their his her s what how who why which any please about do does "
    "there has have had".split())
# Words for the same person: "What Mum and Dad say" is "What the parents say", "Young person's views" the child's;
# for the same area: one "as a parent" is the parenting; and for the same thing: a person's perspective, comments
# or thoughts are their views.
_SYNONYMS = (
    (re.compile(r"\byoung (?:person|people)\b"), "child"),
    (re.compile(r"\b(?:mum|mums|mummy|mother|mothers|dad|dads|daddy|father|fathers|carer|carers)\b"), "parent"),
    # "Mr Pike as a parent", "Mum as a carer": a person judged in the role is the parenting, whoever he is.
    (re.compile(r"\bas (?:an? )?parents?\b"), "parenting"),
    (re.compile(r"\b(?:perspectives?|comments|thoughts)\b"), "views"),  # "Child's perspective", "Parents' comments"
)
_IRREGULAR = {"children": "child", "childs": "child", "childrens": "child", "worries": "worry", "worried": "worry",
              "concerned": "concern", "parental": "parent", "developmental": "development", "carers": "carer",
              "wishes": "wish", "analyses": "analysis", "family's": "family", "families": "family"}


# "Freya's views and what we see": a heading that opens with a first name's possessive speaks of the child.
_NAMED_CHILD = re.compile(r"^([A-Z][a-z]+(?:-[A-Z][a-z]+)?)'s\b")
# "What Connor says", "What does Kai think?": what one named person says, thinks or feels speaks of the child when
# the name is no parent or professional word ("What does Mum think?"). Two names are more often the parents ("What
# Shannon and Josh think"), so they are left to the form's numbering and order.
_NAMED_SPEAKER = re.compile(
    r"^((?i:what|how)\s+(?:(?i:does|do|did|has|have|would)\s+)?)"
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?=\s+(?i:says?|said|thinks?|thought|wants?|wanted|feels?|felt|tells?|told|wish(?:es)?|would like|"
    r"has (?:said|told))\b)")
_NOT_A_CHILD = frozenset(
    "mother father mum dad mummy daddy parent parents carer carers family families agency agencies school police "
    "professional professionals worker practitioner nurse midwife gp doctor service services partner grandparent "
    "grandmother grandfather sibling siblings baby household child children young today "
    "what who how where when why there here that it let he she we they you i everyone others people staff "
    "the housing probation nursery health".split())  # "What's working well" is no child


def _as_child(match: re.Match) -> str:
    return match.group(0) if match.group(1).lower() in _NOT_A_CHILD else "child's"


def _speaker_as_child(match: re.Match) -> str:
    return match.group(0) if match.group(2).lower() in _NOT_A_CHILD else match.group(1) + "the child"


# "What Zara's parents told me" is the parents' views: a word for someone of the child's is that person.
_RELATIVES = frozenset(
    "mother father mum dad mummy daddy parent parents carer carers family grandparent grandparents grandmother "
    "grandfather nan grandad sibling siblings brother brothers sister sisters".split())
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def as_child(text: str, names: frozenset[str]) -> str:
    """The heading with the subject children's names read as "the child": "Lily-Rose and Harvey's views" speaks of
    the children as "Children's views" does. Only names the report gives its subject children are read so, since two
    names in a heading are as often the parents' ("What Shannon and Josh think")."""
    return _names_pattern(names).sub(_the_child, text) if names else text


def _the_child(match: re.Match) -> str:
    if not match.group(1):
        return "the child"
    after = _NEXT_WORD.match(match.string, match.end())
    return "the" if after and after.group(1).lower() in _RELATIVES else "the child's"


@lru_cache(maxsize=64)
def _names_pattern(names: frozenset[str]) -> re.Pattern:
    """One name or a list of them ("Oscar, Evie and Ted", "Jake & Amy"), with a possessive after the last."""
    name = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{name})(?:\s*(?:,|&|\band\b)\s*(?:{name}))*"
                      rf"((?:'|\u2019)s\b|(?<=s)(?:'|\u2019))?(?![\w-])")


# "Ms Hughes' views", "Views of Mr and Mrs Kaur": a title is an adult's, and one before the surname the subject
# children or their parents go by names a parent, unless the report gives that title and surname to someone else of
# the family ("Mrs Hughes (paternal grandmother)").
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx)\.?"


@dataclass(frozen=True)
class Named:
    """Who the report says the family are: the subject children's first names, the surnames of the children and
    their parents, the titled names ("mrs hughes") it gives other relatives, all three in lower case, the first
    names of the adults it calls the children's parents or carers and of its other relatives, and the names its
    prose gives people ("and Leanne said")."""

    children: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    parents: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()


def as_named(text: str, named: Named) -> str:
    """The heading with the subject children read as "the child" and their parents, by title or by first name
    ("Stacey's views", "What Jamie says"), as "the parent"."""
    text = as_child(text, named.children)
    if named.parents:
        text = _names_pattern(named.parents - named.children).sub(_a_parent, text)
    if named.children:
        text = _as_adult(text, named)
    if not named.surnames:
        return text
    return _titled_pattern(named.surnames).sub(lambda m: _the_parent(m, named.others), text)


def _as_adult(text: str, named: Named) -> str:
    """"Leanne's view", "What Leanne says": once the report names its subject children, a person it names who is
    none of them nor another relative it knows is an adult of the family, the parent, whatever else it calls her."""
    start = numbered.end() if (numbered := NUMBERING.match(text)) else 0
    head = text[start:]
    found = _NAMED_CHILD.match(head) or _NAMED_SPEAKER.match(head)
    if not found:
        return text
    group = 1 if found.re is _NAMED_CHILD else 2
    name = found.group(group)
    if name in named.children or name in named.relatives or name not in named.people or name.lower() in _NOT_A_CHILD:
        return text
    return text[:start] + head[:found.start(group)] + "the parent" + head[found.end(group):]


def _a_parent(match: re.Match) -> str:
    return "the parent's" if match.group(1) else "the parent"


def _the_parent(match: re.Match, others: frozenset[str]) -> str:
    name = match.group(0)[:match.start(1) - match.start(0)] if match.group(1) else match.group(0)
    if " ".join(name.lower().replace(".", "").split()[-2:]) in others:
        return match.group(0)
    return "the parent's" if match.group(1) else "the parent"


@lru_cache(maxsize=64)
def _titled_pattern(surnames: frozenset[str]) -> re.Pattern:
    name = "|".join(re.escape(n) for n in sorted(surnames, key=len, reverse=True))
    return re.compile(rf"\b{_TITLE}(?:\s+(?:and|&)\s+{_TITLE})?\s+(?i:{name})((?:'|\u2019)s\b|(?<=s)(?:'|\u2019))?"
                      rf"(?![\w-])")


def flat(text: str) -> str:
    """Lower case, plain apostrophes, punctuation as spaces: for comparing printed text such as guidance."""
    text = " " + " ".join(text.translate(_TYPOGRAPHY).lower().replace("'", "").translate(_PUNCTUATION).split()) + " "
    for joiner in _JOINERS:  # a joiner at the edge of a word is punctuation: "said. then", " - "
        while joiner + " " in text:
            text = text.replace(joiner + " ", " ")
        while " " + joiner in text:
            text = text.replace(" " + joiner, " ")
    return " ".join(text.split())


def strip_numbering(text: str) -> str:
    """The heading without Markdown marks, bullets or a leading number ("7)", "7.", "Section 7 -", "iv.")."""
    text = _MARKUP.sub("", text.translate(_TYPOGRAPHY))
    return NUMBERING.sub("", text, count=1).strip(" *_:-")


def stem(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return _IRREGULAR.get(word, word)


def words(text: str) -> list[str]:
    """The meaning-bearing words of a heading, stemmed, in order, each once ("parent/carer" is "parent")."""
    text = _NAMED_SPEAKER.sub(_speaker_as_child, _NAMED_CHILD.sub(_as_child, strip_numbering(text))).lower()
    for pattern, replacement in _SLASHED:
        text = pattern.sub(replacement, text)
    text = text.replace("'s", "").replace("s'", "s").replace("'", "")
    for pattern, replacement in _SYNONYMS:
        text = pattern.sub(replacement, text)
    return list(dict.fromkeys(stem(w) for w in _WORD.findall(text.replace("/", " ")) if w not in STOPWORDS))


_LONG_HEADING = 6  # meaning-bearing words from which a heading is a form's question with sub-questions
_CLAUSE_END = re.compile(r"[?:;,]|\s[-\u2013\u2014]\s")
# The asker's own "we think" / "do you think" before what should happen: "What we think needs to happen" asks what
# needs to happen. "What do you think?" is left whole, and "What Mum and Dad think" keeps its meaning (whose views)
# because no asker's pronoun stands before "think".
_ASKER = re.compile(r"\b(?:(?:do|does|did)\s+)?(?:we|you|i)\s+(?:think|believe|feel)\s+(?=(?:needs?|should|must)\b)",
                    re.IGNORECASE)


@lru_cache(maxsize=4096)  # forms repeat their headings from report to report
def heading_keys(text: str) -> tuple[str, ...]:
    """The normalised forms a heading is compared on: "7) Childrens views" -> ("child view",). A bracket may add
    detail ("What are we worried about? (harm, ...)") or carry the meaning ("What this means (analysis)"): the key
    without it comes first, then the key with it. A long question ("What is going well? What are the existing
    strengths ...", "Future danger - what do you believe ...") is also compared on its first clause, and one framed
    by the asker's view ("What we think needs to happen") also without that framing."""
    key = " ".join(words(text))
    keys = [key]
    unframed = " ".join(words(_ASKER.sub(" ", text)))
    if unframed and unframed != key:
        keys.append(unframed)
    if "(" in text:
        bare = " ".join(words(re.sub(r"\([^)]*\)", " ", text)))
        if bare:
            keys.insert(0, bare)
    if len(key.split()) >= _LONG_HEADING:  # a form's long question: its first clause is the heading
        clause = " ".join(words(_CLAUSE_END.split(strip_numbering(text), maxsplit=1)[0]))
        if len(clause.split()) >= 2:
            keys.append(clause)
    return tuple(dict.fromkeys(keys))


def heading_key(text: str) -> str:
    return heading_keys(text)[0]
