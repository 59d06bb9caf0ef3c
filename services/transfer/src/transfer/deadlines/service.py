"""Deadline rules (seeded from Decision 16/2020) and the obligations cases and events open and fulfil."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.errors import FieldError, ValidationFailed
from common.workdays import WorkCalendar
from transfer.calendar import service as calendar_service
from transfer.deadlines import rules
from transfer.deadlines.schemas import RuleCreate
from transfer.deadlines.tables import DeadlineRule, Obligation

HOLIDAY_CATALOG = calendar_service.HOLIDAY_CATALOG
DECISION_16 = "Quyết định 16/2020/QĐ-UBND tỉnh Tuyên Quang"
DECISION_16_FROM = date(2020, 8, 1)
SEED_RULES = [
    ("new_record", 10, f"{DECISION_16}, Điều 9 khoản 1"),
    ("decision_update", 10, f"{DECISION_16}, Điều 9 khoản 2 điểm a"),
    ("internal_move", 2, f"{DECISION_16}, Điều 10 khoản 1"),
    ("transfer_handover", 5, f"{DECISION_16}, Điều 10 khoản 2"),
    ("transfer_receive", 3, f"{DECISION_16}, Điều 10 khoản 2"),
    ("status_change", 5, f"{DECISION_16}, Điều 10 khoản 3"),
]


async def seed_rules_if_empty(session: AsyncSession) -> int:
    if await session.scalar(select(DeadlineRule.id).limit(1)) is not None:
        return 0
    for obligation, days, basis in SEED_RULES:
        session.add(DeadlineRule(obligation=obligation, working_days=days, valid_from=DECISION_16_FROM,
                                 legal_basis=basis))
    return len(SEED_RULES)


async def add_rule(session: AsyncSession, *, data: RuleCreate, audit: AuditContext) -> DeadlineRule:
    """A newer rule for an obligation from its valid_from: the rule before it ends the day before (it is
    never edited otherwise, nor deleted), and obligations triggered from valid_from on are measured again."""
    if data.obligation not in rules.OBLIGATIONS:
        raise ValidationFailed(fields=[FieldError("obligation", "unknown_obligation")])
    # One writer per obligation at a time, so two rules added together cannot both close the same one.
    await session.execute(text("select pg_advisory_xact_lock(hashtext(:key))"),
                          {"key": f"deadline_rule:{data.obligation}"})
    previous = (await session.scalars(select(DeadlineRule).where(DeadlineRule.obligation == data.obligation)
                                      .order_by(DeadlineRule.valid_from.desc()).with_for_update())).first()  # type: ignore[attr-defined]
    if previous is not None and data.valid_from <= previous.valid_from:
        raise ValidationFailed(fields=[FieldError("valid_from", "rule_not_newer")])
    if previous is not None and (previous.valid_to is None or previous.valid_to >= data.valid_from):
        previous.valid_to = data.valid_from - timedelta(days=1)
    rule = DeadlineRule(obligation=data.obligation, working_days=data.working_days, valid_from=data.valid_from,
                        legal_basis=data.legal_basis, note=data.note, created_by=audit.actor_id)
    session.add(rule)
    await session.flush()
    remeasured = await remeasure(session, kind=rule.obligation, triggered_from=rule.valid_from)
    await audit.record(session, action="create", resource_type="deadline_rule", resource_id=str(rule.id),
                       detail={"obligation": rule.obligation, "working_days": rule.working_days,
                               "valid_from": rule.valid_from.isoformat(), "legal_basis": rule.legal_basis,
                               "previous_id": str(previous.id) if previous else None,
                               "obligations_remeasured": remeasured})
    return rule


async def all_rules(session: AsyncSession) -> list[DeadlineRule]:
    return list((await session.scalars(select(DeadlineRule).order_by(DeadlineRule.obligation,
                                                                       DeadlineRule.valid_from))).all())


async def work_calendar(session: AsyncSession) -> WorkCalendar:
    """The calendar: statutory holidays and the catalog copy's announced days (transfer.calendar.service)."""
    return await calendar_service.current(session)


