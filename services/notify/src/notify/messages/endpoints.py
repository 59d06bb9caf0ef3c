"""Routes of internal messages: thin, each parses, authorizes, calls the service and returns."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import Response

from common.app import SessionDep
from common.audit import Audit
from common.exports import content_disposition
from common.text import fold
from notify import ratelimit
from notify.deps import Reader, settings_of
from notify.messages import repository, service, views
from notify.messages.schemas import Addressee, MessageIn, ThreadCreate, ThreadPage, ThreadPublic, Unread

router = APIRouter(prefix="/messages", tags=["messages"])


@router.get("/addressees")
async def addressees(request: Request, session: SessionDep, principal: Reader,
                     q: Annotated[str, Query(min_length=1, max_length=100, description="words of a name")]
                     ) -> list[Addressee]:
    """Units and accounts this account may write to (its subtree, its parent chain, the Department; the
    Department: everyone) whose name matches, without diacritics."""
    return await service.addressees(session, principal, settings_of(request), q=q)


@router.get("/unread")
async def unread(session: SessionDep, principal: Reader) -> Unread:
    threads, messages = await repository.unread_totals(session, principal)
    return Unread(threads=threads, messages=messages)


@router.get("/threads")
async def list_threads(session: SessionDep, principal: Reader,
                       box: Annotated[Literal["all", "unread"], Query()] = "all",
                       q: Annotated[str | None, Query(max_length=200)] = None,
                       page: Annotated[int, Query(ge=1)] = 1,
                       size: Annotated[int, Query(ge=1, le=100)] = 20) -> ThreadPage:
    """The threads the account takes part in (written by it, to it, or to its unit), latest first."""
    rows, total = await repository.threads(session, principal, words=fold(q or "").split(),
                                           unread_only=box == "unread", page=page, size=size)
    return ThreadPage(items=await views.summaries(session, rows), total=total, page=page, size=size)


@router.post("/threads", status_code=201)
async def start(request: Request, data: ThreadCreate, session: SessionDep, principal: Reader,
                audit: Audit) -> list[ThreadPublic]:
    """A message to accounts and whole units: one thread per addressee."""
    settings = settings_of(request)
    await ratelimit.check(request.app.state.redis, principal.subject, "message", limit=settings.messages_per_minute)
    threads = await service.start(session, principal, settings, data=data, audit=audit)
    return [await views.public(session, principal, t) for t in threads]


@router.get("/threads/{thread_id}")
async def get_thread(thread_id: uuid.UUID, session: SessionDep, principal: Reader) -> ThreadPublic:
    thread = await service.read(session, principal, thread_id)
    return await views.public(session, principal, thread)


@router.post("/threads/{thread_id}/messages", status_code=201)
async def reply(request: Request, thread_id: uuid.UUID, data: MessageIn, session: SessionDep, principal: Reader,
                audit: Audit) -> ThreadPublic:
    await ratelimit.check(request.app.state.redis, principal.subject, "message",
                          limit=settings_of(request).messages_per_minute)
    thread = await service.reply(session, principal, thread_id=thread_id, data=data, audit=audit)
    return await views.public(session, principal, thread)


@router.post("/threads/{thread_id}/read")
async def mark_read(thread_id: uuid.UUID, session: SessionDep, principal: Reader) -> ThreadPublic:
    thread = await service.mark_read(session, principal, thread_id=thread_id)
    return await views.public(session, principal, thread)


async def thread_of_reader(thread_id: uuid.UUID, session: SessionDep, principal: Reader) -> None:
    """Scope before the body (FastAPI checks the form after the dependencies): 404 outside it, whatever is sent."""
    await service._thread(session, principal, thread_id)


@router.post("/threads/{thread_id}/messages/{message_id}/attachments", status_code=201,
             dependencies=[Depends(thread_of_reader)])
async def add_attachment(request: Request, thread_id: uuid.UUID, message_id: uuid.UUID, session: SessionDep,
                         principal: Reader, audit: Audit,
                         file: Annotated[UploadFile, File(description="PDF, JPEG, PNG, DOCX, XLSX")]) -> ThreadPublic:
    """A file to one's own message, checked from its bytes like a record's documents."""
    settings = settings_of(request)
    data = await file.read(settings.attachment_max_bytes + 1)
    thread = await service.attach(session, request.app.state.s3, settings, principal, thread_id=thread_id,
                                  message_id=message_id, data=data, filename=file.filename, audit=audit)
    return await views.public(session, principal, thread)


@router.get("/threads/{thread_id}/attachments/{attachment_id}", response_class=Response)
async def download(request: Request, thread_id: uuid.UUID, attachment_id: uuid.UUID, session: SessionDep,
                   principal: Reader, audit: Audit) -> Response:
    data, found = await service.attachment(session, request.app.state.s3, settings_of(request), principal,
                                           thread_id=thread_id, attachment_id=attachment_id, audit=audit)
    return Response(content=data, media_type=found.content_type,
                    headers={"Content-Disposition": content_disposition(found.name),
                             "X-Content-Type-Options": "nosniff"})
