"""The org app in-process on a fresh migrated database (seeded with the demo tree and the catalogs
on start, as in production), real Keycloak tokens, real Kafka under this run's topic prefix."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.outbox import OutboxMessage
from org.config import OrgSettings
from org.main import create_app


@pytest.fixture(scope="session")
def settings(migrated_db: Callable[[str], str], topic_prefix: str) -> OrgSettings:
    return OrgSettings(database_url=migrated_db("org"), kafka_topic_prefix=topic_prefix, db_pool_size=4)


@pytest.fixture(scope="session")
async def app(settings: OrgSettings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture(scope="session")
def sessionmaker(app: FastAPI) -> async_sessionmaker[AsyncSession]:
    return app.state.sessionmaker  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
async def api(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("10.9.8.7", 4242))
    async with httpx.AsyncClient(transport=transport, base_url="http://org") as client:
        yield client


@pytest.fixture(scope="session")
def as_user(token_for: Callable[[str], str]) -> Callable[[str], dict[str, str]]:
    return lambda username: {"Authorization": f"Bearer {token_for(username)}"}


@pytest.fixture
def admin(as_user: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return as_user("snv.admin")


@pytest.fixture
def outbox(sessionmaker: async_sessionmaker[AsyncSession]) -> Callable[..., Any]:
    """outbox(type, subject=None) -> payload envelopes written so far, oldest first."""

    async def read(event_type: str, subject: str | None = None) -> list[dict[str, Any]]:
        async with sessionmaker() as session:
            stmt = select(OutboxMessage.payload).where(OutboxMessage.type == event_type)
            if subject is not None:
                stmt = stmt.where(OutboxMessage.aggregate_id == subject)
            return list((await session.scalars(stmt.order_by(OutboxMessage.seq))).all())  # type: ignore[arg-type]

    return read


@pytest.fixture
def set_headcount(sessionmaker: async_sessionmaker[AsyncSession]) -> Callable[..., Any]:
    """Stand-in for the personnel/transfer events that will feed unit_headcount."""

    async def put(unit_id: str, civil_servant: int = 0, pending_transfers: int = 0) -> None:
        async with sessionmaker() as session, session.begin():
            await session.execute(text(
                "INSERT INTO unit_headcount (unit_id, cadre, civil_servant, public_employee, contract_worker, "
                "pending_transfers, updated_at) VALUES (:u, 0, :c, 0, 0, :p, now()) ON CONFLICT (unit_id) DO "
                "UPDATE SET civil_servant = :c, pending_transfers = :p"), {"u": unit_id, "c": civil_servant,
                                                                          "p": pending_transfers})

    return put


def decision(on: str = "2026-01-15", number: str = "12/QĐ-UBND") -> dict[str, str]:
    return {"decision_number": number, "effective_on": on}
