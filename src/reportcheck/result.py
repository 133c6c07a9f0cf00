"""The result of checking one report: the `reportcheck/result/v1` JSON of CONTRACT.md, as pydantic models.

Anything unknown is `None` (JSON null), never invented. `json_schema()` publishes the schema others validate against.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

SCHEMA = "reportcheck/result/v1"

Status = Literal["met", "partial", "not_met", "not_applicable"]
Grade = Literal["good", "adequate", "inadequate"]
Severity = Literal["error", "warning", "info"]
CRITERIA = ("required_sections", "child_voice", "father_involvement", "analysis", "shared_with_parents")
GRADES = ("inadequate", "adequate", "good")  # worst first: index is the order
CRITERION_TITLES = {  # what each criterion is called in front of a practitioner
    "required_sections": "The form's sections",
    "child_voice": "The child's voice",
    "father_involvement": "Fathers and male carers",
    "analysis": "Analysis of what this means for the child",
    "shared_with_parents": "Sharing the report with parents",
}


class Location(BaseModel):
    section: str | None = None  # the profile's section id
    page: int | None = None
    paragraph: int | None = None  # 1-based block number in the body (see `reportcheck extract`)
    table: int | None = None
    row: int | None = None
    column: int | None = None


class Evidence(BaseModel):
    quote: str
    location: Location


class Criterion(BaseModel):
    status: Status
    reasons: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Finding(BaseModel):
    rule: str  # stable code such as RC-VOICE-002
    criterion: str | None  # the criterion it informs, or None for a secondary check
    severity: Severity
    message: str
    suggestion: str
    location: Location | None = None
    quote: str | None = None


class SourceInfo(BaseModel):
    path: str
    format: str | None = None
    pages: int | None = None
    sha256: str | None = None


class TemplateInfo(BaseModel):
    id: str  # a profile id, or "none" when the report follows no known form
    confidence: float
    checked_against: str | None = None  # the profile used for checking (the closest one when id is "none")


class ChildFacts(BaseModel):
    name: str | None = None
    dob: date | None = None
    age: str | None = None  # as written, e.g. "7 years", "18 months"
    unborn: bool = False
    due_date: date | None = None


class Person(BaseModel):
    name: str
    relation: str  # mother, father, stepfather, mother's partner, carer, sibling, grandparent...


class Facts(BaseModel):
    children: list[ChildFacts] = Field(default_factory=list)
    family: list[Person] = Field(default_factory=list)  # adults named in the report, for redaction and fathers
    conference_date: date | None = None
    report_date: date | None = None
    author: str | None = None
    role: str | None = None
    shared_date: date | None = None
    shared_with_child_date: date | None = None


class SectionInfo(BaseModel):
    id: str
    title: str  # the heading as the report words it, or the profile's title when missing
    status: Literal["present", "empty", "missing"]
    words: int
    location: Location | None = None


class AreaGrade(BaseModel):
    id: str
    title: str
    grade: Grade
    reasons: list[str] = Field(default_factory=list)


class ErrorInfo(BaseModel):
    code: str
    message: str


class Result(BaseModel):
    schema_: str = Field(SCHEMA, alias="schema")
    source: SourceInfo
    template: TemplateInfo | None = None
    agency: str | None = None
    facts: Facts | None = None
    sections: list[SectionInfo] = Field(default_factory=list)
    criteria: dict[str, Criterion] = Field(default_factory=dict)
    grade: Grade | None = None
    grade_reasons: list[str] = Field(default_factory=list)
    areas: list[AreaGrade] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    error: ErrorInfo | None = None

    model_config = {"populate_by_name": True}

    def to_dict(self) -> dict:
        """The CONTRACT.md JSON object: an error result carries only schema, source and error."""
        if self.error is not None:
            return {"schema": self.schema_, "source": self.source.model_dump(mode="json"),
                    "error": self.error.model_dump(mode="json")}
        data = self.model_dump(mode="json", by_alias=True)
        data.pop("error")
        return data

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


def error_result(path: str | Path, code: str, message: str) -> Result:
    """The result for a file that could not be checked: its path and fingerprint, the error code and message."""
    digest = None
    try:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        pass
    return Result(source=SourceInfo(path=str(path), sha256=digest), error=ErrorInfo(code=code, message=message))


def json_schema() -> dict:
    """The published JSON Schema of a result (success or error)."""
    schema = Result.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA
    return schema
