"""Use cases of the job-position plans: versions proposed by the unit, decided by the province's
administrators (never by the account that proposed them), never overwritten."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.db import utcnow
from common.duties import ensure_separate
from common.errors import Conflict, FieldError, NotFound, ValidationFailed
from org.job_plans import repository as repo
from org.job_plans import rules
from org.job_plans.schemas import PlanCreate, PlanLinePublic, PlanPublic
from org.job_plans.tables import JobPositionPlan, JobPositionPlanItem
from org.staffing.tables import JobPosition
from org.units import repository as unit_repo


def facts(position: JobPosition) -> rules.PositionFacts:
    return rules.PositionFacts(position.code, position.valid_from, position.valid_to, position.active)


async def _public(session: AsyncSession, unit_id: str, rows: list[JobPositionPlan], on: date) -> list[PlanPublic]:
    current = rules.current_version([rules.VersionFacts(p.version, p.effective_on, p.state) for p in rows], on)
    lines = await repo.items(session, [p.id for p in rows])
    positions = await repo.positions(session, unit_id)
    out = []
    for p in rows:
        items = [PlanLinePublic(position_code=i.position_code, posts=i.posts,
                                position_name=positions[i.position_code].name if i.position_code in positions else None,
                                category=positions[i.position_code].category if i.position_code in positions else None)
                 for i in lines[p.id]]
        out.append(PlanPublic(
            id=p.id, unit_id=p.unit_id, version=p.version, effective_on=p.effective_on,
            decision_number=p.decision_number, decision_date=p.decision_date, issuer=p.issuer, note=p.note,
            state=p.state,  # type: ignore[arg-type]
            submitted_by=p.submitted_by, submitted_at=p.submitted_at, decided_by=p.decided_by,
            decided_at=p.decided_at, decision_note=p.decision_note, current=p.version == current,
            total_posts=sum(i.posts for i in items), items=items))
    return out


async def versions(session: AsyncSession, *, unit_id: str) -> list[PlanPublic]:
    return await _public(session, unit_id, await repo.plans(session, unit_id), clock.today())


async def current(session: AsyncSession, *, unit_id: str, on: date | None = None) -> PlanPublic:
    day = on or clock.today()
    rows = await repo.plans(session, unit_id)
    number = rules.current_version([rules.VersionFacts(p.version, p.effective_on, p.state) for p in rows], day)
    if number is None:
        raise NotFound("job_plan.none")
    return (await _public(session, unit_id, [p for p in rows if p.version == number], day))[0]


async def propose(session: AsyncSession, principal: Principal, *, unit_id: str, data: PlanCreate,
                  audit: AuditContext) -> PlanPublic:
    """A new version, waiting for the province's decision; nothing is recorded when any line is refused."""
    unit = (await unit_repo.lock_units(session, [unit_id])).get(unit_id)
    if unit is None:
        raise NotFound()
    effective_on = data.effective_on or data.decision_date
    positions = await repo.positions(session, unit_id)
    problems = rules.check_plan(
        effective_on=effective_on, established_on=unit.established_on, dissolved_on=unit.dissolved_on,
        lines=[(line.position_code, line.posts) for line in data.items],
        positions={code: facts(p) for code, p in positions.items()})
    if problems:
        raise ValidationFailed(fields=[FieldError(p.field, p.code, **p.params) for p in problems])
    if await repo.same_decision(session, unit_id, data.issuer, data.decision_number) is not None:
        raise Conflict("job_plan.duplicate_decision", number=data.decision_number, issuer=data.issuer)
    plan = JobPositionPlan(
        unit_id=unit_id, version=await repo.next_version(session, unit_id), effective_on=effective_on,
        decision_number=data.decision_number.strip(), decision_date=data.decision_date, issuer=data.issuer.strip(),
        note=data.note, state="submitted", submitted_by=principal.username)
    session.add(plan)
    await session.flush()
    for i, line in enumerate(data.items):
        session.add(JobPositionPlanItem(plan_id=plan.id, position_code=line.position_code, posts=line.posts,
                                        sort_order=i))
    await session.flush()
    await audit.record(session, action="create", resource_type="job_position_plan", resource_id=str(plan.id),
                       unit_id=unit_id, detail={"version": plan.version, "decision_number": plan.decision_number,
                                                "effective_on": effective_on.isoformat(),
                                                "items": {x.position_code: x.posts for x in data.items}})
    return (await _public(session, unit_id, [plan], clock.today()))[0]


async def decide(session: AsyncSession, principal: Principal, *, unit_id: str, plan_id: uuid.UUID, approve: bool,
                 note: str | None, audit: AuditContext) -> PlanPublic:
    await unit_repo.lock_units(session, [unit_id])
    plan = await repo.get(session, unit_id, plan_id, lock=True)
    if plan is None:
        raise NotFound()
    if plan.state != "submitted":
        raise Conflict("job_plan.already_decided", version=plan.version)
    ensure_separate(principal, [plan.submitted_by])
    if approve:
        # The positions are judged again: one may have been retired since the version was proposed.
        unit = await unit_repo.get(session, unit_id)
        assert unit is not None
        lines = (await repo.items(session, [plan.id]))[plan.id]
        positions = await repo.positions(session, unit_id)
        problems = rules.check_plan(
            effective_on=plan.effective_on, established_on=unit.established_on, dissolved_on=unit.dissolved_on,
            lines=[(x.position_code, x.posts) for x in lines], positions={c: facts(p) for c, p in positions.items()})
        if problems:
            raise ValidationFailed(fields=[FieldError(p.field, p.code, **p.params) for p in problems])
    elif not (note or "").strip():
        raise ValidationFailed(fields=[FieldError("note", "job_plan.reason_required")])
    plan.state = "approved" if approve else "rejected"
    plan.decided_by, plan.decided_at, plan.decision_note = principal.username, utcnow(), note
    await session.flush()
    await audit.record(session, action="approve" if approve else "reject", resource_type="job_position_plan",
                       resource_id=str(plan.id), unit_id=unit_id, detail={"version": plan.version, "note": note})
    return (await _public(session, unit_id, [plan], clock.today()))[0]
