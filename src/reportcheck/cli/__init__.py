"""The `reportcheck` command line. Each command lives in its own module, imported only when it runs, so that
`reportcheck check` does not pay for the workbook or Word-writing libraries other commands use."""

from __future__ import annotations

import importlib

import click

# command name -> (module in this package, attribute)
COMMANDS = {
    "check": ("check", "check_command"),
    "screen": ("screen", "screen_command"),
    "evaluate": ("evaluate", "evaluate_command"),
    "annotate": ("annotate", "annotate_command"),
    "extract": ("extract", "extract"),
    "rules": ("rules", "rules_command"),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name]
        return getattr(importlib.import_module(f".{module}", __name__), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reportcheck", prog_name="reportcheck")
def main() -> None:
    """Check reports to Initial Child Protection Conferences and pre-grade them with verifiable reasons."""
