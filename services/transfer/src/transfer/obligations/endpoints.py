from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import func, select

from common import clock
from common.app import SessionDep
from common.scope import ensure_in_scope, scope_clause, subtree_of
from transfer.cases.views import days_left
from transfer.deadlines import rules
from transfer.deadlines import service as deadlines
from transfer.deadlines.tables import Obligation
from transfer.deps import Reader

router = APIRouter(prefix="/obligations", tags=["deadlines"])


class DueItem(BaseModel):
    kind: str
    label: str  # what is due, in Vietnamese
    label_en: str
    unit_id: str
    person_id: uuid.UUID | None
    case_id: uuid.UUID | None
    full_name: str
    due_date: date
    days_left: int  # working days; negative once overdue
    overdue: bool
    legal_basis: str


class DuePage(BaseModel):
    items: list[DueItem]
    total: int


@router.get("/due")
async def due(session: SessionDep, principal: Reader, unit_id: Annotated[str | None, Query(max_length=64)] = None,
              page: Annotated[int, Query(ge=1)] = 1, size: Annotated[int, Query(ge=1, le=200)] = 20) -> DuePage:
    """Open obligations of the unit and its subunits (the account's scope), the soonest due first."""
    stmt = select(Obligation).where(Obligation.done_at.is_(None), Obligation.cancelled_at.is_(None),  # type: ignore[union-attr]
                                    scope_clause(principal, Obligation.unit_id))
    if unit_id:
        await ensure_in_scope(session, principal, unit_id)
        stmt = stmt.where(Obligation.unit_id.in_(subtree_of(unit_id)))  # type: ignore[attr-defined]
    total = int(await session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = (await session.scalars(stmt.order_by(Obligation.due_on, Obligation.created_at)
                                  .offset((page - 1) * size).limit(size))).all()
    calendar, today = await deadlines.work_calendar(session), clock.today()
    items = []
    for o in rows:
        vi, en = rules.OBLIGATIONS.get(o.kind, (o.kind, o.kind))
        items.append(DueItem(kind=o.kind, label=vi, label_en=en, unit_id=o.unit_id, person_id=o.person_id,
                             case_id=o.case_id, full_name=o.label, due_date=o.due_on,
                             days_left=days_left(calendar, o.due_on, today), overdue=today > o.due_on,
                             legal_basis=o.legal_basis))
    return DuePage(items=items, total=total)
