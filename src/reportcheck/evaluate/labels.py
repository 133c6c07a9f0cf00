"""labels.yaml: the auditor's grade and criterion statuses for each report in a labelled folder (CONTRACT.md)."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, RootModel

from ..errors import ConfigError
from ..result import Grade, Status
from ..yamlload import load_yaml_model

LABELS_FILE = "labels.yaml"


class Criteria(BaseModel):
    model_config = ConfigDict(extra="forbid")
    required_sections: Status
    child_voice: Status
    father_involvement: Status
    analysis: Status
    shared_with_parents: Status


class Label(BaseModel):
    model_config = ConfigDict(extra="allow")  # corpus notes (layout, why) are allowed beside the labels
    file: str
    agency: str | None = None
    template: str | None = None
    grade: Grade
    criteria: Criteria

    def status(self, criterion: str) -> str:
        return getattr(self.criteria, criterion)


class Labels(RootModel[list[Label]]):
    pass


def load_labels(folder: Path) -> list[Label]:
    """The labels of `folder`, validated; ConfigError names the file and line of any bad or missing entry."""
    path = Path(folder) / LABELS_FILE
    if not path.is_file():
        raise ConfigError(f"{path}: not found; a labelled folder needs a {LABELS_FILE} beside the reports")
    labels = load_yaml_model(path, Labels).root
    lines = [item.start_mark.line + 1 for item in yaml.compose(path.read_text(encoding="utf-8")).value]
    problems, seen = [], set()
    for label, line in zip(labels, lines):
        if label.file in seen:
            problems.append(f"{path}, line {line}: {label.file} is labelled twice")
        seen.add(label.file)
        if not (Path(folder) / label.file).is_file():
            problems.append(f"{path}, line {line}: {label.file} is not in the folder")
    if not labels:
        problems.append(f"{path}: no labelled reports")
    if problems:
        raise ConfigError("\n".join(problems))
    return labels
