"""Announcements through the gateway: sent to units below the sender (the Department: any unit), each
receiving unit's inbox, read receipts, acknowledgements, reminders."""

from __future__ import annotations

import uuid

import httpx
import psycopg

from common.testing import stack

from .conftest import NOTIFY, PDF

ANN = f"{NOTIFY}/announcements"


def announcement(**kw) -> dict:
    return {"title": f"Báo cáo số lượng cán bộ, công chức năm 2026 ({uuid.uuid4().hex[:6]})",
            "body_html": "<p>Đề nghị các đơn vị báo cáo <strong>trước ngày 20/12</strong>.</p>",
            "due_on": "2099-12-20", **kw}


def counts() -> tuple[int, int]:
    with psycopg.connect(stack.admin_dsn("notify")) as conn:
        return (int(conn.execute("select count(*) from announcement").fetchone()[0]),  # type: ignore[index]
                int(conn.execute("select count(*) from announcement_recipient").fetchone()[0]))  # type: ignore[index]


async def test_sent_read_acknowledged_and_the_rest_reminded(gateway: httpx.AsyncClient, as_user) -> None:
    r = await gateway.post(ANN, headers=as_user("snv.admin"),
                           json=announcement(recipient_unit_ids=["STP", "00700", "00706"]))
    assert r.status_code == 201, r.text
    a = r.json()
    assert a["state"] == "draft" and a["counts"] == {"recipients": 3, "read": 0, "acknowledged": 0}
    r = await gateway.post(f"{ANN}/{a['id']}/attachments", headers=as_user("snv.admin"),
                           files={"file": ("cong-van.pdf", PDF, "application/pdf")})
    assert r.status_code == 201 and r.json()["attachments"][0]["name"] == "cong-van.pdf"
    # Not in any inbox before it is sent.
    inbox = (await gateway.get(f"{ANN}/inbox", headers=as_user("stp.officer"), params={"size": 100})).json()
    assert a["id"] not in [x["id"] for x in inbox["items"]]
    assert (await gateway.get(f"{ANN}/{a['id']}", headers=as_user("stp.officer"))).status_code == 404
    r = await gateway.post(f"{ANN}/{a['id']}/send", headers=as_user("snv.admin"))
    assert r.status_code == 200 and r.json()["state"] == "sent"
    assert (await gateway.post(f"{ANN}/{a['id']}/send", headers=as_user("snv.admin"))).status_code == 409

    inbox = (await gateway.get(f"{ANN}/inbox", headers=as_user("stp.officer"), params={"box": "unread"})).json()
    mine = next(x for x in inbox["items"] if x["id"] == a["id"])
    assert mine["standing"] == "unread" and mine["recipient_unit_id"] == "STP" and mine["sender_unit"] == "Sở Nội vụ"
    one = (await gateway.get(f"{ANN}/{a['id']}", headers=as_user("stp.officer"))).json()
    assert one["recipients"] == [] and one["is_sender"] is False and one["can_acknowledge"]
    # The receiving unit downloads the attachment.
    att = one["attachments"][0]
    got = await gateway.get(f"{ANN}/{a['id']}/attachments/{att['id']}", headers=as_user("stp.leader"))
    assert got.status_code == 200 and got.content == PDF

    r = await gateway.post(f"{ANN}/{a['id']}/read", headers=as_user("stp.leader"))
    assert r.status_code == 200 and r.json()["standing"] == "read"
    r = await gateway.post(f"{ANN}/{a['id']}/acknowledge", headers=as_user("stp.officer"),
                           json={"note": "Đã phân công Văn phòng Sở thực hiện"})
    assert r.status_code == 200 and r.json()["standing"] == "acknowledged"
    r = await gateway.post(f"{ANN}/{a['id']}/acknowledge", headers=as_user("stp.officer"))
    assert r.status_code == 409 and r.json()["error"] == "announcement.already_acknowledged"
    await gateway.post(f"{ANN}/{a['id']}/read", headers=as_user("xa.ngocduong"))

    # The sender sees who read and who acknowledged ...
    sent = (await gateway.get(f"{ANN}/{a['id']}", headers=as_user("snv.admin"))).json()
    standing = {x["unit_id"]: x["standing"] for x in sent["recipients"]}
    assert standing == {"STP": "acknowledged", "00700": "read", "00706": "unread"}
    stp = next(x for x in sent["recipients"] if x["unit_id"] == "STP")
    assert stp["read_by"] == "stp.leader" and stp["acknowledged_by"] == "stp.officer"
    assert stp["acknowledge_note"] == "Đã phân công Văn phòng Sở thực hiện"
    assert sent["counts"] == {"recipients": 3, "read": 2, "acknowledged": 1}
    # ... and reminds the rest.
    r = await gateway.post(f"{ANN}/{a['id']}/remind", headers=as_user("snv.admin"))
    assert r.status_code == 200 and r.json() == {"reminded": 2}
    inbox = (await gateway.get(f"{ANN}/inbox", headers=as_user("xa.phulinh"), params={"size": 100})).json()
    assert next(x for x in inbox["items"] if x["id"] == a["id"])["reminded_at"]
    # A receiving unit is not the sender: it can neither remind nor see the other units' standing.
    assert (await gateway.post(f"{ANN}/{a['id']}/remind", headers=as_user("stp.officer"))).status_code == 404
    assert (await gateway.get(f"{ANN}/{a['id']}", headers=as_user("xa.phulinh"))).json()["recipients"] == []


