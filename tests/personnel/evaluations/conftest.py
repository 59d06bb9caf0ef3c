"""The personnel app in-process on its own migrated database (as tests/personnel/careers: unit tree replica,
career catalogs, real Keycloak tokens), for the evaluation rounds' flow. The pure rule tests use none of it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from sqlalchemy import text

from common.db import make_engine
from common.testing.plugin import auth
from personnel.config import PersonnelSettings
from personnel.main import create_app
from tests.personnel.careers.conftest import UNITS, copy_career_catalogs


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
