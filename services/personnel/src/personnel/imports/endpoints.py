"""Routes of the Excel import: thin, each one parses, authorizes, calls the service and returns."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Query, Request, Response, UploadFile
from sqlalchemy import and_, or_, select

from common import clock
from common.app import SessionDep
from common.audit import Audit
from common.auth import PROVINCE_ADMIN, SYSTEM_ADMIN, UNIT_LEADER, UNIT_OFFICER, Principal, require_roles
from common.errors import request_language
from common.exports import content_disposition
from personnel.deps import Approver, Editor
from personnel.errors import MESSAGES
from personnel.imports import repository, schemas, service, workbook
from personnel.imports.tables import ImportJob

router = APIRouter(prefix="/imports", tags=["imports"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FIRST_ERRORS = 20  # with every poll of the job; the whole list is paged by GET /imports/{id}/errors
# The officers who import, and the leaders who approve a submitted import whole (they see only those).
Follower = Annotated[Principal, require_roles(UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN)]


def public(job: ImportJob, request: Request) -> schemas.ImportJobPublic:
    lang = request_language(request)
    return schemas.ImportJobPublic(
        id=job.id, state=job.state, mode=job.mode, file_name=job.file_name, created_by=job.created_by,
        created_at=job.created_at, confirmed_by=job.confirmed_by, confirmed_at=job.confirmed_at,
        finished_at=job.finished_at, total=job.total, processed=job.processed, created=job.created,
        changed=job.changed, unchanged=job.unchanged, rejected=job.rejected, error_count=job.error_count,
        error_code=job.error_code,
        error_message=MESSAGES.text(job.error_code, lang, **job.error_params) if job.error_code else None,
        errors=[schemas.CellErrorPublic(**{k: e[k] for k in ("sheet", "row", "column", "header", "field", "code")},
                                        message=e["message"])
                for e in service.message_rows(job.errors[:FIRST_ERRORS], lang)],
        decision=schemas.ImportDecisionPublic(number=job.decision_number, signed_on=job.decision_signed_on,
                                        signer=job.decision_signer, issuer=job.decision_issuer)
        if job.decision_number else None,
        approver=job.approver, approval_requested_at=job.approval_requested_at, approved_at=job.approved_at,
        approval_total=job.approval_total, approval_processed=job.approval_processed,
        approved_count=job.approved_count, skipped_count=job.skipped_count,
        skips=[schemas.ImportSkipPublic(**{k: s[k] for k in ("seq", "change_request_id", "personal_id_number",
                                                        "full_name", "code", "message")})
               for s in service.skip_rows(job.skips[:FIRST_ERRORS], lang)])


def wake(request: Request) -> None:
    runner = getattr(request.app.state, "import_runner", None)
    if runner is not None:
        runner.wake.set()


@router.get("/template.xlsx")
async def download_template(session: SessionDep, principal: Editor, audit: Audit) -> Response:
    """The empty workbook: one sheet for the main profile, one per history table, drop-down lists from the
    catalogs in force today and the account's units."""
    content = await service.template(session, principal, today=clock.today(), audit=audit)
    return Response(content, media_type=XLSX,
                    headers={"Content-Disposition": content_disposition("mau-nhap-ho-so.xlsx")})


@router.post("", status_code=202)
async def upload_import(request: Request, session: SessionDep, principal: Editor, audit: Audit,
                        file: Annotated[UploadFile, File(description="the filled template (.xlsx)")]
                        ) -> schemas.ImportJobPublic:
    """Checks the file's structure at once; its rows are read and validated in the background (GET the job
    until its state is `preview`)."""
    content = await file.read(workbook.MAX_BYTES + 1)
    job = await service.upload(session, principal, content=content, file_name=file.filename or "",
                               audit=audit)
    await session.commit()
    wake(request)
    return public(job, request)


