"""Through the running stack behind the gateway, with real tokens of the demo accounts."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest

from common.testing.plugin import auth

NOTIFY = "/api/notify"


def _pdf() -> bytes:
    from pypdf import PdfWriter

    writer, buf = PdfWriter(), io.BytesIO()
    writer.add_blank_page(595, 842)
    writer.write(buf)
    return buf.getvalue()


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (32, 20), (21, 101, 192)).save(buf, "PNG")
    return buf.getvalue()


PDF = _pdf()  # a real one-page PDF: uploads are opened by pypdf and Pillow (common.uploads)
PNG = _png()


def docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@pytest.fixture
def as_user(token_for) -> Callable[[str], dict[str, str]]:  # type: ignore[no-untyped-def]
    return lambda username: auth(token_for(username))
