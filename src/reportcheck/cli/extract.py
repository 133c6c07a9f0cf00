"""`reportcheck extract FILE...`: the blocks a report was read into, so a user can see why a heading was or was
not recognised, with page furniture and notes shown apart."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..document import Block, Document
from ..errors import ReportError
from ..parse import read_document

UNREADABLE_EXIT = 3  # as `check`: at least one input could not be read


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="One line per block, or the document model as JSON.")
def extract(files: tuple[Path, ...], fmt: str) -> None:
    """Show how each FILE was read: every block with its kind, level, location, style and text."""
    failed = False
    documents: list[dict] = []
    for path in files:
        try:
            document = read_document(path)
        except ReportError as exc:
            failed = True
            click.echo(f"{path}: error {exc.code}: {exc.message}", err=True)
            documents.append({"source": {"path": str(path)}, "error": {"code": exc.code, "message": exc.message}})
            continue
        if fmt == "json":
            documents.append(document.model_dump(mode="json"))
        else:
            click.echo(describe(document))
    if fmt == "json":
        json.dump(documents[0] if len(documents) == 1 else documents, sys.stdout, ensure_ascii=False, indent=2)
        click.echo()
    sys.exit(UNREADABLE_EXIT if failed else 0)


def describe(document: Document) -> str:
    source = document.source
    pages = f", {source.pages} page{'' if source.pages == 1 else 's'}" if source.pages else ""
    out = [f"== {source.path} ({source.format}{pages}, {len(document.blocks)} blocks)"]
    out += [_line(f"p{i}", block) for i, block in enumerate(document.blocks, start=1)]
    if document.furniture:
        out.append("-- page headers and footers (never counted as content)")
        out += [_line(f"f{i}", block) for i, block in enumerate(document.furniture, start=1)]
    if document.notes:
        out.append("-- footnotes, endnotes and comments (never counted as content)")
        out += [_line(f"n{i}", block) for i, block in enumerate(document.notes, start=1)]
    return "\n".join(out)


def _line(number: str, block: Block) -> str:
    where = block.location
    parts = [number]
    if where.page is not None:
        parts.append(f"page {where.page}")
    if where.table is not None:
        parts.append(f"table {where.table} r{where.row} c{where.column}")
    kind = block.kind.value
    parts.append(f"{kind}({block.level})" if block.level is not None else kind)
    if block.role:
        parts.append(f"{block.role} of p{block.pair + 1}" if block.pair is not None else block.role)
    if block.bold:
        parts.append("bold")
    if block.font_size:
        parts.append(f"{block.font_size:g}pt")
    if block.style:
        parts.append(f"[{block.style}]")
    if block.numbering:
        parts.append(f"number {block.numbering!r}")
    parts.append(json.dumps(block.text, ensure_ascii=False))
    return "  ".join(parts)
