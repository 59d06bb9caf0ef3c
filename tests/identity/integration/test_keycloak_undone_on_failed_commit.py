"""A change made in Keycloak for a transaction that then fails to commit is undone: the account's user
is removed from Keycloak, so the directory and the database never disagree."""

from __future__ import annotations

from typing import Any

import httpx
import psycopg
import pytest

pytestmark = pytest.mark.usefixtures("cleanup_users")

FAIL_AT_COMMIT = """
create or replace function test_fail_at_commit() returns trigger language plpgsql as $$
begin
  raise exception 'the database refuses this commit (test)' using errcode = 'check_violation';
end $$;
create constraint trigger test_fail_at_commit after insert on account deferrable initially deferred
  for each row when (new.username like '%.undo') execute function test_fail_at_commit();
"""


async def test_a_user_made_in_keycloak_is_removed_when_the_commit_fails(
        api: httpx.AsyncClient, kc: Any, kc_admin: Any, token_for: Any, run_id: str, identity_db: str) -> None:
    dsn = identity_db.replace("+asyncpg", "")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(FAIL_AT_COMMIT)  # type: ignore[arg-type]
    username = f"t{run_id}.undo"
    try:
        # The commit fails at its very end, after Keycloak has the user (the in-process client raises the
        # error the server would turn into a 500).
        with pytest.raises(Exception, match="refuses this commit"):
            await api.post("/accounts", headers=kc.bearer(token_for("snv.admin")), json={
                "username": username, "unit_id": "STP", "roles": ["unit_officer"],
                "additional_reason": "Thử giao dịch không ghi được"})
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("drop trigger test_fail_at_commit on account")
    assert kc_admin.get_users({"username": username, "exact": True}) == []
    with psycopg.connect(dsn) as conn:
        assert conn.execute("select count(*) from account where username = %s", (username,)).fetchone() == (0,)
