"""Throughput of `reportcheck screen` on Word reports with 1 and 2 jobs, and peak memory per worker.

    python benchmarks/bench_screen.py [--reports 200] [--source corpus]

The batch is the corpus's Word reports (train and test), copied under new names until there are --reports files;
with fewer than 5 Word reports in the corpus it generates ~1,000-word p8 reports with python-docx instead. Each run
is a whole screen as a user sees it: worker start-up (loading the checker), checking, and writing every output;
"warm reports/s" leaves out the start-up (the rate between the first and the last file to finish).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from reportcheck.screen import screen

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("Details of service involvement", "Child's health and development",
            "Capacity of the parents/carers to safeguard and promote the child's welfare",
            "Family and environmental factors",
            "Analysis of implications for the child's future safety, health and development",
            "Parent/carer views", "Child/ren's views", "Need identified and service provision")
PARAGRAPH = ("I have known the family since March 2024 when Ruby started in Year 2. Her attendance this term is 86% "
             "and she has arrived late on eleven occasions, often without breakfast. On 3 October Ruby told her "
             "teacher \"I don't like it when Dad shouts at Mum\". Mother has engaged with the school and attended "
             "both review meetings; father has not responded to three letters. In my view the late arrivals and "
             "hunger show that Ruby's basic needs are not consistently met, and the shouting she describes is "
             "likely to leave her anxious and unable to settle. The school will continue daily check-ins. ")


def generated_report(path: Path, number: int) -> None:
    from docx import Document

    document = Document()
    document.add_heading(f"Report to Initial Child Protection Conference (benchmark {number})", level=0)
    document.add_paragraph("Author: A. Teacher, Designated Safeguarding Lead, Oak Primary School. Date: 13/11/2025")
    for i, title in enumerate(SECTIONS, start=1):
        document.add_heading(f"{i}. {title}", level=1)
        document.add_paragraph(PARAGRAPH * 2)
    document.add_paragraph("This report was shared with Ms Hall and Mr Pike at a meeting on 14/11/2025.")
    document.save(path)


def build_batch(folder: Path, count: int, source: Path) -> str:
    corpus = sorted(p for split in ("train", "test") for p in (source / split).glob("*.docx"))
    if len(corpus) >= 5:
        for i in range(count):
            shutil.copyfile(corpus[i % len(corpus)], folder / f"{i:04}_{corpus[i % len(corpus)].name}")
        return f"{len(corpus)} corpus Word reports, copied to {count} files"
    for i in range(count):
        generated_report(folder / f"{i:04}.docx", i)
    return f"{count} generated ~1,000-word Word reports"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--source", type=Path, default=ROOT / "corpus")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        batch_dir = Path(tmp, "in")
        batch_dir.mkdir()
        print(f"Batch: {build_batch(batch_dir, args.reports, args.source)}")
        print(f"{'jobs':>4} | {'reports':>7} | {'seconds':>7} | {'reports/s':>9} | {'warm reports/s':>14} | "
              f"{'unreadable':>10} | peak RSS per worker")
        print("-" * 96)
        for jobs in args.jobs:
            finished: list[float] = []
            started = time.perf_counter()
            result = screen(batch_dir, Path(tmp, f"out{jobs}"), jobs=jobs, timeout=120,
                            on_done=lambda n: finished.append(time.perf_counter()))
            seconds = time.perf_counter() - started
            warm = (len(finished) - 1) / (finished[-1] - finished[0])  # workers loaded: start-up excluded
            peaks = ", ".join(f"{kb / 1024:.0f} MB" for kb in sorted(result.batch.peak_rss_kb.values()))
            print(f"{jobs:>4} | {len(result.results):>7} | {seconds:>7.2f} | {len(result.results) / seconds:>9.1f} | "
                  f"{warm:>14.1f} | {result.unreadable:>10} | {peaks}")


if __name__ == "__main__":
    main()
