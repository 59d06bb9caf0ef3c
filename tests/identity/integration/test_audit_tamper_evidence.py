"""The audit trail cannot be rewritten without detection, even with the database owner's rights: audit
tables refuse update, delete and truncate; each chain's head is published signed with a key no database
holds; the verification reports an edited record, the newest records deleted, and a truncated table."""

from __future__ import annotations

import dataclasses

import psycopg
import pytest
from sqlalchemy import select

from common import audit
from common.audit_heads import HeadPublisher, sign_head
from common.config import DEV_AUDIT_SIGNING_KEY
from common.db import make_engine, make_sessionmaker
from common.events.envelope import Envelope
from common.messaging import PermanentError, Subscription
from common.outbox import OutboxMessage
from common.testing.handlers import feed
from identity.audit.handlers import AUDIT_HANDLERS
from identity.audit.service import LOCAL_CHAIN, verify_all

AUDIT_LOG = Subscription("audit-log", AUDIT_HANDLERS)
ACTOR = "snv.admin-subject"  # one actor: one chain


@pytest.fixture
async def chain(migrated_db):  # type: ignore[no-untyped-def]
    """(sessionmaker, owner's DSN, the chain number): 10 entries of identity, their copies delivered and
    the signed head of the chain received, as Kafka would deliver them."""
    url = migrated_db("identity")
    engine = make_engine(url, pool_size=2)
    sm = make_sessionmaker(engine)
    for i in range(10):
        async with sm() as s, s.begin():
            await audit.record(s, service="identity", principal=None, action="account.read",
                               resource_type="account", resource_id=f"acc-{i}", actor=ACTOR)
    assert await HeadPublisher(sm, "identity", DEV_AUDIT_SIGNING_KEY).publish_once() == 1
    async with sm() as s:
        rows = (await s.scalars(select(OutboxMessage).order_by(OutboxMessage.seq))).all()
    for row in rows:
        await feed(sm, AUDIT_LOG, Envelope.model_validate(row.payload))
    yield sm, url.replace("+asyncpg", ""), audit.chain_of(ACTOR)
    await engine.dispose()


async def reports(sm) -> dict:  # type: ignore[no-untyped-def]
    async with sm() as s:
        return {r.chain: r for r in await verify_all(s)}


def as_owner(dsn: str, *statements: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)  # type: ignore[arg-type]


async def test_the_untouched_trail_verifies_and_the_tables_refuse_any_change(chain):
    sm, dsn, _ = chain
    assert all(r.ok for r in (await reports(sm)).values())
    for sql in ("update audit_entry set action = 'x'", "delete from audit_entry", "truncate audit_entry",
                "update audit_record set action = 'x'", "delete from audit_record", "truncate audit_record"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            as_owner(dsn, sql)
    assert all(r.ok for r in (await reports(sm)).values())


async def test_deleting_the_three_newest_records_of_a_chain_is_reported(chain):
    sm, dsn, number = chain
    before = await reports(sm)
    # The owner can switch the trigger off; what was published outside cannot be taken back.
    as_owner(dsn, "alter table audit_entry disable trigger user", "alter table audit_record disable trigger user",
             f"delete from audit_entry where seq in (select seq from audit_entry where chain = {number} "
             "order by seq desc limit 3)",
             f"delete from audit_record where seq in (select seq from audit_record where chain = {number} "
             "order by seq desc limit 3)")
    after = await reports(sm)
    for name in (LOCAL_CHAIN, "identity"):
        assert before[name].ok and not after[name].ok
        assert after[name].reason.startswith("records missing")


async def test_an_edited_record_is_reported_where_it_was_edited(chain):
    sm, dsn, number = chain
    as_owner(dsn, "alter table audit_entry disable trigger user",
             f"update audit_entry set actor_username = 'someone-else' where seq = (select min(seq) + 4 "
             f"from audit_entry where chain = {number})")
    after = await reports(sm)
    assert not after[LOCAL_CHAIN].ok and after[LOCAL_CHAIN].reason == "content does not match its hash"
    assert after["identity"].ok  # the copy received before the edit still holds


async def test_a_truncated_table_is_reported(chain):
    sm, dsn, _ = chain
    as_owner(dsn, "alter table audit_entry disable trigger user", "truncate audit_entry",
             "alter table audit_record disable trigger user", "truncate audit_record")
    after = await reports(sm)
    assert not after[LOCAL_CHAIN].ok and not after["identity"].ok


async def test_a_head_not_signed_with_the_audit_key_is_refused(chain):
    sm, _, number = chain
    forged_key = "Zm9yZ2VkLWtleS1mb3JnZWQta2V5LWZvcmdlZC1rZXk="  # 32 bytes, not the province's key
    head = sign_head(forged_key, service="identity", chain=number, seq=1, hash_="0" * 64, at="2026-12-04T00:00:00")
    envelope = Envelope(type="identity.audit.head.v1", source="/identity", subject=f"chain-{number}",
                        data=dataclasses.asdict(head) if dataclasses.is_dataclass(head) else head.model_dump())
    with pytest.raises(PermanentError):
        await feed(sm, AUDIT_LOG, envelope)
    assert all(r.ok for r in (await reports(sm)).values())  # the genuine head is still the one kept
