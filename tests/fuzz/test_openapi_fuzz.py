"""Schemathesis over every service's OpenAPI: no answer is a server error (5xx), every answer has a status the
operation documents and a body its schema allows.

Each service's app runs in-process on a scratch migrated database of its own (its own Kafka topic prefix, S3
buckets named test-fuzz-*), called with real Keycloak tokens of several roles; nothing here reaches the running
services or their databases. The apps run on schemathesis' ASGI transport, which starts an app's lifespan once
in an event loop thread of its own and serves every generated request there (the app's database pool and Kafka
producer live in that loop); each test stops its app at the end.

Generation is bounded and derandomized so that a CI run is short and reproducible: MAX_EXAMPLES cases per
operation (FUZZ_EXAMPLES=100 for a longer hunt), valid and invalid input alike (schemathesis' positive and
negative strategies), each sent with the token of one of ROLES, drawn by Hypothesis too. One test per operation,
so a failure names it; the operations of one service run one after another on one app (Apps).

Identity's in-process app still talks to the real Keycloak. Its scratch database holds no account, so every
route that names an account or a request answers 404 before Keycloak is asked; the one route that writes to
Keycloak regardless, POST /accounts, gets a throwaway username (FUZZ_USER + a counter) in whatever body was
generated, and every Keycloak user of this run is deleted at the end."""

from __future__ import annotations

import asyncio
import importlib
import itertools
import os
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import psycopg
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from keycloak import KeycloakAdmin, KeycloakOpenIDConnection
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.modes import GenerationMode
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance
from sqlalchemy.ext.asyncio import AsyncSession

from common.testing import stack
from common.testing.plugin import auth

# An officer and a leader of a department, a read-only viewer of another, the province's administrator (its
# TOTP added by stack.password_token) and the system administrator.
ROLES = ("stp.officer", "stp.leader", "stc.viewer", "snv.admin", "sysadmin")

# A slice of the real unit tree with the demo accounts' units (the replica each service but org keeps).
UNITS = [
    ("TQ", None, "Ủy ban nhân dân tỉnh Tuyên Quang", ["TQ"]),
    ("SNV", "TQ", "Sở Nội vụ", ["TQ", "SNV"]),
    ("STP", "TQ", "Sở Tư pháp", ["TQ", "STP"]),
    ("STP.VP", "STP", "Văn phòng Sở Tư pháp", ["TQ", "STP", "STP.VP"]),
    ("STC", "TQ", "Sở Tài chính", ["TQ", "STC"]),
    ("00700", "TQ", "Xã Ngọc Đường", ["TQ", "00700"]),
    ("00706", "TQ", "Xã Phú Linh", ["TQ", "00706"]),
]

MAX_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "6"))  # per operation; FUZZ_EXAMPLES=100 for a long hunt
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]
SERVICES = ("identity", "personnel", "org", "transfer", "reporting", "notify")
# Operations left out, each with the bug that keeps it out ("<service> <METHOD> <path>": reason).
EXCLUDED: dict[str, str] = {}
RUN = uuid.uuid4().hex[:6]
FUZZ_USER = f"fz{RUN}"


def _insert_units(url: str) -> None:
    with psycopg.connect(url.replace("+asyncpg", "")) as conn:
        for unit_id, parent, name, path in UNITS:
            conn.execute("INSERT INTO unit_node (unit_id, parent_id, name, path, active, updated_at) "
                         "VALUES (%s, %s, %s, %s, true, now()) ON CONFLICT (unit_id) DO NOTHING",
                         (unit_id, parent, name, path))



CAREER_CATALOGS = ("salary_grades", "ranks", "retirement_age", "retirement_age_by_year", "base_salary",
                   "holiday_calendar_2024_2026")


def _copy_career_catalogs(url: str) -> None:
    """personnel's own first-start seed, then the career catalogs as org's events bring them (read with org's
    reader from the shared files): without them the career rules answer 503 'not synchronised yet'."""
    from common import catalogs
    from common.db import make_engine
    from org.catalogs.seed import read_catalog
    from org.config import DEFAULT_CATALOG_DIR
    from personnel.config import SEED_DIR

    async def copy() -> None:
        engine = make_engine(url, pool_size=1)
        async with engine.connect() as conn, AsyncSession(bind=conn) as session:
            await catalogs.seed_if_empty(session, SEED_DIR)
            for name in CAREER_CATALOGS:
                rows = [{"catalog": name, "code": i.code, "name": i.name[:400], "sort_order": i.sort_order,
                         "active": True, "valid_from": i.valid_from, "valid_to": i.valid_to,
                         "attributes": dict(i.attributes), "source": "org", "version": 1}
                        for i in read_catalog(DEFAULT_CATALOG_DIR / f"{name}.csv").items]
                for start in range(0, len(rows), 200):
                    await catalogs.upsert(session, rows[start:start + 200])
            await session.commit()
        await engine.dispose()

    # A thread of its own: the test session's event loop is not to be run (nor replaced) from a sync test.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, copy()).result()


