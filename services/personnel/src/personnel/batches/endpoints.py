"""Routes of batch decisions: thin, each one parses, authorizes, calls the service and returns."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, Request, Response, UploadFile

from common import clock
from common.app import SessionDep
from common.audit import Audit
from personnel.batches import proposals, schemas, service
from personnel.batches.tables import Batch, BatchItem
from personnel.deps import Approver, Editor, Reader, settings_of
from personnel.documents.endpoints import read_limited, s3_of

router = APIRouter(prefix="/batches", tags=["batch decisions"])


def public(batch: Batch) -> schemas.BatchPublic:
    out = schemas.BatchPublic.model_validate(batch, from_attributes=True)
    out.has_scan = batch.scan_key is not None
    return out


def detail(batch: Batch, items: list[BatchItem]) -> schemas.BatchDetail:
    return schemas.BatchDetail(**public(batch).model_dump(),
                               items=[schemas.ItemPublic.model_validate(i, from_attributes=True) for i in items])


@router.post("", status_code=201)
async def create_batch(body: schemas.BatchCreate, session: SessionDep, principal: Editor,
                       audit: Audit) -> schemas.BatchDetail:
    """A draft: one decision, one item per person (the patch of the person's profile)."""
    items = [service.ItemInput(person_id=i.person_id, patch=i.patch, effective_on=i.effective_on, reason=i.reason,
                               summary=i.summary) for i in body.items]
    batch = await service.create(session, principal, kind=body.kind, items=items, audit=audit, unit_id=body.unit_id,
                                 decision=body, title=body.title, note=body.note, effective_on=body.effective_on)
    return detail(batch, await service.items_of(session, batch.id))


@router.post("/salary-proposals")
async def propose_salary(body: schemas.SalaryProposalQuery, request: Request, session: SessionDep,
                         principal: Editor) -> schemas.SalaryProposals:
    """For people picked from a due list: the new step (or beyond-frame rate), coefficient, date and monthly
    amount each would get, with the item to put in a batch."""
    return await proposals.salary(session, principal, query=body, today=clock.today(), request=request)


@router.post("/retirement-proposals")
async def propose_retirement(body: schemas.RetirementProposalQuery, request: Request, session: SessionDep,
                             principal: Editor) -> schemas.SalaryProposals:
    return await proposals.retirement(session, principal, query=body, request=request)


@router.get("")
async def list_batches(session: SessionDep, principal: Reader,
                       state: Annotated[str | None, Query(max_length=12)] = None,
                       kind: Annotated[str | None, Query(max_length=30)] = None,
                       page: Annotated[int, Query(ge=1)] = 1,
                       size: Annotated[int, Query(ge=1, le=200)] = 20) -> schemas.BatchesPublic:
    rows, total = await service.listing(session, principal, state=state, kind=kind, page=page, size=size)
    return schemas.BatchesPublic(items=[public(r) for r in rows], total=total)


@router.get("/{batch_id}")
async def get_batch(batch_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit) -> schemas.BatchDetail:
    batch, items = await service.read(session, principal, batch_id=batch_id, audit=audit)
    return detail(batch, items)


@router.put("/{batch_id}")
async def update_batch(batch_id: uuid.UUID, body: schemas.BatchUpdate, session: SessionDep, principal: Editor,
                       audit: Audit) -> schemas.BatchPublic:
    return public(await service.update(session, principal, batch_id=batch_id, body=body, audit=audit))


@router.get("/{batch_id}/diff")
async def diff_batch(batch_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit) -> schemas.BatchDiff:
    """Each person's record now beside what the batch would make of it, field by field."""
    return await service.difference(session, principal, batch_id=batch_id, audit=audit)


async def batch_in_scope(batch_id: uuid.UUID, session: SessionDep, principal: Editor) -> None:
    """Scope before the body (FastAPI checks the form after the dependencies): 404 outside it, whatever is sent."""
    await service.get_visible(session, principal, batch_id)


@router.put("/{batch_id}/scan", dependencies=[Depends(batch_in_scope)])
async def attach_scan(batch_id: uuid.UUID, session: SessionDep, principal: Editor, audit: Audit, request: Request,
                      file: Annotated[UploadFile, File()]) -> schemas.BatchPublic:
    settings = settings_of(request)
    data = await read_limited(file, settings.document_max_bytes)
    return public(await service.attach_scan(session, s3_of(request), settings, principal, batch_id=batch_id,
                                            data=data, filename=file.filename, audit=audit))


@router.get("/{batch_id}/scan", response_class=Response)
async def read_scan(batch_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit,
                    request: Request) -> Response:
    data, content_type = await service.read_scan(session, s3_of(request), settings_of(request), principal,
                                                 batch_id=batch_id, audit=audit)
    return Response(content=data, media_type=content_type,
                    headers={"Content-Disposition": "inline", "Cache-Control": "private, no-store",
                             "X-Content-Type-Options": "nosniff"})


@router.post("/{batch_id}/submit")
async def submit_batch(batch_id: uuid.UUID, session: SessionDep, principal: Editor,
                       audit: Audit) -> schemas.BatchPublic:
    return public(await service.submit(session, principal, batch_id=batch_id, today=clock.today(), audit=audit))


@router.post("/{batch_id}/approve")
async def approve_batch(batch_id: uuid.UUID, session: SessionDep, principal: Approver, audit: Audit,
                        body: schemas.Approve | None = None) -> schemas.BatchPublic:
    return public(await service.approve(session, principal, batch_id=batch_id, body=body or schemas.Approve(),
                                        today=clock.today(), audit=audit))


@router.post("/{batch_id}/reject")
async def reject_batch(batch_id: uuid.UUID, body: schemas.Reject, session: SessionDep, principal: Approver,
                       audit: Audit) -> schemas.BatchPublic:
    return public(await service.reject(session, principal, batch_id=batch_id, reason=body.reason, audit=audit))


@router.post("/{batch_id}/withdraw")
async def withdraw_batch(batch_id: uuid.UUID, session: SessionDep, principal: Editor,
                         audit: Audit) -> schemas.BatchPublic:
    return public(await service.withdraw(session, principal, batch_id=batch_id, audit=audit))


@router.post("/{batch_id}/revise")
async def revise_batch(batch_id: uuid.UUID, session: SessionDep, principal: Editor,
                       audit: Audit) -> schemas.BatchPublic:
    return public(await service.revise(session, principal, batch_id=batch_id, audit=audit))
