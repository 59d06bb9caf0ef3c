"""create_service_app(): what every service's app is made of, so each main.py only names its routers
and subscriptions. The outbox relay and the event consumers run as background tasks of the same
process by default (one process per service on a 2-core machine); `python -m <service>.worker`
runs them alone when the API is started with <SERVICE>_RUN_WORKER=false."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.account_locks import LockedAccounts
from common.audit_heads import HeadPublisher
from common.auth import CurrentPrincipal, TokenVerifier
from common.cache import make_redis
from common.config import ServiceSettings
from common.db import make_engine, make_sessionmaker, session_scope
from common.errors import COMMON, Messages
from common.http import ReadinessCheck, install_observability
from common.logging import configure_logging
from common.messaging import EventConsumer, Subscription
from common.outbox import OutboxRelay
from common.processes import die_with_parent

log = logging.getLogger(__name__)


class Runtime:
    """The long-lived resources of one service process."""

    def __init__(self, settings: ServiceSettings, subscriptions: Sequence[Subscription] = ()) -> None:
        self.settings = settings
        self.engine = make_engine(settings.database_url, pool_size=settings.db_pool_size)
        self.sessionmaker: async_sessionmaker[AsyncSession] = make_sessionmaker(self.engine)
        self.redis = make_redis(settings.redis_url)
        self.locks = LockedAccounts(self.redis, settings.redis_url, name=f"{settings.service_name}-account-locks")
        self.relay = OutboxRelay(self.sessionmaker, service=settings.service_name,
                                 bootstrap=settings.kafka_bootstrap, topic_prefix=settings.kafka_topic_prefix)
        self.heads = HeadPublisher(self.sessionmaker, settings.service_name, settings.audit_signing_key)
        self.consumers = [
            EventConsumer(sub, self.sessionmaker, service=settings.service_name,
                          bootstrap=settings.kafka_bootstrap, topic_prefix=settings.kafka_topic_prefix)
            for sub in subscriptions
        ]
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._locks_task: asyncio.Task[None] | None = None

    def start_workers(self) -> None:
        self._stop.clear()
        self._tasks = [asyncio.create_task(self.relay.run(self._stop), name="outbox-relay"),
                       asyncio.create_task(self.heads.run(self._stop), name="audit-heads")]
        self._tasks += [asyncio.create_task(c.run(self._stop), name=f"consumer-{c.sub.name}") for c in self.consumers]

    def follow_account_locks(self) -> None:
        """The API's in-memory copy of the lock marks (common.account_locks), until close()."""
        self._locks_task = asyncio.create_task(self.locks.run(self._stop), name="account-locks")

    async def stop_workers(self) -> None:
        self._stop.set()
        for task in self._tasks:
            try:
                await asyncio.wait_for(task, 10)
            except (TimeoutError, asyncio.CancelledError):
                task.cancel()
            except Exception:
                log.exception("worker task ended with an error")

    async def close(self) -> None:
        await self.stop_workers()
        if self._locks_task is not None:
            await asyncio.wait_for(self._locks_task, 10)
        await self.redis.aclose()
        await self.engine.dispose()

    async def check_database(self) -> None:
        async with self.engine.connect() as conn:
            await conn.execute(text("select 1"))

    async def check_redis(self) -> None:
        await self.redis.ping()

    async def check_kafka(self) -> None:
        if not self._tasks:
            return  # workers run in another process, which reports its own health
        await self.relay.check()
        down = [c.sub.name for c in self.consumers if not c.running]
        if down:
            raise RuntimeError(f"consumers not running: {', '.join(down)}")


def create_service_app(
    settings: ServiceSettings,
    *,
    title: str,
    routers: Sequence[APIRouter] = (),
    subscriptions: Sequence[Subscription] = (),
    extra_checks: dict[str, ReadinessCheck] | None = None,
    on_startup: Callable[[Runtime], Awaitable[None]] | None = None,
    messages: Messages = COMMON,
    **fastapi_kwargs: Any,
) -> FastAPI:
    """`messages`: the service's catalog (its errors.MESSAGES), in which error codes are looked up."""
    configure_logging(settings.service_name, settings.log_level)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        die_with_parent()
        runtime = Runtime(settings, subscriptions)
        app.state.runtime = runtime
        app.state.settings = settings
        app.state.sessionmaker = runtime.sessionmaker
        app.state.redis = runtime.redis
        app.state.verifier = TokenVerifier(
            jwks_url=settings.jwks_url, issuer=settings.keycloak_issuer, audience=settings.token_audience,
            locks=runtime.locks,
        )
        checks.update({"database": runtime.check_database, "redis": runtime.check_redis,
                       "kafka": runtime.check_kafka})
        runtime.follow_account_locks()
        # A startup that fails (the database away while the service restarts) closes the runtime too: its
        # background tasks would otherwise keep the process alive, never listening, never restarted.
        try:
            if on_startup:
                await on_startup(runtime)
            if settings.run_worker:
                runtime.start_workers()
            yield
        finally:
            await runtime.close()

    app = FastAPI(title=title, lifespan=lifespan, **fastapi_kwargs)
    checks: dict[str, ReadinessCheck] = dict(extra_checks or {})
    app.state.messages = messages
    install_observability(app, settings.service_name, checks)
    app.include_router(whoami_router)
    for router in routers:
        app.include_router(router)
    return app


whoami_router = APIRouter(tags=["account"])


@whoami_router.get("/whoami")
async def whoami(principal: CurrentPrincipal) -> dict[str, Any]:
    """The signed-in account as this service sees it (user, unit, roles)."""
    return {"subject": principal.subject, "username": principal.username, "unit_id": principal.unit_id,
            "roles": sorted(principal.roles), "name": principal.name}


async def run_worker(settings: ServiceSettings, subscriptions: Sequence[Subscription]) -> None:
    """The relay and consumers alone, until SIGTERM."""
    import signal

    configure_logging(settings.service_name, settings.log_level)
    runtime = Runtime(settings, subscriptions)
    runtime.start_workers()
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, done.set)
    await done.wait()
    await runtime.close()


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async for session in session_scope(request.app.state.sessionmaker):
        yield session


# scope="function": the commit happens before the response is sent, so a failed commit is an error
# response, never a success the client saw for data that was lost.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
