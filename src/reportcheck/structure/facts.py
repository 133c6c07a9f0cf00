"""Facts from a report's header fields, form tables and sign-off: the children, the dates, the author, the family.

Read from "Label: value" lines, the label/answer cells of form rows and household tables. What the report does not
say stays None: nothing is guessed. Dates are UK dates (structure.dates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..document import BlockKind, Document
from ..result import ChildFacts, Facts, Person
from ..rulepack import registry
from .model import Section
from .dates import find_dates, parse_date
from .normalise import flat

_ADULT = 18
_SIGN_OFF_BLOCKS = 12  # the last blocks of a report, where the sign-off sits
_HEADER_BLOCKS = 15
_MARKUP = re.compile(r"^\s*(?:[-*\u2022]\s+)?|\*\*|__")
_VALEDICTION = re.compile(r"^(?:yours (?:sincerely|faithfully)|(?:kind|best|warm) regards|regards|many thanks)\W*$",
                          re.IGNORECASE)
_CONFERENCE_PROSE = re.compile(r"\bconference\b[^.\n]{0,40}?\b(?:on|for|dated?|held)\b\s*(?:\w+day,?\s+)?(?:the\s+)?",
                               re.IGNORECASE)
# A line naming the conference with its date straight after ("Initial Child Protection Conference, 27 November 2026")
_CONFERENCE_DATED = re.compile(r"\bconference[ \t]*[,:\-\u2013]?[ \t]*(?:\w+day,?[ \t]+)?",
                               re.IGNORECASE)
_WEEKDAY = re.compile(r"^\w+day,?\s+", re.IGNORECASE)
_SALUTATION = re.compile(r"^dear\b", re.IGNORECASE)
_LINE_FIELD = re.compile(r"^\s*([A-Za-z][^:\n]{0,60}?)\s*[:\-\u2013]\s+(\S.*)$")
_FIELD_COLON = re.compile(r"\s*:\s+")
_LABEL_WORDS = 6  # the most words a label run into the value before it is looked for in

# Header and sign-off field labels (flattened), most specific first.
_FIELDS = (
    ("shared_child", re.compile(r"shared with (?:the )?(?:child|children|young person|subject)")),
    ("shared", re.compile(r"(?:shared|discussed) with (?:the )?(?:parent|carer|family|mother|father)|report shared")),
    ("conference_date", re.compile(r"(?:date of (?:the )?(?:initial )?(?:child protection )?(?:conference|icpc|cpc|"
                                   r"meeting)|(?:conference|icpc|cpc|meeting) date|^(?:conference|icpc))$")),
    ("report_date", re.compile(r"^(?:date of (?:this )?report|report date|date (?:report )?(?:completed|written|"
                               r"submitted|signed)|report (?:completed|written|submitted|signed)(?: on)?|date|"
                               r"report)$")),
    ("author", re.compile(r"^(?:report (?:prepared|completed|written|compiled) by|(?:name of )?(?:report )?author|"
                          r"(?:prepared|completed|written|compiled) by|signed(?: by)?|signature|print name|"
                          r"name of (?:person completing (?:this )?(?:form|report)|professional|practitioner)|"
                          r"(?:professional|practitioner)s? name|name|worker|reporting officer|officer in case|"
                          # "Name and designation of author", "Author's name and role", "Completed by (name and role)"
                          r"(?:(?:report )?authors? |(?:completed|prepared|written|signed) by )?name and "
                          r"(?:designation|role|job title|position)(?: of (?:the )?(?:report )?author)?)$")),
    ("role", re.compile(r"^(?:designation|role|job title|position|job role|role designation|designation role|"
                        r"professional role)$")),
    ("agency", re.compile(r"^(?:(?:name of )?(?:agency|service|organisation)|agency name|service name|"
                          r"name of service school|team|department)$")),
    # "Name(s) of child(ren)", "Names and dates of birth of children", "Name of unborn child"
    ("children", re.compile(r"^(?:(?:full )?names? (?:s )?(?:and (?:dates? of birth|d o bs?|dobs?|ages?) )?of "
                            r"(?:the )?(?:unborn )?(?:child|subject|young person|patient|pupil|"
                            r"baby)|(?:subject )?child\b|conference in respect of|unborn(?: baby| child)?(?: of)?$|"
                            # "Sibling (also subject)"
                            r"sibling group|siblings?\b(?!.*\bnot\b).*\bsubject\b|re$|household$|"
                            r"(?:patient|pupil|student|young person|young people|subject|baby|infant)s?(?: name)?$|"
                            r"(?:baby|infant)s? name\b)")),
    ("parent", re.compile(r"^parents?(?: (?:or |and )?carers?)?$")),  # "Parent/carer: Leanne Harris (DOB ...)"
    ("dob", re.compile(r"^(?:child )?(?:dob|d o b|date of birth)$")),
    ("due", re.compile(r"^(?:edd|edc|due date|expected date of (?:delivery|birth|confinement))$")),
    ("age", re.compile(r"^(?:child )?age$")),
    # The child's GP on a header ("GP: Dr Shah, Townhill Medical Centre"), not a titled author: read by nothing here.
    ("childs_gp", re.compile(r"^(?:child |patient |registered )?gp(?: practice| surgery| name| details)?$")),
    ("titled", re.compile(r"\b(?:visitor|worker|officer|nurse|midwife|gp|practitioner|teacher|lead|manager|"
                          r"constable|paediatrician|doctor|clinician|sergeant|coordinator)$")),
)
_CHILD_WORD = re.compile(r"\bchild(?:ren)?s?\b")
_NOT_CHILD_FIELD = re.compile(r"\b(?:address|school|gp|ethnicity|views?|wish\w*|health|development|seen|language|"
                              r"religion|social worker|gender|needs?|protection|plan|register\w*|status|legal|"
                              r"contact|shared|nhs|number)\b|^(?!.*\bname).*\b(?:dob|age)\b")  # not "name and dob"
_RELATIONS = {
    "mother": "mother", "mum": "mother", "birth mother": "mother", "father": "father", "dad": "father",
    "birth father": "father", "biological father": "father", "bio father": "father", "birth dad": "father",
    "biological dad": "father", "bio dad": "father", "stepfather": "stepfather", "step father": "stepfather",
    "stepdad": "stepfather", "step dad": "stepfather", "stepmother": "stepmother", "step mother": "stepmother",
    "mothers partner": "mother's partner", "mums partner": "mother's partner", "fathers partner": "father's partner",
    "partner": "partner", "carer": "carer", "main carer": "carer", "kinship carer": "carer", "foster carer": "carer",
    "grandmother": "grandparent", "grandfather": "grandparent",
    "grandparent": "grandparent", "grandparents": "grandparent", "maternal grandparents": "grandparent",
    "paternal grandparents": "grandparent", "maternal grandmother": "grandparent",
    "paternal grandmother": "grandparent",
    "maternal grandfather": "grandparent", "paternal grandfather": "grandparent", "nan": "grandparent",
    "sibling": "sibling", "brother": "sibling", "sister": "sibling", "half brother": "sibling",
    "half sister": "sibling", "aunt": "relative", "uncle": "relative",
}
_CHILD_RELATIONS = ("subject", "subject child", "child", "son", "daughter", "unborn", "unborn baby", "baby")
_NAME = r"[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+){0,3}"
_CHILD_NAME = r"[A-Z][a-zA-Z'\-]+(?: [A-Z][a-zA-Z'\-]+){0,3}"  # words one space apart: a wider gap ends the field
# One pass finds each relation word; the name beside it is then read with patterns anchored at that place.
_RELATION_HIT = re.compile(  # the look-ahead skips words that cannot start a relation
    r"\b(?=[mpbhkfsgdcnauMPBHKFSGDCNAU])(?:(?:maternal|paternal|birth|biological|bio|half|main|kinship|foster)[\s\-])?"
    r"(?:step[\s\-]?(?:father|dad|mother)|grand(?:mother|father|parents?)|mother|mum|father|dad|partner|carer|nan|"
    r"sibling|brother|sister|aunt|uncle)(?:['\u2019]?s[\s\-]partner)?\b", re.IGNORECASE)
_RELATION_STEMS = ("mother", "mum", "father", "dad", "partner", "carer", "nan", "sibling", "brother", "sister", "aunt",
                   "uncle", "grand")
# "Mother: Sarah Hall", "Dad (Liam Hall)", "Father of baby: Ryan Cole" (whose relative, then the name), "Father
# (person on probation): Jordan Pike" (an aside on the label, closed by its colon)
_NAME_AFTER = re.compile(rf"(?:\s+(?:of|to)\s+(?:the\s+)?(?:unborn\s+)?(?:baby|child|children))?"
                         rf"(?:\s*\([^)\n]*\)\s*:|\s*(?::|\(|,|-|\u2013))\s*({_NAME})")
_AND_NAME = re.compile(rf"\s+(?:and|&)\s+({_NAME})")  # the second of a pair: "grandparents, Ann and Mr Ron Hill"
_NAME_OF = re.compile(rf"(?:\s+is|\s+was|,)?\s+({_NAME})")  # "her father Liam Hall", "Ruby's father is Liam Hall"
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][a-z]+['\u2019]s)\s+$")
_NAME_BEFORE = re.compile(rf"({_NAME})\s*\(\s*$")  # "Sarah Hall (mother)"
# "Stacey Holt (22) is the children's mother", "Dean Kerr is Ruby's dad": group "owner" is whose
_NAME_IS = re.compile(rf"({_NAME})(?:\s*\([^)]*\))?\s+(?:is|was)\s+(?:the\s+)?(?P<owner>\w+)['\u2019]s\s+$")
_CHILD_OWNERS = frozenset({"children", "child", "baby", "boys", "girls", "twins"})
# The end of a relation in brackets after a name: "(father)", "(father of both children)", "(dad to the baby)",
# "(stepfather to Jade, father of Kai)", "(mother, 33)"; a child named there is group "child"
_RELATION_CLOSE = re.compile(r"\s*(?:(?:of|to)\s+(?:(?:(?:both|all|the|her|his|their|two|three|four)\s+)*"
                             r"(?:unborn\s+)?(?:children|child|baby|boys|girls|twins|siblings)|"
                             r"(?P<child>[A-Z][a-z'\-]+))\s*)?[),;]")
_PARENTS = frozenset({"mother", "father", "stepfather", "stepmother"})
# "of the baby", "of unborn baby", "of the children" after a relation in a form row's label
_WHOSE = re.compile(r"\s*\([^)]*\)")  # "Father (Mason)", "Mother (of both)": whose relative, not the relation
_OF_THE_CHILD = re.compile(r"\s+(?:of|to)\s+(?:the\s+)?(?:unborn\s+)?(?:baby|child|children|young person)$")
# Whose relation it is: "Ms Lord's ", "Shannon's ", "mum's ", or "her "/"his " (group 1 is the owner's word)
_OWNER = re.compile(r"(?:\b(\w+)['\u2019]s|\b(?:[Hh]er|[Hh]is))\s+$")
_ADULT_WORDS = frozenset({"mum", "mother", "mummy", "dad", "father", "partner", "ms", "mrs", "miss", "mr", "mx"})
# "Kelsey Marsden (19)", "Mr Gary Reid", "baby of Shannon Reid"
_ADULT_NAMED = re.compile(r"\b([A-Z][a-z'\-]+(?: [A-Z][A-Za-z'\-]+)?) \((\d\d)\)|"
                          r"\b((?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z][A-Za-z'\-]+)|"
                          r"\b(?:baby|child|unborn) of ([A-Z][a-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)")
_NAME_DOB = re.compile(r"\b([A-Z][a-z'\-]+(?: [A-Z][A-Za-z'\-]+)?),? \(?(?:DOB|D\.O\.B\.?|born)\b:?\s*([^)\n;,]{6,20})")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|into|within)\s+$")  # "a unit in Blackpool": a place, no person
_NOT_NAMES = frozenset("not no none unknown n is has the she he they was lives did who tbc i i'm we our my".split())
_NOT_CHILD_NAMES = frozenset("conference protection report initial review meeting year class school nursery reception "
                             "address tenant high primary academy college infant infants junior secondary "
                             "pru unit centre".split())
_AGE = re.compile(r"\baged\s+(\d{1,2}(?:\s*(?:years?|yrs?|months?|mths?|weeks?|wks?))?)|"
                  r"\b(\d{1,2}\s*(?:years?|yrs?|months?|mths?|weeks?|wks?)(?:\s+old)?)\b|"
                  r"\(\s*(\d{1,2})\s*\)|(?:^|,)\s*(\d{1,2})\s*$", re.IGNORECASE)  # "Ruby Hall, 7"
_STREETS = (r"street|road|walk|avenue|lane|close|drive|court|way|place|crescent|gardens|terrace|estate|grove|row|hill|"
            r"square")
_ADDRESS = re.compile(rf"^\s*\d+[a-z]?\s+\w|\b(?:{_STREETS}|flat|room|apartment|house)\b", re.IGNORECASE)
# A house number, a street and a comma or the line's end, run on after a child's details with no comma between, as a
# PDF joins a letter's lines: "Isla Doyle, DOB 14/01/2025 14 Orchard Close, Kettering" (the address is no child)
_ADDRESS_RUN = re.compile(rf"(?<=\s)\d{{1,4}}[a-z]?\s+(?:[A-Z][\w'\-]*\s+){{1,3}}(?i:{_STREETS})\b(?=\s*(?:,|$))",
                          re.MULTILINE)
_PREMISES = re.compile(r"\s*(?:(?:flat|room|apartment)\s+)?\d", re.IGNORECASE)  # "12 Mill Lane", "Room 6"
_UNBORN = re.compile(r"\b(?:unborn|edd|edc|due|pre-?birth|expected|pregnan\w*)\b", re.IGNORECASE)
_NOT_A_CHILD = re.compile(r"^\W*(?:mr|mrs|ms|miss|mx|dr)\b\.?|\b(?:conference|icpc|rcpc|meeting|review)\b",
                          re.IGNORECASE)  # "Ms Rebecca Doherty", "Conference 20 November 2026"
_ABOUT = re.compile(r"^.*\b(?:conference|icpc|rcpc|meeting|review)\b.*?\b(?:for|regarding|concerning|re|"
                    r"in respect of)\s+(?=[A-Z])", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"(?:year|yr|class)\s*\d{1,2}\s*$|(?:reception|nursery)\s*$", re.IGNORECASE)
_BABY_SURNAME = re.compile(r"\s*(?:unborn\s+)?baby\s+[A-Z][\w'\-]*\s*(?:[(,]|$)", re.IGNORECASE)
_UNBORN_CHILD = re.compile(r"^\W*(?:(?:an|the)\s+)?unborn\s+(?:baby|child)\b", re.IGNORECASE)
# A sentence of a field's value that names the children: "..., Leeds. Children Ava Cole (DOB ...)"
_LIST_AGAIN = re.compile(r"[.;]\s+(?:[Tt]he\s+)?(?:[Ss]ubject\s+)?(?:[Cc]hild(?:ren)?|CHILD(?:REN)?|[Ss]iblings?)"
                         r"\s*:?\s+(?=[A-Z])")
_PARENT_OF = re.compile(r"\b(?:baby|child|unborn)\s+(?:of|to)\b", re.IGNORECASE)
# words, then a number of three digits or more that is not a year: "NHS No. 485 221 9937", "Ref 20417"
_IDENTIFIER = re.compile(r"[^\d(]*[A-Za-z][.:#]?\s*(?!(?:19|20)\d\d\b)\d{3,}")
_KIN = r"mother|mum|father|dad|partner|stepfather|stepmother|grand\w+|aunt|uncle|carer"
_RELATION_WORD = re.compile(rf"\b(?:{_KIN}|tenants?|applicant)\b", re.IGNORECASE)  # "Amy Carter (joint tenant)"
# The parent's details beside "unborn baby of <parent>": "(mother DOB 19/04/2001)" is hers, not the baby's.
_PARENT_DETAILS = re.compile(rf"\((?=[^)]*\b(?:{_KIN})\b)[^)]*\)", re.IGNORECASE)
# A line ending in one name word, the next opening with one more and the child's details: one name, wrapped.
_WRAPPED_NAME = re.compile(r"(?:^|(?<=[;,]))(\s*[A-Z][a-z'\-]+)\n(?=[A-Z][A-Za-z'\-]+\s*[(,])", re.MULTILINE)
# The names of a "Parents:" field: "Ms Jo Fox (DOB ...) and Mr Dean Fox", "Jodie HOLT; Craig DUNMORE"
_PARENT_SPLIT = re.compile(r"\s*(?:[;,&\n]|\band\b)\s*|\s+/\s+")
_PARENT_TITLE = re.compile(r"\s*(Mr|Mrs|Ms|Miss|Mx)\.?\s+")
_RELATION_DASH = re.compile(rf"(\b(?:{_KIN}))\s+[-\u2013]\s+(?=[A-Z])", re.IGNORECASE)
# A known-as name: "(Millie)", "(known as Millie)", ", aka Millie", "'Millie'" (a quoted nickname)
_KNOWN_AS = r"(?:(?:also\s+)?known\s+as|aka|a\.k\.a\.?|prefers|preferred\s+name:?)"
_ALIAS = re.compile(rf"\s*(?:\(\s*{_KNOWN_AS}?\s*['\"\u2018\u201c]?([A-Z][a-z'\-]+)['\"\u2019\u201d]?\s*\)|"
                    rf",?\s*\b{_KNOWN_AS}\s+['\"\u2018\u201c]?([A-Z][a-z'\-]+)['\"\u2019\u201d]?|"
                    r"(?<=\s)['\"\u2018\u201c]([A-Z][a-z'\-]+)['\"\u2019\u201d](?=\s))\s*")
_NOT_ALIASES = frozenset("male female boy girl twin unborn deceased british english".split())
_SEX = frozenset("male female boy girl".split())  # "Kacey Lowe, female, DOB ...": a detail of the child before
# A header field label that can follow a name on the same line: the name ends there ("Harper Dunn NHS no. held")
_FIELD_AFTER_NAME = re.compile(r"\b(?:NHS|UPN|ULN|ID|Ref(?:erence)?|No|Number|Address|Gender|Sex|Ethnicity|"
                               r"School|Year|Class|Legal\s+status)\b.*", re.DOTALL)
_NON_NAME_WORDS = re.compile(r"\b(?:unborn|baby|child|dob|d\.o\.b\.?|edd|edc|due|aged|age|born|date of birth)\b",
                             re.IGNORECASE)


@dataclass(frozen=True)
class Field:
    kind: str
    value: str
    index: int  # body block the value is in
    label: str = ""


def extract_facts(document: Document, block_section: list[str | None]) -> tuple[Facts, list[Field]]:
    """The report's facts, and the header fields they came from (the agency is recognised from these)."""
    fields = list(_fields(document, block_section))
    facts = Facts()
    children: list[ChildFacts] = []
    for f in fields:
        if f.kind in ("conference_date", "report_date", "shared", "shared_child"):
            target = {"shared": "shared_date", "shared_child": "shared_with_child_date"}.get(f.kind, f.kind)
            if getattr(facts, target) is None:
                setattr(facts, target, parse_date(f.value))
        elif f.kind == "role" and facts.role is None:
            facts.role = f.value.strip()[:120] or None
        elif f.kind == "author" and facts.author is None and not parse_date(f.value):
            facts.author, role = _name_and_role(f.value)
            facts.role = facts.role or role
        elif f.kind == "titled" and facts.author is None and _name(f.value.split(",")[0]):
            facts.author, role = _name_and_role(f.value)  # "Clinician: Owen Price, Mental Health Practitioner"
            facts.role = facts.role or role or f.label
        elif f.kind == "children":
            children += _unborn_field(f.value) if "unborn" in f.label.lower() else _children_field(f)
        elif f.kind == "parent":
            facts.family += _parents_field(f.value)
        elif f.kind in ("dob", "due", "age") and children:
            _complete(children[-1], f.kind, f.value)
    rows = [f for f in fields if f.kind == "unborn_child"]
    if rows and not any(c.unborn for c in children):
        children.append(_unborn(rows[0].value))  # the baby's row inside a section, when no other field named it
    if facts.author is None:
        facts.author, facts.role = _signed_off(document, facts.role)
    children += _household_table(document, facts)
    if facts.conference_date is None:
        facts.conference_date = _conference_in_prose(document)
    if facts.report_date is None:
        facts.report_date = _letter_date(document)
    on = facts.report_date or facts.conference_date
    facts.children = [c for c in _unique_children(children) if not (_adult(c, on) or _not_born_yet(c, on))]
    kids = {c.name.split()[0].lower() for c in facts.children if c.name}
    facts.family = _unique_people(_people(document, kids, facts.family, on))
    return facts, fields


