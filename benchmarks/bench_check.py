"""The whole check against BENCHMARKS.md's floor: median per report, imports and warm-up excluded.

    python benchmarks/bench_check.py [--corpus corpus] [--splits train test ...] [--repeat 5]

Prints: the floor (spacy.blank("en") + sentencizer) and the whole check (check_text) on the text of every corpus
report, time per stage, a report ten times as long (linearity), Word and PDF reading against checking (and Word
reading with python-docx, the reader BENCHMARKS.md's 25% target was set against), and the cold start of
`reportcheck check` on one file (as run here, and with compiled bytecode as an installed package has it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
import spacy

from reportcheck.check import check_document, check_text
from reportcheck.errors import ReportError
from reportcheck.parse import read_document

SUFFIXES = {".docx", ".pdf", ".txt", ".md"}
# Only the named, already seen splits: splits being written as unseen test sets must never be read.
SPLITS = ("train", "test", "external", "blind", "fresh", "fresh2", "fresh3", "fresh4")


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def python_docx_text(path: Path) -> str:
    """What reading a Word file costs with python-docx: body paragraphs and every table cell."""
    doc = docx.Document(str(path))
    cells = (cell.text for table in doc.tables for row in table.rows for cell in row.cells)
    return "\n".join([*(p.text for p in doc.paragraphs), *cells])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / "corpus")
    ap.add_argument("--splits", nargs="+", default=list(SPLITS), help="corpus splits to read (default: the seen ones)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    files = sorted(p for split in args.splits for p in (args.corpus / split).glob("*") if p.suffix in SUFFIXES)
    docs = {}
    for path in files:
        try:
            docs[path] = read_document(path)
        except ReportError:
            continue
    texts = [d.text() for d in docs.values()]
    words = statistics.median(len(t.split()) for t in texts)

    floor_nlp = spacy.blank("en")
    floor_nlp.add_pipe("sentencizer")
    for t in texts[:3]:  # warm-up
        floor_nlp(t)
        check_text(t)
    floor = statistics.median(median_ms(lambda t=t: floor_nlp(t), args.repeat) for t in texts)
    whole = statistics.median(median_ms(lambda t=t: check_text(t), args.repeat) for t in texts)
    stages: dict[str, list[float]] = {}
    for t in texts:
        timings: dict[str, float] = {}
        check_text(t, timings=timings)
        for name, seconds in timings.items():
            stages.setdefault(name, []).append(seconds * 1000)

    print(f"{len(texts)} corpus reports, median {words:.0f} words; median per report, {args.repeat} runs each\n")
    print("| what | median per report | times the floor |\n|---|---|---|")
    print(f"| floor: spacy.blank('en') + sentencizer | {floor:.1f} ms | 1.0x |")
    print(f"| reportcheck: whole check (check_text) | {whole:.1f} ms | {whole / floor:.1f}x |")
    for name, values in stages.items():
        print(f"| - stage {name} | {statistics.median(values):.2f} ms | |")

    longest = max(texts, key=len)
    long_text = "\n\n".join([longest] * 10)
    one = median_ms(lambda: check_text(longest), args.repeat)
    ten = median_ms(lambda: check_text(long_text), max(2, args.repeat // 2))
    print(f"\nLinearity: {len(longest.split())} words {one:.1f} ms; ten times as long {ten:.1f} ms "
          f"({ten / one:.1f}x the time for 10x the text)")

    for fmt in ("docx", "pdf"):
        paths = [p for p in docs if p.suffix == f".{fmt}"]
        if not paths:
            continue
        read = statistics.median(median_ms(lambda p=p: read_document(p), args.repeat) for p in paths)
        check = statistics.median(median_ms(lambda p=p: check_document(docs[p]), args.repeat) for p in paths)
        print(f"{fmt}: {len(paths)} files, reading {read:.1f} ms, checking {check:.1f} ms "
              f"(checking adds {check / read * 100:.0f}% to reading)")
        if fmt == "docx":
            plain = statistics.median(median_ms(lambda p=p: python_docx_text(p), args.repeat) for p in paths)
            print(f"docx: reading the same files' text with python-docx {plain:.1f} ms "
                  f"(checking adds {check / plain * 100:.0f}% to that)")

    sample = next(iter(p for p in docs if p.suffix == ".docx"), files[0])
    print(f"cold start of `reportcheck check` on one Word file: {cold_start(sample, os.environ):.2f} s (best of 5)")
    with tempfile.TemporaryDirectory() as cache:
        # An installed package has its modules compiled (pip does it); a source tree run with
        # PYTHONDONTWRITEBYTECODE=1 compiles reportcheck's own modules again on every start.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache  # compiled files go here, not into the tree
        cold_start(sample, env, repeat=1)  # compiles
        print(f"cold start with compiled bytecode, as installed: {cold_start(sample, env):.2f} s (best of 5)")


def cold_start(sample: Path, env, repeat: int = 5) -> float:
    """The best wall time of `reportcheck check SAMPLE --format json` in a new process."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "reportcheck", "check", str(sample), "--format", "json"],
                       capture_output=True, check=False, env=env)
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    main()
