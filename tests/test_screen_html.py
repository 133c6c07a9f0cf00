"""summary.html: self-contained, with the figures in its text, and rendered by a real browser."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from html import unescape
from pathlib import Path

import pytest

from reportcheck.screen import screen
from test_screen_fixtures import fake_check, result_data, write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("in")
    for i in range(3):
        write_report(root, f"police{i}.txt", result_data("good", agency="police"))
    write_report(root, "school.txt", result_data(
        "inadequate", agency="school_secondary", statuses={"analysis": "not_met"},
        reasons=["analysis is not_met: the report describes events but does not say what they mean for the child"],
        areas={"analysis": "inadequate"}))
    write_report(root, "gp.txt", result_data(
        "adequate", statuses={"shared_with_parents": "partial"}, reasons=["shared_with_parents is partial"]))
    write_report(root, "scan.pdf", "not readable by the stand-in")
    out = tmp_path_factory.mktemp("out")
    screen(root, out, jobs=2, timeout=20, checker=fake_check)
    return out / "summary.html"


def test_page_is_self_contained_and_carries_the_tables(page):
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and not re.search(r"""(src|href)=["']?(https?:|//)""", html)
    assert html.count("<svg") == 2
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    assert "Good: 3 (60.0%), adequate: 1 (20.0%), inadequate: 1 (20.0%)." in text
    assert re.search(r"Police\s+3\s+100.0%\s+0\s+0.0%\s+0\s+0.0%\s+3", text)
    assert re.search(r"Total\s+3\s+60.0%\s+1\s+20.0%\s+1\s+20.0%\s+5", text)
    attention = text[text.index("need attention first"):text.index("Files that could not be read")]
    assert attention.index("school.txt") < attention.index("gp.txt")
    assert "Not shared with parents" in attention and "does not say what they mean" in attention
    assert "police0.txt" not in attention
    assert re.search(r"scan.pdf\s+corrupt\s+the file is damaged", text)


def _png_size_and_shades(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the decoded image data of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, width, height, idat = 8, 0, 0, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def _chromium(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp}"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package 'chromium')")
def test_chromium_renders_the_page(page, tmp_path):
    shot = tmp_path / "page.png"
    _chromium(f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri(), tmp=tmp_path / "profile1")
    width, height, shades = _png_size_and_shades(shot.read_bytes())
    assert (width, height) == (1200, 1600)
    assert shades > 30, "the screenshot is blank"
    dom = _chromium("--dump-dom", page.as_uri(), tmp=tmp_path / "profile2").stdout
    text = unescape(re.sub(r"<[^>]+>", " ", dom))
    assert re.search(r"Secondary school\s+0\s+0.0%\s+0\s+0.0%\s+1\s+100.0%\s+1", text)
    assert "Reports that need attention first" in text and "school.txt" in text
