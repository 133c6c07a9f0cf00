"""Results built by hand and a stand-in checker, for testing screen and evaluate without the real checker."""

from __future__ import annotations

import json
from pathlib import Path

from reportcheck.result import CRITERIA, Result

P8_AREAS = [("involvement", "Details of service involvement"), ("child_views", "Child/ren's views"),
            ("analysis", "Analysis of implications")]


def result_data(grade: str, *, agency: str = "gp", template: str = "p8", statuses: dict | None = None,
                reasons: list[str] | None = None, children: list[str] = (), family: list[tuple[str, str]] = (),
                findings: list[dict] = (), areas: dict | None = None, evidence: dict | None = None) -> dict:
    """A CONTRACT.md result as a dict: every criterion met unless `statuses` says otherwise; `evidence` gives
    criteria quotes."""
    statuses = {name: "met" for name in CRITERIA} | (statuses or {})
    return {
        "schema": "reportcheck/result/v1",
        "source": {"path": "set-by-checker", "format": "txt"},
        "template": {"id": template, "confidence": 0.9},
        "agency": agency,
        "facts": {"children": [{"name": n} for n in children],
                  "family": [{"name": n, "relation": r} for n, r in family]},
        "criteria": {name: {"status": s, "reasons": [f"{name} reason"] if s != "met" else [],
                            "evidence": [{"quote": q, "location": {}} for q in (evidence or {}).get(name, [])]}
                     for name, s in statuses.items()},
        "grade": grade,
        "grade_reasons": list(reasons or []),
        "areas": [{"id": i, "title": t, "grade": (areas or {}).get(i, grade)} for i, t in P8_AREAS],
        "findings": list(findings),
    }


def write_report(folder: Path, name: str, data: dict | str) -> Path:
    """A stand-in report: its text is the result the stand-in checker returns (or junk, for an unreadable file)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def fake_check(path, **options) -> Result:
    """Reads the result stored in the file; a file that is not such JSON is reported as corrupt."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except ValueError:
        return Result.model_validate({"source": {"path": str(path)},
                                      "error": {"code": "corrupt", "message": "the file is damaged"}})
    data["source"]["path"] = str(path)
    if options.get("agency"):
        data["agency"] = options["agency"]
    return Result.model_validate(data)
