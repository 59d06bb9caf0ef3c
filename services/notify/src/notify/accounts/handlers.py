"""identity.account.* events into the replica of accounts: the newest event wins, whatever the order."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.db import utcnow
from common.events.contracts.identity import AccountState
from common.messaging import Event, Handler
from notify.accounts.tables import AccountRef
from notify.notifications import rules as notes
from notify.notifications import service as notifications


async def on_account(session: AsyncSession, event: Event[AccountState]) -> None:
    a = event.payload
    before = await session.get(AccountRef, a.account_id)
    if (before is not None and before.enabled and not a.enabled and before.event_time <= event.envelope.time):
        # Locked (or removed): the account's unit hears of it.
        await notifications.add(session, [notes.of_lock(account_id=a.account_id, username=a.username,
                                                        unit_id=a.unit_id, reason=getattr(a, "reason", None))],
                                source=event.envelope.id)
    values = {"account_id": a.account_id, "username": a.username, "full_name": a.full_name, "unit_id": a.unit_id,
              "enabled": a.enabled, "event_time": event.envelope.time, "updated_at": utcnow()}
    stmt = insert(AccountRef).values(**values)
    stmt = stmt.on_conflict_do_update(index_elements=["account_id"], set_={k: stmt.excluded[k] for k in values},
                                      where=AccountRef.event_time <= stmt.excluded.event_time)  # type: ignore[arg-type]
    await session.execute(stmt)


ACCOUNT_HANDLERS: dict[str, Handler] = {
    "identity.account.created.v1": on_account,
    "identity.account.updated.v1": on_account,
}
