"""`reportcheck annotate REPORT.docx`: a copy of a Word report with the feedback as comments where it applies.

Exit codes as `check`: 0 written (whatever the grade); 2 a request that cannot be carried out as asked (not a Word
file, an output that exists without --force); 3 the report could not be read.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from ..config import Config, load_config, read_config
from ..errors import CORRUPT, ConfigError, ReportError
from ..parse import Limits
from ..parse.limits import time_limit
from ..structure.agency import AGENCIES

NOT_WORD_SUFFIXES = (".pdf", ".txt", ".md", ".text", ".markdown")


class Refused(click.ClickException):
    """A request reportcheck will not carry out as asked (exit 2, as any usage error)."""

    exit_code = 2


class Unreadable(click.ClickException):
    """The report could not be read (exit 3, as `check`)."""

    exit_code = 3


def default_output(report: Path) -> Path:
    """REPORT.docx -> REPORT.reviewed.docx, beside it."""
    return report.with_name(f"{report.stem}.reviewed.docx")


def _not_word(report: Path) -> Refused:
    page = report.with_suffix(".html")
    return Refused(f"comments cannot be written into {report.name}: it is not a Word document. For the same "
                   f"feedback as a page to open in a browser, run: reportcheck check \"{report}\" --format html "
                   f"--out \"{page}\"")


def _unreadable(report: Path, code: str, message: str) -> Unreadable:
    return Unreadable(f"{report.name} could not be read ({code}): {message}")


@click.command("annotate")
@click.argument("report", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the annotated copy. [default: REPORT.reviewed.docx beside the report]")
@click.option("--force", is_flag=True, help="Replace the output file if it already exists.")
@click.option("--template", metavar="ID", help="Check against this template profile instead of detecting it.")
@click.option("--agency", type=click.Choice(AGENCIES), metavar="ID",
              help="The author's agency (an id such as gp, police, school_primary) instead of detecting it.")
@click.option("--conference-date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="The date of the conference, when the report does not give it.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Use this reportcheck.toml (or pyproject.toml) instead of the nearest one to the report.")
def annotate_command(report: Path, output: Path | None, force: bool, template: str | None, agency: str | None,
                     conference_date: datetime | None, config_path: Path | None) -> None:
    """Write a copy of the Word report REPORT with reportcheck's feedback as Word comments: a summary at the
    start with the pre-grade and what to fix first, then each point where it applies. REPORT itself is only
    read."""
    from ..check import run
    from ..render.docx_comments import annotate_docx

    if report.suffix.lower() in NOT_WORD_SUFFIXES:
        raise _not_word(report)
    output = output or default_output(report)
    if output.resolve() == report.resolve():
        raise Refused("the annotated copy cannot replace the report itself; choose another file with -o")
    if output.exists() and not force:
        raise Refused(f"{output} already exists; add --force to replace it, or choose another file with -o")
    config = _config(config_path, report)
    if template is not None and template not in (known := [p.id for p in config.profiles()]):
        raise click.BadParameter(f"unknown template {template!r}; known templates: {', '.join(known)}",
                                 param_hint="'--template'")
    try:
        with time_limit((config.limits or Limits()).seconds):
            result, structure = run(report, template=template, agency=agency, config=config,
                                    conference_date=conference_date.date() if conference_date else None)
    except ReportError as exc:
        raise _unreadable(report, exc.code, exc.message) from None
    except Exception as exc:  # as `check`: a check that breaks ends in a message, never a stack trace
        raise _unreadable(report, CORRUPT, f"reportcheck could not finish checking this file "
                                           f"({exc.__class__.__name__}); please report the problem") from None
    if result.error is not None:
        raise _unreadable(report, result.error.code, result.error.message)
    if result.source.format != "docx" or structure is None:
        raise _not_word(report)
    try:
        written = annotate_docx(report, output, result, structure, limits=config.limits)
    except ReportError as exc:
        raise _unreadable(report, exc.code, exc.message) from None
    except OSError as exc:
        raise click.ClickException(f"could not write {output}: {exc.strerror or 'the file could not be saved'}") \
            from None
    click.echo(f"Pre-grade: {result.grade}. Wrote {written} comment{'s' if written != 1 else ''} to {output}")


def _config(config_path: Path | None, report: Path) -> Config:
    try:
        return read_config(config_path) if config_path else load_config(report.parent)
    except ConfigError as exc:
        raise Refused(f"the configuration is not valid:\n{exc}") from None
