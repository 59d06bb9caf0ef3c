"""A service's periodic job, run inside its process beside the API: `every(app, name, seconds, job)` wraps
the app's lifespan so the job starts once the runtime is up (job(app) is awaited every `seconds`) and stops
with it. A failed pass is logged and tried again at the next tick; jobs are written so that a pass run
twice, or by two replicas at once, changes nothing more than one pass (idempotent, exactly-once marks)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import FastAPI

log = logging.getLogger(__name__)


async def loop(name: str, seconds: float, job: Callable[[], Awaitable[Any]], stop: asyncio.Event,
               first_delay: float = 5.0) -> None:
    try:
        await asyncio.wait_for(stop.wait(), first_delay)
        return
    except TimeoutError:
        pass
    while not stop.is_set():
        try:
            await job()
        except Exception:
            log.exception("periodic job %s failed; retrying at the next tick", name)
        try:
            await asyncio.wait_for(stop.wait(), seconds)
        except TimeoutError:
            pass


def every(app: FastAPI, name: str, seconds: float, job: Callable[[FastAPI], Awaitable[Any]], *,
          enabled: bool = True, first_delay: float = 5.0) -> None:
    if not enabled:
        return
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[Any]:
        async with inner(app) as state:
            stop = asyncio.Event()
            task = asyncio.create_task(loop(name, seconds, lambda: job(app), stop, first_delay), name=name)
            try:
                yield state
            finally:
                stop.set()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(task, 15)

    app.router.lifespan_context = lifespan
