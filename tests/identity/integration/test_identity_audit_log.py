"""Sign-ins copied from Keycloak into the audit chain; every service's entries in one searchable table;
the verify command finds the first broken link."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import psycopg
from sqlalchemy import select, text

from common.audit import AuditEntry
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.outbox import OutboxMessage
from common.testing.handlers import feed
from identity import jobs
from identity.audit.handlers import AUDIT_HANDLERS
from identity.audit.service import LOCAL_CHAIN, verify_all
from identity.signins import service as signins

AUDIT_LOG = Subscription("audit-log", AUDIT_HANDLERS)


async def test_sign_ins_and_failures_enter_the_chain_and_the_search_and_tampering_is_found(
        kc: Any, app: Any, api: httpx.AsyncClient, token_for: Any, identity_db: str) -> None:
    sm = app.state.sessionmaker
    async with sm() as session, session.begin():
        # Start the copy a minute ago, so the test does not read every event Keycloak ever stored.
        await session.execute(text("INSERT INTO signin_event (event_id, at) VALUES ('start-marker', :at) "
                                   "ON CONFLICT DO NOTHING"), {"at": datetime.now(UTC) - timedelta(minutes=1)})
    await jobs.sync_accounts_once(sm, app.state.directory)
    assert kc.password_grant("xa.phulinh", "Sai@Matkhau9").status_code in (400, 401)
    assert kc.password_grant("xa.phulinh", "Demo@2026").status_code == 200
    async with sm() as session:
        since = await signins.newest_copied(session)
    events = await signins.fetch_new(app.state.directory, since)
    async with sm() as session, session.begin():
        assert await signins.record_events(session, events) >= 2
    async with sm() as session, session.begin():
        assert await signins.record_events(session, events) == 0  # each event is copied once

    async with sm() as session:
        mine = (await session.scalars(select(AuditEntry).where(AuditEntry.actor_username == "xa.phulinh")
                                      .order_by(AuditEntry.seq))).all()
        # Other tests sign in as xa.phulinh too; ours are the failure and the success just made.
        failed = next(e for e in reversed(mine) if e.action == "sign_in_failed")
        assert any(e.action == "sign_in" and e.seq > failed.seq for e in mine)  # type: ignore[operator]
        assert failed.unit_id == "00706" and failed.client_address and failed.detail["client"] == "cbccvc-cli"
        assert failed.detail["error"]
        # Deliver the chain's events (as Kafka would) into the searchable table.
        rows = (await session.scalars(select(OutboxMessage).where(
            OutboxMessage.type == "identity.audit.recorded.v1").order_by(OutboxMessage.seq))).all()
    # One Kafka key per chain, so that each chain's copies arrive in order.
    assert all(r.aggregate_id == f"chain-{r.payload['data']['chain']}" for r in rows[-2:])
    outcomes = [(await feed(sm, AUDIT_LOG, Envelope.model_validate(row.payload))).outcome
                for row in rows + rows[:3]]
    assert outcomes[-3:] == ["duplicate"] * 3  # a redelivery changes nothing

    admin = kc.bearer(token_for("snv.admin"))
    found = await api.get("/audit", params={"actor": "xa.phulinh", "action": "sign_in_failed"}, headers=admin)
    assert found.status_code == 200 and found.json()["count"] >= 1
    assert found.json()["data"][0]["unit_id"] == "00706"
    by_unit = await api.get("/audit", params={"unit_id": "TQ", "include_subunits": "true",
                                              "from": (datetime.now(UTC) - timedelta(minutes=5)).isoformat()},
                            headers=admin)
    assert by_unit.status_code == 200 and by_unit.json()["count"] >= 2
    assert (await api.get("/audit", headers=kc.bearer(token_for("xa.phulinh")))).status_code == 403
    assert (await api.get("/audit/verify", headers=admin)).status_code == 403  # system_admin only

    verified = await api.get("/audit/verify", headers=kc.bearer(token_for("sysadmin")))
    assert verified.status_code == 200
    assert {r["chain"]: r["ok"] for r in verified.json()} == {"identity": True, LOCAL_CHAIN: True}

    # Someone edits a received copy in the database: the verify command names that entry.
    victim = rows[len(rows) // 2].payload["data"]["seq"]
    with psycopg.connect(identity_db.replace("+asyncpg", ""), autocommit=True) as conn:
        conn.execute("ALTER TABLE audit_record DISABLE TRIGGER USER")  # the owner can; the chain still tells
        conn.execute("UPDATE audit_record SET actor_username = 'someone-else' WHERE service = 'identity' AND seq = %s",
                     (victim,))
    async with sm() as session:
        reports = {r.chain: r for r in await verify_all(session)}
    assert reports["identity"].broken_seq == victim and reports[LOCAL_CHAIN].ok
    cli = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "identity.audit_verify", stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "IDENTITY_DATABASE_URL": identity_db})
    out, _ = await asyncio.wait_for(cli.communicate(), 60)
    assert cli.returncode == 1 and f"BROKEN at seq {victim}" in out.decode()
