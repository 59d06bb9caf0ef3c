"""The daily job that warns accounts of a password about to expire (identity.password.expiring.v1): once per
account and expiry date, however often it runs; a new password gives a new warning when its turn comes."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from common.db import make_engine, make_sessionmaker
from identity import password_expiry
from identity.accounts.tables import Account

POLICY = "length(8) and passwordHistory(5) and forceExpiredPasswordChange(30)"


class FakeDirectory:
    def __init__(self, set_on: dict[str, date]) -> None:
        self.set_on = set_on

    async def password_policy(self) -> str:
        return POLICY

    async def password_set_at(self, user_id: str) -> int | None:
        d = self.set_on.get(user_id)
        return None if d is None else int(datetime(d.year, d.month, d.day, 3, tzinfo=UTC).timestamp() * 1000)


@pytest.fixture
async def sessionmaker(identity_db):  # type: ignore[no-untyped-def]
    engine = make_engine(identity_db, pool_size=2)
    yield make_sessionmaker(engine)
    await engine.dispose()


async def _events(sm, ids: set[str]) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    async with sm() as s:
        rows = (await s.execute(text("select payload from outbox_message "
                                     "where type = 'identity.password.expiring.v1' order by seq"))).scalars().all()
    return [(p["data"]["account_id"], p["data"]["expires_on"], p["data"]["days_left"]) for p in rows
            if p["data"]["account_id"] in ids]


async def test_each_expiry_is_announced_once_to_enabled_accounts(sessionmaker):
    soon, later, locked = (f"pw-{uuid.uuid4().hex[:12]}" for _ in range(3))
    async with sessionmaker() as s, s.begin():
        for acc, enabled in ((soon, True), (later, True), (locked, False)):
            s.add(Account(account_id=acc, username=acc, unit_id="STP", enabled=enabled))
    directory = FakeDirectory({soon: date(2026, 11, 8), later: date(2026, 11, 25), locked: date(2026, 11, 8)})
    for _ in range(2):
        async with sessionmaker() as s, s.begin():
            await password_expiry.send_warnings(s, directory, today=date(2026, 12, 4))
    assert await _events(sessionmaker, {soon, later, locked}) == [(soon, "2026-12-08", 4)]
    # The account changes its password; thirty days on, the new expiry is announced once more.
    directory.set_on[soon] = date(2026, 12, 6)
    async with sessionmaker() as s, s.begin():
        await password_expiry.send_warnings(s, directory, today=date(2027, 1, 1))
    assert await _events(sessionmaker, {soon, later, locked}) == [(soon, "2026-12-08", 4), (soon, "2027-01-05", 4)]
