"""The saga survives its parts going down: with personnel stopped, transfer killed, or Kafka stopped in
the middle of a transfer, the record ends in the receiving unit exactly once when they return.

These stop and start the stack's real processes (through supervisord), so they are marked disruptive
and run after every other test."""

from __future__ import annotations

import os
import subprocess

import psycopg
import pytest

from common.testing import stack
from common.testing.stack import supervisorctl

from .conftest import PERSONNEL, TRANSFER, decision, until

pytestmark = [pytest.mark.asyncio(loop_scope="session"), pytest.mark.disruptive]



async def healthy(gateway, service: str) -> bool:
    try:
        return (await gateway.get(f"/api/{service}/health/ready")).status_code == 200
    except Exception:
        return False


def decision_row(case_id: str) -> tuple | None:
    """(published_at, failed tries) of the case's move decision in transfer's outbox, once it is queued; the
    relay publishes in order, so the tries counted are those of the first row still waiting up to it."""
    with psycopg.connect(stack.admin_dsn("transfer")) as conn:
        return conn.execute(
            "select d.published_at, (select coalesce(max(o.attempts), 0) from outbox_message o "
            "                        where o.published_at is null and o.seq <= d.seq) "
            "from outbox_message d where d.type = 'transfer.move.decided.v1' and d.payload->'data'->>'case_id' = %s",
            (case_id,)).fetchone()


async def published(case_id: str) -> bool:
    row = decision_row(case_id)
    return row is not None and row[0] is not None


async def tried_and_kept(case_id: str) -> bool:
    """transfer's relay tried to publish the decision and failed: it waits in the outbox."""
    row = decision_row(case_id)
    return row is not None and row[0] is None and row[1] >= 1


def pid_of(program: str) -> int:
    ctl, conf = stack.ROOT / ".venv/bin/supervisorctl", stack.ROOT / ".stack/conf/supervisord.conf"
    out = subprocess.run([str(ctl), "-c", str(conf), "pid", program], capture_output=True, text=True,
                         timeout=60).stdout.strip()
    return int(out) if out.isdigit() else 0


async def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


async def sent_case(gateway, as_user, new_person, name: str) -> tuple[str, str]:
    person = await new_person("STP", name)
    r = await gateway.post(f"{TRANSFER}/cases", headers=as_user("stp.officer"),
                           json={"kind": "transfer", "person_id": person, "to_unit_id": "SNV", **decision()})
    assert r.status_code == 201, r.text
    assert (await gateway.post(f"{TRANSFER}/cases/{r.json()['id']}/send",
                               headers=as_user("stp.officer"))).status_code == 200
    return person, r.json()["id"]


async def ends_moved_once(gateway, as_user, person: str, case_id: str, within: float = 120) -> None:
    r = await gateway.post(f"{TRANSFER}/cases/{case_id}/forward", headers=as_user("snv.admin"), json={})
    assert r.status_code == 200, r.text

    async def done() -> bool:
        try:
            r = await gateway.get(f"{TRANSFER}/cases/{case_id}", headers=as_user("snv.admin"))
            return r.status_code == 200 and r.json()["state"] == "done"
        except Exception:
            return False

    if not await until(done, within):
        r = await gateway.get(f"{TRANSFER}/cases/{case_id}", headers=as_user("snv.admin"))
        raise AssertionError(f"the case never finished within {within} s: {r.status_code} {r.text[:800]}")
    record = (await gateway.get(f"{PERSONNEL}/persons/{person}", headers=as_user("snv.admin"))).json()
    assert record["unit_id"] == "SNV" and record["version"] == 2  # one new version: applied once
    assert [p["unit_name"] for p in record["profile"]["work_history"]].count("Sở Nội vụ") == 1
    with psycopg.connect(stack.admin_dsn("transfer")) as conn:
        assert conn.execute("select count(*) from transfer_move where case_id = %s and applied_at is not null",
                            (case_id,)).fetchone() == (1,)


async def test_a_move_decided_while_personnel_is_down_is_applied_once_it_returns(gateway, as_user, new_person):
    person, case_id = await sent_case(gateway, as_user, new_person, "Phạm Văn Chờ")
    supervisorctl("stop", "personnel", check=False)
    try:
        r = await gateway.post(f"{TRANSFER}/cases/{case_id}/accept", headers=as_user("snv.admin"))
        assert r.status_code == 200 and r.json()["state"] == "accepted"
        # The decision reaches Kafka while personnel is away.
        assert await until(lambda: published(case_id), 60), "transfer never published the decision"
    finally:
        supervisorctl("start", "personnel", check=False)
    assert await until(lambda: healthy(gateway, "personnel"), 60)
    await ends_moved_once(gateway, as_user, person, case_id)


async def test_transfer_killed_right_after_acceptance_finishes_the_case_when_it_returns(gateway, as_user, new_person):
    person, case_id = await sent_case(gateway, as_user, new_person, "Vi Văn Ngắt")
    killed = pid_of("transfer")
    r = await gateway.post(f"{TRANSFER}/cases/{case_id}/accept", headers=as_user("snv.admin"))
    assert r.status_code == 200
    supervisorctl("signal", "KILL", "transfer", check=False)
    assert killed and await until(lambda: gone(killed), 30), "transfer did not die"
    supervisorctl("start", "transfer", check=False)
    assert await until(lambda: healthy(gateway, "transfer"), 60)
    await ends_moved_once(gateway, as_user, person, case_id)


async def test_a_case_accepted_while_kafka_is_down_reaches_the_record_once_kafka_returns(
        gateway, as_user, new_person):
    person, case_id = await sent_case(gateway, as_user, new_person, "Hà Văn Đợi")
    supervisorctl("stop", "kafka", check=False)
    try:
        r = await gateway.post(f"{TRANSFER}/cases/{case_id}/accept", headers=as_user("snv.admin"))
        assert r.status_code == 200  # the decision waits in transfer's outbox
        assert await until(lambda: tried_and_kept(case_id), 60), "transfer's relay never tried to publish"
    finally:
        supervisorctl("start", "kafka", check=False)
    # A broker restarting on a loaded 2-core machine, then every consumer group rejoining, takes a while.
    await ends_moved_once(gateway, as_user, person, case_id, within=200)
