"""The person's 3×4 photo: PUT uploads it (or a new version), GET returns the current one."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, File, Request, Response, UploadFile

from common.app import SessionDep
from common.audit import Audit
from personnel.deps import Editor, Reader, settings_of
from personnel.documents.endpoints import person_in_scope, read_limited, s3_of
from personnel.photos import rules, service
from personnel.photos.schemas import PhotoPublic

router = APIRouter(prefix="/persons/{person_id}/photo", tags=["photos"])


@router.put("", dependencies=[Depends(person_in_scope)])  # scope before the body
async def upload_photo(person_id: uuid.UUID, session: SessionDep, principal: Editor, audit: Audit,
                       request: Request, file: Annotated[UploadFile, File()]) -> PhotoPublic:
    """JPEG or PNG, 3:4 portrait, at least 240×320 pixels, 5 MB at most; stored without its EXIF."""
    data = await read_limited(file, rules.MAX_BYTES)
    return await service.upload(session, s3_of(request), settings_of(request), principal, person_id=person_id,
                                data=data, filename=file.filename, audit=audit)


@router.get("", response_class=Response)
async def get_photo(person_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit,
                    request: Request) -> Response:
    data, content_type = await service.read(session, s3_of(request), settings_of(request), principal,
                                            person_id=person_id, audit=audit)
    return Response(content=data, media_type=content_type,
                    headers={"Content-Disposition": "inline", "Cache-Control": "private, no-store",
                             "X-Content-Type-Options": "nosniff"})
