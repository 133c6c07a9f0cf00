"""Documents written elsewhere (../shared/realdocs): each yields text or one specific error, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportcheck.errors import CODES, ReportError
from reportcheck.parse import read_document

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"
FILES = sorted(p for p in REALDOCS.glob("*/*") if p.suffix in (".docx", ".pdf"))


@pytest.mark.skipif(not FILES, reason="the shared real-world documents are not present")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_real_document_yields_text_or_a_specific_error(path):
    try:
        document = read_document(path)
    except ReportError as exc:
        assert exc.code in CODES and exc.message
        if "password" in path.name:
            assert exc.code == "encrypted"
        return
    assert "password" not in path.name
    assert any(block.text.strip() for block in document.blocks)
    assert [b.location.paragraph for b in document.blocks] == list(range(1, len(document.blocks) + 1))
