"""Routes of transfer cases: thin, each parses, authorizes, calls the service and returns."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import Response

from common.app import SessionDep
from common.audit import Audit
from common.errors import NotFound
from common.exports import content_disposition
from transfer.cases import documents, repository, service, views
from transfer.cases.schemas import CaseCreate, CasePublic, CasesPublic, StepIn
from transfer.deps import Editor, Reader, settings_of

router = APIRouter(prefix="/cases", tags=["transfer cases"])
Step = Literal["send", "accept", "reject", "forward", "complete", "cancel"]


@router.post("", status_code=201)
async def create_case(data: CaseCreate, session: SessionDep, principal: Editor, audit: Audit) -> CasePublic:
    """Open a case (a draft) for a decision that moves, seconds, receives or releases a person."""
    case = await service.create(session, principal, data=data, audit=audit)
    return await views.public(session, case, principal, full=True)


@router.get("")
async def list_cases(session: SessionDep, principal: Reader,
                     box: Annotated[Literal["incoming", "outgoing", "all"], Query()] = "all",
                     unit_id: Annotated[str | None, Query(max_length=64)] = None,
                     state: Annotated[str | None, Query(max_length=20, description="a state, or open")] = None,
                     kind: Annotated[str | None, Query(max_length=30)] = None,
                     page: Annotated[int, Query(ge=1)] = 1,
                     size: Annotated[int, Query(ge=1, le=200)] = 20) -> CasesPublic:
    """A unit's inbox (cases it receives) or outbox (cases it sends), with the next due date of each."""
    return await views.listing(session, principal, box=box, unit_id=unit_id, state=state, kind=kind, page=page,
                               size=size)


@router.get("/{case_id}")
async def get_case(case_id: uuid.UUID, session: SessionDep, principal: Reader) -> CasePublic:
    return await views.one(session, principal, case_id)


@router.post("/{case_id}/{step}")
async def take_step(case_id: uuid.UUID, step: Step, session: SessionDep, principal: Editor, audit: Audit,
                    body: StepIn | None = None) -> CasePublic:
    """send (the sender hands the dossier over), accept or reject (the receiver), forward (the receiver
    places the person in the employing sub-unit), complete (a move inside the unit, leaving, an
    arrival), cancel (the sender, before acceptance)."""
    case = await service.take_step(session, principal, case_id=case_id, step=step, body=body or StepIn(),
                                   audit=audit)
    return await views.public(session, case, principal, full=True)


async def case_in_scope(case_id: uuid.UUID, session: SessionDep, principal: Editor) -> None:
    """Scope before the body (FastAPI checks the form after the dependencies): 404 outside it, whatever is sent."""
    if await repository.get(session, principal, case_id) is None:
        raise NotFound("case_not_found")


@router.put("/{case_id}/decision-document", dependencies=[Depends(case_in_scope)])
async def upload_decision(case_id: uuid.UUID, request: Request, session: SessionDep, principal: Editor,
                          audit: Audit, file: Annotated[UploadFile, File(description="the signed decision")]
                          ) -> CasePublic:
    """The scanned decision (PDF, JPEG or PNG, checked from its bytes), kept in S3."""
    settings = settings_of(request)
    data = await file.read(settings.decision_max_bytes + 1)
    case = await documents.attach(session, request.app.state.s3, settings, principal, case_id=case_id, data=data,
                                  filename=file.filename, audit=audit)
    return await views.public(session, case, principal, full=True)


@router.get("/{case_id}/decision-document", response_class=Response)
async def download_decision(case_id: uuid.UUID, request: Request, session: SessionDep, principal: Reader,
                            audit: Audit) -> Response:
    data, content_type, name = await documents.read(session, request.app.state.s3, settings_of(request), principal,
                                                    case_id=case_id, audit=audit)
    return Response(content=data, media_type=content_type,
                    headers={"Content-Disposition": content_disposition(name, inline=True),
                             "X-Content-Type-Options": "nosniff"})
