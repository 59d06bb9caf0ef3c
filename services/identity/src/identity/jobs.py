"""The identity service's periodic work against Keycloak: copy sign-in events into the audit chain, and
keep the account mirror in line with Keycloak. Each pass is one transaction; a failed pass is logged
and retried at the next tick, so an unreachable Keycloak delays the audit but never loses events
(Keycloak keeps them for 90 days, `eventsExpiration` in the realm file)."""

from __future__ import annotations

import asyncio
import logging
import time

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from identity.accounts import service as accounts
from identity.directory import Directory
from identity.signins import service as signins

log = logging.getLogger(__name__)


async def sync_accounts_once(sessionmaker: async_sessionmaker[AsyncSession], directory: Directory) -> int:
    async with sessionmaker() as session, session.begin():
        return await accounts.sync_from_directory(session, directory)


async def ingest_signins_once(sessionmaker: async_sessionmaker[AsyncSession], directory: Directory) -> int:
    async with sessionmaker() as session:
        since = await signins.newest_copied(session)
    events = await signins.fetch_new(directory, since)
    if not events:
        return 0
    async with sessionmaker() as session, session.begin():
        return await signins.record_events(session, events)


async def run(sessionmaker: async_sessionmaker[AsyncSession], directory: Directory, stop: asyncio.Event, *,
              signin_every: float, sync_every: float) -> None:
    next_sync = 0.0
    while not stop.is_set():
        try:
            if time.monotonic() >= next_sync:
                # Accounts first, so that sign-ins of accounts created in the console find their unit.
                await sync_accounts_once(sessionmaker, directory)
                next_sync = time.monotonic() + sync_every
            await ingest_signins_once(sessionmaker, directory)
        except Exception:
            log.exception("identity job pass failed; retrying at the next tick")
        try:
            await asyncio.wait_for(stop.wait(), signin_every)
        except TimeoutError:
            pass