async def open_obligation(session: AsyncSession, *, kind: str, unit_id: str, trigger_on: date, label: str,
                          person_id: uuid.UUID | None = None, case_id: uuid.UUID | None = None,
                          source_key: str | None = None, calendar: WorkCalendar | None = None) -> Obligation | None:
    """Open what `unit_id` must do by the rule in force on `trigger_on`; None if no rule covers it.
    With a source_key, opening the same obligation twice (a redelivered event) keeps the first."""
    due = rules.due(calendar or await work_calendar(session), await all_rules(session), kind, trigger_on)
    if due is None:
        return None
    values = dict(kind=kind, unit_id=unit_id, person_id=person_id, case_id=case_id, source_key=source_key,
                  label=label[:300], trigger_on=trigger_on, due_on=due.due_on, working_days=due.working_days,
                  rule_id=getattr(due.rule, "id", None), legal_basis=due.legal_basis)
    if source_key is None:
        obligation = Obligation(**values)
        session.add(obligation)
        await session.flush()
        return obligation
    stmt = insert(Obligation).values(id=uuid.uuid4(), **values).on_conflict_do_nothing(index_elements=["source_key"])
    await session.execute(stmt)
    return await session.scalar(select(Obligation).where(Obligation.source_key == source_key))


async def fulfil(session: AsyncSession, *, at: datetime, case_id: uuid.UUID | None = None, kind: str | None = None,
                 source_key: str | None = None) -> None:
    """Mark the open obligations of a case (of one kind), or the one with source_key, as done at `at`."""
    stmt = select(Obligation).where(Obligation.done_at.is_(None))  # type: ignore[union-attr]
    if source_key is not None:
        stmt = stmt.where(Obligation.source_key == source_key)
    else:
        stmt = stmt.where(Obligation.case_id == case_id)
        if kind is not None:
            stmt = stmt.where(Obligation.kind == kind)
    for obligation in (await session.scalars(stmt.with_for_update())).all():
        obligation.done_at = at


async def cancel(session: AsyncSession, *, case_id: uuid.UUID, at: datetime, kind: str | None = None) -> None:
    """A cancelled or rejected case owes nothing more: its open obligations are closed as cancelled."""
    stmt = select(Obligation).where(Obligation.case_id == case_id, Obligation.done_at.is_(None),  # type: ignore[union-attr]
                                    Obligation.cancelled_at.is_(None))  # type: ignore[union-attr]
    if kind is not None:
        stmt = stmt.where(Obligation.kind == kind)
    for obligation in (await session.scalars(stmt.with_for_update())).all():
        obligation.cancelled_at = at


async def remeasure(session: AsyncSession, *, kind: str | None = None, triggered_from: date | None = None,
                    around: date | None = None, calendar: WorkCalendar | None = None) -> int:
    """Measure obligations again by the rule in force on each one's triggering date and the calendar as it
    is now: those of `kind` triggered from `triggered_from` on (a rule was added), or those whose period
    holds the day `around` (that day became a day off or a working day). Cancelled ones stay as they were.
    Returns how many changed."""
    stmt = select(Obligation).where(Obligation.cancelled_at.is_(None))  # type: ignore[union-attr]
    if kind is not None:
        stmt = stmt.where(Obligation.kind == kind)
    if triggered_from is not None:
        stmt = stmt.where(Obligation.trigger_on >= triggered_from)
    if around is not None:
        stmt = stmt.where(Obligation.trigger_on < around, Obligation.due_on >= around)
    calendar = calendar or await calendar_service.load(session)
    in_force = await all_rules(session)
    changed = 0
    for obligation in (await session.scalars(stmt.with_for_update())).all():
        due = rules.due(calendar, in_force, obligation.kind, obligation.trigger_on)
        if due is None:
            continue
        values = dict(due_on=due.due_on, working_days=due.working_days, legal_basis=due.legal_basis,
                      rule_id=getattr(due.rule, "id", None))
        if any(getattr(obligation, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(obligation, k, v)
            changed += 1
    return changed


async def of_case(session: AsyncSession, case_id: uuid.UUID) -> list[Obligation]:
    return list((await session.scalars(select(Obligation).where(Obligation.case_id == case_id)
                                       .order_by(Obligation.due_on))).all())
