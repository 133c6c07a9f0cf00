"""The README's accuracy table: `reportcheck evaluate` on every labelled split of corpus/, as one Markdown table.

    python benchmarks/accuracy.py [--corpus corpus] [SPLIT ...]

With split names, only those splits are evaluated (in the order given).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

CRITERIA = ("required_sections", "child_voice", "father_involvement", "analysis", "shared_with_parents")


def evaluate(folder: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "reportcheck", "evaluate", str(folder), "--format", "json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / "corpus")
    ap.add_argument("splits", nargs="*", help="split folders to evaluate (default: every labelled split)")
    args = ap.parse_args()
    names = args.splits or sorted(p.name for p in args.corpus.iterdir())
    splits = [args.corpus / n for n in names if (args.corpus / n / "labels.yaml").is_file()]
    print("| split | reports | exact grade agreement | quadratic-weighted kappa | good/inadequate swaps | "
          + " | ".join(CRITERIA) + " | template |")
    print("|---" * (6 + len(CRITERIA)) + "|")
    for split in splits:
        d = evaluate(split)
        g = d["grade"]
        kappa = "n/a" if g["kappa"] is None else f"{g['kappa']:.3f}"
        cells = [split.name, str(d["files"]), f"{g['accuracy']:.1%}", kappa, str(g["swaps"])]
        cells += [f"{d['criteria'][c]['accuracy']:.0%}" for c in CRITERIA]
        cells.append(f"{d['template']['accuracy']:.0%}")
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
