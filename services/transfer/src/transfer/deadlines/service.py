"""Deadline rules (seeded from Decision 16/2020) and the obligations cases and events open and fulfil."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.catalogs import items_of
from common.errors import FieldError, ValidationFailed
from common.workdays import WorkCalendar
from transfer.deadlines import rules
from transfer.deadlines.schemas import RuleCreate
from transfer.deadlines.tables import DeadlineRule, Obligation

HOLIDAY_CATALOG = "holiday_calendar_2024_2026"
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
    if data.obligation not in rules.OBLIGATIONS:
        raise ValidationFailed(fields=[FieldError("obligation", "unknown_obligation")])
    previous = (await session.scalars(select(DeadlineRule).where(DeadlineRule.obligation == data.obligation)
                                      .order_by(DeadlineRule.valid_from.desc()).with_for_update())).first()  # type: ignore[attr-defined]
    if previous is not None and data.valid_from <= previous.valid_from:
        raise ValidationFailed(fields=[FieldError("valid_from", "rule_not_newer")])
    if previous is not None and (previous.valid_to is None or previous.valid_to >= data.valid_from):
        previous.valid_to = data.valid_from - timedelta(days=1)
    rule = DeadlineRule(obligation=data.obligation, working_days=data.working_days, valid_from=data.valid_from,
                        legal_basis=data.legal_basis.strip(), note=data.note, created_by=audit.actor_id)
    session.add(rule)
    await session.flush()
    await audit.record(session, action="create", resource_type="deadline_rule", resource_id=str(rule.id),
                       detail={"obligation": rule.obligation, "working_days": rule.working_days,
                               "valid_from": rule.valid_from.isoformat(), "legal_basis": rule.legal_basis})
    return rule


async def all_rules(session: AsyncSession) -> list[DeadlineRule]:
    return list((await session.scalars(select(DeadlineRule).order_by(DeadlineRule.obligation,
                                                                       DeadlineRule.valid_from))).all())


async def work_calendar(session: AsyncSession) -> WorkCalendar:
    """The calendar from the catalog copy: each year's announced days off and make-up working days."""
    rows = await items_of(session, [HOLIDAY_CATALOG])
    return WorkCalendar.from_overrides(
        (date.fromisoformat(r.code), str(r.attributes.get("kind", "day_off")), r.name) for r in rows if r.active)


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


async def of_case(session: AsyncSession, case_id: uuid.UUID) -> list[Obligation]:
    return list((await session.scalars(select(Obligation).where(Obligation.case_id == case_id)
                                       .order_by(Obligation.due_on))).all())
