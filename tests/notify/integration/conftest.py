"""Through the running stack behind the gateway, with real tokens of the demo accounts."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest

from common.testing.plugin import auth

NOTIFY = "/api/notify"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@pytest.fixture
def as_user(token_for) -> Callable[[str], dict[str, str]]:  # type: ignore[no-untyped-def]
    return lambda username: auth(token_for(username))
