"""Waiting on a condition instead of sleeping: what another service does from an event takes a moment."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


async def until(check: Callable[[], Awaitable[object]], timeout: float = 30, every: float = 0.3) -> object:
    """The first truthy value of check(), or its last value once `timeout` seconds have passed."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = await check()
        if value or loop.time() > deadline:
            return value
        await asyncio.sleep(every)