def _fields(document: Document, block_section: list[str | None]):
    """(kind, value) pairs from form rows and "Label: value" lines; generic labels only in header or sign-off."""
    blocks = document.blocks
    for i, block in enumerate(blocks):
        outside = block_section[i] is None  # the header, or a sign-off the section detection closed off
        if block.role == "label" and block.pair is not None and 0 <= block.pair < len(blocks):
            if _header_columns({1: block.text, 2: blocks[block.pair].text}):
                continue  # "Name | Relationship": the head of a household table, not a field
            label = block.text.splitlines()[0].strip() if block.text.strip() else ""
            answer = blocks[block.pair].text.strip()
            kind = _field_kind(label, outside) or _unborn_row(label, answer)
            if kind and answer:
                yield Field(kind, answer, block.pair, label)
            continue
        if block.role == "answer" or block.kind == BlockKind.heading:
            continue
        for line in block.text.splitlines():
            marked = "*" in line or "_" in line or line.lstrip()[:1] in ("-", "\u2022")
            found = _LINE_FIELD.match(_MARKUP.sub("", line) if marked else line)
            if found:
                for label, value in _merged_fields(found.group(1), found.group(2), outside):
                    if kind := _field_kind(label, outside):
                        yield Field(kind, value.strip(), i, label.strip())


