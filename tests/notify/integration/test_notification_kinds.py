"""The kinds of notes from the other services' events: a change waiting for the leader's approval and a
rejected one (personnel's audit entries), deadlines two working days away and overdue (transfer), a password
about to expire (identity). Each reaches the accounts it concerns, once, with its link; and the e-mails those
accounts chose are queued with it."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from common.auth import Principal
from common.clock import utcnow
from common.db import make_engine, make_sessionmaker
from common.events.contracts.identity import PasswordExpiring
from common.events.contracts.transfer import DeadlineReached
from common.events.envelope import Envelope
from common.events.registry import payload_model
from common.messaging import Subscription
from common.testing.handlers import feed
from notify.notifications import email, service
from notify.notifications.handlers import NOTIFICATION_HANDLERS
from notify.notifications.tables import EmailMessage
from notify.worker import subscriptions

NOTES = Subscription("notifications", dict(NOTIFICATION_HANDLERS))
CHANGES = next(s for s in subscriptions if s.name == "change-notes")  # as the service runs it (with `wants`)


@pytest.fixture(scope="module")
async def sessionmaker(migrated_db):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db("notify"), pool_size=2)
    yield make_sessionmaker(engine)
    await engine.dispose()


def who(unit: str, *roles: str) -> Principal:
    return Principal(subject=f"acc-{uuid.uuid4().hex[:10]}", username="u", unit_id=unit, roles=frozenset(roles))


async def notes_of(sm, p: Principal) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    async with sm() as s:
        rows, _, _ = await service.listing(s, p, unread_only=False, page=1, size=100)
    return [(n.kind, n.link) for n, _ in rows]


def audit(action: str, unit: str, cr: str, *, when=None, **detail) -> Envelope:  # type: ignore[no-untyped-def]
    cls = payload_model("personnel.audit.recorded.v1")
    payload = cls(service="personnel", seq=1, at="2026-12-04T08:00:00Z", actor="x", actor_username="stp.officer",
                  action=action, resource_type="person", resource_id=str(uuid.uuid4()), unit_id=unit,
                  detail={"change_request_id": cr, **detail}, prev_hash="0", hash="1")
    return Envelope.of(payload, source="personnel", subject="1", occurred_at=when)


async def test_a_submitted_change_is_the_leaders_and_a_rejection_the_units(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    unit = f"U{uuid.uuid4().hex[:6]}"
    leader, officer = who(unit, "unit_leader", "unit_officer"), who(unit, "unit_officer")
    async with sessionmaker() as s, s.begin():  # the leader wants pending changes by e-mail, the officer too
        await email.save_preferences(s, leader, email="lanh.dao@stp.tuyenquang.gov.vn", email_kinds=["change_pending"])
        await email.save_preferences(s, officer, email="can.bo@stp.tuyenquang.gov.vn",
                                     email_kinds=["change_pending", "change_rejected"])
    cr = str(uuid.uuid4())
    submitted = audit("submit", unit, cr)
    await feed(sessionmaker, CHANGES, submitted)
    await feed(sessionmaker, CHANGES, submitted)  # redelivered: nothing more
    # A read says nothing, and is passed over without a transaction (no inbox row): most of the topic is reads.
    assert (await feed(sessionmaker, CHANGES, audit("read", unit, cr))).outcome == "ignored"
    link = f"/personnel/requests/{cr}"
    assert await notes_of(sessionmaker, leader) == [("change_pending", link)]
    assert await notes_of(sessionmaker, officer) == []  # not a leader: nothing to approve
    await feed(sessionmaker, CHANGES, audit("reject", unit, cr, reason="Thiếu bản sao bằng"))
    assert await notes_of(sessionmaker, officer) == [("change_rejected", link)]
    assert [k for k, _ in await notes_of(sessionmaker, leader)] == ["change_rejected", "change_pending"]
    async with sessionmaker() as s:
        mails = (await s.scalars(select(EmailMessage).where(EmailMessage.account_id.in_(
            [leader.subject, officer.subject])).order_by(EmailMessage.created_at))).all()
    assert [(m.to_address, m.subject) for m in mails] == [
        ("lanh.dao@stp.tuyenquang.gov.vn", "[CSDL CBCCVC] Có thay đổi hồ sơ chờ lãnh đạo phê duyệt"),
        ("can.bo@stp.tuyenquang.gov.vn", "[CSDL CBCCVC] Thay đổi hồ sơ bị từ chối: Thiếu bản sao bằng")]
    assert link in mails[0].body


async def test_old_audit_entries_read_from_the_topics_start_make_no_notes(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    unit = f"U{uuid.uuid4().hex[:6]}"
    await feed(sessionmaker, CHANGES, audit("submit", unit, str(uuid.uuid4()), when=utcnow() - timedelta(days=30)))
    assert await notes_of(sessionmaker, who(unit, "unit_leader")) == []


async def test_deadlines_and_passwords(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    unit = f"U{uuid.uuid4().hex[:6]}"
    for threshold in ("approaching", "overdue", "overdue"):
        await feed(sessionmaker, NOTES, Envelope.of(DeadlineReached(
            obligation_id="ob-1" + unit, case_id="case-7", kind="transfer_handover", unit_id=unit,
            label="Trần Văn Điều", due_on=date(2026, 12, 9), threshold=threshold), source="transfer", subject="c"))
    someone, other = who(unit, "unit_officer"), who(unit, "unit_officer")
    assert await notes_of(sessionmaker, someone) == [("deadline_overdue", "/transfers/case-7"),
                                                     ("deadline_approaching", "/transfers/case-7")]
    await feed(sessionmaker, NOTES, Envelope.of(PasswordExpiring(
        account_id=someone.subject, username="u", unit_id=unit, expires_on=date(2026, 12, 10), days_left=6),
        source="identity", subject=someone.subject))
    assert (await notes_of(sessionmaker, someone))[0] == ("password_expiring", "/account")
    assert "password_expiring" not in [k for k, _ in await notes_of(sessionmaker, other)]  # its own only


async def test_the_list_keeps_one_kind_when_asked(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    unit = f"U{uuid.uuid4().hex[:6]}"
    for threshold in ("approaching", "overdue"):
        await feed(sessionmaker, NOTES, Envelope.of(DeadlineReached(
            obligation_id="ob-2" + unit, case_id=None, kind="status_change", unit_id=unit, label="Nghỉ hưu",
            due_on=date(2026, 12, 9), threshold=threshold), source="transfer", subject="c"))
    async with sessionmaker() as s:
        rows, total, unread = await service.listing(s, who(unit, "unit_officer"), unread_only=False, page=1, size=10,
                                                    kind="deadline_overdue")
    assert [n.kind for n, _ in rows] == ["deadline_overdue"] and total == 1 and unread == 2
