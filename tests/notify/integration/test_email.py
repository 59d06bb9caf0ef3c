"""Notes by e-mail through a real SMTP server (the stack's Mailpit, read back through its HTTP API): each
account chooses its kinds; bad choices are refused in Vietnamese and change nothing; an SMTP outage delays
the mail and loses nothing."""

from __future__ import annotations

import socket
import uuid

import httpx
import pytest
from sqlalchemy import select, update

from common.auth import Principal
from common.db import make_engine, make_sessionmaker, utcnow
from common.testing import stack
from common.testing.waiting import until
from notify.config import NotifySettings
from notify.notifications import email, rules, service
from notify.notifications.tables import EmailMessage

from .conftest import NOTIFY

MAILPIT = f"http://127.0.0.1:{stack.stack_env()['MAILPIT_HTTP_PORT']}"
PERSONNEL = "/api/personnel"
PROFILE = {"identity": {"full_name": "Hoàng Thị Thư", "gender": "2", "birth_date": "1990-05-12", "ethnicity": "01",
                        "religion": "00", "personal_id_number": f"0081{90:02d}{uuid.uuid4().int % 1_000_000:06d}"},
           "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "2015-09-01"},
           "positions": {"current_position": "Chuyên viên"},
           "work_history": [{"from_month": "2015-09", "to_month": None, "unit_name": "Sở Tư pháp",
                             "position": "Chuyên viên"}]}


async def mails_to(address: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=MAILPIT, timeout=10) as mp:
        r = await mp.get("/api/v1/search", params={"query": f'to:"{address}"'})
        r.raise_for_status()
        return list(r.json()["messages"])


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
async def sessionmaker(migrated_db):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db("notify"), pool_size=2)
    yield make_sessionmaker(engine)
    await engine.dispose()


async def test_an_smtp_outage_delays_the_mail_and_loses_nothing(sessionmaker) -> None:  # type: ignore[no-untyped-def]
    address = f"van.thu.{uuid.uuid4().hex[:8]}@stp.tuyenquang.gov.vn"
    unit = f"U{uuid.uuid4().hex[:6]}"
    me = Principal(subject=f"acc-{uuid.uuid4().hex[:8]}", username="u", unit_id=unit, roles=frozenset({"unit_officer"}))
    async with sessionmaker() as s, s.begin():
        await email.save_preferences(s, me, email=address, email_kinds=["announcement"])
        await service.add(s, rules.of_announcement(announcement_id="a1", title="Lịch họp giao ban", units=[unit],
                                                   reminder=False), source=f"test:{uuid.uuid4()}")
    away = NotifySettings(smtp_port=closed_port())
    assert await email.send_due(sessionmaker, away) == 0
    async with sessionmaker() as s:
        [row] = (await s.scalars(select(EmailMessage).where(EmailMessage.account_id == me.subject))).all()
    assert row.sent_at is None and row.attempts == 1 and row.next_attempt_at > utcnow() and row.last_error
    assert await email.send_due(sessionmaker, away) == 0  # not due yet: not tried again at once
    async with sessionmaker() as s, s.begin():  # its pause is over; the server is back
        await s.execute(update(EmailMessage).where(EmailMessage.id == row.id).values(next_attempt_at=utcnow()))
    back = NotifySettings(smtp_port=int(stack.stack_env()["MAILPIT_SMTP_PORT"]))
    assert await email.send_due(sessionmaker, back) >= 1
    [mail] = await until(lambda: mails_to(address))  # type: ignore[misc]
    assert mail["Subject"] == "[CSDL CBCCVC] Thông báo mới: Lịch họp giao ban"
    assert await email.send_due(sessionmaker, back) == 0  # sent once
    assert len(await mails_to(address)) == 1


async def test_bad_preferences_are_refused_in_vietnamese_and_change_nothing(gateway: httpx.AsyncClient,
                                                                            as_user) -> None:  # type: ignore[no-untyped-def]
    before = (await gateway.get(f"{NOTIFY}/notifications/preferences", headers=as_user("xa.phulinh"))).json()
    assert "change_pending" in before["kinds"] and "password_expiring" in before["kinds"]
    for body, field, message in (
        ({"email": "không phải địa chỉ", "email_kinds": ["announcement"]}, "email",
         "Địa chỉ thư điện tử không hợp lệ."),
        ({"email": None, "email_kinds": ["announcement"]}, "email", "Hãy nhập địa chỉ thư điện tử"),
        ({"email": "a@xa.vn", "email_kinds": ["everything"]}, "email_kinds",
         "Loại thông báo không tồn tại: everything."),
    ):
        r = await gateway.put(f"{NOTIFY}/notifications/preferences", headers=as_user("xa.phulinh"), json=body)
        assert r.status_code == 422, r.text
        assert any(f.get("field") == field and f["message"].startswith(message) for f in r.json()["fields"]), r.text
    after = (await gateway.get(f"{NOTIFY}/notifications/preferences", headers=as_user("xa.phulinh"))).json()
    assert after == before


async def test_a_leader_gets_the_kinds_chosen_by_email(gateway: httpx.AsyncClient, as_user) -> None:  # type: ignore[no-untyped-def]
    """Through the running stack: a change submitted in personnel reaches the leader's mailbox (personnel's
    audit event -> notify's note -> the e-mail queue -> Mailpit), and an announcement too."""
    address = f"lanh.dao.{uuid.uuid4().hex[:8]}@stp.tuyenquang.gov.vn"
    before = (await gateway.get(f"{NOTIFY}/notifications/preferences", headers=as_user("stp.leader"))).json()
    r = await gateway.put(f"{NOTIFY}/notifications/preferences", headers=as_user("stp.leader"),
                          json={"email": address, "email_kinds": ["change_pending", "announcement"]})
    assert r.status_code == 200, r.text
    assert r.json()["email_kinds"] == ["announcement", "change_pending"]
    try:
        cr = (await gateway.post(f"{PERSONNEL}/change-requests", headers=as_user("stp.officer"),
                                 json={"unit_id": "STP", "profile": PROFILE})).json()
        r = await gateway.post(f"{PERSONNEL}/change-requests/{cr['id']}/submit", headers=as_user("stp.officer"))
        assert r.status_code == 200, r.text
        title = f"Kế hoạch tập huấn ({uuid.uuid4().hex[:6]})"
        a = (await gateway.post(f"{NOTIFY}/announcements", headers=as_user("snv.admin"),
                                json={"title": title, "body_html": "<p>Tập huấn.</p>",
                                      "recipient_unit_ids": ["STP"]})).json()
        await gateway.post(f"{NOTIFY}/announcements/{a['id']}/send", headers=as_user("snv.admin"))

        async def both() -> list[str] | None:
            subjects = sorted(m["Subject"] for m in await mails_to(address))
            return subjects if len(subjects) >= 2 else None

        subjects = await until(both, timeout=60)
        assert subjects == ["[CSDL CBCCVC] Có thay đổi hồ sơ chờ lãnh đạo phê duyệt",
                            f"[CSDL CBCCVC] Thông báo mới: {title}"], subjects
        page = (await gateway.get(f"{NOTIFY}/notifications", headers=as_user("stp.leader"),
                                  params={"size": 50})).json()
        assert any(n["kind"] == "change_pending" and n["link"] == f"/personnel/requests/{cr['id']}"
                   for n in page["items"])
    finally:  # the demo account gets its own choices back
        await gateway.put(f"{NOTIFY}/notifications/preferences", headers=as_user("stp.leader"),
                          json={"email": before["email"], "email_kinds": before["email_kinds"]})