@router.get("")
async def list_imports(request: Request, session: SessionDep, principal: Follower,
                       limit: Annotated[int, Query(ge=1, le=100)] = 20) -> schemas.ImportJobsPublic:
    """The account's own imports; for a leader also the submitted imports whose every record lies under it."""
    stmt = select(ImportJob).order_by(ImportJob.created_at.desc()).limit(limit)  # type: ignore[attr-defined]
    if not principal.has_any(PROVINCE_ADMIN, SYSTEM_ADMIN):
        mine = ImportJob.created_by == principal.username
        if principal.has_any(UNIT_LEADER):
            stmt = stmt.where(or_(mine, and_(
                ImportJob.mode == "submitted", ImportJob.state.in_(service.APPROVABLE_STATES),  # type: ignore[attr-defined]
                repository.reached_whole(principal))))
        else:
            stmt = stmt.where(mine)
    rows = list((await session.scalars(stmt)).all())
    return schemas.ImportJobsPublic(items=[public(j, request) for j in rows])


@router.get("/{job_id}")
async def get_import(job_id: uuid.UUID, request: Request, session: SessionDep,
                     principal: Follower) -> schemas.ImportJobPublic:
    """State and progress (processed of total) of one import, with its first errors."""
    return public(await service.get_visible(session, principal, job_id), request)


@router.get("/{job_id}/errors")
async def list_import_errors(job_id: uuid.UUID, request: Request, session: SessionDep, principal: Follower,
                             page: Annotated[int, Query(ge=1)] = 1,
                             size: Annotated[int, Query(ge=1, le=500)] = 100) -> schemas.ImportErrorsPublic:
    job = await service.get_visible(session, principal, job_id)
    rows = service.message_rows(job.errors[(page - 1) * size:page * size], request_language(request))
    return schemas.ImportErrorsPublic(
        items=[schemas.CellErrorPublic(**{k: e[k] for k in ("sheet", "row", "column", "header", "field", "code",
                                                             "message")}) for e in rows],
        total=job.error_count)


@router.get("/{job_id}/items")
async def list_import_items(job_id: uuid.UUID, session: SessionDep, principal: Follower, audit: Audit,
                            action: Annotated[str | None, Query(max_length=10)] = None,
                            page: Annotated[int, Query(ge=1)] = 1,
                            size: Annotated[int, Query(ge=1, le=500)] = 50) -> schemas.ImportItemsPublic:
    """Per person: new, changed (which fields), unchanged or refused."""
    job = await service.get_visible(session, principal, job_id)
    rows, total = await repository.page_of_items(session, job.id, action=action, page=page, size=size)
    await audit.record(session, action="read", resource_type="import_job", resource_id=str(job.id),
                       unit_id=job.unit_id, detail={"view": "items", "page": page, "action": action})
    return schemas.ImportItemsPublic(items=[schemas.ImportItemPublic.model_validate(r, from_attributes=True)
                                            for r in rows], total=total)


@router.post("/{job_id}/confirm")
async def confirm_import(job_id: uuid.UUID, request: Request, session: SessionDep, principal: Editor,
                         audit: Audit, body: schemas.Confirm | None = None) -> schemas.ImportJobPublic:
    """The officer confirms the preview: the valid people become drafts (or submitted requests) in the
    background; GET the job for its progress."""
    job = await service.confirm(session, principal, job_id=job_id, mode=(body or schemas.Confirm()).mode,
                                audit=audit)
    await session.commit()
    wake(request)
    return public(job, request)


@router.post("/{job_id}/cancel")
async def cancel_import(job_id: uuid.UUID, request: Request, session: SessionDep, principal: Editor,
                        audit: Audit) -> schemas.ImportJobPublic:
    return public(await service.cancel(session, principal, job_id=job_id, audit=audit), request)


@router.post("/{job_id}/approve")
async def approve_import(job_id: uuid.UUID, request: Request, session: SessionDep, principal: Approver,
                         audit: Audit, body: schemas.ApproveImport) -> schemas.ImportJobPublic:
    """Approve every change request a submitted import wrote, under one decision (number, date, signer):
    the province's administrators, or a unit leader whose scope holds every record of the import; never the
    account that uploaded or confirmed it. The requests are approved in the background (state `approving`,
    progress approval_processed of approval_total), each one as its own approval would; one that can no
    longer be approved is skipped and counted. GET the job until its state is `approved`."""
    job = await service.request_approval(session, principal, job_id=job_id, body=body, today=clock.today(),
                                         audit=audit)
    await session.commit()
    wake(request)
    return public(job, request)
