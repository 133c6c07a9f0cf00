"""`reportcheck evaluate DIR`: agreement of the checker with the auditor's labels in DIR/labels.yaml."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from ..errors import ConfigError
from ..evaluate import evaluate, render_text
from ..screen.runner import CheckerUnavailable


@click.command("evaluate")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Reports checked at once. [default: the number of processor cores]")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds allowed for one file before it is counted as unreadable.")
def evaluate_command(directory: Path, fmt: str, jobs: int | None, timeout: float) -> None:
    """Check every report labelled in DIRECTORY/labels.yaml and report how far reportcheck agrees with the
    labels. Exits 0 whenever the evaluation ran, whatever the agreement."""
    try:
        report = evaluate(directory, jobs=jobs or os.cpu_count() or 1, timeout=timeout)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    except CheckerUnavailable as exc:
        raise click.ClickException(f"reportcheck could not start: {exc}") from None
    if fmt == "json":
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report, str(directory)))
