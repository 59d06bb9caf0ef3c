"""identity's account events into notify's replica (whom a message may be addressed to), on a fresh
migrated database: the newest event wins whatever the order, a redelivery changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from common.db import make_engine, make_sessionmaker
from common.events.contracts.identity import AccountCreated, AccountUpdated
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed
from notify.accounts.handlers import ACCOUNT_HANDLERS
from notify.accounts.tables import AccountRef
from notify.notifications.tables import Notification

ACCOUNTS = Subscription("accounts", dict(ACCOUNT_HANDLERS))


@pytest.fixture(scope="module")
async def sessionmaker(migrated_db):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db("notify"), pool_size=2)
    yield make_sessionmaker(engine)
    await engine.dispose()


def event(cls, at: datetime, **kw) -> Envelope:  # type: ignore[no-untyped-def]
    payload = cls(account_id="a-1", username="xa.test", unit_id="00700", roles=["unit_officer"], **kw)
    envelope = Envelope.of(payload, source="identity", subject="a-1")
    return envelope.model_copy(update={"time": at})


async def test_newest_event_wins(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    t1, t2 = datetime(2026, 12, 1, 8, tzinfo=UTC), datetime(2026, 12, 2, 8, tzinfo=UTC)
    await feed(sessionmaker, ACCOUNTS, event(AccountCreated, t1, full_name="Nguyễn Văn A"))
    written = await feed(sessionmaker, ACCOUNTS, event(AccountUpdated, t2, full_name="Nguyễn Văn A", enabled=False,
                                                       reason="Nghỉ việc"))
    # Locked: the account's unit hears of it in its notification centre.
    assert [n["title_vi"] for n in written.table("notification")] == ["Tài khoản xa.test đã bị khoá: Nghỉ việc"]
    # An older event arriving late does not bring the account back.
    await feed(sessionmaker, ACCOUNTS, event(AccountCreated, t1, full_name="Tên cũ"))
    async with sessionmaker() as s:
        row = await s.get(AccountRef, "a-1")
    assert row is not None and row.enabled is False and row.full_name == "Nguyễn Văn A"
    async with sessionmaker() as s:
        assert len((await s.scalars(select(Notification))).all()) == 1  # the late old event added nothing