async def test_a_unit_addresses_only_units_below_it(gateway: httpx.AsyncClient, as_user) -> None:
    before = counts()
    for units in (["SNV"], ["00700"], ["STP"], ["KHONG_CO"], ["STP.VP", "SYT"]):
        r = await gateway.post(ANN, headers=as_user("stp.officer"), json=announcement(recipient_unit_ids=units))
        assert r.status_code == 422, (units, r.text)
        field = r.json()["fields"][0]
        assert field["code"] == "announcement.recipient_unknown" and "không tồn tại" in field["message"]
    # The Department's leader is not the Department's administrator: its own subtree only.
    r = await gateway.post(ANN, headers=as_user("snv.leader"), json=announcement(recipient_unit_ids=["STP"]))
    assert r.status_code == 422
    for body, code in ((announcement(recipient_unit_ids=["STP.VP"], due_on="2020-01-01"), "announcement.due_in_past"),
                       (announcement(recipient_unit_ids=["STP.VP"], body_html="<script>x()</script>"),
                        "announcement.body_required")):
        r = await gateway.post(ANN, headers=as_user("stp.officer"), json=body)
        assert r.status_code == 422 and r.json()["fields"][0]["code"] == code, r.text
    r = await gateway.post(ANN, headers=as_user("stp.officer"), json=announcement(recipient_unit_ids=[]))
    assert r.status_code == 422
    r = await gateway.post(ANN, headers=as_user("stp.officer"),
                           json=announcement(recipient_unit_ids=["STP.VP"], sender_unit_id="SNV"))
    assert r.status_code == 404
    assert counts() == before
    # Within its subtree it may.
    r = await gateway.post(ANN, headers=as_user("stp.officer"),
                           json=announcement(recipient_unit_ids=["STP.VP", "STP.HCTP"]))
    assert r.status_code == 201, r.text
    a = r.json()
    edit = {**announcement(recipient_unit_ids=["STP.VP"], title="Lịch trực Tết"), "row_version": a["row_version"]}
    r = await gateway.put(f"{ANN}/{a['id']}", headers=as_user("stp.officer"), json=edit)
    assert r.status_code == 200 and r.json()["counts"]["recipients"] == 1 and r.json()["title"] == "Lịch trực Tết"
    r = await gateway.put(f"{ANN}/{a['id']}", headers=as_user("stp.officer"), json=edit)
    assert r.status_code == 409 and r.json()["error"] == "announcement.stale"
    out = (await gateway.get(f"{ANN}/outbox", headers=as_user("stp.leader"), params={"q": "lich truc tet"})).json()
    assert a["id"] in [x["id"] for x in out["items"]]
    # Other branches see nothing of it.
    for other in ("xa.phulinh", "snv.leader"):
        assert (await gateway.get(f"{ANN}/{a['id']}", headers=as_user(other))).status_code == 404
        out = (await gateway.get(f"{ANN}/outbox", headers=as_user(other), params={"size": 100})).json()
        assert a["id"] not in [x["id"] for x in out["items"]]


async def test_attachments_are_checked(gateway: httpx.AsyncClient, as_user) -> None:
    a = (await gateway.post(ANN, headers=as_user("stp.officer"),
                            json=announcement(recipient_unit_ids=["STP.VP"]))).json()
    r = await gateway.post(f"{ANN}/{a['id']}/attachments", headers=as_user("stp.officer"),
                           files={"file": ("bao-cao.pdf", b"<html><script>x</script></html>", "application/pdf")})
    assert r.status_code == 422 and r.json()["fields"][0]["code"] == "file.type"
    r = await gateway.post(f"{ANN}/{a['id']}/attachments", headers=as_user("stp.officer"),
                           files={"file": ("rong.pdf", b"", "application/pdf")})
    assert r.status_code == 422 and r.json()["fields"][0]["code"] == "file.empty"
    assert (await gateway.get(f"{ANN}/{a['id']}", headers=as_user("stp.officer"))).json()["attachments"] == []
