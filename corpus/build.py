"""Render the labelled corpus from its sources in corpus/src/<split>/<ID>.yaml.

Each source holds one fictional report (header fields, sections with heading, the form's guidance prompt and the
author's answer) and its auditor labels. This script writes the report in its layout to corpus/<split>/, writes
corpus/<split>/labels.yaml, and refreshes the file table in corpus/README.md. The grade in each source is checked
against the default rubric so a label can never contradict its own criteria.

Usage: python corpus/build.py [--force]
Only reports whose source is newer than the built file are rendered again (LibreOffice stamps each PDF with the
time it was made, so untouched reports stay untouched in git); --force renders all. Word files are byte-for-byte
reproducible. PDFs need LibreOffice (soffice); without it the committed PDFs are kept.
"""
from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent
SPLITS = ("train", "test", "external", "blind", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
          "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
          "fresh16", "fresh17", "fresh18", "fresh19", "fresh20")
CRITERIA = ("required_sections", "child_voice", "father_involvement", "analysis", "shared_with_parents")
STATUSES = {"met", "partial", "not_met", "not_applicable"}
TEMPLATES = {"p8", "signs-of-safety", "assessment-framework", "none"}
LAYOUTS = {"docx-heading": "docx", "docx-bold": "docx", "docx-form": "docx", "pdf": "pdf", "txt": "txt", "md": "md"}
AGENCIES = {
    "social_worker", "police", "gp", "school_primary", "school_secondary", "school_nurse", "health_visitor",
    "maternity", "family_nurse", "community_paediatrician", "housing", "probation", "yot", "nursery", "early_help",
    "adult_mental_health", "camhs", "substance_misuse", "other",
}
TABLE_START = "<!-- corpus-table:start -->"
TABLE_END = "<!-- corpus-table:end -->"


def rubric_grade(criteria: dict[str, str]) -> str:
    """The default rubric of DOMAIN.md; not_applicable counts as met."""
    status = {k: ("met" if v == "not_applicable" else v) for k, v in criteria.items()}
    not_met = sum(v == "not_met" for v in status.values())
    partial = sum(v == "partial" for v in status.values())
    if status["analysis"] == "not_met" or status["required_sections"] == "not_met" or not_met >= 2:
        return "inadequate"
    if not_met == 0 and partial <= 1 and status["child_voice"] == "met" and status["analysis"] == "met":
        return "good"
    return "adequate"


def validate(src: dict, path: Path) -> None:
    problems = []
    if src.get("layout") not in LAYOUTS:
        problems.append(f"unknown layout {src.get('layout')!r}")
    if src.get("template") not in TEMPLATES:
        problems.append(f"unknown template {src.get('template')!r}")
    if src.get("agency") not in AGENCIES:
        problems.append(f"unknown agency {src.get('agency')!r}")
    labels = src.get("labels") or {}
    if set(labels) != set(CRITERIA) or not set(labels.values()) <= STATUSES:
        problems.append("labels must give each of the five criteria one status")
    elif src.get("grade") != rubric_grade(labels):
        problems.append(f"grade {src.get('grade')!r} does not follow the rubric ({rubric_grade(labels)})")
    if problems:
        sys.exit(f"{path}: " + "; ".join(problems))


def paragraphs(text: str | None) -> list[str]:
    """Blank-line separated paragraphs; single newlines inside a paragraph are kept as line breaks."""
    return [p.strip() for p in (text or "").split("\n\n") if p.strip()]


def word_count(src: dict) -> int:
    parts = [src.get("intro"), src.get("end")] + [s.get("c") for s in src.get("sections", [])]
    return sum(len((p or "").split()) for p in parts)


# ---------------------------------------------------------------- plain text and Markdown

def render_txt(src: dict) -> str:
    out = [src["title"], ""]
    out += [f"{k}: {v}" for k, v in (src.get("fields") or {}).items()]
    out += [""] + paragraphs(src.get("intro"))
    for s in src.get("sections", []):
        if s.get("h"):
            out += ["", s["h"]]
        if s.get("p"):
            out.append(s["p"])
        out += [p + "\n" for p in paragraphs(s.get("c"))] or [""]
    out += paragraphs(src.get("end"))
    return "\n".join(line.rstrip() for line in "\n".join(out).split("\n")).strip() + "\n"


def render_md(src: dict) -> str:
    out = [f"# {src['title']}", ""]
    out += [f"- **{k}:** {v}" for k, v in (src.get("fields") or {}).items()]
    out += [""] + [p + "\n" for p in paragraphs(src.get("intro"))]
    for s in src.get("sections", []):
        if s.get("h"):
            out += [f"## {s['h']}", ""]
        if s.get("p"):
            out += [f"*{s['p']}*", ""]
        out += [p.replace("\n", "  \n") + "\n" for p in paragraphs(s.get("c"))]
    out += [p.replace("\n", "  \n") + "\n" for p in paragraphs(src.get("end"))]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- Word

def add_text(container, text: str, bold: bool = False, italic: bool = False, size: float | None = None):
    """One paragraph; single newlines become line breaks as a practitioner's Shift+Enter would."""
    para = container.add_paragraph()
    for i, line in enumerate(text.split("\n")):
        run = para.add_run(line)
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
        if i < len(text.split("\n")) - 1:
            run.add_break()
    return para


