"""Uploads for tests, made by the libraries that read them: a plain PDF, one that runs JavaScript, and
pictures carrying the metadata that must not be kept."""

from __future__ import annotations

import io

from PIL import Image, PngImagePlugin
from pypdf import PdfWriter
from pypdf.actions import JavaScript


def pdf(*, js: bool = False, attachment: bool = False) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if js:
        writer.add_open_action(JavaScript("app.alert('x');"))
    if attachment:
        writer.add_attachment("payload.exe", b"MZ...")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def jpeg_with_location(size: tuple[int, int] = (64, 48)) -> bytes:
    """A photo as a phone takes it: EXIF with the maker and the GPS position (of Tuyên Quang)."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (21.0, 49.0, 0.0)}
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def png_with_text(size: tuple[int, int] = (40, 30)) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "chụp tại Tuyên Quang")
    out = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(out, "PNG", pnginfo=info)
    return out.getvalue()