def _app(service: str, url: str, topic_prefix: str) -> Any:
    """The service's app on the scratch database `url`, without its workers (no relay, consumer or mailer:
    an e-mail a route queues stays in the scratch database), its files in a bucket of the fuzz tests."""
    main = importlib.import_module(f"{service}.main")
    settings_cls = getattr(importlib.import_module(f"{service}.config"), f"{service.capitalize()}Settings")
    extra: dict[str, Any] = {
        "identity": {"run_keycloak_jobs": False},
        "personnel": {"documents_bucket": "test-fuzz-personnel", "document_max_bytes": 64 * 1024},
        "transfer": {"documents_bucket": "test-fuzz-transfer"},
        "notify": {"files_bucket": "test-fuzz-notify"},
    }.get(service, {})
    settings = settings_cls(database_url=url, run_worker=False, kafka_topic_prefix=topic_prefix, db_pool_size=2,
                            **extra)
    return main.create_app(settings)


def _operations() -> list[Any]:
    """(service, METHOD, path) of every operation of every service, from the apps' own OpenAPI documents
    (building them connects to nothing)."""
    out = []
    for service in SERVICES:
        doc = importlib.import_module(f"{service}.main").app.openapi()
        for path, item in doc["paths"].items():
            for method in item:
                if method in ("get", "put", "post", "patch", "delete"):
                    label = f"{service} {method.upper()} {path}"
                    marks = [pytest.mark.skip(reason=EXCLUDED[label])] if label in EXCLUDED else []
                    out.append(pytest.param(service, method.upper(), path, id=label, marks=marks))
    return out


def _served(app: Any) -> Any:
    """The app as a server runs it. Starlette's outermost middleware answers an exception with the app's own
    handler (a 422 for text PostgreSQL cannot store, a 500 for a bug) and then raises it again for the server to
    log; uvicorn does, schemathesis' transport would hand it to the test instead of the answer. The answer is
    what is checked here (a bug's 500 fails not_a_server_error; the log holds its traceback)."""

    async def serve(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        started = False

        async def watch(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await app(scope, receive, watch)
        except Exception:
            if not started:
                raise

    return serve


class Apps:
    """One service's app at a time, started on first use (the operations of a service come one after another)
    and stopped when another service's turn comes, or at the end."""

    def __init__(self, migrated_db: Callable[[str], str]) -> None:
        self.migrated_db = migrated_db
        self.service: str | None = None
        self.schema: Any = None

    def schema_of(self, service: str) -> Any:
        if service != self.service:
            self.stop()
            url = self.migrated_db(service)
            if service != "org":  # org keeps the tree itself (seeded on start)
                _insert_units(url)
            if service == "personnel":
                _copy_career_catalogs(url)
            app = _served(_app(service, url, f"fuzz-{uuid.uuid4().hex[:8]}."))
            self.schema = schemathesis.openapi.from_asgi("/openapi.json", app,
                                                         config=SchemathesisConfig())
            self.service = service
        return self.schema

    def stop(self) -> None:
        if self.service is not None:
            self.service, self.schema = None, None
            asgi.shutdown_lifespans()


@pytest.fixture(scope="module")
def apps(migrated_db: Callable[[str], str]) -> Iterator[Apps]:
    running = Apps(migrated_db)
    try:
        yield running
    finally:
        running.stop()
        _delete_fuzz_users()


def _delete_fuzz_users() -> None:
    from identity.config import IdentitySettings

    settings = IdentitySettings()
    admin = KeycloakAdmin(connection=KeycloakOpenIDConnection(
        server_url=stack.keycloak_url() + "/", realm_name=stack.realm(), client_id=settings.admin_client_id,
        client_secret_key=settings.admin_client_secret))
    for user in admin.get_users({"search": FUZZ_USER}):
        if user["username"].startswith(FUZZ_USER):
            admin.delete_user(user["id"])


_usernames = itertools.count()


@pytest.mark.parametrize(("service", "method", "path"), _operations())
def test_operation(service: str, method: str, path: str, apps: Apps, token_for: Callable[[str], str]) -> None:
    operation = apps.schema_of(service)[path][method]
    cases = st.one_of(operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE))

    @settings(max_examples=MAX_EXAMPLES, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
    @given(case=cases, role=st.sampled_from(ROLES))
    def fuzz(case: Any, role: str) -> None:
        if service == "identity" and method == "POST" and path == "/accounts" and isinstance(case.body, dict):
            case.body["username"] = f"{FUZZ_USER}{next(_usernames)}"  # never a demo account's name
        case.call_and_validate(headers=auth(token_for(role)), checks=CHECKS)

    fuzz()