def _children_field(f: Field) -> list[ChildFacts]:
    """The children a field names. A household lists its adults too ("Household: Lisa, Craig, Jade and Kai"), so
    there only a date of birth, an age or an unborn baby shows who is a child."""
    listed = parse_children(f.value)
    if field_key(f.label) == "household":
        return [c for c in listed if c.dob or c.age or c.unborn]
    return listed


def _parents_field(value: str) -> list[Person]:
    """The parents a header's "Parents:" field names, each an adult of the family whatever the report calls them
    next ("Natalie lives with the children. Her father ..." is their grandfather): a mother or a father where a title
    says which ("Ms Jo Fox and Mr Dean Fox"), else a parent; "Leanne and Gary Pike" are both Pikes. A relation beside
    a name ("Lisa (mother); Paul (father)") is left to the relations read from the text, and an address ends the
    list."""
    if _RELATION_WORD.search(value):
        return []
    found: list[tuple[str | None, str]] = []
    for item in _PARENT_SPLIT.split(re.sub(r"\([^)]*\)", " ", value)):
        if re.match(r"\s*\d", item) and _ADDRESS.search(item):
            break  # a house number: the address follows
        title = _PARENT_TITLE.match(item)
        name = _name(item[title.end():] if title else item)
        if name:
            found.append((title.group(1).lower() if title else None, name))
    if len(found) == 2 and len(found[0][1].split()) == 1 and len(found[1][1].split()) > 1:
        found[0] = (found[0][0], f"{found[0][1]} {found[1][1].split()[-1]}")
    relation = {"mr": "father", "mrs": "mother", "ms": "mother", "miss": "mother"}
    return [Person(name=name, relation=relation.get(title, "parent")) for title, name in found]


