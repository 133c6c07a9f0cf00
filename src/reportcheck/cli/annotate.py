"""`reportcheck annotate REPORT.docx`: a copy of a Word report with the feedback as comments where it applies."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from ..errors import ConfigError
from ..screen.tables import AGENCY_NAMES

NOT_WORD_SUFFIXES = (".pdf", ".txt", ".md", ".text", ".markdown")


class Refused(click.ClickException):
    """A request reportcheck will not carry out as asked (exit 2, as for any usage error)."""

    exit_code = 2


class Unreadable(click.ClickException):
    """The report could not be read (exit 3, as `check`)."""

    exit_code = 3


def default_output(report: Path) -> Path:
    """REPORT.docx -> REPORT.reviewed.docx, beside it."""
    return report.with_name(f"{report.stem}.reviewed.docx")


def _not_word(report: Path) -> Refused:
    return Refused(f"{report.name} is not a Word document, so comments cannot be written into it. "
                   f"For feedback you can read in a browser, run: reportcheck check \"{report}\" --format html "
                   f"> report.html")


@click.command("annotate")
@click.argument("report", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the annotated copy. [default: REPORT.reviewed.docx beside the report]")
@click.option("--force", is_flag=True, help="Replace the output file if it already exists.")
@click.option("--template", help="Check the report against this template instead of detecting it.")
@click.option("--agency", type=click.Choice(list(AGENCY_NAMES)), metavar="ID",
              help="The agency that wrote the report (an id such as gp, police, school_primary).")
@click.option("--conference-date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="The date of the conference, when the report does not give it.")
def annotate_command(report: Path, output: Path | None, force: bool, template: str | None, agency: str | None,
                     conference_date: datetime | None) -> None:
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
    try:
        result, structure = run(report, template=template, agency=agency,
                                conference_date=conference_date.date() if conference_date else None)
    except ConfigError as exc:
        raise Refused(str(exc)) from None
    if result.error is not None:
        raise Unreadable(f"{report.name} could not be read ({result.error.code}): {result.error.message}")
    if result.source.format != "docx" or structure is None:
        raise _not_word(report)
    try:
        written = annotate_docx(report, output, result, structure)
    except OSError as exc:
        raise click.ClickException(f"could not write {output}: {exc.strerror or 'write failed'}") from None
    click.echo(f"Pre-grade: {result.grade}. Wrote {written} comment{'s' if written != 1 else ''} to {output}")
