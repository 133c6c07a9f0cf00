"""Configuration a partnership keeps beside its reports: a `reportcheck.toml`, or `[tool.reportcheck]` in a
`pyproject.toml`, found by searching from the report's folder upward.

```toml
profile_dirs = ["our-forms"]          # extra template profiles, relative to this file
disabled_rules = ["RC-PLAIN-001"]     # rule ids whose findings are dropped
[rubric]                              # replaces keys of rules/rubric.yaml (see grade/rubric.py)
good_unless = [{status = ["not_met"]}, {status = ["partial"], at_least = 1}]
[limits]                              # reading limits (reportcheck.parse.Limits)
```
"""

from __future__ import annotations

import difflib
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from .errors import ConfigError

CONFIG_FILE = "reportcheck.toml"
PYPROJECT = "pyproject.toml"


class Config(BaseModel):
    """Frozen: one Config is shared by every report under the same file."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True)

    profile_dirs: list[Path] = Field(default_factory=list)
    rubric: dict[str, Any] = Field(default_factory=dict)  # overrides of the shipped rubric, key by key
    disabled_rules: list[str] = Field(default_factory=list)
    limits: Any = None  # reportcheck.parse.Limits; None means the reader's defaults
    source: Path | None = None  # the file this configuration was read from, for messages

    _profiles: list | None = PrivateAttr(default=None)

    @field_validator("disabled_rules")
    @classmethod
    def _known_rules(cls, value: list[str]) -> list[str]:
        from .rulepack import registry

        known = registry().rules
        for rule_id in value:
            if rule_id not in known:
                close = difflib.get_close_matches(rule_id, list(known), n=3, cutoff=0.6)
                hint = f" (did you mean {', '.join(close)}?)" if close else ""
                raise ValueError(f"unknown rule {rule_id!r}{hint}")
        return value

    @field_validator("limits", mode="before")
    @classmethod
    def _limits(cls, value: Any) -> Any:
        if isinstance(value, dict):
            from .parse import Limits

            return Limits(**value)
        return value

    @model_validator(mode="after")
    def _rubric_validates(self) -> Config:
        from .grade.rubric import merged_rubric

        merged_rubric(self.rubric)  # raises ValueError naming the key when an override is wrong
        return self

    def profiles(self) -> list:
        """The shipped template profiles plus those in `profile_dirs`, loaded once per Config."""
        if self._profiles is None:
            from .structure.profiles import load_profiles

            self._profiles = load_profiles(self.profile_dirs)
        return self._profiles

    def profile(self, profile_id: str | None):
        """The profile with this id, or None."""
        return next((p for p in self.profiles() if p.id == profile_id), None)


def find_config_file(start: Path) -> Path | None:
    """The nearest `reportcheck.toml`, or `pyproject.toml` with a `[tool.reportcheck]` table, from `start` upward."""
    folder = Path(start).resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and "reportcheck" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(start: Path) -> Config:
    """The configuration that applies to reports in `start` (a folder or a file); defaults when there is none."""
    path = find_config_file(start)
    if path is None:
        return default_config()
    return _load_file(path, path.stat().st_mtime_ns)


def read_config(path: Path) -> Config:
    """The configuration in the file at `path` (a `reportcheck.toml` or a `pyproject.toml`)."""
    path = Path(path).resolve()
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    return _load_file(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=1)
def default_config() -> Config:
    """The defaults, built and validated once per process."""
    return Config()


@lru_cache(maxsize=32)
def _load_file(path: Path, _mtime: int) -> Config:
    """One Config per file version, so profiles load once however many reports share it."""
    data = _read_toml(path)
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("reportcheck", {})
        prefix = "tool.reportcheck."
    else:
        prefix = ""
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: {prefix or 'the file'} must be a table of settings")
    if isinstance(data.get("profile_dirs"), list):
        data = {**data, "profile_dirs": [path.parent / str(p) for p in data["profile_dirs"]]}
    try:
        return Config(**data, source=path)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            message = err["msg"].removeprefix("Value error, ")
            problems.append(f"{path}: {prefix}{key}: {message}" if key else f"{path}: {prefix}{message}")
        raise ConfigError("\n".join(problems)) from None
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: {prefix}limits: {exc}") from None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