def _unborn_field(value: str) -> list[ChildFacts]:
    """The children a field labelled for an unborn baby names: its value may list the baby and a living child
    ("Child / unborn | Unborn baby of Chloe Marsh (EDD ...); Jayden Marsh (DOB ...)"). A name beside the due date
    ("Unborn baby of | Kirsty Doyle, EDD ...") or in a value that does not say which is the baby is the mother's."""
    listed = parse_children(value)
    if not any(c.unborn for c in listed):
        return [_unborn(value)]
    return [ChildFacts(unborn=True, due_date=c.due_date) if c.unborn else c for c in listed]


def _unborn(value: str) -> ChildFacts:
    """The unborn baby a field names ("Unborn baby of: Kirsty Doyle (DOB ...)" names the mother), with its due date."""
    due = next((c.due_date or c.dob for c in parse_children(value) if (c.due_date or c.dob) and not _adult(c, None)),
               None)
    return ChildFacts(unborn=True, due_date=due)


def _unborn_row(label: str, answer: str) -> str | None:
    """A "Child | Unborn baby of ..." row wherever it sits (a PDF may place the header table inside a section): a row
    naming an unborn baby as the child is unambiguous, where "Child | Ruby said ..." in a views table is not."""
    return "unborn_child" if field_key(label) in ("child", "children") and _UNBORN_CHILD.match(answer) else None


