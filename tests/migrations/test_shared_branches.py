"""The shared tables' migrations (libs/common/src/common/migrations) as each service's history sees them.

`legacy/<service>.sql` (`shared_tables_only.sql` for the services that had no tables of their own) is the
schema (and alembic_version) that each service's own migrations made before the shared branches existed, dumped from databases migrated by that day's code. Upgrading such a database
must keep every row and end with exactly the schema a fresh database gets."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest

from common.testing import stack

LEGACY = Path(__file__).parent / "legacy"
SERVICES = ["identity", "org", "personnel", "transfer", "reporting", "notify"]
# Transfer, reporting and notify had only the copied tables, alike but for the id of their last revision.
SHARED_ONLY_HEADS = {"transfer": "e49f85a6a12b", "reporting": "96c5e92ed23d", "notify": "6d36d6c7fa19"}


def legacy_sql(service: str) -> str:
    if service in SHARED_ONLY_HEADS:
        text = (LEGACY / "shared_tables_only.sql").read_text()
        return text.replace("{legacy_head}", SHARED_ONLY_HEADS[service])
    return (LEGACY / f"{service}.sql").read_text()


def make_db() -> str:
    name = f"test_mig_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(stack.admin_dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def drop_db(name: str) -> None:
    with psycopg.connect(stack.admin_dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def upgrade(service: str, db: str) -> None:
    url = f"postgresql+asyncpg://postgres@127.0.0.1:{stack.port('pg')}/{db}"
    done = subprocess.run([str(stack.ROOT / ".venv/bin/alembic"), "-x", f"url={url}", "upgrade", "heads"],
                          cwd=stack.ROOT / "services" / service, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]


def schema(db: str) -> dict[str, object]:
    with psycopg.connect(stack.admin_dsn(db)) as conn:
        columns = conn.execute(
            "select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns "
            "where table_schema = 'public' order by 1, 2").fetchall()
        indexes = conn.execute("select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' "
                               "order by 1, 2").fetchall()
        functions = conn.execute("select proname, md5(prosrc) from pg_proc p join pg_namespace n "
                                 "on n.oid = p.pronamespace where nspname = 'public' order by 1").fetchall()
    return {"columns": columns, "indexes": indexes, "functions": functions}


def versions(db: str) -> set[str]:
    with psycopg.connect(stack.admin_dsn(db)) as conn:
        return {r[0] for r in conn.execute("select version_num from alembic_version")}


@pytest.mark.parametrize("service", SERVICES)
def test_a_database_made_by_the_copied_migrations_upgrades_without_losing_a_row(service):
    legacy, fresh = make_db(), make_db()
    try:
        with psycopg.connect(stack.admin_dsn(legacy), autocommit=True) as conn:
            conn.execute(legacy_sql(service))
            conn.execute("set search_path to public")  # the dump cleared it
            conn.execute("insert into outbox_message (id, aggregate_type, aggregate_id, type, payload, created_at, "
                         "attempts) values ('e1', 'probe.thing', 's', 'probe.thing.happened.v1', '{}', now(), 0)")
            conn.execute("insert into inbox_message values ('c', '/org', 'e0', 'org.unit.created.v1', now())")
            conn.execute("insert into audit_entry (at, actor, actor_username, action, resource_type, detail, "
                         "prev_hash, hash, chain) values (now(), 'a', 'a', 'read', 'person', '{}', 'p', 'h', 3)")
            has_units = service != "org"
            if has_units:
                conn.execute("insert into unit_node values ('TQ', null, 'Tuyên Quang', '{TQ}', true, now())")
        upgrade(service, legacy)
        upgrade(service, fresh)
        with psycopg.connect(stack.admin_dsn(legacy)) as conn:
            assert conn.execute("select id, parked_at from outbox_message").fetchall() == [("e1", None)]
            assert conn.execute("select event_id from inbox_message").fetchall() == [("e0",)]
            assert conn.execute("select actor, chain, hash from audit_entry").fetchall() == [("a", 3, "h")]
            if has_units:
                assert conn.execute("select unit_id, name, version from unit_node").fetchall() == [
                    ("TQ", "Tuyên Quang", 0)]
        assert schema(legacy) == schema(fresh)
        assert versions(legacy) == versions(fresh)  # the same heads: nothing left to apply
    finally:
        drop_db(legacy)
        drop_db(fresh)


def test_no_service_copies_a_shared_table_into_its_own_history():
    for service in SERVICES:
        for path in (stack.ROOT / "services" / service / "migrations" / "versions").glob("*.py"):
            text = path.read_text()
            for table in ("outbox_message", "inbox_message", "audit_entry", "unit_node"):
                assert f"create_table('{table}'" not in text and f'create_table("{table}"' not in text, path
