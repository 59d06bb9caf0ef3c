"""Cases as the client shows them: unit names, steps, obligations with working days left."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.auth import Principal
from common.errors import NotFound
from common.scope import units_in_scope
from common.workdays import WorkCalendar
from transfer.cases import repository, rules
from transfer.cases.schemas import CasePublic, CasesPublic, ObligationPublic, StepPublic
from transfer.cases.tables import TransferCase
from transfer.deadlines import service as deadlines
from transfer.deadlines.tables import Obligation


def days_left(calendar: WorkCalendar, due_on, today) -> int:  # type: ignore[no-untyped-def]
    """Working days from today to the due date; negative once it has passed."""
    if due_on >= today:
        return calendar.working_days_between(today, due_on)
    return -calendar.working_days_between(due_on, today)


def obligation_public(o: Obligation, calendar: WorkCalendar, today) -> ObligationPublic:  # type: ignore[no-untyped-def]
    done_day = clock.vietnam_date(o.done_at) if o.done_at else None
    late = (done_day > o.due_on) if done_day else (o.cancelled_at is None and today > o.due_on)
    return ObligationPublic(kind=o.kind, unit_id=o.unit_id, label=o.label, trigger_on=o.trigger_on, due_on=o.due_on,
                            working_days=o.working_days, legal_basis=o.legal_basis, done_at=o.done_at,
                            days_left=None if (o.done_at or o.cancelled_at) else days_left(calendar, o.due_on, today),
                            late=late)


def case_units(case: TransferCase) -> tuple[str | None, str | None]:
    """(the unit that acts as sender, the receiving unit)."""
    return case.from_unit_id or case.created_unit_id, case.to_unit_id


async def public(session: AsyncSession, case: TransferCase, principal: Principal, *, full: bool = False,
                 names: dict[str, str] | None = None, open_obligations: list[Obligation] | None = None,
                 calendar: WorkCalendar | None = None, mine: set[str] | None = None) -> CasePublic:
    """`mine`: the units of the case the account's scope covers, when the caller has them for a page."""
    today = clock.today()
    calendar = calendar or await deadlines.work_calendar(session)
    if names is None:
        names = await repository.unit_names(session, {u for u in (case.from_unit_id, case.to_unit_id) if u})
    out = CasePublic.model_validate(case, from_attributes=True)
    out.from_unit_name = names.get(case.from_unit_id or "")
    out.to_unit_name = names.get(case.to_unit_id or "")
    if rules.steps_open_to(case.kind, case.state):
        sending, receiving = case_units(case)
        if mine is None:
            mine = await units_in_scope(session, principal, (sending, receiving))
        sides = rules.sides(sending_unit=sending, receiving_unit=receiving, mine=mine)
        out.steps_open = rules.steps_open_to(case.kind, case.state, sides)
    obligations = open_obligations
    if full:
        out.steps = [StepPublic.model_validate(s, from_attributes=True)
                     for s in await repository.steps(session, case.id)]
        all_obligations = await deadlines.of_case(session, case.id)
        out.obligations = [obligation_public(o, calendar, today) for o in all_obligations]
        obligations = [o for o in all_obligations if o.done_at is None and o.cancelled_at is None]
        moves = await repository.moves(session, case.id)
        out.moves_total, out.moves_applied = len(moves), sum(1 for m in moves if m.applied_at)
    if obligations:
        first = min(obligations, key=lambda o: o.due_on)
        out.next_due_on = first.due_on
        out.next_days_left = days_left(calendar, first.due_on, today)
        out.overdue = today > first.due_on
    return out


async def one(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> CasePublic:
    case = await repository.get(session, principal, case_id)
    if case is None:
        raise NotFound("case_not_found")
    return await public(session, case, principal, full=True)


async def listing(session: AsyncSession, principal: Principal, *, box: str, unit_id: str | None, state: str | None,
                  kind: str | None, page: int, size: int) -> CasesPublic:
    rows, total = await repository.listing(session, principal, box=box, unit_id=unit_id, state=state, kind=kind,
                                           page=page, size=size)
    names = await repository.unit_names(session, {u for c in rows for u in (c.from_unit_id, c.to_unit_id) if u})
    open_by_case: dict[uuid.UUID, list[Obligation]] = {}
    if rows:
        for o in (await session.scalars(select(Obligation).where(
                Obligation.case_id.in_([c.id for c in rows]),  # type: ignore[union-attr]
                Obligation.done_at.is_(None), Obligation.cancelled_at.is_(None)))).all():  # type: ignore[union-attr]
            if o.case_id is not None:
                open_by_case.setdefault(o.case_id, []).append(o)
    calendar = await deadlines.work_calendar(session)
    mine = await units_in_scope(session, principal, (u for c in rows for u in case_units(c)))
    items = [await public(session, c, principal, names=names, open_obligations=open_by_case.get(c.id, []),
                          calendar=calendar, mine=mine) for c in rows]
    return CasesPublic(items=items, total=total)
