"""Routes of change requests: thin, each one parses, authorizes, calls the service and returns."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from common import clock
from common.app import SessionDep
from common.audit import Audit
from personnel.changes import schemas, service
from personnel.changes.tables import ChangeRequest
from personnel.deps import Approver, Editor, Reader

router = APIRouter(prefix="/change-requests", tags=["change requests"])


def public(cr: ChangeRequest) -> schemas.ChangeRequestPublic:
    return schemas.ChangeRequestPublic.model_validate(cr, from_attributes=True)


@router.post("", status_code=201)
async def create_change_request(body: schemas.ChangeRequestCreate, session: SessionDep, principal: Editor,
                                audit: Audit) -> schemas.ChangeRequestPublic:
    """A draft of a new record (no person_id) or of a change to an approved record."""
    return public(await service.create(session, principal, body=body, audit=audit))


@router.get("")
async def list_change_requests(session: SessionDep, principal: Reader,
                               state: Annotated[str | None, Query(max_length=12)] = None,
                               person_id: uuid.UUID | None = None,
                               page: Annotated[int, Query(ge=1)] = 1,
                               size: Annotated[int, Query(ge=1, le=200)] = 20) -> schemas.ChangeRequestsPublic:
    rows, total = await service.listing(session, principal, state=state, person_id=person_id, page=page, size=size)
    return schemas.ChangeRequestsPublic(items=[public(r) for r in rows], total=total)


@router.get("/{cr_id}")
async def get_change_request(cr_id: uuid.UUID, session: SessionDep, principal: Reader,
                             audit: Audit) -> schemas.ChangeRequestPublic:
    return public(await service.read(session, principal, cr_id=cr_id, audit=audit))


@router.put("/{cr_id}")
async def edit_change_request(cr_id: uuid.UUID, body: schemas.ChangeRequestUpdate, session: SessionDep,
                              principal: Editor, audit: Audit) -> schemas.ChangeRequestPublic:
    return public(await service.edit(session, principal, cr_id=cr_id, body=body, audit=audit))


@router.get("/{cr_id}/diff")
async def diff_change_request(cr_id: uuid.UUID, session: SessionDep, principal: Reader,
                              audit: Audit) -> schemas.DiffPublic:
    """The pending change beside the official record, field by field."""
    return await service.difference(session, principal, cr_id=cr_id, audit=audit)


@router.post("/{cr_id}/submit")
async def submit_change_request(cr_id: uuid.UUID, session: SessionDep, principal: Editor,
                                audit: Audit) -> schemas.ChangeRequestPublic:
    return public(await service.submit(session, principal, cr_id=cr_id, today=clock.today(),
                                       audit=audit))


@router.post("/{cr_id}/approve")
async def approve_change_request(cr_id: uuid.UUID, session: SessionDep, principal: Approver, audit: Audit,
                                 body: schemas.Approve | None = None) -> schemas.ChangeRequestPublic:
    return public(await service.approve(session, principal, cr_id=cr_id, body=body or schemas.Approve(),
                                        today=clock.today(), audit=audit))


@router.post("/{cr_id}/reject")
async def reject_change_request(cr_id: uuid.UUID, body: schemas.Reject, session: SessionDep,
                                principal: Approver, audit: Audit) -> schemas.ChangeRequestPublic:
    return public(await service.reject(session, principal, cr_id=cr_id, reason=body.reason,
                                       audit=audit))


@router.post("/{cr_id}/withdraw")
async def withdraw_change_request(cr_id: uuid.UUID, session: SessionDep, principal: Editor,
                                  audit: Audit) -> schemas.ChangeRequestPublic:
    return public(await service.withdraw(session, principal, cr_id=cr_id, audit=audit))


@router.post("/{cr_id}/revise")
async def revise_change_request(cr_id: uuid.UUID, session: SessionDep, principal: Editor,
                                audit: Audit) -> schemas.ChangeRequestPublic:
    return public(await service.revise(session, principal, cr_id=cr_id, audit=audit))
