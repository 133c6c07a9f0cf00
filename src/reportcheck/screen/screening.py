"""Screen a folder: find the reports, check them in parallel, and write every output in one go."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..result import Result
from .files import find_reports, relative_name
from .outputs import write_csv, write_jsonl
from .redact import redact_result
from .runner import Batch, check_files
from .summary_html import write_html
from .workbook import write_workbook

OUTPUTS = ("results.jsonl", "summary.csv", "summary.xlsx", "summary.html")


@dataclass
class Screening:
    results: list[Result]  # in sorted file order, paths relative to the screened folder, redacted if asked
    batch: Batch

    @property
    def unreadable(self) -> int:
        return sum(r.error is not None for r in self.results)


def screen(root: Path, out: Path, *, jobs: int, timeout: float, redact: bool = False, options: dict | None = None,
           on_start: Callable[[int], None] | None = None, on_done: Callable[[int], None] | None = None,
           checker=None) -> Screening:
    """Check every report under `root` and write OUTPUTS into `out` (created if needed; inputs are only read).

    `on_start(n)` is told how many files were found; `on_done(n)` as they finish (for a progress bar).
    """
    root, out = Path(root), Path(out)
    paths = find_reports(root, exclude=out)
    if on_start:
        on_start(len(paths))
    batch = check_files(paths, jobs=jobs, timeout=timeout, options=options, on_done=on_done, checker=checker)
    results = []
    for path, result in zip(paths, batch.results):
        result.source.path = relative_name(path, root)
        results.append(redact_result(result) if redact else result)
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(results, out / "results.jsonl")
    write_csv(results, out / "summary.csv")
    write_workbook(results, out / "summary.xlsx")
    write_html(results, out / "summary.html")
    return Screening(results, batch)