def _merged_fields(label: str, value: str, outside: bool) -> list[tuple[str, str]]:
    """One line may hold several fields, as a PDF's layout can run a header's lines together ("Our ref: NB/12
    Date: 4th December 2026", "Re: Ms Ann Lee, DOB 1/2/1990 Children: Ava Lee (DOB ...) Conference: 8th December
    2026"): a value is cut before the longest run of words ending in a colon that is a field label."""
    pairs = [(label, value)]
    for colon in _FIELD_COLON.finditer(value):
        text = pairs[-1][1]
        at = colon.start() - (len(value) - len(text))  # where this colon sits in the value still being cut
        words = [w.start() for w in re.finditer(r"\S+", text[:at])][1:]  # the value before keeps a word
        start = next((w for w in words[-_LABEL_WORDS:] if text[w].isupper() and _cuts_at(text[w:at], outside)), None)
        if start is not None:
            pairs[-1] = (pairs[-1][0], text[:start])
            pairs.append((text[start:at], text[at + len(colon.group(0)):]))
    return pairs


def _cuts_at(label: str, outside: bool) -> bool:
    """A label a value can be cut before: no comma or digit of the value in it, and not a role ("Jo Hart, School
    Nurse: Eastside Team" is a name and a role, not a "School Nurse:" field)."""
    return not re.search(r"[,\d]", label) and _field_kind(label, outside) not in (None, "titled")


def field_key(label: str) -> str:
    """A label flattened, with "child/ren's", "children" and "child's" all as "child"."""
    key = flat(label.replace("/ren", "ren").replace("(ren)", "ren").replace("(s)", "s")).replace(".", " ")
    key = key.replace("/", " ")
    return _CHILD_WORD.sub("child", " ".join(key.split()))


def _field_kind(label: str, outside: bool) -> str | None:
    key = field_key(label)
    if not key or len(key.split()) > 9:
        return None
    for kind, pattern in _FIELDS:
        if pattern.search(key) and not (kind == "children" and _NOT_CHILD_FIELD.search(key)):
            generic = key in ("date", "name", "signed", "signature", "role", "child", "children", "report") or (
                kind == "parent")
            return kind if outside or not generic else None
    return None


def sharing_dates(document: Document, sections: list[Section], facts: Facts) -> None:
    """Dates the report was shared, from a form's own sharing sections ("Date report shared with child") when no
    header field gave them: the first date written in the section."""
    for section in sections:
        if section.role != "sharing" or section.status != "present":
            continue
        target = "shared_with_child_date" if "child" in section.id else "shared_date"
        if getattr(facts, target) is None:
            setattr(facts, target, parse_date(section.text(document)))


def _name_and_role(value: str) -> tuple[str | None, str | None]:
    """"Nicola Hayes, Recovery Coordinator" -> the name and the role; a value with no comma is all name."""
    name, _, rest = " ".join(value.split()).partition(",")
    role = rest.split(";")[0].strip(" ,") or None
    return (name.strip()[:120] or None), (role[:120] if role else None)


def _signed_off(document: Document, role: str | None) -> tuple[str | None, str | None]:
    """The name (and the role on the next line) after "Yours sincerely" or "Kind regards" at the end of a letter."""
    tail = [line.strip() for b in document.blocks[-_SIGN_OFF_BLOCKS:] for line in b.text.splitlines() if line.strip()]
    for at, line in enumerate(tail):
        if _VALEDICTION.match(line) and at + 1 < len(tail) and (name := _name(tail[at + 1])):
            next_line = tail[at + 2] if at + 2 < len(tail) else None
            return name, role or (next_line if next_line and len(next_line) <= 80 else None)
    return None, role


def _conference_in_prose(document: Document):
    """"the Initial Child Protection Conference on 14.11.2025", or a letter's "Re:" line naming the conference with
    its date ("Initial Child Protection Conference, 27 November 2026"), near the top of a report."""
    for block in document.blocks[:_HEADER_BLOCKS]:
        for match in _CONFERENCE_PROSE.finditer(block.text):
            when = parse_date(block.text[match.end():match.end() + 30])
            if when is not None and block.text[match.end():].lstrip()[:1].isalnum():
                return when
        for match in _CONFERENCE_DATED.finditer(block.text):
            if when := _date_at(block.text[match.end():match.end() + 30]):
                return when
    return None


