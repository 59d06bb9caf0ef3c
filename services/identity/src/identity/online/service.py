"""Who is signed in now: the live Keycloak sessions of the web client, limited to the caller's scope.

Other services (notify's online list) ask often, so Keycloak is asked at most once per few seconds:
the session list is cached in Redis. Scope is applied in the database query over the account mirror."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from identity.accounts import repository as account_repo
from identity.directory import Directory

CACHE_KEY = "identity:online:{client}"


async def live_sessions(directory: Directory, redis: Redis, *, clients: list[str],
                        ttl: int) -> dict[str, dict[str, Any]]:
    """user id -> {started, last_access} over the given clients' sessions."""
    by_user: dict[str, dict[str, Any]] = {}
    for client in clients:
        key = CACHE_KEY.format(client=client)
        cached = await redis.get(key)
        if cached is None:
            sessions = [{"user": s["userId"], "start": s.get("start"), "last": s.get("lastAccess")}
                        for s in await directory.client_sessions(client)]
            await redis.set(key, json.dumps(sessions), ex=max(1, ttl))
        else:
            sessions = json.loads(cached)
        for s in sessions:
            seen = by_user.setdefault(s["user"], {"start": s["start"], "last": s["last"]})
            seen["start"] = min(filter(None, (seen["start"], s["start"])), default=None)
            seen["last"] = max(filter(None, (seen["last"], s["last"])), default=None)
    return by_user


def _ms(value: int | None) -> datetime | None:
    return datetime.fromtimestamp(value / 1000, tz=UTC) if value else None


async def online_accounts(session: AsyncSession, directory: Directory, redis: Redis, *, principal: Principal,
                          clients: list[str], ttl: int) -> list[dict[str, Any]]:
    sessions = await live_sessions(directory, redis, clients=clients, ttl=ttl)
    rows = await account_repo.online_in_scope(session, principal, sorted(sessions))
    return [{"account_id": a.account_id, "username": a.username, "full_name": a.full_name, "unit_id": a.unit_id,
             "unit_name": unit_name, "signed_in_at": _ms(sessions[a.account_id]["start"]),
             "last_access_at": _ms(sessions[a.account_id]["last"])} for a, unit_name in rows]
