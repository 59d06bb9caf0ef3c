"""Sign-ins and failed sign-ins, pulled from Keycloak's event store into identity's audit chain.

Keycloak records LOGIN and LOGIN_ERROR (the realm enables them); it lists them newest first. Each poll
reads back to a little before the newest event already copied, and the signin_event table keeps each
event from being recorded twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from identity.accounts import repository as account_repo
from identity.accounts import service as accounts
from identity.directory import Directory
from identity.signins.tables import SigninEvent

OVERLAP = timedelta(minutes=5)  # Keycloak may store an event a moment after a later one
PAGE = 200


def _at(event: dict[str, Any]) -> datetime:
    return datetime.fromtimestamp(int(event["time"]) / 1000, tz=UTC)


async def fetch_new(directory: Directory, since: datetime | None) -> list[dict[str, Any]]:
    """Events at or after `since` minus the overlap, oldest first."""
    floor = since - OVERLAP if since else None
    date_from = (floor - timedelta(days=1)).date().isoformat() if floor else "1970-01-01"
    out: list[dict[str, Any]] = []
    first = 0
    while True:
        page = await directory.signin_events(date_from=date_from, first=first, max_results=PAGE)
        fresh = [e for e in page if floor is None or _at(e) >= floor]
        out += fresh
        if len(page) < PAGE or len(fresh) < len(page):
            break
        first += PAGE
    return sorted(out, key=lambda e: (int(e["time"]), str(e.get("id"))))


async def record_events(session: AsyncSession, events: list[dict[str, Any]]) -> int:
    """Copy each event not yet copied into the audit chain; returns how many were new."""
    recorded = 0
    for event in events:
        at = _at(event)
        claimed = await session.scalar(
            insert(SigninEvent).values(event_id=str(event["id"]), at=at)
            .on_conflict_do_nothing().returning(SigninEvent.event_id))
        if claimed is None:
            continue
        user_id = event.get("userId")
        details = event.get("details") or {}
        ok = event["type"] == "LOGIN"
        if user_id and ok:
            account = await accounts.record_sign_in(session, account_id=user_id, at=at)
        else:
            account = await account_repo.get(session, user_id) if user_id else None
        username = str(details.get("username") or (account.username if account else None) or "?")
        actor = Principal(subject=user_id, username=username, unit_id=account.unit_id) if account else None
        # Keycloak saw the sign-in: its account, and the address Keycloak reports, are the audit's context.
        context = AuditContext(service="identity", principal=actor, actor=user_id or "unknown",
                               actor_username=username)
        await context.record(
            session, action="sign_in" if ok else "sign_in_failed",
            resource_type="account", resource_id=user_id, unit_id=account.unit_id if account else None,
            client_address=event.get("ipAddress"), at=at,
            detail={"client": event.get("clientId"), "keycloak_event_id": event["id"],
                    **({"error": event.get("error")} if not ok else {})})
        recorded += 1
    return recorded


async def newest_copied(session: AsyncSession) -> datetime | None:
    return await session.scalar(select(func.max(SigninEvent.at)))