def _letter_date(document: Document):
    """A letter's date line: a date alone on a line ("25 November 2026") above its "Dear ..." near the top. A date
    alone with no salutation after it may be any field's answer, so it is not taken."""
    found = None
    for block in document.blocks[:_HEADER_BLOCKS]:
        for line in block.text.splitlines():
            if _SALUTATION.match(line.strip()):
                return found
            found = found or _date_alone(line)
    return None


def _date_alone(line: str):
    """The date a line holds and nothing else ("25 November 2026", "Tuesday 25/11/2026."), or None."""
    text = _WEEKDAY.sub("", line.strip().rstrip("."))
    dates = list(find_dates(text))
    return dates[0][0] if len(dates) == 1 and dates[0][1] == 0 and dates[0][2] == len(text) else None


def _date_at(text: str):
    """The date `text` opens with, or None."""
    first = next(find_dates(text), None)
    return first[0] if first and first[1] == 0 else None


def parse_children(value: str) -> list[ChildFacts]:
    """Children from a field such as "Ruby Hall (DOB 02/04/2016), Cody Hall (2), unborn baby (EDD 12/01/2026)", or
    a letter's "Re: Leanne Pike (DOB ...) - children Kayla Pike (DOB ...) and Ruben Pike (DOB ...), 3 Beacon Rise,
    Stafford. Conference 20 November 2026": the address ends the list; an adult's title, the conference or a date
    that is not a birth date (see _not_born_yet) are not children. A new sentence naming the children starts their
    list again after the address ("Re: Mr Ian Cole, DOB ..., 4 Mill Lane, Leeds. Children Ava Cole (DOB ...)")."""
    found = []
    for part in _LIST_AGAIN.split(value):
        found += _listed(part)
    if any(c.dob or c.age or c.unborn for c in found):
        # "Ruby Hall (15), Year 10, Kingsmead": beside children with ages, a bare name is a detail, not a child
        found = [c for c in found if c.dob or c.age or c.unborn]
    return found


def _listed(value: str) -> list[ChildFacts]:
    found: list[ChildFacts] = []
    for item in _split_items(value):
        unborn = bool(_UNBORN.search(item))
        dates = [d for d, _, _ in find_dates(item)]
        age = None if unborn else _age(item)
        if _ADDRESS.search(item) and not (dates or age or unborn):
            if _PREMISES.match(item):
                break  # a house, flat or room number: the street, town, postcode and conference follow
            continue
        # "unborn baby of Kirsty Lambert" names the mother; "Baby Hall" only the family; "NHS No. 485 221 9937" is
        # a labelled number, not a name
        name = None if _PARENT_OF.search(item) or _BABY_SURNAME.match(item) or _IDENTIFIER.match(item) else (
            _name(item))
        if name and _NOT_CHILD_NAMES.intersection(name.lower().split()):
            name = None
        if not (name or dates or age or unborn):
            continue
        if unborn and not name and found and found[-1].unborn and not found[-1].name:
            found[-1].due_date = found[-1].due_date or (dates[0] if dates else None)  # "baby of Amy, EDD 3/2/26"
            continue
        found.append(ChildFacts(name=name, unborn=unborn, dob=None if unborn or not dates else dates[0],
                                due_date=dates[0] if unborn and dates else None, age=age))
    return found


def _split_items(value: str) -> list[str]:
    items, depth, current = [], 0, []
    text = _WRAPPED_NAME.sub(r"\1 ", value)  # "Isla\nWEBB (19/10/2018)": a name the cell's width broke
    text = _ADDRESS_RUN.sub(r";\g<0>", text)  # the address is an item of its own, which ends the list
    text = _RELATION_DASH.sub(r"\1 ", text.replace("\n", ";"))  # "Dad - Paul Marr" is one item, an adult
    text = re.sub(r"\s+and\s+(?=[A-Z]|unborn)|\s+[-\u2013]\s+|\s+/\s+(?=[A-Z])", ";", text)  # "Skye (8) / Rio (2)"
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch in ",;" and depth <= 0:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    merged: list[str] = []
    dropped = False  # the item before was not a child: "Conference, 15th January 2026", "Mum Jo Hall, 33"
    for item in (_ABOUT.sub("", i).strip() for i in items):  # "ICPC for Ruby Hall" is Ruby Hall
        if _UNBORN_CHILD.match(item) and _PARENT_OF.search(item):
            item = _PARENT_DETAILS.sub(" ", item).strip()  # "Unborn baby of Amy Hill (mother, DOB ...)": the baby
        if _NOT_A_CHILD.search(item) or _RELATION_WORD.search(item) or _SCHOOL_YEAR.match(item):
            dropped = not _SCHOOL_YEAR.match(item)  # "Kayla Brooks, Year 11, born 22/01/2011": the date is Kayla's
            continue
        detail = not _name(item) and not _UNBORN.search(item) and (
            parse_date(item) or _AGE.search(item) or item.lower() in _SEX)
        if detail and dropped:
            continue
        if merged and item and (detail or _ALIAS.match(item)):
            merged[-1] += ", " + item  # "Ruby Hall, DOB 02/04/2016", "Ruby Hall, known as Rubes" are one child
        elif item:
            merged.append(item)
        dropped = False
    return merged


def _name(item: str) -> str | None:
    """The child's name, ended by the next field ("Harper DUNN   NHS no. held", "Ruby Hall DOB ... Ref 204"); a
    known-as name is kept after the first name: "Amelia (Millie) Hartley", "Amelia Hartley, known as Millie" and
    "Amelia 'Millie' Hartley" are all "Amelia (Millie) Hartley"."""
    alias = next((g for groups in _ALIAS.findall(item) for g in groups
                  if g and g.lower() not in _NOT_ALIASES and g.lower() not in _NOT_CHILD_NAMES), None)
    text = _ALIAS.sub(" ", item)
    text = re.sub(r"\([^)]*\)", " ", text)
    for _, start, end in list(find_dates(text))[::-1]:
        text = text[:start] + " " + text[end:]
    text = _FIELD_AFTER_NAME.sub(" ", _NON_NAME_WORDS.sub("  ", _AGE.sub("  ", text)))
    found = re.search(_CHILD_NAME, text)
    if not found or found.group(0).split()[0].lower() in _NOT_NAMES or _PLACE_BEFORE.search(text, 0, found.start()):
        return None
    first, *rest = found.group(0).split(" ")
    return " ".join([first, f"({alias})", *rest]) if alias else found.group(0)


