"""Uploaded scans are opened by pypdf and Pillow: what does not parse, PDFs that run code or hide files,
and images that do not decode are refused; images are kept without their location metadata."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from common import uploads
from common.testing.files import jpeg_with_location, pdf
from common.uploads import UploadRefused, inspect


def refused(data: bytes) -> str:
    with pytest.raises(UploadRefused) as exc:
        inspect(data)
    return exc.value.code


def test_a_plain_pdf_is_kept_as_it_is():
    data = pdf()
    got = inspect(data)
    assert (got.content_type, got.extension, got.data) == ("application/pdf", "pdf", data)


def test_a_file_that_only_starts_like_a_pdf_is_refused():
    assert refused(b"%PDF-1.7\n" + b"\x00garbage" * 100) == "upload.pdf_broken"


def test_a_pdf_with_javascript_or_an_embedded_file_is_refused():
    assert refused(pdf(js=True)) == "upload.pdf_active_content"
    assert refused(pdf(attachment=True)) == "upload.pdf_active_content"


def test_an_image_loses_its_location_metadata_and_still_decodes():
    original = jpeg_with_location()
    assert Image.open(io.BytesIO(original)).getexif().get(0x8825)
    got = inspect(original)
    assert got.content_type == "image/jpeg"
    cleaned = Image.open(io.BytesIO(got.data))
    assert not cleaned.getexif() and cleaned.size == (64, 48)


def test_an_image_that_does_not_decode_is_refused():
    good = io.BytesIO()
    Image.new("RGB", (32, 32)).save(good, "PNG")
    assert refused(good.getvalue()[:40] + b"\x00" * 60) == "upload.image_broken"
    assert refused(b"\xff\xd8\xff\xe0" + b"not a jpeg" * 20) == "upload.image_broken"


def test_an_image_of_too_many_pixels_is_refused(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_IMAGE_PIXELS", 1000)
    big = io.BytesIO()
    Image.new("L", (100, 100)).save(big, "PNG")
    assert refused(big.getvalue()) == "upload.image_too_large"


def test_anything_else_is_refused_by_its_content():
    assert refused(b"PK\x03\x04 a zip named scan.pdf") == "upload.file_type"
