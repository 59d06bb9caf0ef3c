"""The daily job that warns an account its password is about to expire (the realm's
forceExpiredPasswordChange, 30 days): identity.password.expiring.v1, read by notify's notification centre.
Once per account and expiry date: the password_expiry_notice row is written in the same transaction as the
outbox row, so a second pass (or replica) sends nothing; a new password gives a new expiry and a new notice."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.events.contracts.identity import PasswordExpiring
from common.events.envelope import Envelope
from common.outbox import add_event
from identity.accounts import rules
from identity.accounts.tables import Account, PasswordExpiryNotice


class Passwords(Protocol):
    async def password_policy(self) -> str: ...
    async def password_set_at(self, user_id: str) -> int | None: ...


async def send_warnings(session: AsyncSession, directory: Passwords, *, today: date | None = None) -> int:
    """Warn every enabled account whose password expires within the warning days; returns how many events."""
    today = today or clock.today()
    max_age = rules.password_max_age_days(await directory.password_policy())
    if max_age is None:
        return 0  # the realm's passwords do not expire
    sent = 0
    for account in (await session.scalars(select(Account).where(Account.enabled.is_(True)))).all():  # type: ignore[attr-defined]
        set_at = await directory.password_set_at(account.account_id)
        if set_at is None:
            continue
        set_on = clock.vietnam_date(datetime.fromtimestamp(set_at / 1000, tz=UTC))
        expires_on = rules.password_expiry_warning(set_on, today, max_age)
        if expires_on is None:
            continue
        inserted = await session.scalar(insert(PasswordExpiryNotice).values(
            account_id=account.account_id, expires_on=expires_on)
            .on_conflict_do_nothing().returning(PasswordExpiryNotice.account_id))
        if inserted is None:
            continue
        add_event(session, Envelope.of(PasswordExpiring(
            account_id=account.account_id, username=account.username, unit_id=account.unit_id,
            expires_on=expires_on, days_left=(expires_on - today).days,
        ), source="identity", subject=account.account_id, unit_id=account.unit_id))
        sent += 1
    return sent


async def job(app: FastAPI) -> int:
    async with app.state.sessionmaker() as session, session.begin():
        return await send_warnings(session, app.state.directory)