def _age(item: str) -> str | None:
    found = _AGE.search(re.sub(r"\b(?:19|20)\d\d\b", " ", item))
    return " ".join(next(g for g in found.groups() if g).split()) if found else None


def _complete(child: ChildFacts, kind: str, value: str) -> None:
    when = parse_date(value)
    if kind == "dob" and child.dob is None and not child.unborn:
        child.dob = when
    elif kind == "due" and when is not None:
        child.unborn, child.due_date = True, when
    elif kind == "age" and child.age is None:
        child.age = value.strip()[:30] or None


def _household_table(document: Document, facts: Facts) -> list[ChildFacts]:
    """Children from, and family members into `facts`, a table headed Name / Relationship / DOB."""
    rows: dict[tuple[int, int], dict[int, str]] = {}
    for block in document.blocks:
        where = block.location
        if block.kind == BlockKind.table_cell and where.table and where.row and where.column:
            rows.setdefault((where.table, where.row), {})[where.column] = block.text.strip()
    children: list[ChildFacts] = []
    columns: dict[str, int] | None = None
    table = None
    for (t, _), cells in sorted(rows.items()):
        if t != table:
            table, columns = t, None
        header = _header_columns(cells)
        if header:
            columns = header
            continue
        if not columns:
            continue
        name = _name(cells.get(columns["name"], ""))
        relation = flat(cells.get(columns.get("relation", -1), ""))
        born = parse_date(cells.get(columns.get("dob", -1), ""))
        if not name:
            continue
        if relation in _CHILD_RELATIONS or relation.startswith(("subject", "unborn")):
            unborn = relation.startswith("unborn")
            children.append(ChildFacts(name=name, dob=None if unborn else born, due_date=born if unborn else None,
                                       unborn=unborn, age=_age(cells.get(columns.get("age", -1), ""))))
        elif relation in _RELATIONS:
            facts.family.append(Person(name=name, relation=_RELATIONS[relation]))
    return children


def _header_columns(cells: dict[int, str]) -> dict[str, int] | None:
    if not any("name" in text[:20].lower() for text in cells.values()):
        return None
    columns: dict[str, int] = {}
    for column, text in cells.items():
        key = field_key(text)
        if key in ("name", "names", "full name", "name of child", "family member", "name s"):
            columns["name"] = column
        elif key.startswith("relationship"):
            columns["relation"] = column
        elif key in ("dob", "d o b", "date of birth", "dob edd", "date of birth edd", "d o b edd"):
            columns["dob"] = column
        elif key == "age":
            columns["age"] = column
    return columns if "name" in columns and len(columns) >= 2 else None


def _people(document: Document, kids: set[str], known: list[Person], on: date | None) -> list[Person]:
    """Family members: "Mother: Sarah Hall", "Dad (Liam Hall)", "her father Liam Hall", "Sarah Hall (mother)", the
    form row "Father of baby | Jordan PIKE". A parent of an adult ("Shannon's father, Mr Gary Reid", "Ms Lord's
    dad", "Kelsey (19) lives with her father") is a grandparent; a child's name after a relation is not the relative
    ("When asked about her dad, Ellie said ...")."""
    found = [*known, *_relation_rows(document)]
    adults = _adult_names(document, found, on)
    for block in document.blocks:
        text = block.text
        low = text.lower()
        shorthand = _shorthand(text)
        if block.role == "label" or not shorthand and not any(stem in low for stem in _RELATION_STEMS):
            continue
        for hit in [*_RELATION_HIT.finditer(text), *shorthand]:
            relation = _RELATIONS.get(flat(hit.group(0).replace("-", " ")), "father" if hit.re is not _RELATION_HIT
                                      else None)
            if relation is None:
                continue
            before = text[max(0, hit.start() - 40):hit.start()]
            named = _NAME_AFTER.match(text, hit.end())
            if named and _NON_NAME_WORDS.match(named.group(1)):
                named = None  # "Kerry Walsh (mother, DOB 12/08/1996)": her details, not a name after the relation
            plural = hit.group(0).lower().endswith("parents")  # "grandparents, Ann and Ron Hill": names after only
            if plural and named is None:
                continue
            if named is None and _POSSESSIVE_BEFORE.search(before):
                named = _NAME_OF.match(text, hit.end())
            close = _RELATION_CLOSE.match(text, hit.end())
            if named is None and close and (close.group("child") or "").lower() in kids | {""}:
                named = _NAME_BEFORE.search(before)  # "(father of Ms Keane)" is someone else's
            if named is None:
                named = _name_is(before, kids)
            name = " ".join(w for w in named.group(1).split() if w.lower() not in _NOT_NAMES) if named else ""
            if not name or name.split()[0].lower() in _RELATIONS or name.split()[0].lower() in kids or _owns(
                    named, text) or _not_a_person(before, relation, name, text[named.end(1):named.end(1) + 30]):
                continue
            if relation in _PARENTS and _owner_is_adult(text[:hit.start()], kids, adults):
                relation = "grandparent"
            found.append(Person(name=name, relation=relation))
            if plural and (other := _AND_NAME.match(text, named.end(1))):
                found.append(Person(name=other.group(1), relation=relation))  # "grandparents, Mrs X and Mr Y"
            if relation not in ("grandparent", "sibling"):  # "Mother: Sarah Hall", then "Sarah and her father"
                adults |= {w.lower() for w in name.split()}
    return found


def _owns(named: re.Match, text: str) -> bool:
    """Whether the name read is an owner, not the relative: "Mason's father, Natalie's partner" names no one."""
    end = named.end(1)
    return named.group(1).endswith("'s") or named.string is text and text.startswith(("'s", "\u2019s"), end)


