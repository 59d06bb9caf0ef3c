"""Which accounts are locked, as every service sees it, without a Redis round trip per request.

Identity marks a locked account with the key `auth:locked:<subject>` for as long as a token issued before
the lock can live, and deletes it on unlock. Each process keeps those marks in memory and Redis keeps
that copy current: CLIENT TRACKING in broadcast mode announces every change to a key under the prefix
(set, delete, expiry, flush) on a connection of ours, which then reads that one key again. Nothing has to
publish anything, so every way a mark is set or cleared is seen.

The copy is trusted only while that connection is known to be live: loaded after the announcements began,
and a PING sent less than LIVENESS seconds ago answered. Redis answers in order, so that pong comes after
every announcement of a change made before its PING: a change is in the copy, or the copy is no longer
trusted, at most LIVENESS seconds after it was made, even when the connection goes silent. While the copy is
not trusted, and for a subject whose change was announced but not yet read back, the mark is read from Redis
on each request, as before."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import deque

from redis.asyncio import ConnectionPool, Redis
from redis.asyncio.connection import AbstractConnection
from redis.exceptions import RedisError

from common.metrics import ACCOUNT_LOCK_READS

log = logging.getLogger(__name__)

PREFIX = "auth:locked:"
LOCK_TTL_SECONDS = 900  # longer than any access token lives; refresh already fails for a locked account
INVALIDATIONS = "__redis__:invalidate"  # where Redis announces tracked keys that changed
PING_EVERY = 0.5
LIVENESS = 2.0  # a silent connection is distrusted after this long: the most a lock can be late by


def locked_key(subject: str) -> str:
    return f"{PREFIX}{subject}"


class LockedAccounts:
    def __init__(self, redis: Redis, url: str, *, name: str = "account-locks") -> None:
        self.redis = redis  # reads: the marks, and per request while the copy is not trusted
        self.name = name  # the tracking connection's client name, as CLIENT LIST shows it
        # RESP2, so announcements arrive as plain pub/sub messages on the connection that asked for them.
        self._tracking = ConnectionPool.from_url(url, protocol=2, decode_responses=True, client_name=name,
                                                 socket_connect_timeout=5)
        self._until: dict[str, float] = {}  # subject -> time.monotonic() when its mark ends
        self._unsure: set[str] = set()  # announced as changed, not yet read back
        self._loaded = False
        self._heard = -math.inf  # when the last answered PING was sent
        self.redis_reads = 0  # requests answered from Redis rather than the copy (also a metric)
        self._reads_metric = ACCOUNT_LOCK_READS.labels(service=name.removesuffix("-account-locks"))

    @property
    def live(self) -> bool:
        return self._loaded and time.monotonic() - self._heard < LIVENESS

    @property
    def settled(self) -> bool:
        """Live, and every announced change read back: answers now come from memory alone."""
        return self.live and not self._unsure

    async def is_locked(self, subject: str) -> bool:
        """Raises RedisError when the copy cannot be trusted and Redis cannot be asked."""
        if self.live and subject not in self._unsure:
            until = self._until.get(subject)
            return until is not None and until > time.monotonic()
        self.redis_reads += 1
        self._reads_metric.inc()
        return bool(await self.redis.exists(locked_key(subject)))

    async def run(self, stop: asyncio.Event) -> None:
        """Follows the marks until stop is set, connecting again (with backoff) whenever the connection fails."""
        backoff = 0.5
        while not stop.is_set():
            conn = self._tracking.make_connection()
            try:
                await self._follow(conn, stop)
            except (RedisError, OSError) as exc:
                if self._loaded:
                    log.warning("account lock tracking lost, checking Redis per request: %s", exc)
                    backoff = 0.5
            except Exception:
                log.exception("account lock tracking failed, checking Redis per request")
            finally:
                self._loaded = False
                await conn.disconnect()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), backoff)
            backoff = min(backoff * 2, 10.0)

    async def _follow(self, conn: AbstractConnection, stop: asyncio.Event) -> None:
        await conn.connect()
        await conn.send_command("CLIENT", "ID")
        own_id = await conn.read_response()
        await conn.send_command("CLIENT", "TRACKING", "ON", "REDIRECT", own_id, "BCAST", "PREFIX", PREFIX)
        await conn.read_response()
        await conn.send_command("SUBSCRIBE", INVALIDATIONS)
        await conn.read_response()
        # Every change from here on is announced; what was there before is read once.
        self._heard = -math.inf
        await self._load()
        self._loaded = True
        log.info("account locks followed in memory (%d marked)", len(self._until))
        pings: deque[float] = deque()  # when each PING not yet answered was sent
        next_ping = time.monotonic()
        while not stop.is_set():
            if time.monotonic() >= next_ping:
                await conn.send_command("PING")
                pings.append(time.monotonic())
                next_ping = pings[-1] + PING_EVERY
            message = await conn.read_response(timeout=max(0.0, next_ping - time.monotonic()))
            if message is None:
                continue
            if message[0] == "pong":
                self._heard = pings.popleft()
            elif message[0] == "message" and message[1] == INVALIDATIONS:
                if message[2] is None:  # the database was flushed
                    await self._load()
                else:
                    await self._reread([k for k in message[2] if k.startswith(PREFIX)])

    async def _load(self) -> None:
        keys = [key async for key in self.redis.scan_iter(match=f"{PREFIX}*", count=1000)]
        self._until = await self._deadlines(keys)
        self._unsure.clear()

    async def _reread(self, keys: list[str]) -> None:
        subjects = [k.removeprefix(PREFIX) for k in keys]
        self._unsure.update(subjects)
        found = await self._deadlines(keys)
        for subject in subjects:
            if subject in found:
                self._until[subject] = found[subject]
            else:
                self._until.pop(subject, None)
            self._unsure.discard(subject)

    async def _deadlines(self, keys: list[str]) -> dict[str, float]:
        if not keys:
            return {}
        async with self.redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.pttl(key)
            ttls = await pipe.execute()
        now = time.monotonic()
        # PTTL: -2 gone, -1 no expiry, else milliseconds left.
        return {k.removeprefix(PREFIX): math.inf if ms == -1 else now + ms / 1000
                for k, ms in zip(keys, ttls, strict=True) if ms != -2}
