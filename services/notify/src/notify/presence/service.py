"""Who is online now (Art. 8.3): every open chat connection marks its account in Redis with an expiry and
refreshes the mark while it lives; the list is what has not expired, limited to the viewer's scope.

Kept in a sorted set (account -> when its mark expires) and a hash of what is shown beside it, shared by
every replica; a closed browser simply stops refreshing and drops out after PRESENCE_TTL."""

from __future__ import annotations

import json
import time
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, scope_clause

PRESENCE_TTL = 70  # seconds; clients refresh every 25
EXPIRES = "notify:presence:expires"
DETAILS = "notify:presence:details"


async def mark(redis: Redis, principal: Principal, *, now: float | None = None) -> None:
    at = now if now is not None else time.time()
    details = json.dumps({"account_id": principal.subject, "username": principal.username, "name": principal.name,
                          "unit_id": principal.unit_id, "seen_at": at})
    async with redis.pipeline(transaction=True) as pipe:
        pipe.zadd(EXPIRES, {principal.subject: at + PRESENCE_TTL})
        pipe.hset(DETAILS, principal.subject, details)
        await pipe.execute()


async def online(session: AsyncSession, redis: Redis, principal: Principal, *,
                 now: float | None = None) -> list[dict[str, Any]]:
    at = now if now is not None else time.time()
    gone = await redis.zrangebyscore(EXPIRES, "-inf", at)
    if gone:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.zremrangebyscore(EXPIRES, "-inf", at)
            pipe.hdel(DETAILS, *gone)
            await pipe.execute()
    ids = await redis.zrangebyscore(EXPIRES, at, "+inf")
    if not ids:
        return []
    people = [json.loads(d) for d in await redis.hmget(DETAILS, ids) if d]
    units = {u: n for u, n in (await session.execute(
        select(UnitNode.unit_id, UnitNode.name).where(
            UnitNode.unit_id.in_({p["unit_id"] for p in people}),  # type: ignore[attr-defined]
            scope_clause(principal, UnitNode.unit_id)))).all()}
    return sorted(({**p, "unit_name": units[p["unit_id"]]} for p in people if p["unit_id"] in units),
                  key=lambda p: (p["unit_name"], p["name"] or p["username"]))
