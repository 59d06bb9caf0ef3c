"""The daily job that announces obligations due in two working days and overdue ones
(transfer.deadline.reached.v1): one event per obligation and threshold, however often it runs."""

from __future__ import annotations

import json
import uuid
from datetime import date

from sqlalchemy import text

from transfer.deadlines import alerts
from transfer.deadlines.tables import Obligation


async def _obligation(sessionmaker, *, due_on: date, done: bool = False) -> uuid.UUID:  # type: ignore[no-untyped-def]
    async with sessionmaker() as s, s.begin():
        ob = Obligation(kind="transfer_handover", unit_id="STP", case_id=uuid.uuid4(), label=f"Hồ sơ {due_on}",
                        trigger_on=date(2026, 11, 30), due_on=due_on, working_days=5, legal_basis="QĐ 16/2020")
        if done:
            from common.db import utcnow
            ob.done_at = utcnow()
        s.add(ob)
        await s.flush()
        return ob.id


async def _events(sessionmaker, ids: list[uuid.UUID]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    async with sessionmaker() as s:
        rows = (await s.execute(text("select payload from outbox_message where type = 'transfer.deadline.reached.v1'"
                                     " order by seq"))).scalars().all()
    out = []
    for p in rows:
        p = p if isinstance(p, dict) else json.loads(p)
        data = p.get("data", p)
        if data["obligation_id"] in {str(i) for i in ids}:
            out.append((data["obligation_id"], data["threshold"]))
    return out


async def test_each_obligation_is_announced_once_per_threshold(sessionmaker):
    soon = await _obligation(sessionmaker, due_on=date(2026, 12, 9))  # Wednesday
    later = await _obligation(sessionmaker, due_on=date(2026, 12, 18))
    met = await _obligation(sessionmaker, due_on=date(2026, 12, 8), done=True)
    ids = [soon, later, met]
    for _ in range(2):  # a second pass the same day (or another replica) sends nothing more
        async with sessionmaker() as s, s.begin():
            await alerts.send_due(s, today=date(2026, 12, 7))
    assert await _events(sessionmaker, ids) == [(str(soon), "approaching")]
    async with sessionmaker() as s, s.begin():
        await alerts.send_due(s, today=date(2026, 12, 10))
        await alerts.send_due(s, today=date(2026, 12, 11))
    assert await _events(sessionmaker, ids) == [(str(soon), "approaching"), (str(soon), "overdue")]
