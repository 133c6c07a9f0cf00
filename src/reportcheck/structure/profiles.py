"""Template profiles: the forms partnerships print, as data in `rules/templates/*.yaml`.

A partnership adds its own form by adding a file; a user can point at a folder of their own. Each profile names its
sections with several heading wordings and the guidance text the form prints, so a report is recognised by meaning
whatever wording, numbering or layout its author used, and the form's own words never count as the author's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..errors import ConfigError
from ..rulepack import rules_dir
from ..yamlload import load_yaml_model
from .model import ROLES


class ProfileSection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    number: str | None = None  # as the form numbers it ("7"), when it does
    role: str
    required: bool = True
    headings: list[str] = Field(default_factory=list)  # other wordings of the heading, besides the title
    guidance: list[str] = Field(default_factory=list)  # the help text the form prints under or beside the heading
    advice: str | None = None  # one sentence telling an author how to fill the section in
    opening: bool = False  # the form's first box: a report may answer it in its opening paragraphs, under any heading
    # False when forms of this kind ask it in varying places (the child's and family's views of a Signs of Safety
    # form): a heading speaking of it is placed wherever it stands, and it fixes no place for the other sections.
    ordered: bool = True
    header_labels: list[str] = Field(default_factory=list)  # header field labels that answer it ("Parents")

    @field_validator("role")
    @classmethod
    def _known_role(cls, value: str) -> str:
        if value not in ROLES:
            raise ValueError(f"unknown role {value!r}; use one of: {', '.join(ROLES)}")
        return value

    @field_validator("number", mode="before")
    @classmethod
    def _number_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    def wordings(self) -> list[str]:
        return [self.title, *self.headings]


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str
    description: str = ""
    cues: list[str] = Field(default_factory=list)  # form titles and phrases that only this form prints
    fallback: bool = False  # checked against when a report names no section of any form
    furniture: list[str] = Field(default_factory=list)  # other printed form text (instructions, tick boxes)
    sections: list[ProfileSection] = Field(min_length=2)
    rubric: dict[str, Any] | None = None  # read by the grade stage, passed through untouched

    @model_validator(mode="after")
    def _unique_section_ids(self) -> Profile:
        seen: set[str] = set()
        for section in self.sections:
            if section.id in seen:
                raise ValueError(f"section id {section.id!r} is used twice")
            seen.add(section.id)
        return self


def templates_dir() -> Path:
    return rules_dir() / "templates"


def load_profile_dir(folder: Path) -> list[Profile]:
    """Every `*.yaml` profile in `folder`, in file-name order; a ConfigError names the file and line of a problem."""
    if not folder.is_dir():
        raise ConfigError(f"{folder}: no such folder of template profiles")
    profiles: dict[str, Profile] = {}
    for path in sorted(folder.glob("*.yaml")):
        profile = load_yaml_model(path, Profile)
        if profile.id in profiles:
            raise ConfigError(f"{path}: profile id {profile.id!r} is already used by another file in {folder}")
        profiles[profile.id] = profile
    return list(profiles.values())


@lru_cache(maxsize=1)
def shipped_profiles() -> tuple[Profile, ...]:
    """The profiles shipped with reportcheck, loaded once per process."""
    return tuple(load_profile_dir(templates_dir()))


def load_profiles(extra_dirs: Sequence[Path] = ()) -> list[Profile]:
    """The shipped profiles plus those in `extra_dirs`; a profile with the id of an earlier one replaces it."""
    profiles = {p.id: p for p in shipped_profiles()}
    for folder in extra_dirs:
        for profile in load_profile_dir(Path(folder)):
            profiles[profile.id] = profile
    return list(profiles.values())
