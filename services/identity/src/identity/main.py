"""The identity service: accounts (Keycloak users bound to units), the audit search over every service,
who is online. See services/identity/README.md."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from common.app import create_service_app
from common.periodic import every
from identity import jobs, password_expiry, worker
from identity.accounts.endpoints import requests_router as account_requests_router
from identity.accounts.endpoints import router as accounts_router
from identity.audit.endpoints import router as audit_router
from identity.config import IdentitySettings
from identity.directory import Directory
from identity.errors import MESSAGES
from identity.online.endpoints import router as online_router
from identity.operations.endpoints import router as operations_router


def create_app(settings: IdentitySettings) -> FastAPI:
    # The Keycloak jobs poll every few seconds; one log line per admin-API request would drown the log.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    app = create_service_app(
        settings,
        title="Dịch vụ định danh và tài khoản / Identity and accounts",
        routers=[accounts_router, account_requests_router, audit_router, online_router,
                 operations_router],
        subscriptions=worker.subscriptions,
        messages=MESSAGES,
    )
    common_lifespan = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with common_lifespan(app):
            app.state.directory = Directory(settings)
            stop = asyncio.Event()
            task = None
            if settings.run_keycloak_jobs:
                task = asyncio.create_task(jobs.run(
                    app.state.sessionmaker, app.state.directory, stop,
                    signin_every=settings.signin_poll_seconds, sync_every=settings.account_sync_seconds),
                    name="identity-keycloak-jobs")
            try:
                yield
            finally:
                stop.set()
                if task is not None:
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(task, 10)

    app.router.lifespan_context = lifespan
    # Daily: accounts whose password expires within a week hear it once (notify's notification centre).
    every(app, "password-expiry", settings.password_expiry_seconds, password_expiry.job,
          enabled=settings.run_keycloak_jobs, first_delay=60)
    return app


app = create_app(IdentitySettings())
