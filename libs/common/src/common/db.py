"""The PostgreSQL engine and sessions every service uses, and the shared table conventions."""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlmodel import Field, SQLModel

from common import clock

log = logging.getLogger(__name__)

# One naming convention for every constraint, so Alembic migrations are stable across services.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """The clock's current moment in UTC (common.clock: one clock, settable in tests)."""
    return clock.utcnow()


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class IdMixin(SQLModel):
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)


class TimestampMixin(SQLModel):
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


def make_engine(url: str, *, pool_size: int = 10) -> AsyncEngine:
    # No pool_pre_ping: with asyncpg it is three round trips (BEGIN, ';', ROLLBACK) on every checkout.
    # A connection the server closed is replaced at checkout instead (below); one that died silently
    # fails its first statement, and that disconnect retires every older connection of the pool.
    engine = create_async_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_recycle=1800)
    event.listen(engine.sync_engine.pool, "checkout", _replace_if_closed)
    return engine


def _replace_if_closed(dbapi_connection: Any, connection_record: Any, connection_proxy: Any) -> None:
    """The driver already knows when the server closed a connection (a restart, a terminated backend):
    DisconnectionError makes the pool discard it and check out a new one, at no round trip."""
    if dbapi_connection.driver_connection.is_closed():
        raise DisconnectionError("the server closed this connection")


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: responses are built from objects after the boundary commit.
    return async_sessionmaker(engine, expire_on_commit=False)


Undo = Callable[[], Awaitable[object]]


def on_rollback(session: AsyncSession, undo: Undo) -> None:
    """Something outside the database was already changed for this transaction (a Keycloak user made, a
    role granted): `undo` puts it back if the transaction does not commit, the commit itself included."""
    session.info.setdefault("undo", []).append(undo)


async def _run_undo(session: AsyncSession) -> None:
    for undo in reversed(session.info.pop("undo", [])):
        try:
            await undo()
        except Exception:  # the rest are still undone; what failed is in the log for an operator
            log.exception("could not undo an outside change of a transaction that did not commit")


async def session_scope(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """One session per request: commit once at the boundary, roll back on any error (and undo what
    on_rollback registered outside the database)."""
    async with sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            await _run_undo(session)
            raise
        session.info.pop("undo", None)
