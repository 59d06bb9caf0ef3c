"""Routes of scanned documents. Files come as multipart uploads through the service, so the content can
be checked before anything is stored (the gateway limits the body to 25 MB)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, Response, UploadFile
from minio import Minio

from common.app import SessionDep
from common.audit import Audit
from personnel.deps import Editor, Reader, settings_of
from personnel.documents import schemas, service
from personnel.persons.service import get_visible as visible_person

router = APIRouter(prefix="/persons/{person_id}/documents", tags=["documents"])


async def read_limited(upload: UploadFile, limit: int) -> bytes:
    """At most limit+1 bytes: enough to refuse an oversized file without reading all of it."""
    chunks, size = [], 0
    while size <= limit:
        chunk = await upload.read(min(1024 * 1024, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


async def person_in_scope(person_id: uuid.UUID, session: SessionDep, principal: Editor) -> None:
    """Scope before the body: FastAPI checks the form only after the route's dependencies, so an account
    outside the person's scope gets the same 404 whatever (valid or not) it uploads."""
    await visible_person(session, principal, person_id)


def s3_of(request: Request) -> Minio:
    client: Minio = request.app.state.s3
    return client


def _public(doc: object) -> schemas.DocumentPublic:
    return schemas.DocumentPublic.model_validate(doc, from_attributes=True)


@router.get("")
async def list_documents(person_id: uuid.UUID, session: SessionDep, principal: Reader) -> list[schemas.DocumentPublic]:
    return await service.listing(session, principal, person_id=person_id)


@router.post("", status_code=201, dependencies=[Depends(person_in_scope)])
async def add_document(person_id: uuid.UUID, session: SessionDep, principal: Editor, audit: Audit, request: Request,
                       file: Annotated[UploadFile, File()], document_type: Annotated[str, Form(max_length=60)],
                       number: Annotated[str | None, Form(max_length=100)] = None,
                       issued_on: Annotated[date | None, Form()] = None,
                       issuer: Annotated[str | None, Form(max_length=300)] = None,
                       summary: Annotated[str | None, Form(max_length=1000)] = None) -> schemas.DocumentPublic:
    settings = settings_of(request)
    data = await read_limited(file, settings.document_max_bytes)
    doc = await service.add(session, s3_of(request), settings, principal, person_id=person_id,
                            document_type=document_type, number=number, issued_on=issued_on, issuer=issuer,
                            summary=summary, data=data, filename=file.filename, audit=audit)
    return _public(doc)


@router.put("/{document_id}/file", dependencies=[Depends(person_in_scope)])
async def replace_document_file(person_id: uuid.UUID, document_id: uuid.UUID, session: SessionDep,
                                principal: Editor, audit: Audit, request: Request,
                                file: Annotated[UploadFile, File()]) -> schemas.DocumentPublic:
    """A new version of the scan; the previous versions stay downloadable."""
    settings = settings_of(request)
    data = await read_limited(file, settings.document_max_bytes)
    doc = await service.replace(session, s3_of(request), settings, principal, person_id=person_id,
                                document_id=document_id, data=data, filename=file.filename,
                                audit=audit)
    return _public(doc)


@router.post("/{document_id}/download-link")
async def create_download_link(person_id: uuid.UUID, document_id: uuid.UUID, session: SessionDep,
                               principal: Reader, audit: Audit, request: Request,
                               version: int | None = None) -> schemas.DownloadLink:
    return await service.download_link(session, s3_of(request), settings_of(request), principal,
                                       person_id=person_id, document_id=document_id, version=version,
                                       audit=audit)


@router.get("/{document_id}/content", response_class=Response)
async def document_content(person_id: uuid.UUID, document_id: uuid.UUID, session: SessionDep, principal: Reader,
                           audit: Audit, request: Request, version: int | None = None) -> Response:
    """The file itself, inline, for the web client's preview (it reads it with its token into a blob:
    URL; the signed S3 link is for downloads, and the client's CSP does not admit the S3 host)."""
    data, content_type = await service.read_content(session, s3_of(request), settings_of(request), principal,
                                                    person_id=person_id, document_id=document_id,
                                                    version=version, audit=audit)
    return Response(content=data, media_type=content_type,
                    headers={"Content-Disposition": "inline", "Cache-Control": "private, no-store",
                             "X-Content-Type-Options": "nosniff"})
