"""Who is online: an open chat connection marks its account in Redis; every account sees those of its own
units (the Department: everyone); a mark not refreshed expires."""

from __future__ import annotations

import time
import uuid

import httpx

from common.auth import Principal
from common.cache import make_redis
from common.db import make_engine, make_sessionmaker
from common.testing import stack
from notify.presence import service

from .conftest import NOTIFY
from .test_chat_socket import Client


async def test_online_within_scope(gateway: httpx.AsyncClient, token_for) -> None:  # type: ignore[no-untyped-def]
    def seen_by(user: str) -> httpx.Response:
        return gateway.get(f"{NOTIFY}/presence/online", headers={"Authorization": f"Bearer {token_for(user)}"})

    async with Client(token_for("stp.officer")), Client(token_for("xa.phulinh")):
        everyone = {p["username"] for p in (await seen_by("snv.admin")).json()}
        assert {"stp.officer", "xa.phulinh"} <= everyone
        stp = (await seen_by("stp.leader")).json()
        assert "stp.officer" in {p["username"] for p in stp} and "xa.phulinh" not in {p["username"] for p in stp}
        assert next(p for p in stp if p["username"] == "stp.officer")["unit_name"] == "Sở Tư pháp"
        commune = {p["username"] for p in (await seen_by("xa.ngocduong")).json()}
        assert not commune & {"stp.officer", "xa.phulinh"}


async def test_a_mark_not_refreshed_expires() -> None:
    redis = make_redis(f"redis://127.0.0.1:{stack.port('redis')}/0")
    engine = make_engine(f"postgresql+asyncpg://postgres@127.0.0.1:{stack.port('pg')}/notify", pool_size=1)
    ghost = Principal(subject=f"test-{uuid.uuid4().hex}", username="ghost", unit_id="SNV",
                      roles=frozenset({"province_admin"}))
    try:
        await service.mark(redis, ghost, now=time.time() - service.PRESENCE_TTL - 1)
        async with make_sessionmaker(engine)() as session:
            assert ghost.subject not in {p["account_id"] for p in await service.online(session, redis, ghost)}
        assert await redis.zscore(service.EXPIRES, ghost.subject) is None
        assert await redis.hget(service.DETAILS, ghost.subject) is None
        await service.mark(redis, ghost)
        async with make_sessionmaker(engine)() as session:
            assert ghost.subject in {p["account_id"] for p in await service.online(session, redis, ghost)}
    finally:
        await redis.zrem(service.EXPIRES, ghost.subject)
        await redis.hdel(service.DETAILS, ghost.subject)
        await redis.aclose()
        await engine.dispose()
