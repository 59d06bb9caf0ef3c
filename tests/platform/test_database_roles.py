"""Least privilege in PostgreSQL (issue 15.3) on the running stack: each service connects as its own role,
which is no superuser and owns nothing; the migrations' owner role owns the tables; the service's role may
change rows but not the schema, and may only add to the audit tables (refused by the grants themselves,
before the append-only trigger is reached)."""

from __future__ import annotations

import psycopg
import pytest

from common.testing import stack

SERVICES = ("identity", "personnel", "org", "transfer", "reporting", "notify")


def as_role(role: str, db: str) -> psycopg.Connection:
    return psycopg.connect(f"postgresql://{role}@127.0.0.1:{stack.port('pg')}/{db}", autocommit=True)


@pytest.mark.parametrize("service", SERVICES)
def test_the_service_connects_as_its_own_role_which_owns_nothing_and_is_no_superuser(service):
    with psycopg.connect(stack.admin_dsn(service)) as conn:
        users = {u for (u,) in conn.execute(
            "select distinct usename from pg_stat_activity where datname = %s and backend_type = 'client backend' "
            "and application_name <> 'psql' and pid <> pg_backend_pid()", (service,))}
        assert f"{service}_app" in users
        owners = {o for (o,) in conn.execute("select distinct tableowner from pg_tables where schemaname = 'public'")}
        assert owners == {f"{service}_owner"}
        role = conn.execute("select rolsuper, rolcreatedb, rolcreaterole from pg_roles where rolname = %s",
                            (f"{service}_app",)).fetchone()
        assert role == (False, False, False)


@pytest.mark.parametrize("service", SERVICES)
def test_the_services_role_changes_rows_but_not_the_schema_and_only_adds_to_the_audit(service):
    with as_role(f"{service}_app", service) as conn:
        privileges = conn.execute(
            "select has_table_privilege('audit_entry', 'INSERT'), has_table_privilege('audit_entry', 'SELECT'), "
            "has_table_privilege('audit_entry', 'UPDATE'), has_table_privilege('audit_entry', 'DELETE'), "
            "has_table_privilege('audit_entry', 'TRUNCATE'), has_table_privilege('outbox_message', 'UPDATE'), "
            "has_table_privilege('alembic_version', 'UPDATE')").fetchone()
        assert privileges == (True, True, False, False, False, True, False)
        for statement in ("update audit_entry set action = action", "delete from audit_entry",
                          "truncate audit_entry", "create table intruder (id int)",
                          "alter table outbox_message add column intruder int", "drop table outbox_message"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
