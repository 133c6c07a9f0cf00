"""The `reportcheck` command line. Each command lives in its own module and is registered here."""

from __future__ import annotations

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportcheck")
def main() -> None:
    """Check reports to Initial Child Protection Conferences and pre-grade them with verifiable reasons."""

from .screen import screen_command  # noqa: E402
main.add_command(screen_command)
from .evaluate import evaluate_command  # noqa: E402
main.add_command(evaluate_command)
from .annotate import annotate_command  # noqa: E402
main.add_command(annotate_command)
from .check import check_command  # noqa: E402
main.add_command(check_command)
from .rules import rules_command  # noqa: E402
main.add_command(rules_command)
from .extract import extract  # noqa: E402
main.add_command(extract)
