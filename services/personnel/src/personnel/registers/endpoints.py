"""Routes of the award and discipline registers: decisions for one or many people (entered by an officer,
approved once by another account), their list per unit with its Excel export, and each person's effects."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from common.app import SessionDep
from common.audit import Audit
from common.exports import XLSX_MEDIA_TYPE, Column, attachment, xlsx_bytes
from personnel.deps import Approver, Editor, Reader
from personnel.registers import service
from personnel.registers.schemas import (
    DecisionCreate,
    DecisionPage,
    DecisionPublic,
    EarlyRaiseUse,
    Kind,
    PersonEffects,
    RegisterReject,
    State,
)

router = APIRouter(tags=["registers"])

COLUMNS = [
    Column("no", "STT", 6), Column("unit", "Đơn vị", 30), Column("full_name", "Họ và tên", 26),
    Column("kind", "Loại", 12), Column("form", "Hình thức", 30), Column("level", "Cấp", 14),
    Column("achievement_year", "Năm thành tích", 10), Column("violation", "Hành vi vi phạm", 30),
    Column("number", "Số quyết định", 16), Column("signed_on", "Ngày ký", 12),
    Column("issuer", "Cơ quan ban hành", 26), Column("state", "Trạng thái", 12),
    Column("early_raise", "Nâng lương trước thời hạn", 40),
]


@router.post("/register-decisions", status_code=201)
async def create_decision(body: DecisionCreate, session: SessionDep, principal: Editor,
                          audit: Audit) -> DecisionPublic:
    """A reward or discipline decision for one or many people, submitted for approval at once."""
    return await service.create(session, principal, body=body, audit=audit)


@router.get("/register-decisions")
async def list_decisions(
    session: SessionDep, principal: Reader,
    kind: Kind | None = None, state: State | None = None,
    year: Annotated[int | None, Query(ge=1945, le=2100)] = None,
    unit_id: str | None = None, person_id: uuid.UUID | None = None,
    page: Annotated[int, Query(ge=1)] = 1, size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> DecisionPage:
    return await service.listing(session, principal, kind=kind, state=state, year=year, unit_id=unit_id,
                                 person_id=person_id, offset=(page - 1) * size, limit=size)


@router.get("/register-decisions/export.xlsx", response_class=Response)
async def export_decisions(
    session: SessionDep, principal: Reader, audit: Audit,
    kind: Kind | None = None, state: State | None = None,
    year: Annotated[int | None, Query(ge=1945, le=2100)] = None, unit_id: str | None = None,
) -> Response:
    """The people of the decisions listed, one row each, by unit: the register per unit as a workbook."""
    rows = await service.export_rows(session, principal, kind=kind, state=state, year=year, unit_id=unit_id,
                                     audit=audit)
    title = {"award": "Sổ khen thưởng", "discipline": "Sổ kỷ luật"}.get(kind or "", "Khen thưởng, kỷ luật")
    if year:
        title += f" năm {year}"
    return attachment(xlsx_bytes(title, COLUMNS, rows), f"{kind or 'khen-thuong-ky-luat'}-{year or 'all'}.xlsx",
                      XLSX_MEDIA_TYPE)


@router.get("/register-decisions/{decision_id}")
async def read_decision(decision_id: uuid.UUID, session: SessionDep, principal: Reader,
                        audit: Audit) -> DecisionPublic:
    return await service.read(session, principal, decision_id=decision_id, audit=audit)


@router.post("/register-decisions/{decision_id}/approve")
async def approve_decision(decision_id: uuid.UUID, session: SessionDep, principal: Approver,
                           audit: Audit) -> DecisionPublic:
    """Writes the award or discipline into every record named (one new approved version each)."""
    return await service.approve(session, principal, decision_id=decision_id, audit=audit)


@router.post("/register-decisions/{decision_id}/reject")
async def reject_decision(decision_id: uuid.UUID, body: RegisterReject, session: SessionDep, principal: Approver,
                          audit: Audit) -> DecisionPublic:
    return await service.reject(session, principal, decision_id=decision_id, reason=body.reason, audit=audit)


@router.post("/register-entries/{entry_id}/early-raise")
async def use_for_early_raise(entry_id: uuid.UUID, body: EarlyRaiseUse, session: SessionDep, principal: Approver,
                              audit: Audit) -> DecisionPublic:
    """Record that this award was used for an early raise (R-13); it cannot be used again."""
    return await service.use_for_early_raise(session, principal, entry_id=entry_id, raised_on=body.raised_on,
                                             audit=audit)


@router.get("/persons/{person_id}/register-effects")
async def person_effects(person_id: uuid.UUID, session: SessionDep, principal: Reader,
                         audit: Audit) -> PersonEffects:
    """R-12, R-13, R-40, R-50: what the person's disciplines and awards change, computed, judged today."""
    return await service.effects(session, principal, person_id=person_id, audit=audit)
