"""Routes of announcements: thin, each parses, authorizes, calls the service and returns."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import Response

from common.app import SessionDep
from common.audit import Audit
from common.exports import content_disposition
from common.text import fold
from notify.announcements import repository, service, views
from notify.announcements.schemas import (
    AcknowledgeIn,
    AnnouncementCreate,
    AnnouncementPage,
    AnnouncementPublic,
    AnnouncementUpdate,
    RemindResult,
)
from notify.deps import Reader, Writer, settings_of

router = APIRouter(prefix="/announcements", tags=["announcements"])


@router.get("/inbox")
async def inbox(session: SessionDep, principal: Reader,
                box: Annotated[Literal["all", "unread", "unacknowledged"], Query()] = "all",
                q: Annotated[str | None, Query(max_length=200)] = None,
                page: Annotated[int, Query(ge=1)] = 1,
                size: Annotated[int, Query(ge=1, le=100)] = 20) -> AnnouncementPage:
    """What the account's unit has received, newest first, with its own standing (read, acknowledged)."""
    rows, total = await repository.inbox(session, principal.unit_id, box=box, q=fold(q or "") or None, page=page,
                                         size=size)
    return AnnouncementPage(items=await views.inbox(session, rows), total=total, page=page, size=size)


@router.get("/outbox")
async def outbox(session: SessionDep, principal: Reader,
                 unit_id: Annotated[str | None, Query(max_length=64)] = None,
                 q: Annotated[str | None, Query(max_length=200)] = None,
                 page: Annotated[int, Query(ge=1)] = 1,
                 size: Annotated[int, Query(ge=1, le=100)] = 20) -> AnnouncementPage:
    """What units of the account's scope sent (and drafts), with how many have read and acknowledged."""
    rows, total = await repository.outbox(session, principal, unit_id=unit_id, q=fold(q or "") or None, page=page,
                                          size=size)
    return AnnouncementPage(items=await views.outbox(session, rows), total=total, page=page, size=size)


@router.post("", status_code=201)
async def create(data: AnnouncementCreate, session: SessionDep, principal: Writer, audit: Audit) -> AnnouncementPublic:
    """A draft to units below the sender (the Department: any unit); attach files, then send."""
    item = await service.create(session, principal, data=data, audit=audit)
    return await views.public(session, principal, item, None, True)


@router.get("/{announcement_id}")
async def get_one(announcement_id: uuid.UUID, session: SessionDep, principal: Reader) -> AnnouncementPublic:
    item, mine = await service.view(session, principal, announcement_id)
    is_sender = await repository.as_sender(session, principal, announcement_id) is not None
    return await views.public(session, principal, item, mine, is_sender)


@router.put("/{announcement_id}")
async def update(announcement_id: uuid.UUID, data: AnnouncementUpdate, session: SessionDep, principal: Writer,
                 audit: Audit) -> AnnouncementPublic:
    item = await service.update(session, principal, announcement_id=announcement_id, data=data, audit=audit)
    return await views.public(session, principal, item, None, True)


@router.post("/{announcement_id}/send")
async def send(announcement_id: uuid.UUID, session: SessionDep, principal: Writer, audit: Audit) -> AnnouncementPublic:
    item = await service.send(session, principal, announcement_id=announcement_id, audit=audit)
    return await views.public(session, principal, item, None, True)


@router.post("/{announcement_id}/read")
async def mark_read(announcement_id: uuid.UUID, session: SessionDep, principal: Reader,
                    audit: Audit) -> AnnouncementPublic:
    """The receiving unit has opened it (the first reading is kept as the receipt)."""
    item = await service.mark_read(session, principal, announcement_id=announcement_id, audit=audit)
    item, mine = await service.view(session, principal, announcement_id)
    return await views.public(session, principal, item, mine, False)


@router.post("/{announcement_id}/acknowledge")
async def acknowledge(announcement_id: uuid.UUID, session: SessionDep, principal: Writer, audit: Audit,
                      body: AcknowledgeIn | None = None) -> AnnouncementPublic:
    """The receiving unit confirms it has received the announcement and will act on it."""
    await service.acknowledge(session, principal, announcement_id=announcement_id, body=body or AcknowledgeIn(),
                              audit=audit)
    item, mine = await service.view(session, principal, announcement_id)
    return await views.public(session, principal, item, mine, False)


@router.post("/{announcement_id}/remind")
async def remind(announcement_id: uuid.UUID, session: SessionDep, principal: Writer, audit: Audit) -> RemindResult:
    """Remind every receiving unit that has not acknowledged yet."""
    return RemindResult(reminded=await service.remind(session, principal, announcement_id=announcement_id,
                                                      audit=audit))


async def announcement_of_sender(announcement_id: uuid.UUID, session: SessionDep, principal: Writer) -> None:
    """Scope before the body (FastAPI checks the form after the dependencies): 404 outside it, whatever is sent."""
    await service._own(session, principal, announcement_id)


@router.post("/{announcement_id}/attachments", status_code=201, dependencies=[Depends(announcement_of_sender)])
async def add_attachment(request: Request, announcement_id: uuid.UUID, session: SessionDep, principal: Writer,
                         audit: Audit, file: Annotated[UploadFile, File(description="PDF, JPEG, PNG, DOCX, XLSX")]
                         ) -> AnnouncementPublic:
    settings = settings_of(request)
    data = await file.read(settings.attachment_max_bytes + 1)
    item = await service.attach(session, request.app.state.s3, settings, principal, announcement_id=announcement_id,
                                data=data, filename=file.filename, audit=audit)
    return await views.public(session, principal, item, None, True)


@router.get("/{announcement_id}/attachments/{attachment_id}", response_class=Response)
async def download(request: Request, announcement_id: uuid.UUID, attachment_id: uuid.UUID, session: SessionDep,
                   principal: Reader, audit: Audit) -> Response:
    data, found = await service.attachment(session, request.app.state.s3, settings_of(request), principal,
                                           announcement_id=announcement_id, attachment_id=attachment_id, audit=audit)
    return Response(content=data, media_type=found.content_type,
                    headers={"Content-Disposition": content_disposition(found.name),
                             "X-Content-Type-Options": "nosniff"})
