"""`reportcheck rules list` and `reportcheck rules explain RULE_ID`: what each rule checks and why, from the packs."""

from __future__ import annotations

import difflib
import textwrap

import click

from ..rulepack import RuleSpec, registry


@click.group("rules")
def rules_command() -> None:
    """The rules behind the findings: list them, or explain one."""


@rules_command.command("list")
def list_command() -> None:
    """Every rule: id, level, the criterion it informs (or "secondary") and title."""
    specs = sorted(registry().rules.values(), key=lambda r: r.id)
    rows = [(r.id, r.level, r.criterion or "secondary", r.title) for r in specs]
    widths = [max(len(row[n]) for row in rows) for n in range(3)] if rows else [0, 0, 0]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths)) + "  " + row[3])


@rules_command.command("explain")
@click.argument("rule_id")
def explain_command(rule_id: str) -> None:
    """Why RULE_ID exists, what triggers it, and an example before and after."""
    rules = registry().rules
    spec = rules.get(rule_id.strip().upper())
    if spec is None:
        close = difflib.get_close_matches(rule_id.strip().upper(), list(rules), n=3, cutoff=0.5)
        hint = f" Did you mean {', '.join(close)}?" if close else " See `reportcheck rules list`."
        raise click.BadParameter(f"there is no rule {rule_id!r}.{hint}", param_hint="RULE_ID")
    click.echo(explanation(spec))


def explanation(spec: RuleSpec) -> str:
    """The plain-text explanation of one rule."""
    def para(label: str, text: str) -> str:
        return f"{label}:\n" + textwrap.fill(" ".join(text.split()), width=88, initial_indent="  ",
                                             subsequent_indent="  ")

    return "\n\n".join([
        f"{spec.id}: {spec.title}",
        f"Level: {spec.level}\nCriterion: {spec.criterion or 'none (a secondary check)'}",
        para("Why it matters", spec.why),
        para("What triggers it", spec.triggers),
        para("Before", spec.example.before),
        para("After", spec.example.after),
    ])
