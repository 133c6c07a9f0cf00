"""Run the checker over a labelled folder and measure its agreement with the auditor's labels.

The checker runs with default options: the labels (template, agency) are never passed to it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..result import CRITERIA, GRADES, Result
from ..screen.runner import check_files
from .labels import Label, load_labels
from .metrics import confusion, quadratic_kappa

SCHEMA = "reportcheck/evaluation/v1"
STATUSES = ("not_met", "partial", "met")  # worst first; not_applicable counts as met


def _merged(status: str | None) -> str | None:
    return "met" if status == "not_applicable" else status


def evaluate(folder: Path, *, jobs: int, timeout: float, checker=None,
             on_done: Callable[[int], None] | None = None) -> dict:
    """Check every labelled report in `folder` and compare; raises ConfigError for a bad labels.yaml."""
    labels = load_labels(folder)
    batch = check_files([Path(folder) / label.file for label in labels], jobs=jobs, timeout=timeout,
                        checker=checker, on_done=on_done)
    return compare(labels, batch.results)


def _accuracy(correct: int, total: int) -> dict:
    return {"correct": correct, "total": total, "accuracy": round(correct / total, 4) if total else None}


def compare(labels: list[Label], results: list[Result]) -> dict:
    """The evaluation as JSON-ready data: grade agreement, kappa, confusions, accuracies and every disagreement."""
    readable = [(label, result) for label, result in zip(labels, results) if result.error is None]
    grade_pairs = [(label.grade, result.grade) for label, result in readable]
    grade_matrix = confusion(grade_pairs, GRADES)
    kappa = quadratic_kappa(grade_matrix)
    criteria = {}
    for name in CRITERIA:
        pairs = [(_merged(label.status(name)), _merged(result.criteria[name].status))
                 for label, result in readable if name in result.criteria]
        criteria[name] = {**_accuracy(sum(a == b for a, b in pairs), len(labels)),
                          "confusion": {"classes": list(STATUSES), "matrix": confusion(pairs, STATUSES)}}
    templates = [(label.template, result.template.id if result.template else None)
                 for label, result in zip(labels, results) if label.template is not None]
    agencies = [(label.agency, result.agency) for label, result in zip(labels, results) if label.agency is not None]
    return {
        "schema": SCHEMA,
        "files": len(labels),
        "grade": {**_accuracy(sum(a == b for a, b in grade_pairs), len(labels)),
                  "kappa": None if kappa is None else round(kappa, 4), "kappa_over": len(readable),
                  "confusion": {"classes": list(GRADES), "matrix": grade_matrix},
                  "swaps": grade_matrix[0][2] + grade_matrix[2][0]},
        "criteria": criteria,
        "template": _accuracy(sum(a == b for a, b in templates), len(templates)),
        "agency": _accuracy(sum(a == b for a, b in agencies), len(agencies)),
        "wrong": [w for w in (_disagreements(label, result) for label, result in readable) if w],
        "unreadable": [{"file": label.file, "code": result.error.code, "message": result.error.message}
                       for label, result in zip(labels, results) if result.error is not None],
    }


EVIDENCE_SHOWN = 2  # quotes per wrong criterion: enough to see what the checker relied on


def _disagreements(label: Label, result: Result) -> dict | None:
    """What the checker got wrong on one readable report, with the reasons it gave and the evidence it relied on
    (a criterion found met has no reasons: its evidence is what an auditor needs to see why)."""
    wrong: dict = {}
    if label.grade != result.grade:
        wrong["grade"] = {"expected": label.grade, "got": result.grade, "reasons": result.grade_reasons}
    criteria = []
    for name in CRITERIA:
        got = result.criteria.get(name)
        if got is None or _merged(got.status) != _merged(label.status(name)):
            criteria.append({"criterion": name, "expected": label.status(name), "got": got and got.status,
                             "reasons": got.reasons if got else [],
                             "evidence": [e.quote for e in got.evidence[:EVIDENCE_SHOWN]] if got else []})
    if criteria:
        wrong["criteria"] = criteria
    template = result.template.id if result.template else None
    if label.template is not None and label.template != template:
        wrong["template"] = {"expected": label.template, "got": template}
    if label.agency is not None and label.agency != result.agency:
        wrong["agency"] = {"expected": label.agency, "got": result.agency}
    return {"file": label.file, **wrong} if wrong else None
