"""The scanned decision of a case, in S3 (checked from its bytes, never its name)."""

from __future__ import annotations

import hashlib
import uuid

from minio import Minio
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.db import utcnow
from common.errors import FieldError, Forbidden, NotFound, ValidationFailed
from common.scope import in_scope
from common.storage import detect, get_bytes, put_bytes
from common.uploads import UploadRefused
from common.uploads import inspect as inspect_upload
from transfer.cases import repository
from transfer.cases.tables import TransferCase
from transfer.config import TransferSettings


async def attach(session: AsyncSession, s3: Minio, settings: TransferSettings, principal: Principal, *,
                 case_id: uuid.UUID, data: bytes, filename: str | None, audit: AuditContext) -> TransferCase:
    case = await repository.get(session, principal, case_id, for_update=True)
    if case is None:
        raise NotFound("case_not_found")
    if not (await in_scope(session, principal, case.from_unit_id or case.created_unit_id)
            or await in_scope(session, principal, case.to_unit_id)):
        raise Forbidden("not_the_sender")
    if not data or len(data) > settings.decision_max_bytes:
        raise ValidationFailed(fields=[FieldError("file", "document_too_large")])
    try:
        checked = inspect_upload(data)  # opened by pypdf or Pillow; an image loses its metadata
    except UploadRefused as exc:
        raise ValidationFailed(fields=[FieldError("file", exc.code)]) from exc
    data, kind = checked.data, (checked.content_type, checked.extension)
    sha256 = hashlib.sha256(data).hexdigest()
    key = f"{case.id}/decision-{sha256[:16]}.{kind[1]}"
    await put_bytes(s3, settings.documents_bucket, key, data, kind[0], metadata={"sha256": sha256})
    case.decision_document_key, case.decision_document_sha256 = key, sha256
    case.decision_document_name = (filename or f"quyet-dinh.{kind[1]}")[:255]
    case.updated_at, case.row_version = utcnow(), case.row_version + 1
    await audit.record(session, action="attach", resource_type="transfer_case", resource_id=str(case.id),
                       unit_id=case.from_unit_id or case.to_unit_id, detail={"sha256": sha256, "size": len(data)})
    return case


async def read(session: AsyncSession, s3: Minio, settings: TransferSettings, principal: Principal, *,
               case_id: uuid.UUID, audit: AuditContext) -> tuple[bytes, str, str]:
    case = await repository.get(session, principal, case_id)
    if case is None or not case.decision_document_key:
        raise NotFound("case_not_found")
    data = await get_bytes(s3, settings.documents_bucket, case.decision_document_key)
    kind = detect(data[:16]) or ("application/octet-stream", "bin")
    await audit.record(session, action="download", resource_type="transfer_case", resource_id=str(case.id),
                       unit_id=case.from_unit_id or case.to_unit_id)
    return data, kind[0], case.decision_document_name or "quyet-dinh"
