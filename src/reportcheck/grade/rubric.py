"""The rubric as data (`rules/rubric.yaml`): conditions on the criteria, and optionally on findings, that make a
report inadequate or keep it from good. Partnerships change it key by key from a profile or their configuration.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..result import CRITERIA, Criterion, Finding, Status
from ..rulepack import rules_dir
from ..structure.model import ROLES
from ..yamlload import load_yaml_model


class Condition(BaseModel):
    """Holds when at least `at_least` of `criteria` have a status in `status`, or of `rules` have findings."""

    model_config = ConfigDict(extra="forbid")
    criteria: list[str] | None = None  # None: all criteria
    status: list[Status] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list)
    at_least: int = Field(1, ge=1)

    @field_validator("criteria")
    @classmethod
    def _known_criteria(cls, value: list[str] | None) -> list[str] | None:
        for name in value or ():
            if name not in CRITERIA:
                raise ValueError(f"unknown criterion {name!r}; use one of: {', '.join(CRITERIA)}")
        return value

    @field_validator("rules")
    @classmethod
    def _known_rules(cls, value: list[str]) -> list[str]:
        from ..rulepack import registry

        for rule_id in value:
            if rule_id not in registry().rules:
                raise ValueError(f"unknown rule {rule_id!r}")
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> Condition:
        if bool(self.status) == bool(self.rules):
            raise ValueError("a condition needs either `status` (with optional `criteria`) or `rules`, not both")
        if self.rules and self.criteria is not None:
            raise ValueError("`criteria` applies to a `status` condition, not to `rules`")
        return self

    def reasons(self, statuses: dict[str, str], criteria: dict[str, Criterion], findings: list[Finding]) -> list[str]:
        """The plain-words reasons this condition holds ("analysis is not_met"), or [] when it does not."""
        if self.rules:
            hits = [f for f in findings if f.rule in self.rules]
            return [f"{f.rule}: {f.message}" for f in hits] if len(hits) >= self.at_least else []
        names = [n for n in (self.criteria or CRITERIA) if statuses.get(n) in self.status]
        return [criterion_reason(n, criteria[n]) for n in names] if len(names) >= self.at_least else []


class Rubric(BaseModel):
    model_config = ConfigDict(extra="forbid")
    not_applicable_as: Status = "met"
    inadequate_if: list[Condition]
    good_unless: list[Condition]
    areas: dict[str, list[str]] = Field(default_factory=dict)  # section role -> the criteria that judge it

    @field_validator("areas")
    @classmethod
    def _known_roles(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for role, names in value.items():
            if role not in ROLES:
                raise ValueError(f"unknown section role {role!r}; use one of: {', '.join(ROLES)}")
            for name in names:
                if name not in CRITERIA:
                    raise ValueError(f"unknown criterion {name!r} for role {role!r}")
        return value

    def effective(self, status: str) -> str:
        return self.not_applicable_as if status == "not_applicable" else status

    def decide(self, criteria: dict[str, Criterion], findings: list[Finding]) -> tuple[str, list[str]]:
        """The grade and the reasons that decided it."""
        statuses = {name: self.effective(c.status) for name, c in criteria.items()}
        for grade, conditions in (("inadequate", self.inadequate_if), ("adequate", self.good_unless)):
            reasons = _unique(r for c in conditions for r in c.reasons(statuses, criteria, findings))
            if reasons:
                return grade, reasons
        partial = [criterion_reason(n, criteria[n]) for n in criteria if statuses[n] != "met"]
        return "good", [*partial, "the other criteria are met" if partial else "all criteria are met"]


def criterion_reason(name: str, criterion: Criterion) -> str:
    """"child_voice is partial: No words or observation for Cody (2).\""""
    text = f"{name} is {criterion.status}"
    if criterion.status != "met" and criterion.reasons:
        text += f": {criterion.reasons[0]}"
    return text


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


@lru_cache(maxsize=1)
def shipped_rubric() -> dict[str, Any]:
    """The shipped rubric as plain data (validated once, with file and line on any problem)."""
    return load_yaml_model(rules_dir() / "rubric.yaml", Rubric).model_dump()


def merged_rubric(*overrides: dict[str, Any] | None) -> Rubric:
    """The shipped rubric with each override's top-level keys replacing its own, in order.

    Raises ValueError naming the key ("rubric.good_unless.0.status: ...") when the result does not validate.
    """
    data = dict(shipped_rubric())
    for override in overrides:
        data.update(override or {})
    try:
        return Rubric.model_validate(data)
    except ValidationError as exc:
        problems = [f"rubric.{'.'.join(str(p) for p in e['loc'])}: {e['msg'].removeprefix('Value error, ')}"
                    for e in exc.errors()]
        raise ValueError("; ".join(problems)) from None
