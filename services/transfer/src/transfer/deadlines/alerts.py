"""The job (every 10 minutes, TRANSFER_DEADLINE_ALERT_SECONDS) that tells a unit an obligation is due in two
working days, or overdue
(transfer.deadline.reached.v1, read by notify's notification centre). One event per obligation and
threshold: the deadline_alert row is inserted in the same transaction as the outbox row, and a second pass
(or another replica) finds it there and sends nothing."""

from __future__ import annotations

from datetime import date

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.events.contracts.transfer import DeadlineReached
from common.events.envelope import Envelope
from common.outbox import add_event
from transfer.calendar import service as calendar_service
from transfer.deadlines import rules
from transfer.deadlines.tables import DeadlineAlert, Obligation


async def send_due(session: AsyncSession, *, today: date | None = None) -> int:
    """Publish what is newly due or overdue among the open obligations; returns how many events."""
    today = today or clock.today()
    calendar = await calendar_service.current(session)
    # Two weeks covers two working days across any run of holidays (Tết is the longest, about 9 days).
    horizon = date.fromordinal(today.toordinal() + 14)
    open_ones = (await session.scalars(select(Obligation).where(
        Obligation.done_at.is_(None), Obligation.cancelled_at.is_(None),  # type: ignore[union-attr]
        Obligation.due_on <= horizon))).all()
    sent = 0
    for ob in open_ones:
        threshold = rules.alert_threshold(ob.due_on, today, calendar)
        if threshold is None:
            continue
        inserted = await session.scalar(insert(DeadlineAlert).values(
            obligation_id=ob.id, threshold=threshold, due_on=ob.due_on)
            .on_conflict_do_nothing().returning(DeadlineAlert.obligation_id))
        if inserted is None:
            continue
        add_event(session, Envelope.of(DeadlineReached(
            obligation_id=str(ob.id), case_id=str(ob.case_id) if ob.case_id else None, kind=ob.kind,
            unit_id=ob.unit_id, label=ob.label, due_on=ob.due_on, threshold=threshold,
        ), source="transfer", subject=str(ob.case_id or ob.id), unit_id=ob.unit_id))
        sent += 1
    return sent


async def job(app: FastAPI) -> int:
    async with app.state.sessionmaker() as session, session.begin():
        return await send_due(session)
