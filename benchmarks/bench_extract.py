"""Reading time per report and per page, for each format: median over files, imports and warm-up excluded.

    python benchmarks/bench_extract.py [--corpus corpus] [--realdocs ../shared/realdocs] [--repeat 3]

Generated reports of about 1,000 words in each format (Word, PDF, text, Markdown), the corpus reports, and the
shared real-world documents. For PDFs it also shows how the time splits between pdfplumber (opening the file and
extracting positioned words) and the rest (layout, furniture, headings, tables).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import textwrap
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import pdfplumber  # noqa: E402

from builders import make_docx, make_pdf  # noqa: E402
from reportcheck.errors import ReportError  # noqa: E402
from reportcheck.parse import read_document  # noqa: E402

SECTIONS = ["1. Details of service involvement", "2. Child's health and development",
            "3. Capacity of the parents/carers to safeguard and promote the child's welfare",
            "4. Family and environmental factors", "5. Analysis of implications for the child's future safety",
            "6. Parent/carer views", "7. Child/ren's views", "8. Need identified and service provision"]
SENTENCE = ("Ruby attends school every day and her teacher says she is settled, although she was tired on "
            "Monday and said that mummy had been crying; I spoke with her father on 3 May about the plan. ")


def generated(folder: Path) -> list[Path]:
    """One report of about 1,000 words in each format."""
    paragraphs = [(title, SENTENCE * 4) for title in SECTIONS]  # 8 sections x ~125 words
    docx = make_docx(folder / "generated.docx", [block for title, body in paragraphs
                                                 for block in (("heading1", title), ("para", body))],
                     header="OFFICIAL - SENSITIVE", footer="Page 1")
    lines: list = []
    for title, body in paragraphs:
        lines += [("bold", title, 12), *textwrap.wrap(body, 95), ""]
    pages = [lines[i:i + 48] for i in range(0, len(lines), 48)]
    pdf = make_pdf(folder / "generated.pdf", pages, header="OFFICIAL - SENSITIVE", footer="Page {page}")
    text = "\n\n".join(f"{title}\n{body}" for title, body in paragraphs)
    txt = folder / "generated.txt"
    txt.write_text(text, encoding="utf-8")
    md = folder / "generated.md"
    md.write_text("\n\n".join(f"## {title}\n\n{body}" for title, body in paragraphs), encoding="utf-8")
    return [docx, pdf, txt, md]


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def pdfplumber_share(path: Path, repeat: int) -> float:
    def words():
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words(extra_attrs=["size", "fontname"])
    return timed(words, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--realdocs", type=Path, default=ROOT.parent / "shared" / "realdocs")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        groups = {"generated": generated(Path(tmp)),
                  "corpus": sorted(p for p in args.corpus.glob("*/*") if p.suffix in (".docx", ".pdf", ".txt", ".md")),
                  "realdocs": sorted(p for p in args.realdocs.glob("*/*") if p.suffix in (".docx", ".pdf"))}
        read_document(groups["generated"][0])  # warm-up: imports of python-docx and pdfplumber
        read_document(groups["generated"][1])
        print(f"{'files':<10} {'format':<6} {'n':>3} {'ms/report':>10} {'ms/page':>8} {'words':>6}  pdfplumber share")
        for group, paths in groups.items():
            rows: dict[str, list[tuple[float, int | None, int, float | None]]] = defaultdict(list)
            for path in paths:
                try:
                    document = read_document(path)
                except ReportError:
                    continue
                repeat = 1 if (document.source.pages or 0) > 20 else args.repeat  # a 117-page book takes a while
                seconds = timed(lambda: read_document(path), repeat)
                share = pdfplumber_share(path, repeat) / seconds if document.source.format == "pdf" else None
                words = sum(len(b.text.split()) for b in document.blocks)
                rows[document.source.format].append((seconds, document.source.pages, words, share))
            for fmt, found in sorted(rows.items()):
                per_report = statistics.median(s for s, _, _, _ in found) * 1000
                paged = [s / p for s, p, _, _ in found if p]
                per_page = f"{statistics.median(paged) * 1000:8.1f}" if paged else f"{'-':>8}"
                shares = [share for *_, share in found if share is not None]
                share = f"{statistics.median(shares):.0%}" if shares else ""
                words = statistics.median(w for _, _, w, _ in found)
                print(f"{group:<10} {fmt:<6} {len(found):>3} {per_report:10.1f} {per_page} {words:6.0f}  {share}")


if __name__ == "__main__":
    main()