def _name_is(before: str, kids: set[str]) -> re.Match | None:
    """The name `before` ends on saying whose relative follows: "Stacey Holt (22) is the children's mother", "Dean
    Kerr is Ruby's dad"; "Keith Holt is Stacey's father" names an adult's relative, which this does not read."""
    found = _NAME_IS.search(before)
    return found if found and found.group("owner").lower() in kids | _CHILD_OWNERS else None


def _shorthand(text: str) -> list[re.Match]:
    """The father written in the father pack's shorthand, in capitals: "FOB: Ryan Doyle", "Liam (BF)"."""
    return [m for m in _shorthand_pattern().finditer(text) if sum(c.isupper() for c in m.group(0)) > 1]


@lru_cache(maxsize=1)
def _shorthand_pattern() -> re.Pattern:
    words = registry().lexicon("father_shorthand") + registry().lexicon("father_shorthand_named")
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def _not_a_person(before: str, relation: str, name: str, after: str) -> bool:
    """A role, a post or a place, not a relative: "GP Partner (Safeguarding Lead)", "Senior Partner, Riverside
    Surgery", "Jayden's father, Shrewsbury address" (the word after the name shows what it is)."""
    reg = registry()
    words = re.findall(r"[\w'\u2019]+", before.lower())[-2:]
    following = re.findall(r"^\s+([\w'\u2019]+)", after.lower())  # the next word, no comma or bracket between
    return not reg.words("not_name_words").isdisjoint(name.lower().split() + following) or (
        relation == "partner" and not reg.words("not_partner_before").isdisjoint(words))


def _relation_rows(document: Document) -> list[Person]:
    """The person a form row names when its label is a relation: "Mother | Shannon Reid, DOB ...", "Father of
    unborn baby | Connor Ashworth"."""
    blocks = document.blocks
    found = []
    for block in blocks:
        if block.role != "label" or block.pair is None or not 0 <= block.pair < len(blocks):
            continue
        label = block.text.splitlines()[0] if block.text.strip() else ""
        label = _OF_THE_CHILD.sub("", flat(_WHOSE.sub(" ", label)))
        name = _name(blocks[block.pair].text.splitlines()[0]) if label in _RELATIONS else None
        if name and name.split()[0].lower() not in _NOT_NAMES:
            found.append(Person(name=name, relation=_RELATIONS[label]))
    return found


def _adult_names(document: Document, people: list[Person], on: date | None) -> set[str]:
    """Name words of the adults: the parents and partners found so far, anyone given a title, an age of 18 or over
    ("Kelsey Marsden (19)") or a date of birth 18 years before the report ("Client: Leanne Price (DOB 02/02/1999)"),
    or named as the mother of an unborn baby."""
    found = {w.lower() for p in people if p.relation != "grandparent" for w in p.name.split()}
    for block in document.blocks:
        for match in _NAME_DOB.finditer(block.text):
            if _adult(ChildFacts(dob=parse_date(match.group(2))), on):
                found.update(w.lower() for w in match.group(1).split())
        for match in _ADULT_NAMED.finditer(block.text):
            name, age = match.group(1) or match.group(3) or match.group(4), match.group(2)
            if name and (age is None or int(age) >= _ADULT):
                found.update(w.lower() for w in name.split())
    return found - {"mr", "mrs", "ms", "miss", "mx", "dr"}


def _owner_is_adult(before: str, kids: set[str], adults: set[str]) -> bool:
    """Whether the person a relation belongs to is an adult: "Ms Lord's", "mum's", "Shannon's" (a known adult), or
    "her"/"his" where the sentence, or the nearest one before it in the paragraph, opens with an adult."""
    owner = _OWNER.search(before)
    if owner is None:
        return False
    if owner.group(1):
        word = owner.group(1).lower()
        return word in _ADULT_WORDS or word in adults and word not in kids or bool(
            re.search(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+\S+['\u2019]s\s+$", before))
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", before[:owner.start()])):
        first = next((w for w in map(str.lower, re.findall(r"[A-Za-z][\w'\-]*", sentence))
                      if w in kids or w in adults or w in _ADULT_WORDS or w in ("she", "he")), None)
        if first is not None and first not in ("she", "he"):  # "She took Leo ...": who she is lies further back
            return first not in kids
    return False


def _adult(child: ChildFacts, on: date | None) -> bool:
    """A "child" whose age or date of birth makes them 18 or over by the report's date: the adult a report is
    about, or a parent listed in a household."""
    years = re.fullmatch(r"(\d+)(?:\s*(?:years?|yrs?)(?:\s+old)?)?", child.age or "")
    if years and int(years.group(1)) >= _ADULT:
        return True
    if child.dob is None or on is None:
        return False
    return (on.year - child.dob.year - ((on.month, on.day) < (child.dob.month, child.dob.day))) >= _ADULT


def _not_born_yet(child: ChildFacts, on: date | None) -> bool:
    """A child whose "date of birth" is after the report's date and who is not said to be unborn: the date was
    something else (a conference, an appointment)."""
    return not child.unborn and child.dob is not None and on is not None and child.dob > on


def _unique_people(people: list[Person]) -> list[Person]:
    """Each person once per relation; a header's "parent" once the text names her relation ("Parent/carer:
    Gemma Marsh" is read as her carer row too)."""
    related = {p.name for p in people if p.relation != "parent"}
    return list({(p.name, p.relation): p for p in people if p.relation != "parent" or p.name not in related}.values())


def _unique_children(children: list[ChildFacts]) -> list[ChildFacts]:
    """Each child once: by name, and an unborn baby the report names by no first name once ("unborn baby Haigh-Eze"
    in the header and an "Unborn baby:" row are the same baby)."""
    seen: dict[str, ChildFacts] = {}
    result = []
    for child in children:
        key = (child.name or ("unborn" if child.unborn else "")).lower()
        if key and key in seen:
            known = seen[key]
            known.dob = known.dob or child.dob
            known.age = known.age or child.age
            known.due_date = known.due_date or child.due_date
            continue
        if key:
            seen[key] = child
        result.append(child)
    return result
