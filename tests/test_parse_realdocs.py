"""Documents written elsewhere (../shared/realdocs): each yields text or one specific error, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportcheck.errors import CODES, ReportError
from reportcheck.parse import read_document

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"
FILES = sorted(p for p in REALDOCS.glob("*/*") if p.suffix in (".docx", ".pdf"))
# What a user must be told for the documents that cannot be read; every other one must yield text.
EXPECTED = {
    "005-libreoffice-writer-password_libreoffice-writer-password.pdf": "encrypted",
    "007-imagemagick-images_imagemagick-ASCII85Decode.pdf": "no_text_layer",
    "007-imagemagick-images_imagemagick-CCITTFaxDecode.pdf": "no_text_layer",
    "007-imagemagick-images_imagemagick-images.pdf": "no_text_layer",
    "007-imagemagick-images_imagemagick-lzw.pdf": "no_text_layer",
    "019-grayscale-image_grayscale-image.pdf": "no_text_layer",
    "023-cmyk-image_cmyk-image.pdf": "corrupt",  # its page tree cannot be followed
    "empty.docx": "empty",
    "external-picture.docx": "empty",
    "footnote-hyperlink.docx": "empty",  # its only words are in a footnote, which never counts as content
    "tiny-picture-target-base-relative.docx": "empty",
    "tiny-picture.docx": "empty",
}


@pytest.mark.skipif(not FILES, reason="the shared real-world documents are not present")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_real_document_yields_text_or_a_specific_error(path):
    try:
        document = read_document(path)
    except ReportError as exc:
        assert exc.code in CODES and exc.message
        assert exc.code == EXPECTED.get(path.name), exc.message
        return
    assert path.name not in EXPECTED
    assert any(block.text.strip() for block in document.blocks)
    assert [b.location.paragraph for b in document.blocks] == list(range(1, len(document.blocks) + 1))
