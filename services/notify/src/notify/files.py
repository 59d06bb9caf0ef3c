"""Files of news, announcements and messages, in S3: what a file is comes from its bytes, never its name.

Allowed: PDF, JPEG, PNG, opened by the maintained parsers of common.uploads exactly like the record's
scanned documents (a PDF with scripts, launch actions or embedded files, an encrypted or broken one, an
image that does not decode are refused; an image is stored without its metadata), and the Office Open XML
documents a unit sends every day (DOCX, XLSX), recognised from the parts inside the ZIP, without macros.
A cover is an image only."""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime

from minio import Minio
from sqlalchemy import DateTime, Index, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow
from common.errors import FieldError, ValidationFailed
from common.storage import detect, get_bytes, put_bytes
from common.uploads import UploadRefused
from common.uploads import inspect as inspect_upload

DOCX = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")
XLSX = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")
IMAGES = {"image/jpeg", "image/png"}
MAX_UNZIPPED = 200 * 1024 * 1024  # an Office file inflating beyond this is a zip bomb


class Attachment(SQLModel, table=True):
    """A file attached to an article, an announcement or a message (owner_type, owner_id)."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    owner_type: str = Field(max_length=20)  # news | announcement | message
    owner_id: uuid.UUID
    name: str = Field(max_length=255)
    content_type: str = Field(max_length=100)
    size: int
    sha256: str = Field(max_length=64)
    key: str = Field(max_length=300)
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


@dataclass(frozen=True)
class Checked:
    data: bytes
    content_type: str
    extension: str
    sha256: str


def kind_of(data: bytes) -> tuple[str, str] | None:
    """(content type, extension) of an allowed file, or None."""
    found = detect(data[:16])
    if found is not None:
        return found
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unzipped = sum(i.file_size for i in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        return None
    if "[Content_Types].xml" not in names or unzipped > MAX_UNZIPPED:
        return None
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        return None  # macros
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return None


def check(data: bytes, *, max_bytes: int, images_only: bool = False, field: str = "file") -> Checked:
    """The file's kind and hash, or ValidationFailed (empty, too large, not an allowed type)."""
    if not data:
        raise ValidationFailed(fields=[FieldError(field, "file.empty")])
    if len(data) > max_bytes:
        raise ValidationFailed(fields=[FieldError(field, "file.too_large", mb=max_bytes // (1024 * 1024))])
    kind = kind_of(data)
    if kind is None or (images_only and kind[0] not in IMAGES):
        raise ValidationFailed(fields=[FieldError(field, "file.image_type" if images_only else "file.type")])
    if detect(data[:16]) is not None:  # PDF, JPEG, PNG: opened by pypdf or Pillow, as the record's scans
        try:
            inspected = inspect_upload(data)
        except UploadRefused as exc:
            raise ValidationFailed(fields=[FieldError(field, exc.code)]) from exc
        data, kind = inspected.data, (inspected.content_type, inspected.extension)
    return Checked(data, kind[0], kind[1], hashlib.sha256(data).hexdigest())


def clean_name(filename: str | None, checked: Checked) -> str:
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip() or f"tep-dinh-kem.{checked.extension}"
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return f"{stem[:200]}.{checked.extension}"  # the extension the bytes say, not the one the name claims


async def store(session: AsyncSession, s3: Minio, bucket: str, *, owner_type: str, owner_id: uuid.UUID,
                checked: Checked, filename: str | None, created_by: str) -> Attachment:
    attachment = Attachment(owner_type=owner_type, owner_id=owner_id, name=clean_name(filename, checked),
                            content_type=checked.content_type, size=len(checked.data), sha256=checked.sha256,
                            key="", created_by=created_by)
    attachment.key = f"{owner_type}/{owner_id}/{attachment.id}.{checked.extension}"
    await put_bytes(s3, bucket, attachment.key, checked.data, checked.content_type,
                    metadata={"sha256": checked.sha256})
    session.add(attachment)
    await session.flush()
    return attachment


async def of(session: AsyncSession, owner_type: str,
             owner_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Attachment]]:
    if not owner_ids:
        return {}
    rows = (await session.scalars(select(Attachment).where(
        Attachment.owner_type == owner_type, Attachment.owner_id.in_(owner_ids))  # type: ignore[attr-defined]
        .order_by(Attachment.created_at))).all()
    out: dict[uuid.UUID, list[Attachment]] = {}
    for row in rows:
        out.setdefault(row.owner_id, []).append(row)
    return out


async def one(session: AsyncSession, owner_type: str, owner_id: uuid.UUID,
              attachment_id: uuid.UUID) -> Attachment | None:
    return (await session.scalars(select(Attachment).where(
        Attachment.id == attachment_id, Attachment.owner_type == owner_type, Attachment.owner_id == owner_id))).first()


async def read(s3: Minio, bucket: str, attachment: Attachment) -> bytes:
    return await get_bytes(s3, bucket, attachment.key)
