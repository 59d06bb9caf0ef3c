"""Alembic's env.py for every service, in one place: `run(target_metadata)` from migrations/env.py.

The tables every service has are defined once, here, as branches of their own, each a folder beside
this file: `outbox` (outbox and inbox), `audit` (the audit hash chains), `unit_tree` (the replica of
org's tree that scope is checked against), `catalog_copy` (the copy of org's catalogs a service checks
codes against). A service's alembic.ini lists the branches it uses in
`version_locations` (as `common:migrations/<branch>`), next to its own `migrations/versions`, and its
first own revision `depends_on` them. `alembic upgrade heads` applies every branch.

Databases made before a branch existed carry its table under the service's own copied revisions.
`adopt_shared_branches` recognises such a database (a branch's table present, the branch not stamped),
forgets the copied revisions and stamps the branch at its first revision,
whose tables are exactly what the copies made; later steps of the branches then apply as usual."""

from __future__ import annotations

import asyncio
import logging
import os

from alembic import context
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect, pool, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

log = logging.getLogger("alembic.shared")

# branch -> (its first revision, the table whose presence shows a database already has it)
SHARED_BRANCHES = {
    "outbox": ("outbox_0001", "outbox_message"),
    "audit": ("audit_0001", "audit_entry"),
    "unit_tree": ("unit_tree_0001", "unit_node"),
    "catalog_copy": ("catalog_copy_0001", "catalog_copy_item"),
}


def adopt_shared_branches(connection: Connection, script: ScriptDirectory) -> list[str]:
    """Stamp the shared branches on a database made by the copied migrations; returns what it stamped."""
    inspector = inspect(connection)
    if not inspector.has_table("alembic_version"):
        return []
    stamped = set(connection.execute(text("select version_num from alembic_version")).scalars())
    if not stamped:
        return []
    known = {rev.revision for rev in script.walk_revisions("base", "heads")}
    in_use = {branch for branch in SHARED_BRANCHES for rev in stamped if rev.startswith(branch + "_")}
    # A branch the service uses, whose table a copied migration already made, but which is not stamped.
    adopted = [first for branch, (first, table) in SHARED_BRANCHES.items()
               if branch not in in_use and first in known and inspector.has_table(table)]
    # The service's own head already implies the branches its first revision depends on.
    implied = _ancestors(script, stamped & known)
    adopted = [rev for rev in adopted if rev not in implied]
    if not adopted:
        return []
    # The copies' own ids are no longer in any history: a head that was one of them goes (the shared
    # stamp stands for it).
    for gone in stamped - known:
        connection.execute(text("delete from alembic_version where version_num = :v"), {"v": gone})
    for rev in adopted:
        connection.execute(text("insert into alembic_version (version_num) values (:v)"), {"v": rev})
    log.info("adopted the shared migration branches", extra={"stamped": adopted, "forgot": sorted(stamped - known)})
    return adopted


def _ancestors(script: ScriptDirectory, heads: set[str]) -> set[str]:
    """Every revision below the heads, following both down revisions and dependencies."""
    seen: set[str] = set()
    todo = list(heads)
    while todo:
        rev = script.get_revision(todo.pop())
        if rev is None:
            continue
        for below in (*_as_tuple(rev.down_revision), *_as_tuple(rev.dependencies)):
            if below not in seen:
                seen.add(below)
                todo.append(below)
    return seen


def _as_tuple(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


APPEND_ONLY = "audit_append_only"  # the trigger function of the audit tables (migrations/audit/0002)


def grant_app_role(connection: Connection, role: str) -> list[str]:
    """Least privilege (issue 15.3): the service runs as `role`, which owns nothing; the migrations' owner
    role gives it the rows of every table (and TRUNCATE, for rebuilding derived tables), never DDL, and on
    the append-only audit tables only SELECT and INSERT: an update or delete there is refused by grants
    before the trigger is reached. Run after every upgrade, so tables added later are covered. Returns the
    append-only tables."""
    if not connection.execute(text("select 1 from pg_roles where rolname = :r"), {"r": role}).scalar():
        raise RuntimeError(f"the application role {role!r} does not exist")
    quoted = connection.dialect.identifier_preparer.quote(role)
    connection.execute(text(f"grant usage on schema public to {quoted}"))
    connection.execute(text(f"grant select, insert, update, delete, truncate on all tables in schema public "
                            f"to {quoted}"))
    connection.execute(text(f"grant usage, select, update on all sequences in schema public to {quoted}"))
    append_only = list(connection.execute(text(
        "select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid "
        "join pg_proc p on p.oid = t.tgfoid join pg_namespace n on n.oid = c.relnamespace "
        "where p.proname = :f and n.nspname = 'public' order by 1"), {"f": APPEND_ONLY}).scalars())
    # The migrations' own bookkeeping is not the service's to change.
    connection.execute(text(f"revoke insert, update, delete, truncate on alembic_version from {quoted}"))
    for table in append_only:
        connection.execute(text(f"revoke update, delete, truncate on "
                                f"{connection.dialect.identifier_preparer.quote(table)} from {quoted}"))
    log.info("granted the application role", extra={"role": role, "append_only": append_only})
    return append_only


def _do_run(connection: Connection, metadata: MetaData) -> None:
    context.configure(connection=connection, target_metadata=metadata, compare_type=True,
                      compare_server_default=True)
    with context.begin_transaction():
        adopt_shared_branches(connection, context.script)
        context.run_migrations()
        # -x app_role=... (the local stack) or CBCCVC_DB_APP_ROLE (the production migration Job).
        role = context.get_x_argument(as_dictionary=True).get("app_role") or os.environ.get("CBCCVC_DB_APP_ROLE")
        if role:
            grant_app_role(connection, role)


async def _run_online(url: str, metadata: MetaData) -> None:
    engine = create_async_engine(url, poolclass=pool.NullPool)
    async with engine.connect() as conn:
        await conn.run_sync(_do_run, metadata)
    await engine.dispose()


def run(metadata: MetaData, database_url: str) -> None:
    # -x url=... overrides the service's settings (tests migrate their own databases).
    url = context.get_x_argument(as_dictionary=True).get("url") or database_url
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
    else:
        asyncio.run(_run_online(url, metadata))
