"""One Redis subscription per notify process for every chat connection it holds.

Each WebSocket used to open its own Redis pub/sub connection, taken from the client's pool (100 connections):
the 100th open chat, less the requests' own Redis calls, failed with "Too many connections", and every
connection cost Redis a client. The hub holds one pub/sub connection, subscribes to a channel while at least
one local connection listens to it (an account's or a unit's), parses each event once and hands it to the
queues of the local connections listening. Redis away: the hub reconnects and subscribes again (a client
that missed something gets it with `sync`, the messages being in PostgreSQL first)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)
KEEPALIVE = "notify:chat:hub"  # always subscribed, so the connection listens before any chat opens


class Hub:
    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self.pubsub: Any = None
        self.listeners: dict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._ready = asyncio.Event()

    async def _start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="chat-hub")
        await self._ready.wait()

    async def _run(self) -> None:
        while True:
            try:
                self.pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
                await self.pubsub.subscribe(KEEPALIVE, *list(self.listeners))
                self._ready.set()
                async for item in self.pubsub.listen():
                    if item.get("type") != "message":
                        continue
                    queues = self.listeners.get(item["channel"])
                    if not queues:
                        continue
                    event = json.loads(item["data"])
                    for q in list(queues):
                        q.put_nowait(event)
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError, RuntimeError):
                log.warning("chat hub lost Redis; subscribing again in 1 s")
                self._ready.clear()
                with contextlib.suppress(Exception):
                    await self.pubsub.aclose()
                await asyncio.sleep(1)

    async def join(self, channels: list[str]) -> asyncio.Queue[dict[str, Any]]:
        """A queue that receives every event published to these channels, until leave()."""
        await self._start()
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        async with self._lock:
            new = [c for c in channels if not self.listeners.get(c)]
            for c in channels:
                self.listeners[c].add(queue)
            if new:
                await self.pubsub.subscribe(*new)
        return queue

    async def leave(self, channels: list[str], queue: asyncio.Queue[dict[str, Any]]) -> None:
        async with self._lock:
            gone = []
            for c in channels:
                queues = self.listeners.get(c)
                if queues is None:
                    continue
                queues.discard(queue)
                if not queues:
                    del self.listeners[c]
                    gone.append(c)
            if gone:
                with contextlib.suppress(RedisError, OSError, RuntimeError):
                    await self.pubsub.unsubscribe(*gone)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self.pubsub is not None:
            with contextlib.suppress(Exception):
                await self.pubsub.aclose()


def hub_of(app: Any) -> Hub:
    """The process's hub (made at the first chat connection)."""
    hub = getattr(app.state, "chat_hub", None)
    if hub is None:
        hub = app.state.chat_hub = Hub(app.state.redis)
    return hub
