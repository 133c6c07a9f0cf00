"""`reportcheck screen DIR`: check a folder of reports and write the summary outputs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..screen import OUTPUTS, screen
from ..screen.runner import CheckerUnavailable
from ..screen.tables import AGENCY_NAMES, GRADE_ORDER, overall

UNREADABLE_EXIT = 3  # as `check`: at least one input could not be read


class _Progress:
    """A progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self):
        self.bar = None

    def start(self, total: int) -> None:
        if sys.stderr.isatty() and total:
            self.bar = click.progressbar(length=total, label="Checking reports", file=sys.stderr)
            self.bar.__enter__()

    def advance(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@click.command("screen")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=True, file_okay=False, path_type=Path),
              default=Path("reportcheck-out"), show_default=True, help="Folder for the outputs.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Reports checked at once. [default: the number of processor cores]")
@click.option("--redact", is_flag=True, help="Replace children's and family members' names with their roles.")
@click.option("--template", help="Check every report against this template instead of detecting it.")
@click.option("--agency", type=click.Choice(list(AGENCY_NAMES)), metavar="ID",
              help="The agency of every report (an id such as gp, police, school_primary).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds allowed for one file before it is reported as timed out.")
def screen_command(directory: Path, out: Path, jobs: int | None, redact: bool, template: str | None,
                   agency: str | None, timeout: float) -> None:
    """Check every report in DIRECTORY (and its subfolders) and write results.jsonl, summary.csv, summary.xlsx
    and summary.html. Inputs are only read; one bad file never stops the batch."""
    options = {key: value for key, value in (("template", template), ("agency", agency)) if value}
    progress = _Progress()
    try:
        screening = screen(directory, out, jobs=jobs or os.cpu_count() or 1, timeout=timeout, redact=redact,
                           options=options, on_start=progress.start, on_done=progress.advance)
    except CheckerUnavailable as exc:
        raise click.ClickException(f"reportcheck could not start: {exc}") from None
    finally:
        progress.close()
    counts = overall(screening.results)
    grades = ", ".join(f"{counts.counts[g]} {g}" for g in GRADE_ORDER)
    click.echo(f"Checked {len(screening.results)} files: {grades}, {screening.unreadable} could not be read.")
    click.echo(f"Wrote {', '.join(OUTPUTS)} to {out}")
    if screening.unreadable:
        sys.exit(UNREADABLE_EXIT)