def header_table(doc, fields: dict) -> None:
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for key, value in fields.items():
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(str(key)).bold = True
        right.paragraphs[0].add_run(str(value))
    doc.add_paragraph()


def render_docx(src: dict, layout: str, target: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    if src.get("page_header"):
        head = section.header.paragraphs[0]
        head.text = "OFFICIAL - SENSITIVE"
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if src.get("footer"):
        section.footer.paragraphs[0].text = src["footer"]

    if layout == "docx-heading":
        doc.add_heading(src["title"], level=1)
    else:
        add_text(doc, src["title"], bold=True, size=14)
    fields = src.get("fields") or {}
    if fields and (layout == "docx-form" or src.get("header_table")):
        header_table(doc, fields)
    else:
        for key, value in fields.items():
            para = doc.add_paragraph()
            para.add_run(f"{key}: ").bold = True
            para.add_run(str(value))
    for p in paragraphs(src.get("intro")):
        add_text(doc, p)

    if layout == "docx-form":
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for s in src.get("sections", []):
            left, right = table.add_row().cells
            left.paragraphs[0].add_run(s.get("h") or "").bold = True
            if s.get("p"):
                add_text(left, s["p"], italic=True, size=9)
            answer = paragraphs(s.get("c"))
            if answer:
                right.paragraphs[0].add_run(answer[0])
                for p in answer[1:]:
                    add_text(right, p)
    else:
        for s in src.get("sections", []):
            if s.get("h"):
                if layout == "docx-heading":
                    doc.add_heading(s["h"], level=2)
                else:
                    add_text(doc, s["h"], bold=True)
            if s.get("p"):
                add_text(doc, s["p"], italic=True)
            for p in paragraphs(s.get("c")):
                add_text(doc, p)
    for p in paragraphs(src.get("end")):
        add_text(doc, p)
    buffer = io.BytesIO()
    doc.save(buffer)
    target.write_bytes(_without_times(buffer.getvalue()))


def _without_times(docx: bytes) -> bytes:
    """The same Word package with every zip entry dated 1980-01-01, so the same source gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0)), src.read(item),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def render_pdf(src: dict, target: Path) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        if target.exists():
            print(f"LibreOffice (soffice) not found: keeping {target.name} as committed", file=sys.stderr)
            return
        sys.exit(f"LibreOffice (soffice) is needed to build {target.name}")
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / f"{target.stem}.docx"
        render_docx(src, src.get("pdf_from", "docx-heading"), docx_path)
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, str(docx_path)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.copyfile(Path(tmp) / f"{target.stem}.pdf", target)


# ---------------------------------------------------------------- the corpus

def build_split(split: str, force: bool) -> list[dict]:
    out_dir = ROOT / split
    out_dir.mkdir(exist_ok=True)
    rows = []
    for path in sorted((ROOT / "src" / split).glob("*.yaml")):
        src = yaml.safe_load(path.read_text(encoding="utf-8"))
        validate(src, path)
        layout = src["layout"]
        target = out_dir / f"{path.stem}.{LAYOUTS[layout]}"
        stale = force or not target.exists() or target.stat().st_mtime < path.stat().st_mtime
        if layout == "txt":
            target.write_text(render_txt(src), encoding="utf-8")
        elif layout == "md":
            target.write_text(render_md(src), encoding="utf-8")
        elif not stale:
            pass
        elif layout == "pdf":
            render_pdf(src, target)
        else:
            render_docx(src, layout, target)
        rows.append({
            "file": target.name, "agency": src["agency"], "template": src["template"], "grade": src["grade"],
            "criteria": {c: src["labels"][c] for c in CRITERIA}, "layout": layout, "words": word_count(src),
            "notes": " ".join(str(src.get("notes", "")).split()),
        })
    labels = [{k: r[k] for k in ("file", "agency", "template", "grade", "criteria", "layout", "notes")} for r in rows]
    (out_dir / "labels.yaml").write_text(
        "# Auditor labels for the reports in this folder; written by corpus/build.py from corpus/src/.\n"
        + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=120),
        encoding="utf-8",
    )
    return rows


def readme_table(results: dict[str, list[dict]]) -> str:
    lines = ["| split | file | agency | template | layout | words | grade |", "|---|---|---|---|---|---|---|"]
    for split, rows in results.items():
        lines += [f"| {split} | {r['file']} | {r['agency']} | {r['template']} | {r['layout']} | {r['words']} | "
                  f"{r['grade']} |" for r in rows]
    for split, rows in results.items():
        counts = {g: sum(r["grade"] == g for r in rows) for g in ("good", "adequate", "inadequate")}
        lines.append("")
        lines.append(f"{split}: {len(rows)} reports; " + ", ".join(f"{n} {g}" for g, n in counts.items()) + ".")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="render every report, not only those whose source changed")
    args = parser.parse_args()
    results = {split: build_split(split, force=args.force) for split in SPLITS if (ROOT / "src" / split).is_dir()}
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if TABLE_START in text and TABLE_END in text:
        head, rest = text.split(TABLE_START, 1)
        tail = rest.split(TABLE_END, 1)[1]
        readme.write_text(f"{head}{TABLE_START}\n{readme_table(results)}\n{TABLE_END}{tail}", encoding="utf-8")
    for split, rows in results.items():
        print(f"{split}: {len(rows)} reports written to {ROOT / split}")


if __name__ == "__main__":
    main()
