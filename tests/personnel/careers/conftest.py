"""The personnel app in-process on its own migrated database, with real Keycloak tokens, Kafka topics of its
own and S3; the unit tree replica is filled here, and so are the catalogs the career clocks read (salary
grades, ranks, retirement ages, base salary, holiday calendar) as org's catalog events would bring them
(org's own reader on the shared files). The pure rule tests of this folder use none of these fixtures."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from common import catalogs
from common.db import make_engine
from common.testing.plugin import auth
from personnel.config import SEED_DIR, PersonnelSettings
from personnel.main import create_app

from .shared_catalogs import items

UNITS = [
    ("TQ", None, "Ủy ban nhân dân tỉnh Tuyên Quang", ["TQ"]),
    ("SNV", "TQ", "Sở Nội vụ", ["TQ", "SNV"]),
    ("STP", "TQ", "Sở Tư pháp", ["TQ", "STP"]),
    ("STP_VP", "STP", "Văn phòng Sở Tư pháp", ["TQ", "STP", "STP_VP"]),
    ("00706", "TQ", "Xã Phú Linh", ["TQ", "00706"]),
]
CAREER_CATALOGS = ("salary_grades", "ranks", "retirement_age", "retirement_age_by_year", "base_salary",
                   "holiday_calendar_2024_2026")


async def copy_career_catalogs(url: str) -> None:
    """The service's own first-start seed, then the rows of org's events for the career catalogs (code,
    name, validity, attributes, org's version)."""
    engine = make_engine(url, pool_size=1)
    async with engine.connect() as conn, AsyncSession(bind=conn) as session:
        await catalogs.seed_if_empty(session, SEED_DIR)
        for name in CAREER_CATALOGS:
            rows = [{"catalog": name, "code": i.code, "name": i.name[:400], "sort_order": i.sort_order,
                     "active": True, "valid_from": i.valid_from, "valid_to": i.valid_to,
                     "attributes": dict(i.attributes), "source": "org", "version": 1} for i in items(name)]
            for start in range(0, len(rows), 200):
                await catalogs.upsert(session, rows[start:start + 200])
        await session.commit()
    await engine.dispose()


@pytest.fixture(scope="module")
async def personnel_db(migrated_db) -> str:  # type: ignore[no-untyped-def]
    url: str = migrated_db("personnel")
    engine = make_engine(url, pool_size=1)
    async with engine.begin() as conn:
        for unit_id, parent, name, path in UNITS:
            await conn.execute(text("insert into unit_node (unit_id, parent_id, name, path, active, updated_at) "
                                    "values (:u, :p, :n, :path, true, now()) on conflict (unit_id) do nothing"),
                               {"u": unit_id, "p": parent, "n": name, "path": path})
    await engine.dispose()
    await copy_career_catalogs(url)
    return url


@pytest.fixture(scope="module")
async def api(personnel_db: str, topic_prefix: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = PersonnelSettings(database_url=personnel_db, kafka_topic_prefix=topic_prefix,
                                 documents_bucket="test-personnel-documents", db_pool_size=4)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://personnel", timeout=60) as client:
            yield client


@pytest.fixture(scope="module")
def as_user(token_for) -> Callable[[str], dict[str, str]]:  # type: ignore[no-untyped-def]
    return lambda username: auth(token_for(username))
