"""Upload, read and print the 3×4 photo. Stored through personnel.documents (type ANH_3X4): the same S3
bucket, the same content checks (common.uploads: EXIF and GPS removed), versions kept on replacement, the
same scope check and audit entries; on top of that the photo must be a JPEG or PNG portrait of 3:4."""

from __future__ import annotations

import base64
import io
import uuid

import anyio
from minio import Minio
from PIL import Image
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.errors import FieldError, NotFound, ValidationFailed
from personnel.config import PersonnelSettings
from personnel.documents import service as documents
from personnel.documents.tables import Document, DocumentVersion
from personnel.persons.service import get_visible as visible_person
from personnel.photos import rules
from personnel.photos.schemas import PhotoPublic

PHOTO_TYPE = documents.PHOTO_TYPE


def check_photo(data: bytes) -> tuple[int, int]:
    """(width, height) of an acceptable photo, or ValidationFailed on the file field."""
    checked, _ = documents.check_content(data, max_bytes=rules.MAX_BYTES)
    if checked.content_type not in rules.PHOTO_TYPES:
        raise ValidationFailed(fields=[FieldError("file", "photo.type")])
    with Image.open(io.BytesIO(checked.data)) as img:
        width, height = img.size
    problem = rules.photo_problem(checked.content_type, width, height)
    if problem:
        raise ValidationFailed(fields=[FieldError("file", problem, width=width, height=height)])
    return width, height


async def _current(session: AsyncSession, person_id: uuid.UUID, *, for_update: bool = False) -> Document | None:
    stmt = (select(Document).where(Document.person_id == person_id, Document.document_type == PHOTO_TYPE)
            .order_by(Document.created_at.desc()).limit(1))  # type: ignore[attr-defined]
    if for_update:
        stmt = stmt.with_for_update()
    return (await session.scalars(stmt)).first()


def _public(doc: Document, v: DocumentVersion, width: int, height: int) -> PhotoPublic:
    return PhotoPublic(document_id=doc.id, version=v.version, content_type=v.content_type, width=width,
                       height=height, size=v.size, uploaded_by=v.uploaded_by, uploaded_at=v.uploaded_at)


async def upload(session: AsyncSession, s3: Minio, settings: PersonnelSettings, principal: Principal, *,
                 person_id: uuid.UUID, data: bytes, filename: str | None, audit: AuditContext) -> PhotoPublic:
    """The first photo, or a new version of the photo (the previous ones stay in the documents' history)."""
    await visible_person(session, principal, person_id)  # scope first: outside it the person does not exist
    width, height = check_photo(data)
    existing = await _current(session, person_id, for_update=True)
    if existing is None:
        doc = await documents.add(session, s3, settings, principal, person_id=person_id, document_type=PHOTO_TYPE,
                                  number=None, issued_on=None, issuer=None, summary="Ảnh 3×4", data=data,
                                  filename=filename, audit=audit, as_photo=True)
    else:
        doc = await documents.replace(session, s3, settings, principal, person_id=person_id,
                                      document_id=existing.id, data=data, filename=filename, audit=audit,
                                      as_photo=True)
    await session.flush()
    v = await session.get(DocumentVersion, (doc.id, doc.current_version))
    assert v is not None
    return _public(doc, v, width, height)


async def _bytes(s3: Minio, bucket: str, key: str) -> bytes:
    def get() -> bytes:
        response = s3.get_object(bucket, key)
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    return await anyio.to_thread.run_sync(get)


async def read(session: AsyncSession, s3: Minio, settings: PersonnelSettings, principal: Principal, *,
               person_id: uuid.UUID, audit: AuditContext) -> tuple[bytes, str]:
    person = await visible_person(session, principal, person_id)
    doc = await _current(session, person.id)
    if doc is None:
        raise NotFound("photo.none")
    v = await session.get(DocumentVersion, (doc.id, doc.current_version))
    if v is None:
        raise NotFound("photo.none")
    data = await _bytes(s3, settings.documents_bucket, v.object_key)
    await audit.record(session, action="read", resource_type="photo", resource_id=str(doc.id),
                       unit_id=person.unit_id, detail={"person_id": str(person.id), "version": v.version})
    return data, v.content_type


async def data_uri(session: AsyncSession, s3: Minio, settings: PersonnelSettings,
                   person_id: uuid.UUID) -> str | None:
    """The current photo as a data: URI for the printed forms (the caller has checked the scope and audits
    the printout), or None without a photo."""
    doc = await _current(session, person_id)
    if doc is None:
        return None
    v = await session.get(DocumentVersion, (doc.id, doc.current_version))
    if v is None:
        return None
    data = await _bytes(s3, settings.documents_bucket, v.object_key)
    return f"data:{v.content_type};base64,{base64.b64encode(data).decode('ascii')}"
