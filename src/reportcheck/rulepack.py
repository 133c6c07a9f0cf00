"""Rule packs: every finding's code, message, suggestion and explanation, as data in `rules/packs/*.yaml`.

Each rule is a small entry (as in Vale and ruff): a stable id such as RC-VOICE-001, a level, a message and a
suggestion (both may use {placeholders}), and for `reportcheck rules explain` why it exists, what triggers it and a
before/after example. Phrase lists a criterion reads live beside its rules under `lexicon`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from .errors import ConfigError
from .result import Finding, Location
from .yamlload import load_yaml_model


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")
    before: str
    after: str


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^RC-[A-Z]+-\d{3}$")
    title: str
    level: Literal["error", "warning", "info"]
    message: str
    suggestion: str
    why: str
    triggers: str
    example: Example
    criterion: str | None = None  # filled from the pack when the rule does not name one


class RulePack(BaseModel):
    model_config = ConfigDict(extra="forbid")
    criterion: str | None = None  # the criterion this pack informs; None for secondary checks
    description: str = ""
    rules: list[RuleSpec] = Field(default_factory=list)
    lexicon: dict[str, list[str]] = Field(default_factory=dict)
    settings: dict[str, float | int | str] = Field(default_factory=dict)  # thresholds the criterion reads

    @field_validator("lexicon")
    @classmethod
    def _no_empty_lists(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, phrases in value.items():
            if not phrases:
                raise ValueError(f"phrase list {name!r} is empty")
        return value


def _one_line(text: str) -> str:
    """Folded YAML keeps a trailing newline and authors wrap long lines: a message is one line of prose."""
    return " ".join(text.split())


def rules_dir() -> Path:
    """The shipped rules folder (inside the installed package)."""
    return Path(str(resources.files("reportcheck") / "rules"))


class Registry(BaseModel):
    packs: dict[str, RulePack]  # by file stem
    rules: dict[str, RuleSpec]
    _word_sets: dict[str, frozenset[str]] = PrivateAttr(default_factory=dict)

    def rule(self, rule_id: str) -> RuleSpec:
        return self.rules[rule_id]

    def lexicon(self, name: str) -> list[str]:
        for pack in self.packs.values():
            if name in pack.lexicon:
                return pack.lexicon[name]
        raise KeyError(f"no phrase list {name!r} in the rule packs")

    def words(self, name: str) -> frozenset[str]:
        """A phrase list as a set, for asking whether a word is in it; built once, not on every ask."""
        found = self._word_sets.get(name)
        if found is None:
            found = self._word_sets[name] = frozenset(self.lexicon(name))
        return found

    def setting(self, pack: str, name: str) -> float | int | str:
        return self.packs[pack].settings[name]

    def finding(self, rule_id: str, *, location: Location | None = None, quote: str | None = None,
                **values: object) -> Finding:
        """A finding of rule `rule_id`, its message and suggestion filled with `values`."""
        spec = self.rules[rule_id]
        return Finding(rule=spec.id, criterion=spec.criterion, severity=spec.level,
                       message=_one_line(spec.message.format(**values)),
                       suggestion=_one_line(spec.suggestion.format(**values)), location=location, quote=quote)


def load_registry(folder: Path | None = None) -> Registry:
    folder = folder or rules_dir() / "packs"
    packs: dict[str, RulePack] = {}
    rules: dict[str, RuleSpec] = {}
    for path in sorted(folder.glob("*.yaml")):
        pack = load_yaml_model(path, RulePack)
        for spec in pack.rules:
            if spec.id in rules:
                raise ConfigError(f"{path}: rule {spec.id} is defined twice")
            if spec.criterion is None:
                spec.criterion = pack.criterion
            rules[spec.id] = spec
        packs[path.stem] = pack
    return Registry(packs=packs, rules=rules)


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The shipped rule packs, loaded once per process."""
    return load_registry()
