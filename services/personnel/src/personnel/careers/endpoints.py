"""Routes of the career clocks: the calculator for any signed-in account (planners, other e-government
systems) and each person's due dates and early or late retirement, within the account's scope."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from common.app import SessionDep
from common.audit import Audit
from common.auth import CurrentPrincipal
from common.errors import request_language
from personnel.careers import due_lists, early_raise, service
from personnel.careers.schemas import (
    DueDates,
    DueListPage,
    NextRaiseAnswer,
    NextRaiseQuery,
    ReappointmentAnswer,
    ReappointmentQuery,
    RetirementAnswer,
    RetirementOverridePublic,
    RetirementOverrideSet,
    RetirementQuery,
)
from personnel.deps import Approver, Reader

router = APIRouter(tags=["careers"])


@router.post("/rules/retirement")
async def calculate_retirement(query: RetirementQuery, session: SessionDep,
                               principal: CurrentPrincipal) -> RetirementAnswer:
    """R-20, R-21: the last day of work, the pension start, the notice and the decision due."""
    return await service.retirement(session, query=query)


@router.post("/rules/next-raise")
async def calculate_next_raise(query: NextRaiseQuery, session: SessionDep,
                               principal: CurrentPrincipal) -> NextRaiseAnswer:
    """R-10: step start + the group's period + extension months."""
    return await service.next_raise(session, query=query)


@router.post("/rules/reappointment")
async def calculate_reappointment(query: ReappointmentQuery, principal: CurrentPrincipal) -> ReappointmentAnswer:
    """R-30, R-31: the end of the term and the day the reappointment procedure must start by."""
    return service.reappointment(query=query)


@router.get("/persons/{person_id}/due-dates")
async def get_due_dates(person_id: uuid.UUID, request: Request, session: SessionDep, principal: Reader,
                        audit: Audit) -> DueDates:
    return await service.due_dates(session, principal, person_id=person_id, audit=audit,
                                   lang=request_language(request))


@router.put("/persons/{person_id}/retirement-override")
async def set_retirement_override(person_id: uuid.UUID, body: RetirementOverrideSet, session: SessionDep,
                                  principal: Approver, audit: Audit) -> RetirementOverridePublic:
    """An early or late retirement, on its legal basis, recorded by a leader."""
    return await service.set_retirement_override(session, principal, person_id=person_id, body=body, audit=audit)


@router.delete("/persons/{person_id}/retirement-override", status_code=204)
async def withdraw_retirement_override(person_id: uuid.UUID, session: SessionDep, principal: Approver,
                                       audit: Audit) -> Response:
    await service.withdraw_retirement_override(session, principal, person_id=person_id, audit=audit)
    return Response(status_code=204)


KindParam = Annotated[str, Query(max_length=20, description="raise | beyond_frame | retirement | term")]
UnitParam = Annotated[str | None, Query(max_length=64, description="this unit and its subtree")]
MonthParam = Annotated[str | None, Query(max_length=7, description="YYYY-MM: the due dates in this month")]
WithinParam = Annotated[int | None, Query(description="without a month: from today to N months on (retirement: 12)")]


@router.get("/due-lists")
async def get_due_list(session: SessionDep, principal: Reader, kind: KindParam, unit_id: UnitParam = None,
                       month: MonthParam = None, within_months: WithinParam = None,
                       page: Annotated[int, Query(ge=1, le=10000)] = 1,
                       size: Annotated[int, Query(ge=1, le=200)] = 20) -> DueListPage:
    """Who is due a step raise, a beyond-frame rate, retirement (with notice and decision due) or the end of
    an appointment term, in the account's unit subtree (a unit outside it lists nobody), by due date."""
    return await due_lists.due_list(session, principal, kind=kind, unit_id=unit_id, month=month,
                                  within_months=within_months, page=page, size=size)


@router.get("/due-lists/early-raise")
async def get_early_raise_candidates(session: SessionDep, principal: Reader, year: Annotated[int, Query()],
                                     unit_id: UnitParam = None) -> early_raise.EarlyRaiseList:
    """R-13: who in the unit's subtree may be raised early in the review year (months, new date, the
    achievement), and the unit's quota for the year (10 % of the payroll list) with the places taken."""
    return await early_raise.candidates(session, principal, unit_id=unit_id, year=year)


@router.get("/due-lists/export.xlsx", response_class=Response,
            responses={200: {"content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}}}})
async def export_due_list(session: SessionDep, principal: Reader, audit: Audit, kind: KindParam,
                          unit_id: UnitParam = None, month: MonthParam = None,
                          within_months: WithinParam = None) -> Response:
    """The same list as an Excel workbook, Vietnamese headers; audited as an export."""
    return await due_lists.export_due_list(session, principal, kind=kind, unit_id=unit_id, month=month,
                                         within_months=within_months, audit=audit)
