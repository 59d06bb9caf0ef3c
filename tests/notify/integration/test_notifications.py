"""The notification centre: other services' events and notify's own announcements become notes for the
units concerned, once per fact; each account reads its unit's notes and marks them read."""

from __future__ import annotations

import uuid
from datetime import date

import httpx
import pytest
from sqlalchemy import select

from common.db import make_engine, make_sessionmaker
from common.events.contracts.transfer import CaseChanged
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed
from notify.notifications.handlers import NOTIFICATION_HANDLERS
from notify.notifications.tables import Notification

from .conftest import NOTIFY

NOTES = Subscription("notifications", dict(NOTIFICATION_HANDLERS))


@pytest.fixture(scope="module")
async def sessionmaker(migrated_db):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db("notify"), pool_size=2)
    yield make_sessionmaker(engine)
    await engine.dispose()


def case(step: str) -> Envelope:
    return Envelope.of(CaseChanged(case_id="c-1", kind="transfer", state="sent", full_name="Trần Văn Điều",
                                   from_unit_id="STP", to_unit_id="SNV", decision_number="12/QĐ-UBND",
                                   effective_on=date(2026, 12, 1), step=step), source="transfer", subject="c-1")


async def test_a_case_sent_and_answered(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    sent = case("send")
    await feed(sessionmaker, NOTES, sent)
    await feed(sessionmaker, NOTES, sent)  # redelivered: nothing more
    await feed(sessionmaker, NOTES, case("accept"))
    await feed(sessionmaker, NOTES, case("forward"))  # nothing to say
    async with sessionmaker() as s:
        rows = (await s.scalars(select(Notification).order_by(Notification.created_at))).all()
    assert [(n.kind, n.unit_id, n.title_vi) for n in rows] == [
        ("transfer_incoming", "SNV", "Hồ sơ chuyển công tác đến: Trần Văn Điều"),
        ("transfer_answered", "STP", "Hồ sơ chuyển công tác của Trần Văn Điều đã được tiếp nhận")]
    assert rows[0].link == "/transfers/c-1"


async def test_an_announcement_reaches_the_units_notes(gateway: httpx.AsyncClient, as_user) -> None:
    title = f"Đăng ký thi đua năm 2027 ({uuid.uuid4().hex[:6]})"
    a = (await gateway.post(f"{NOTIFY}/announcements", headers=as_user("snv.admin"),
                            json={"title": title, "body_html": "<p>Đề nghị đăng ký.</p>",
                                  "recipient_unit_ids": ["STP"]})).json()
    await gateway.post(f"{NOTIFY}/announcements/{a['id']}/send", headers=as_user("snv.admin"))
    page = (await gateway.get(f"{NOTIFY}/notifications", headers=as_user("stp.leader"),
                              params={"box": "unread", "size": 100})).json()
    note = next(n for n in page["items"] if n["title"] == f"Thông báo mới: {title}")
    assert note["link"] == f"/news/announcements/{a['id']}" and not note["read"] and page["unread"] >= 1
    english = (await gateway.get(f"{NOTIFY}/notifications", headers={**as_user("stp.leader"),
                                                                      "Accept-Language": "en"})).json()
    assert any(n["title"] == f"New announcement: {title}" for n in english["items"])
    r = await gateway.post(f"{NOTIFY}/notifications/{note['id']}/read", headers=as_user("stp.leader"))
    assert r.status_code == 200
    after = (await gateway.get(f"{NOTIFY}/notifications", headers=as_user("stp.leader"),
                               params={"box": "unread", "size": 100})).json()
    assert note["id"] not in [n["id"] for n in after["items"]] and after["unread"] == page["unread"] - 1
    # Read by one account, still unread for the other accounts of the unit; unseen by other units.
    officer = (await gateway.get(f"{NOTIFY}/notifications", headers=as_user("stp.officer"),
                                 params={"box": "unread", "size": 100})).json()
    assert note["id"] in [n["id"] for n in officer["items"]]
    assert (await gateway.post(f"{NOTIFY}/notifications/{note['id']}/read",
                               headers=as_user("xa.phulinh"))).status_code == 404
