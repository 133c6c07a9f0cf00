"""Who a sentence is about and who is speaking in it: the subject children, adults, and pronouns.

Criteria are judged per child (a sibling left out must be named), so each sentence is resolved to the children it
refers to by name, by a phrase such as "the children", or by a pronoun that follows a mention of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..annotate import Annotated, Sentence
from ..result import ChildFacts
from ..rulepack import registry

_ADULT_WORDS = {
    "mum", "mummy", "mother", "dad", "daddy", "father", "parent", "parents", "carer", "carers", "nan", "nanna",
    "grandmother", "grandad", "grandfather", "grandparents", "teacher", "staff", "worker", "officer", "nurse",
    "midwife", "gp", "doctor", "dr", "stepfather", "stepmother", "partner", "aunt", "uncle", "school",
    "mr", "mrs", "ms", "miss", "keyworker", "practitioner", "professionals", "police", "family",
}
_AUTHOR = {"i", "we"}
_CLAUSE_BREAKS = {",", ";", ":", "which", "because", "although", "but", "however", "whereas", "while", "whilst"}
DETERMINERS = {"the", "a", "an", "her", "his", "their", "my", "our", "your", "its", "these", "those", "any", "no"}
CHILD_WORDS = {"child", "children", "baby", "person", "people", "boys", "girls", "twins", "triplets"}
_YOUNG_ONLY = {"person", "people"}  # a child only as "young person": "her key person" is a nursery worker
CHILD_PRONOUNS = {"he", "she", "they", "him", "her", "his", "them", "their"}
_SUBJECT_PRONOUNS = {"he", "she", "they"}
_SINGULAR_PRONOUNS = {"he", "she", "him", "her", "his"}
_PLURAL_ADULTS = {"parents", "carers", "grandparents", "staff", "professionals", "police", "teachers"}
_PREPOSITIONS = {"for", "to", "with", "about", "of", "on", "from", "by", "at", "towards"}
_AUXILIARIES = {"has", "have", "had", "is", "was", "are", "were", "also", "then", "later", "often", "always",
                "sometimes", "now"}
_PARENT_OF = {"children", "child", "son", "sons", "daughter", "daughters", "baby", "pregnancy", "partner", "husband",
              "wife", "boyfriend", "girlfriend", "ex-partner", "parenting"}
_KIN_ADJECTIVES = {"birth", "biological", "natural", "real", "late", "own", "younger", "older", "maternal", "paternal"}
_PREFIXES = {"pre", "after", "out", "in", "non"}
_AGE = re.compile(r"(\d+)\s*(year|yr|month|week|day)s?", re.I)


@dataclass
class Child:
    index: int
    label: str  # how reasons name the child: "Ruby Hall (7)" or "the child"
    names: frozenset[str]  # lower-case name tokens that refer to this child
    preverbal: bool
    unborn: bool
    months: int | None = None  # age in months, when the report gives it


def age_months(child: ChildFacts, on: date) -> int | None:
    if child.dob:
        return (on.year - child.dob.year) * 12 + on.month - child.dob.month - (on.day < child.dob.day)
    if child.age:
        m = _AGE.search(child.age)
        if m:
            n, unit = int(m.group(1)), m.group(2).lower()
            return {"year": n * 12, "yr": n * 12, "month": n, "week": n // 4, "day": 0}[unit]
        if child.age.strip().isdigit():
            return int(child.age.strip()) * 12
    return None


def children(annotated: Annotated) -> list[Child]:
    """The subject children; one anonymous child when the report names none. Worked out once per report."""
    if "children" not in annotated.memo:
        annotated.memo["children"] = _children(annotated)
    return annotated.memo["children"]


def _children(annotated: Annotated) -> list[Child]:
    facts = annotated.structure.facts
    on = facts.report_date or facts.conference_date or date.today()
    limit = int(registry().setting("voice", "preverbal_months"))
    found: list[Child] = []
    for i, c in enumerate(facts.children):
        months = age_months(c, on)
        names = first_name(c.name or "")
        label = c.name or ("the unborn baby" if c.unborn else
                           f"the child born {c.dob:%d/%m/%Y}" if c.dob else f"child {i + 1}")
        if c.name and not c.unborn and months is not None and months >= 0:
            label = f"{c.name} ({_age_text(months)})"
        elif c.name and not c.unborn and c.age:
            label = f"{c.name} ({c.age})"
        found.append(Child(i, label, names, preverbal=months is not None and 0 <= months < limit, unborn=c.unborn,
                           months=months))
    if not found:
        name = _likely_child(annotated)
        found.append(Child(0, name or "the child", first_name(name or ""), preverbal=False, unborn=False))
    return found


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "mx"}


def name_tokens(name: str) -> list[str]:
    """The lower-case words of a name as the tokenizer splits them, titles and initials left out:
    "Ms Lily-Mae Cross" is lily, mae, cross."""
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z']+", name) if w.lower() not in _TITLES]


def family_tokens(annotated: Annotated) -> set[str]:
    """Every name word of the adults the report names."""
    return {t for p in annotated.structure.facts.family for t in name_tokens(p.name)}


def first_name(name: str) -> frozenset[str]:
    """The words of the first name: "Archie-James" is "archie" and "james"; "Ms Sarah Bennett" is "sarah"; and a
    known-as name, which the report may use instead: "Amelia (Millie) Hartley" is "amelia" and "millie"."""
    parts = [p for p in name.split() if p.strip(".").lower() not in _TITLES]
    known_as = re.findall(r"\(([^)]+)\)", name)
    return frozenset(name_tokens(" ".join(parts[:1] + known_as))) if parts else frozenset()


_NOT_NAMES = {"mum", "dad", "mr", "mrs", "ms", "miss", "dr", "pc", "dc", "the", "i", "he", "she", "they", "we", "it",
              "this", "on", "in", "at", "school", "january", "february", "march", "april", "may", "june", "july",
              "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday", "there", "his", "her", "their", "when", "during", "following", "since",
              "after", "before", "police", "officers", "staff", "social", "children", "child", "family", "both",
              "all", "these", "those", "no", "yes", "date", "report", "name", "agency", "role", "address", "signed",
              "summary", "analysis", "section", "what", "where", "who", "how", "why", "our", "my", "an", "as", "if",
              "from", "for", "with", "by", "to", "of", "and", "but", "however", "although", "also", "further",
              "english", "british", "health", "visitor", "nurse", "teacher", "conference", "initial", "protection"}


def _likely_child(annotated: Annotated) -> str | None:
    """When the header names no child: the capitalised name the report uses most often inside sentences, if it is
    not an adult the report names. Good enough to follow one subject child through the text."""
    adults = family_tokens(annotated)
    counts: dict[str, int] = {}
    texts, words = annotated.texts, annotated.words
    as_surname: dict[str, int] = {}
    parents: set[str] = set()
    for s in annotated.sentences:
        for i in range(s.start, s.end):
            w = texts[i]
            if not (w[:1].isupper() and w[1:].islower() and len(w) > 2) or words[i] in _NOT_NAMES:
                continue
            before = words[i - 1] if i > s.start else ""
            if i + 2 < s.end and words[i + 1] in {"'s", "’s"} and words[i + 2] in _PARENT_OF:
                parents.add(w)  # "Leanne's children", "Leanne's partner": an adult
            if before == "the" or before in _TITLES or (
                    texts[i - 1][:1].isupper() and before not in _NOT_NAMES and i > s.start):
                as_surname[w] = as_surname.get(w, 0) + 1  # "Mrs Cross", "Lily Cross", "the Cross family"
            elif words[i] not in adults:
                counts[w] = counts.get(w, 0) + 1
    # a word written after another name more often than alone is a surname, not a child
    counts = {w: n for w, n in counts.items() if as_surname.get(w, 0) <= n and w not in parents}
    if not counts:
        return None
    name, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return name if n >= 3 else None


def _age_text(months: int) -> str:
    return f"{months} months" if months < 24 else str(months // 12)


class Resolver:
    """Walks the sentences in order and says which children each refers to, carrying pronouns forward."""

    def __init__(self, annotated: Annotated, kids: list[Child]):
        self.annotated = annotated
        self.kids = [k for k in kids if not k.unborn] or kids
        self.by_name = {n: k.index for k in self.kids for n in k.names}
        self.adults = (_ADULT_WORDS | family_tokens(annotated)) - set(self.by_name)
        # the family's adults by first name ("when Chloe picked her up"): whom a baby is observed with
        self.carers = {t for p in annotated.structure.facts.family if p.relation != "sibling"
                       for t in first_name(p.name)} - set(self.by_name)
        # "the twins": the children born on the same day, or the two subject children when no dates say so
        dobs = [c.dob for c in annotated.structure.facts.children]
        same_day = {k.index for k in self.kids
                    if k.index < len(dobs) and dobs[k.index] and dobs.count(dobs[k.index]) > 1}
        self.twins = same_day or ({k.index for k in self.kids} if len(self.kids) == 2 else set())
        # "the baby" of a report that also concerns an unborn baby is the one expected, not the six-year-old
        expecting = any(k.unborn for k in kids) and any(not k.unborn for k in kids)
        self.babies = {k.index for k in self.kids if k.preverbal} if expecting else None
        self.last_people: tuple[str, set[int]] = ("none", set())  # ("child", {indices}) or ("adult", set())
        self.before: tuple[str, set[int]] = ("none", set())  # last_people as it stood before the current sentence
        # What "he" or "she" points to when it cannot be last_people: the child named beside adults who were
        # the subject together ("Miss Patel and Mrs Rowe know Amara well and she chats to them").
        self.last_single: tuple[str, set[int]] | None = None
        self.before_single: tuple[str, set[int]] | None = None
        self.section: str | None = None
        # In the child's views section, a paragraph (or line) opening with one child's name is about that child: its
        # "she" is the child even after an adult is named, not after another child ("Poppy (key person: Chantelle).
        # When Chantelle asked ..., she said ...").
        self.block: int | None = None
        self.topic: set[int] | None = None
        self.opens_topic = False  # the current sentence opens with the topic child's name ("Mia (4): she told me")

    def refs(self, sentence: Sentence) -> set[int]:
        """Children referred to in `sentence`, by name, group phrase or pronoun."""
        words = self.annotated.lower(sentence)
        if sentence.section != self.section:  # pronouns do not reach across sections
            self.last_people, self.last_single = ("none", set()), None
            self.section = sentence.section
        self.before, self.before_single = self.last_people, self.last_single
        first = self.annotated.words[sentence.start] if sentence.start < sentence.end else ""
        self.opens_topic = sentence.role == "child_views" and first in self.by_name
        if sentence.block != self.block or self.opens_topic:
            self.block = sentence.block  # a new paragraph, or a line that opens with a child ("Isla: pale ...")
            self.topic = {self.by_name[first]} if self.opens_topic else None
        # A child named inside a quotation is spoken about, not speaking ('He said: "Noah gets everything."')
        quoted = {i for a, b in sentence.quotes for i in range(a, b)}
        named = {self.by_name[w] for i, w in enumerate(words, sentence.start) if w in self.by_name and i not in quoted}
        for hit in sentence.get("voice.child_ref"):
            if hit.start in quoted:
                continue
            named |= self._group(" ".join(self.annotated.words[hit.start:hit.end]))
        pronoun = next((w for w in words if w in CHILD_PRONOUNS), None)
        result = set(named)
        if named and self._opens_with_pronoun(sentence) and self.topic and words[0] in {"he", "she"}:
            result |= self.topic  # "She watched Oscar": she is the child the paragraph is about, Oscar is watched
        if not named and pronoun:
            kind, who = self._antecedent(pronoun)
            if kind == "child":
                result = set(who)
            elif kind == "none" and sentence.role == "child_views" and len(self.kids) == 1:
                result = {self.kids[0].index}
        subject, at = self._first(sentence)
        if subject == "child" and named and not self._opens_with_pronoun(sentence):
            self.last_people, self.last_single = ("child", named), self._lone_subject(at, sentence.end, named)
        elif subject == "adult":
            self.last_people, self.last_single = ("adult", set()), None
            if named and sentence.role == "child_views" and self._plural_adults(at, sentence.end):
                self.last_single = ("child", named)  # in the child's own section, "she" is then the child
        return result

    def _group(self, text: str) -> set[int]:
        """The children a phrase such as "the children", "both twins" or "the baby" points to."""
        if "twins" in text or "triplets" in text:
            return self.twins
        if self.babies is not None and ("baby" in text or "unborn" in text):
            return self.babies
        group = any(w in text for w in ("children", "both", "neither", "each", "either", "siblings", "young people",
                                        "boys", "girls"))
        return {k.index for k in self.kids} if group or len(self.kids) == 1 else set()

    def _lone_subject(self, at: int, end: int, named: set[int]) -> tuple[str, set[int]] | None:
        """"Kayden does the caring: he ... gets Summer to school. He has told me ...": when a sentence names several
        children but one alone is its subject, "he" or "she" in the next is that one (not after "Ruby and Cody")."""
        words = self.annotated.words
        if len(named) < 2 or words[at] not in self.by_name:
            return None
        after = words[at + 1] if at + 1 < end else ""
        if after in {"and", ",", "&", "or"} or after in self.by_name:
            return None
        return "child", {self.by_name[words[at]]}

    def _antecedent(self, pronoun: str) -> tuple[str, set[int]]:
        """Who a pronoun points to, as things stood before the current sentence."""
        if self.topic and pronoun in {"he", "she"} and (self.before[0] != "child" or self.opens_topic):
            return "child", self.topic
        if self.before_single is not None and pronoun in _SINGULAR_PRONOUNS:
            return self.before_single
        return self.before

    def _plural_adults(self, i: int, end: int) -> bool:
        """The adult named at `i` is one of several: "her parents", "Miss Patel and Mrs Rowe", "Mum and Dad"."""
        words = self.annotated.words
        if words[i] in _PLURAL_ADULTS:
            return True
        j = i + 1
        while j < end and (words[j] in self.adults or self._someone_else(j)):
            j += 1  # the rest of the name: "Miss Patel"
        return j + 1 < end and words[j] == "and" and (words[j + 1] in self.adults or self._someone_else(j + 1))

    def _first_person(self, sentence: Sentence, start: int | None = None, end: int | None = None,
                      author: bool = False) -> str | None:
        """Whether the first person a sentence (or the words from `start` to `end`) names is a child or an adult
        (or, with `author`, I or we): what its pronouns will point to."""
        return self._first(sentence, start, end, author)[0]

    def _first(self, sentence: Sentence, start: int | None = None, end: int | None = None,
               author: bool = False) -> tuple[str | None, int]:
        """_first_person, and where that person is named. When the children are named, any other capitalised name
        is someone else ("Jordan attended. He talks ...")."""
        words = self.annotated.words
        start = sentence.start if start is None else start
        end = sentence.end if end is None else end
        quoted = {i for a, b in sentence.quotes for i in range(a, b)}  # 'Good things: "Grandad and my hamster"'
        for i in range(start, end):
            low = words[i]
            if i in quoted:
                continue
            if low in self.by_name or self.child_word(i):
                owned = self._possessive_phrase(i, end)
                if owned is not None and words[owned] in self.adults:
                    return "adult", owned  # "Kayden and Lily-Mae's father is ...": the father is the subject
                return "child", i  # "Amira's account was given to school staff": still about Amira
            if low in self.adults and not (i - 2 >= start and words[i - 1] == "-" and words[i - 2] in _PREFIXES):
                return "adult", i  # but not "her pre-school booster"
            if author and low in _AUTHOR:
                return "author", i
            if low in _SUBJECT_PRONOUNS:  # "She is warm with the children": still whoever "she" was before
                kind = self._antecedent(low)[0]
                if kind == "none":
                    return ("child" if author and sentence.role == "child_views" else None), i
                return kind, i
            if i > sentence.start and self._someone_else(i):  # not the first word: "Attendance is 91%"
                return "adult", i
        return None, end

    def _possessive_phrase(self, i: int, end: int) -> int | None:
        """When the child named at `i` (with any others joined by "and") is the owner in a possessive ("Ruby's",
        "Kayden and Lily-Mae's"), where the word owned is (past any adjective: "Ruby's birth father")."""
        words = self.annotated.words
        j = i + 1
        while j < end and (words[j] in self.by_name or words[j] in {"and", "-", ","}):
            j += 1
        if not (j + 1 < end and words[j] in {"'s", "’s"}):
            return None
        k = j + 1
        while k + 1 < end and words[k] in _KIN_ADJECTIVES:
            k += 1
        return k

    def child_word(self, i: int) -> bool:
        """Token `i` is a word for the child ("the child", "the boys", "the young person"), not "her key person" nor
        "the baby doll"."""
        words = self.annotated.words
        if words[i] not in CHILD_WORDS:
            return False
        if words[i] in _YOUNG_ONLY:
            return i > 0 and words[i - 1] == "young"
        return not (words[i] == "baby" and i + 1 < len(words) and words[i + 1] in registry().words("baby_things"))

    def _opens_with_pronoun(self, sentence: Sentence) -> bool:
        return sentence.start < sentence.end and self.annotated.words[sentence.start] in _SUBJECT_PRONOUNS

    def _someone_else(self, i: int) -> bool:
        """Token `i` is a capitalised name that is not one of the (named) subject children nor a pronoun or common
        sentence word: another person. Unknowable when the report names no child."""
        low, text = self.annotated.words[i], self.annotated.texts[i]
        return (bool(self.by_name) and text[:1].isupper() and text.isalpha() and low not in self.by_name
                and low not in _NOT_NAMES and low not in CHILD_WORDS)

    def attributed(self, sentence: Sentence, start: int) -> str | None:
        """Who follows "according to" at `start`: "child", "adult" or None."""
        return self._first_person(sentence, start, min(start + 4, sentence.end))

    def speaker(self, sentence: Sentence, verb_start: int) -> str:
        """"child", "adult", "author" (I, we) or "unknown": the last person mentioned before the verb at
        `verb_start`."""
        return self._speaker(sentence, verb_start)[0]

    def speaking_children(self, sentence: Sentence, verbs: list[int]) -> set[int] | None:
        """Which children say or wish what the verbs starting at `verbs` give: "Lily said" is Lily, not the brother
        she speaks about; "the children said" is all of them; "Maya tells me she likes" is still Maya. None when
        a child speaks but which one cannot be told (a pronoun with no child before it)."""
        words = self.annotated.words
        found: set[int] = set()
        for verb in sorted(verbs):
            kind, at = self._speaker(sentence, verb)
            if kind != "child" or at is None:
                continue
            if words[at] in self.by_name:  # "Ruby and Cody said": every name joined to this one
                joined = {"and", ",", "&"} | set(self.by_name)
                first, last = at, at
                while first > sentence.start and words[first - 1] in joined:
                    first -= 1
                while last + 1 < sentence.end and words[last + 1] in joined:
                    last += 1
                found |= {self.by_name[w] for w in words[first:last + 1] if w in self.by_name}
            elif words[at] in _SUBJECT_PRONOUNS:
                kind, who = self._antecedent(words[at])
                if not found and not (kind == "child" and who and (len(who) == 1 or words[at] == "they")):
                    return None  # nobody known before it, or "she" after "the boys": not which child
                found |= set() if found else who  # the pronoun goes on with a child already speaking
            else:
                found |= {k.index for k in self.kids}
        return found

    def _speaker(self, sentence: Sentence, verb_start: int) -> tuple[str, int | None]:
        """speaker, and where the speaker is named."""
        words = self.annotated.words
        j = verb_start - 1
        while j > sentence.start and words[j] in _AUXILIARIES:
            j -= 1
        if j > sentence.start and words[j] == "and":
            # "He talks about Oscar and has told her ...": the verb shares its clause's subject, not the last name;
            # "both girls are capable, Chloe trusts staff and asked for help": the clause after the comma
            clause = max((i + 1 for i in range(sentence.start, j) if words[i] in {";", ":", ","}),
                         default=sentence.start)
            who, at = self._first(sentence, clause, j, author=True)
            if who is not None and not (who == "child" and words[at - 1] in _PREPOSITIONS):
                return who, at
        for i in range(verb_start - 1, sentence.start - 1, -1):
            low = words[i]
            if i == verb_start - 1 and self._someone_else(i):  # "Lisa tells me"
                return "adult", i
            if low in _CLAUSE_BREAKS:  # "..., which suggests that the worries": another clause's subject
                return "unknown", None
            if (low in self.by_name or self.child_word(i)) and i > sentence.start and words[i - 1] in _PREPOSITIONS:
                continue  # "a check recorded for Oscar and shared with the HV": Oscar is no subject
            if low in self.by_name or self.child_word(i):
                if i + 2 < verb_start and words[i + 1] in {"'s", "’s"}:  # "Ruby's mum said", "Ruby's attendance"
                    return ("adult" if words[i + 2] in self.adults else "unknown"), i
                return "child", i
            if low in self.adults:
                return "adult", i
            if low in _AUTHOR:
                return "author", i
            if low in _SUBJECT_PRONOUNS:  # "he" points back to the sentences before, not to a child named later
                kind, _ = self._antecedent(low)
                if kind == "none":  # nobody before it: the child in the child's own section, else nobody known
                    return ("child" if sentence.role == "child_views" else "unknown"), i
                return kind, i
        return "unknown", None
