"""Check one report end to end: parse -> structure -> annotate -> criteria -> grade.

The heavy pieces (the spaCy pipeline, rule packs, profiles) load once per process and are reused by every call.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from .config import Config, default_config, load_config
from .document import Document
from .errors import ReportError
from .parse import Limits, document_from_text, read_document
from .result import CRITERIA, Result, SourceInfo, TemplateInfo, error_result
from .structure import analyse
from .structure.model import Structure


@contextmanager
def _stage(timings: dict[str, float] | None, name: str):
    start = time.perf_counter()
    yield
    if timings is not None:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


def check_document(document: Document, *, template: str | None = None, agency: str | None = None,
                   conference_date: date | None = None, config: Config | None = None,
                   timings: dict[str, float] | None = None) -> tuple[Result, Structure]:
    """Check a parsed document; returns the result and the structure it was judged on.

    `timings`, when given, receives the seconds spent in each stage (for the benchmarks).
    """
    from .annotate import annotate
    from .criteria import evaluate_all
    from .grade import grade_result

    config = config or default_config()
    with _stage(timings, "structure"):
        structure = analyse(document, profiles=config.profiles(), template=template, agency=agency)
        if conference_date is not None:
            structure.facts.conference_date = conference_date
    with _stage(timings, "annotate"):
        annotated = annotate(structure)
    with _stage(timings, "criteria"):
        criteria, findings = evaluate_all(annotated, config=config)
    result = Result(
        source=SourceInfo(path=document.source.path, format=document.source.format, pages=document.source.pages,
                          sha256=document.source.sha256),
        template=TemplateInfo(id=structure.template.id, confidence=round(structure.template.confidence, 2),
                              checked_against=structure.template.checked_against),
        agency=structure.agency,
        facts=structure.facts,
        sections=[s.info(document) for s in structure.sections],
        criteria={name: criteria[name] for name in CRITERIA},
        findings=findings,
    )
    with _stage(timings, "grade"):
        grade_result(result, structure, config=config)
    return result, structure


def run(path: str | Path, *, template: str | None = None, agency: str | None = None,
        conference_date: date | None = None, config: Config | None = None,
        limits: Limits | None = None) -> tuple[Result, Structure | None]:
    """Check the file at `path`. Never raises for a bad input: the result carries the error instead."""
    path = Path(path)
    config = config or load_config(path.parent)
    try:
        document = read_document(path, limits=limits or config.limits)
    except ReportError as exc:
        return error_result(path, exc.code, exc.message), None
    return check_document(document, template=template, agency=agency, conference_date=conference_date,
                          config=config)


def check_file(path: str | Path, **options) -> Result:
    """The result of checking the report at `path` (see `run` for the options)."""
    return run(path, **options)[0]


def check_text(text: str, *, name: str = "<text>", fmt: str = "txt", timings: dict[str, float] | None = None,
               **options) -> Result:
    """The result of checking a report given as a string (plain text or Markdown)."""
    with _stage(timings, "parse"):
        document = document_from_text(text, name=name, fmt=fmt)
    return check_document(document, timings=timings, **options)[0]

