"""Scanned documents: the bytes are checked (type by magic bytes, size, SHA-256) and stored in S3 under
a key that never repeats; replacing adds a version and keeps the old object; downloads are short-lived
signed links issued after the scope check and recorded in the audit.

The object is written before the database commit: if the commit fails, an unreferenced object is left
behind (harmless, never served), whereas the other order could reference an object that does not exist."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, timedelta

import anyio
from minio import Minio
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.db import utcnow
from common.errors import FieldError, NotFound, ValidationFailed
from common.events.contracts.personnel import DocumentAdded, DocumentReplaced
from common.events.envelope import Envelope
from common.outbox import add_event
from common.storage import make_s3_signer, presigned_get, put_bytes
from common.uploads import Inspected, UploadRefused
from common.uploads import inspect as inspect_upload
from personnel.config import PersonnelSettings
from personnel.documents import schemas
from personnel.documents.content import DOCUMENT_TYPES
from personnel.documents.tables import Document, DocumentVersion
from personnel.persons.service import get_visible as visible_person

SERVICE = "personnel"
PHOTO_TYPE = "ANH_3X4"  # the 3×4 photo: uploaded through personnel.photos only


def check_content(data: bytes, *, max_bytes: int) -> tuple[Inspected, str]:
    """What to store (opened by pypdf or Pillow, images without their metadata) and its sha256, or
    ValidationFailed on the file field."""
    if not data:
        raise ValidationFailed(fields=[FieldError("file", "document.empty")])
    if len(data) > max_bytes:
        raise ValidationFailed(fields=[FieldError("file", "document.too_large", mb=max_bytes // (1024 * 1024))])
    try:
        checked = inspect_upload(data)
    except UploadRefused as exc:
        raise ValidationFailed(fields=[FieldError("file", exc.code)]) from exc
    return checked, hashlib.sha256(checked.data).hexdigest()


async def _put(s3: Minio, bucket: str, key: str, data: bytes, content_type: str, sha256: str) -> None:
    await put_bytes(s3, bucket, key, data, content_type, metadata={"sha256": sha256})


async def _store_version(session: AsyncSession, s3: Minio, settings: PersonnelSettings, principal: Principal,
                         doc: Document, version: int, data: bytes, filename: str | None) -> DocumentVersion:
    checked, sha256 = check_content(data, max_bytes=settings.document_max_bytes)
    content_type, extension, data = checked.content_type, checked.extension, checked.data
    key = f"{doc.person_id}/{doc.id}/v{version}-{sha256[:16]}.{extension}"
    await _put(s3, settings.documents_bucket, key, data, content_type, sha256)
    row = DocumentVersion(document_id=doc.id, version=version, object_key=key, content_type=content_type,
                          size=len(data), sha256=sha256, filename=(filename or "")[:300] or None,
                          uploaded_by=principal.username)
    session.add(row)
    return row


def _event_state(doc: Document, v: DocumentVersion, unit_id: str) -> dict[str, object]:
    return {"document_id": str(doc.id), "person_id": str(doc.person_id), "unit_id": unit_id,
            "document_type": doc.document_type, "number": doc.number, "issued_on": doc.issued_on,
            "version": v.version, "content_type": v.content_type, "size": v.size, "sha256": v.sha256}


async def add(session: AsyncSession, s3: Minio, settings: PersonnelSettings, principal: Principal, *,
              person_id: uuid.UUID, document_type: str, number: str | None, issued_on: date | None,
              issuer: str | None, summary: str | None, data: bytes, filename: str | None,
              audit: AuditContext, as_photo: bool = False) -> Document:
    """`as_photo`: the 3×4 photo (personnel.photos, which checks it as a photo first); the photo's type is
    refused here otherwise, so no scan bypasses those checks."""
    person = await visible_person(session, principal, person_id)
    if document_type not in DOCUMENT_TYPES:
        raise ValidationFailed(fields=[FieldError("document_type", "document.unknown_type")])
    if (document_type == PHOTO_TYPE) != as_photo:
        raise ValidationFailed(fields=[FieldError("document_type", "document.photo_type")])
    if issued_on and issued_on > clock.today():
        raise ValidationFailed(fields=[FieldError("issued_on", "document.issued_in_future")])
    doc = Document(person_id=person.id, document_type=document_type, number=number, issued_on=issued_on,
                   issuer=issuer, summary=summary, created_by=principal.username)
    session.add(doc)
    await session.flush()
    v = await _store_version(session, s3, settings, principal, doc, 1, data, filename)
    add_event(session, Envelope.of(DocumentAdded(**_event_state(doc, v, person.unit_id)), source=SERVICE,
                                   subject=str(person.id), actor=principal.subject, unit_id=person.unit_id))
    await audit.record(session, action="create", resource_type="document",
                       resource_id=str(doc.id), unit_id=person.unit_id,
                       detail={"person_id": str(person.id), "sha256": v.sha256, "size": v.size})
    return doc


async def _visible_document(session: AsyncSession, principal: Principal, person_id: uuid.UUID,
                            document_id: uuid.UUID, *, for_update: bool = False) -> tuple[Document, str]:
    person = await visible_person(session, principal, person_id)
    stmt = select(Document).where(Document.id == document_id, Document.person_id == person.id)
    if for_update:
        stmt = stmt.with_for_update()
    doc = (await session.scalars(stmt)).first()
    if doc is None:
        raise NotFound()
    return doc, person.unit_id


async def replace(session: AsyncSession, s3: Minio, settings: PersonnelSettings, principal: Principal, *,
                  person_id: uuid.UUID, document_id: uuid.UUID, data: bytes, filename: str | None,
                  audit: AuditContext, as_photo: bool = False) -> Document:
    doc, unit_id = await _visible_document(session, principal, person_id, document_id, for_update=True)
    if (doc.document_type == PHOTO_TYPE) != as_photo:
        raise ValidationFailed(fields=[FieldError("file", "document.photo_type")])
    doc.current_version += 1
    v = await _store_version(session, s3, settings, principal, doc, doc.current_version, data, filename)
    add_event(session, Envelope.of(DocumentReplaced(**_event_state(doc, v, unit_id)), source=SERVICE,
                                   subject=str(doc.person_id), actor=principal.subject, unit_id=unit_id))
    await audit.record(session, action="update", resource_type="document",
                       resource_id=str(doc.id), unit_id=unit_id,
                       detail={"person_id": str(doc.person_id), "version": v.version, "sha256": v.sha256})
    return doc


async def versions_of(session: AsyncSession, document_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[DocumentVersion]]:
    rows = (await session.scalars(select(DocumentVersion).where(DocumentVersion.document_id.in_(document_ids))  # type: ignore[attr-defined]
                                  .order_by(DocumentVersion.version))).all()  # type: ignore[arg-type]
    out: dict[uuid.UUID, list[DocumentVersion]] = {}
    for r in rows:
        out.setdefault(r.document_id, []).append(r)
    return out


async def listing(session: AsyncSession, principal: Principal, *, person_id: uuid.UUID) -> list[schemas.DocumentPublic]:
    person = await visible_person(session, principal, person_id)
    docs = (await session.scalars(select(Document).where(Document.person_id == person.id)
                                  .order_by(Document.created_at))).all()  # type: ignore[arg-type]
    vers = await versions_of(session, [d.id for d in docs])
    out = []
    for d in docs:
        public = schemas.DocumentPublic.model_validate(d, from_attributes=True)
        public.versions = [schemas.DocumentVersionPublic.model_validate(v, from_attributes=True)
                           for v in vers.get(d.id, [])]
        out.append(public)
    return out


async def download_link(session: AsyncSession, s3: Minio, settings: PersonnelSettings, principal: Principal, *,
                        person_id: uuid.UUID, document_id: uuid.UUID, version: int | None,
                        audit: AuditContext) -> schemas.DownloadLink:
    doc, unit_id = await _visible_document(session, principal, person_id, document_id)
    wanted = version or doc.current_version
    v = await session.get(DocumentVersion, (doc.id, wanted))
    if v is None:
        raise NotFound()
    lifetime = timedelta(seconds=settings.download_link_seconds)
    # Signed for the public address the browser will use (through the gateway), not the internal one.
    url = await presigned_get(make_s3_signer(settings), settings.documents_bucket, v.object_key, expires=lifetime,
                              filename=f"{doc.document_type}-{doc.id}-v{v.version}.{v.object_key.rsplit('.', 1)[-1]}")
    await audit.record(session, action="download", resource_type="document",
                       resource_id=str(doc.id), unit_id=unit_id,
                       detail={"person_id": str(doc.person_id), "version": v.version})
    return schemas.DownloadLink(url=url, expires_at=utcnow() + lifetime, version=v.version)


async def read_content(session: AsyncSession, s3: Minio, settings: PersonnelSettings, principal: Principal, *,
                       person_id: uuid.UUID, document_id: uuid.UUID, version: int | None,
                       audit: AuditContext) -> tuple[bytes, str]:
    """The bytes of a version and their (checked-at-upload) type, after the scope check: for the web
    client's preview, which may not load the S3 host (its CSP allows only its own origin)."""
    doc, unit_id = await _visible_document(session, principal, person_id, document_id)
    v = await session.get(DocumentVersion, (doc.id, version or doc.current_version))
    if v is None:
        raise NotFound()

    def _get() -> bytes:
        response = s3.get_object(settings.documents_bucket, v.object_key)
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    data = await anyio.to_thread.run_sync(_get)
    await audit.record(session, action="download", resource_type="document",
                       resource_id=str(doc.id), unit_id=unit_id,
                       detail={"person_id": str(doc.person_id), "version": v.version, "view": "preview"})
    return data, v.content_type
