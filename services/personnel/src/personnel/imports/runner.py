"""The import jobs' background loop, inside the personnel service's process: it claims the oldest job that
waits (analysis, application, or the whole job's approval) under a lease, so a job whose process was killed
is taken up again when the lease runs out, and the application or approval goes on from its cursor."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from personnel.imports import repository, service

log = logging.getLogger(__name__)
LEASE_SECONDS = 120
IDLE_SECONDS = 2.0


class ImportRunner:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker
        self.wake = asyncio.Event()

    async def run_once(self) -> bool:
        async with self.sessionmaker() as session, session.begin():
            claimed = await repository.claim(session, lease_seconds=LEASE_SECONDS)
        if claimed is None:
            return False
        job_id, state = claimed
        if state == "analysing":
            try:
                await service.analyse(self.sessionmaker, job_id)
            except Exception:
                # A workbook the analysis cannot get through is refused, not tried again for ever.
                log.exception("import analysis failed", extra={"job_id": str(job_id)})
                await service.fail(self.sessionmaker, job_id, "import.read_failed", {})
        elif state == "approving":
            await service.approve_all(self.sessionmaker, job_id, lease_seconds=LEASE_SECONDS)
        else:
            await service.apply_all(self.sessionmaker, job_id, lease_seconds=LEASE_SECONDS)
        return True

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                if await self.run_once():
                    continue
            except Exception:
                log.exception("import job pass failed; retrying at the next tick")
            self.wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_first(stop, self.wake), IDLE_SECONDS)


async def _first(*events: asyncio.Event) -> None:
    waits = [asyncio.create_task(e.wait()) for e in events]
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waits:
            w.cancel()


def attach(app: FastAPI) -> None:
    """Run the loop for the app's lifetime (after the common lifespan made the sessionmaker)."""
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with inner(app):
            runner = ImportRunner(app.state.sessionmaker)
            app.state.import_runner = runner
            stop = asyncio.Event()
            task = asyncio.create_task(runner.run(stop), name="personnel-imports")
            try:
                yield
            finally:
                stop.set()
                runner.wake.set()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(task, 10)

    app.router.lifespan_context = lifespan
