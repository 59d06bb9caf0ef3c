"""Routes of annual evaluation rounds: rounds (the Department of Home Affairs), each unit's list (its officer
enters and submits, its leader approves), the Department's progress, a person's evaluations, Excel lists."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from common.app import SessionDep
from common.audit import Audit
from common.auth import PROVINCE_ADMIN, Principal, require_roles
from common.errors import request_language
from personnel.deps import Approver, Editor, Reader
from personnel.evaluations import exports, service
from personnel.evaluations.schemas import (
    EvaluationApprove,
    EvaluationProgress,
    EvaluationReject,
    EvaluationRoundCreate,
    EvaluationRoundPublic,
    EvaluationSheetPublic,
    EvaluationSheetSave,
    PersonEvaluations,
)

router = APIRouter(tags=["evaluations"])
ProvinceAdmin = Annotated[Principal, require_roles(PROVINCE_ADMIN)]
UnitPath = Annotated[str, Path(max_length=64)]
XLSX = {200: {"content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}}}}


@router.get("/evaluation-rounds")
async def list_rounds(session: SessionDep, principal: Reader) -> list[EvaluationRoundPublic]:
    return await service.list_rounds(session)


@router.post("/evaluation-rounds", status_code=201)
async def open_round(
    body: EvaluationRoundCreate, session: SessionDep, principal: ProvinceAdmin, audit: Audit
) -> EvaluationRoundPublic:
    """The Department of Home Affairs opens the year's round with its closing date (R-42: 15 December by default,
    15 January next year for units with a special year-end)."""
    return await service.open_round(session, principal, body=body, audit=audit)


@router.post("/evaluation-rounds/{round_id}/close")
async def close_round(
    round_id: uuid.UUID, session: SessionDep, principal: ProvinceAdmin, audit: Audit
) -> EvaluationRoundPublic:
    """A closed round refuses entries and submissions (a submitted list may still be approved)."""
    return await service.close_round(session, principal, round_id=round_id, audit=audit)


@router.get("/evaluation-rounds/{round_id}/progress")
async def round_progress(round_id: uuid.UUID, session: SessionDep, principal: Reader) -> EvaluationProgress:
    """Per unit of the account's scope: people to rate, lines with a result, the list's state, late units."""
    return await service.progress(session, principal, round_id=round_id)


@router.get("/evaluation-rounds/{round_id}/progress/export.xlsx", response_class=Response, responses=XLSX)
async def export_progress(round_id: uuid.UUID, session: SessionDep, principal: Reader, audit: Audit) -> Response:
    return await exports.progress_xlsx(session, principal, round_id=round_id, audit=audit)


@router.get("/evaluation-rounds/{round_id}/units/{unit_id}")
async def read_sheet(
    round_id: uuid.UUID, unit_id: UnitPath, request: Request, session: SessionDep, principal: Reader, audit: Audit
) -> EvaluationSheetPublic:
    """The unit's list: every working person of the unit with the rules in force for them, the quota and the
    problems left before submission (a unit outside the scope does not exist)."""
    return await service.read_sheet(
        session, principal, round_id=round_id, unit_id=unit_id, lang=request_language(request), audit=audit
    )


@router.put("/evaluation-rounds/{round_id}/units/{unit_id}")
async def save_sheet(
    round_id: uuid.UUID,
    unit_id: UnitPath,
    body: EvaluationSheetSave,
    request: Request,
    session: SessionDep,
    principal: Editor,
    audit: Audit,
) -> EvaluationSheetPublic:
    return await service.save_sheet(
        session, principal, round_id=round_id, unit_id=unit_id, body=body, lang=request_language(request), audit=audit
    )


@router.post("/evaluation-rounds/{round_id}/units/{unit_id}/submit")
async def submit_sheet(
    round_id: uuid.UUID, unit_id: UnitPath, request: Request, session: SessionDep, principal: Editor, audit: Audit
) -> EvaluationSheetPublic:
    return await service.submit_sheet(
        session, principal, round_id=round_id, unit_id=unit_id, lang=request_language(request), audit=audit
    )


@router.post("/evaluation-rounds/{round_id}/units/{unit_id}/approve")
async def approve_sheet(
    round_id: uuid.UUID,
    unit_id: UnitPath,
    body: EvaluationApprove,
    request: Request,
    session: SessionDep,
    principal: Approver,
    audit: Audit,
) -> EvaluationSheetPublic:
    """The unit leader's approval (never by whoever entered or submitted the list, never by a system
    administrator): each result goes into the person's record with the decision."""
    return await service.approve_sheet(
        session, principal, round_id=round_id, unit_id=unit_id, body=body, lang=request_language(request), audit=audit
    )


@router.post("/evaluation-rounds/{round_id}/units/{unit_id}/reject")
async def reject_sheet(
    round_id: uuid.UUID,
    unit_id: UnitPath,
    body: EvaluationReject,
    request: Request,
    session: SessionDep,
    principal: Approver,
    audit: Audit,
) -> EvaluationSheetPublic:
    return await service.reject_sheet(
        session, principal, round_id=round_id, unit_id=unit_id, body=body, lang=request_language(request), audit=audit
    )


@router.get("/evaluation-rounds/{round_id}/units/{unit_id}/export.xlsx", response_class=Response, responses=XLSX)
async def export_sheet(
    round_id: uuid.UUID, unit_id: UnitPath, session: SessionDep, principal: Reader, audit: Audit
) -> Response:
    return await exports.sheet_xlsx(session, principal, round_id=round_id, unit_id=unit_id, audit=audit)


@router.get("/persons/{person_id}/evaluations")
async def person_evaluations(
    person_id: uuid.UUID, request: Request, session: SessionDep, principal: Reader, audit: Audit
) -> PersonEvaluations:
    """The record's ratings by year, lists not yet approved, and the R-43 flag (two consecutive years
    "Không hoàn thành nhiệm vụ")."""
    return await service.person_evaluations(
        session, principal, person_id=person_id, lang=request_language(request), audit=audit
    )
