"""What an uploaded scan really is, opened by maintained parsers (pypdf, Pillow), never judged by its
first bytes alone: a file that starts like a PDF but does not parse, a PDF that carries JavaScript,
actions that run on opening, or embedded files, and an image that does not decode are refused; an image
is stored without its metadata (EXIF, with the GPS position of the phone that took it).

One function for every service that stores uploads (personnel's documents, transfer's decisions,
notify's attachments): `inspect(data)` gives what to store, or raises UploadRefused with a message code
of common.errors.COMMON."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import DictionaryObject, IndirectObject

from common.storage import detect

# A scanned A3 page at 600 dpi is about 70 million pixels; beyond this a "picture" is a decompression bomb.
MAX_IMAGE_PIXELS = 80_000_000
# Keys whose presence anywhere in a PDF's object tree means content that runs or hides files.
ACTIVE_KEYS = frozenset({"/JavaScript", "/JS", "/EmbeddedFiles", "/EmbeddedFile", "/Launch", "/RichMedia",
                         "/XFA"})
MAX_PDF_OBJECTS = 200_000  # a scan of a few hundred pages has far fewer


class UploadRefused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Inspected:
    content_type: str
    extension: str
    data: bytes  # what to store: the upload itself, or an image re-written without its metadata


def inspect(data: bytes) -> Inspected:
    kind = detect(data[:16])
    if kind is None:
        raise UploadRefused("upload.file_type")
    content_type, extension = kind
    if content_type == "application/pdf":
        _check_pdf(data)
        return Inspected(content_type, extension, data)
    return Inspected(content_type, extension, _clean_image(data, "JPEG" if extension == "jpg" else "PNG"))


def _check_pdf(data: bytes) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise UploadRefused("upload.pdf_encrypted")
            if len(reader.pages) == 0:
                raise UploadRefused("upload.pdf_broken")
            if _has_active_content(reader.trailer["/Root"]):
                raise UploadRefused("upload.pdf_active_content")
    except UploadRefused:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OSError) as exc:
        raise UploadRefused("upload.pdf_broken") from exc


def _has_active_content(root: object) -> bool:
    """Walks every object reachable from the catalog once, looking for ACTIVE_KEYS (and /AA, /OpenAction
    that name an action of JavaScript or Launch, which ACTIVE_KEYS finds inside them)."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            ref = (obj.idnum, obj.generation)
            if ref in seen:
                continue
            seen.add(ref)
            if len(seen) > MAX_PDF_OBJECTS:
                raise UploadRefused("upload.pdf_broken")
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            if ACTIVE_KEYS.intersection(obj.keys()) or obj.get("/S") in ("/JavaScript", "/Launch"):
                return True
            stack.extend(obj.values())
        elif isinstance(obj, list):
            stack.extend(obj)
    return False


def _clean_image(data: bytes, fmt: str) -> bytes:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.width * probe.height > MAX_IMAGE_PIXELS:
                    raise UploadRefused("upload.image_too_large")
                probe.verify()  # the structure and checksums
            with Image.open(io.BytesIO(data)) as img:
                img.load()  # every pixel decodes
                upright = ImageOps.exif_transpose(img)  # shown as taken, before the orientation tag goes
                out = io.BytesIO()
                if fmt == "JPEG":
                    rgb = upright if upright.mode in ("RGB", "L", "CMYK") else upright.convert("RGB")
                    if rgb is img:  # no rotation, no conversion: keep the original quantisation, no loss
                        rgb.save(out, "JPEG", quality="keep", exif=b"")
                    else:
                        rgb.save(out, "JPEG", quality=92, exif=b"")
                else:
                    upright.save(out, "PNG", optimize=False)  # no text chunks, no eXIf
                return out.getvalue()
    except UploadRefused:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:
        raise UploadRefused("upload.image_broken") from exc
