"""`reportcheck check FILE...`: check reports and print the pre-grade with its reasons (CONTRACT.md).

Exit codes: 0 checked (whatever the grade); 1 a grade below --fail-under; 2 usage error; 3 at least one input could
not be read (its error is reported and the other inputs are still checked).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path

import click

from .. import check as pipeline
from ..config import Config, load_config, read_config
from ..errors import INTERNAL, ConfigError, ReportError
from ..parse import Limits
from ..parse.limits import time_limit
from ..result import GRADES, Result, error_result
from ..structure.agency import AGENCIES

BELOW_FAIL_UNDER = 1
UNREADABLE = 3


def _print_schema(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from ..render.json_schema import schema_text

        click.echo(schema_text(), nl=False)
        ctx.exit(0)


@click.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True,
              help="text for reading, json for scripts (CONTRACT.md), html for a page to open in a browser.")
@click.option("--template", metavar="ID", help="Check against this template profile instead of detecting it.")
@click.option("--agency", type=click.Choice(AGENCIES), metavar="ID",
              help="The author's agency (an id such as gp, police, school_primary) instead of detecting it.")
@click.option("--conference-date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="The date of the conference, when the report does not give it.")
@click.option("--fail-under", type=click.Choice(["good", "adequate"]),
              help="Exit with code 1 when any report's grade is below this.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Use this reportcheck.toml (or pyproject.toml) instead of the nearest one to each report.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the output to this file instead of the screen.")
@click.option("--print-schema", is_flag=True, expose_value=False, is_eager=True, callback=_print_schema,
              help="Print the JSON Schema of the json output and exit.")
def check_command(files: tuple[Path, ...], fmt: str, template: str | None, agency: str | None,
                  conference_date: datetime | None, fail_under: str | None, config_path: Path | None,
                  out: Path | None) -> None:
    """Check each report FILE (Word, PDF, text or Markdown) and give its pre-grade with the reasons, the quoted
    evidence and what to fix. Reports are only read, never changed."""
    configs = [_config(config_path, f) for f in files]
    if template is not None:
        for config in configs:
            known = [p.id for p in _profiles(config)]
            if template not in known:
                raise click.BadParameter(f"unknown template {template!r}; known templates: {', '.join(known)}",
                                         param_hint="'--template'")
    options = {"template": template, "agency": agency,
               "conference_date": conference_date.date() if conference_date else None}
    results = [_check(path, config, options) for path, config in zip(files, configs)]

    if fmt == "json":
        data = [r.to_dict() for r in results]
        output = json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n"
    elif fmt == "html":  # each renderer is imported only for its own format
        from ..render.html import render_html

        output = render_html(results)
    else:
        from ..render.text import render_text

        output = render_text(results, color=out is None and _colour_wanted())
    if out is None:
        click.echo(output, nl=False)
    else:
        out.write_text(output, encoding="utf-8")

    if any(r.error is not None for r in results):
        sys.exit(UNREADABLE)
    if fail_under and any(r.grade is None or GRADES.index(r.grade) < GRADES.index(fail_under) for r in results):
        sys.exit(BELOW_FAIL_UNDER)


def _config(config_path: Path | None, report: Path) -> Config:
    try:
        return read_config(config_path) if config_path else load_config(report.parent)
    except ConfigError as exc:
        raise click.UsageError(f"the configuration is not valid:\n{exc}") from None


def _profiles(config: Config) -> list:
    try:
        return config.profiles()
    except ConfigError as exc:
        raise click.UsageError(f"the configuration is not valid:\n{exc}") from None


def _check(path: Path, config: Config, options: dict) -> Result:
    """One report's result, within the configured time limit; never raises for a bad input."""
    seconds = (config.limits or Limits()).seconds
    try:
        with time_limit(seconds):
            return pipeline.run(path, config=config, **options)[0]
    except ReportError as exc:
        return error_result(path, exc.code, exc.message)
    except ConfigError as exc:  # a partnership's profile or rubric: the same for every report, so stop
        raise click.UsageError(f"the configuration is not valid:\n{exc}") from None
    except Exception as exc:  # one report that breaks a check must not stop the others
        return error_result(path, INTERNAL, f"reportcheck could not finish checking this file "
                                           f"({exc.__class__.__name__}); please report the problem")


def _colour_wanted() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ
