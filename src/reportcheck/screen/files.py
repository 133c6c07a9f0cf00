"""Which files in a folder are reports to check."""

from __future__ import annotations

import os
from pathlib import Path

SUPPORTED = (".docx", ".docm", ".pdf", ".txt", ".md")


def find_reports(root: Path, *, exclude: Path | None = None) -> list[Path]:
    """Every supported file under `root`, recursively, sorted by relative path.

    Hidden files and folders, Word's lock files ("~$report.docx") and the `exclude` folder (the output folder when
    it sits inside `root`) are left out.
    """
    root = Path(root)
    skip = exclude.resolve() if exclude is not None else None
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and (Path(folder, d).resolve() != skip)]
        for name in files:
            if name.startswith((".", "~$")) or not name.lower().endswith(SUPPORTED):
                continue
            path = Path(folder, name)
            if path.is_file():
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def relative_name(path: Path, root: Path) -> str:
    """The path as reported in outputs: relative to the screened folder, with forward slashes."""
    return Path(path).relative_to(root).as_posix()
