"""Internal messages through the gateway: to accounts and whole units within reach, threads, unread
counts, search; out of reach reads exactly like not existing."""

from __future__ import annotations

import uuid

import httpx
import psycopg

from common.testing import stack

from .conftest import NOTIFY, PDF

MSG = f"{NOTIFY}/messages"


async def account_id(gateway: httpx.AsyncClient, headers: dict[str, str]) -> str:
    return str((await gateway.get(f"{NOTIFY}/whoami", headers=headers)).json()["subject"])


def messages_count() -> int:
    with psycopg.connect(stack.admin_dsn("notify")) as conn:
        return int(conn.execute("select count(*) from message").fetchone()[0])  # type: ignore[index]


async def test_a_thread_to_an_account_with_replies_unread_counts_and_search(gateway: httpx.AsyncClient,
                                                                            as_user) -> None:
    leader = await account_id(gateway, as_user("stp.leader"))
    tag = uuid.uuid4().hex[:6]
    before = (await gateway.get(f"{MSG}/unread", headers=as_user("stp.leader"))).json()
    r = await gateway.post(f"{MSG}/threads", headers=as_user("stp.officer"),
                           json={"subject": f"Xin ý kiến hồ sơ nâng lương {tag}", "to_account_ids": [leader],
                                 "body": "Kính gửi anh, em xin ý kiến về hồ sơ nâng lương trước thời hạn."})
    assert r.status_code == 201, r.text
    [t] = r.json()
    assert t["to_account_id"] == leader and t["from_unit_id"] == "STP" and t["messages"] == 1
    after = (await gateway.get(f"{MSG}/unread", headers=as_user("stp.leader"))).json()
    assert after == {"threads": before["threads"] + 1, "messages": before["messages"] + 1}
    # The addressee finds it without diacritics, replies; the sender then has one unread.
    found = (await gateway.get(f"{MSG}/threads", headers=as_user("stp.leader"),
                               params={"q": f"nang luong {tag}"})).json()
    assert [x["id"] for x in found["items"]] == [t["id"]] and found["items"][0]["unread"] == 1
    r = await gateway.post(f"{MSG}/threads/{t['id']}/messages", headers=as_user("stp.leader"),
                           json={"body": "Đồng ý, em hoàn thiện hồ sơ trình Sở Nội vụ."})
    assert r.status_code == 201 and r.json()["messages"] == 2
    await gateway.post(f"{MSG}/threads/{t['id']}/read", headers=as_user("stp.leader"))
    assert (await gateway.get(f"{MSG}/unread", headers=as_user("stp.leader"))).json() == before
    unread = (await gateway.get(f"{MSG}/threads", headers=as_user("stp.officer"), params={"box": "unread"})).json()
    assert t["id"] in [x["id"] for x in unread["items"]]
    one = (await gateway.get(f"{MSG}/threads/{t['id']}", headers=as_user("stp.officer"))).json()
    assert [m["mine"] for m in one["items"]] == [True, False]
    # Accounts of other units are not party to it, the Department's leader included.
    assert (await gateway.get(f"{MSG}/threads/{t['id']}", headers=as_user("snv.leader"))).status_code == 404
    # An attachment to one's own message, checked from its bytes.
    mid = one["items"][0]["id"]
    r = await gateway.post(f"{MSG}/threads/{t['id']}/messages/{mid}/attachments", headers=as_user("stp.officer"),
                           files={"file": ("ho-so.exe", b"MZ\x90\x00", "application/pdf")})
    assert r.status_code == 422 and r.json()["fields"][0]["code"] == "file.type"
    r = await gateway.post(f"{MSG}/threads/{t['id']}/messages/{mid}/attachments", headers=as_user("stp.leader"),
                           files={"file": ("ho-so.pdf", PDF, "application/pdf")})
    assert r.status_code == 403 and r.json()["error"] == "message.not_the_sender"
    r = await gateway.post(f"{MSG}/threads/{t['id']}/messages/{mid}/attachments", headers=as_user("stp.officer"),
                           files={"file": ("ho-so.pdf", PDF, "application/pdf")})
    assert r.status_code == 201
    att = r.json()["items"][0]["attachments"][0]
    got = await gateway.get(f"{MSG}/threads/{t['id']}/attachments/{att['id']}", headers=as_user("stp.leader"))
    assert got.status_code == 200 and got.content == PDF


async def test_to_a_whole_unit_and_up_to_the_department(gateway: httpx.AsyncClient, as_user) -> None:
    r = await gateway.post(f"{MSG}/threads", headers=as_user("xa.phulinh"),
                           json={"subject": "Hỏi về quy trình tiếp nhận công chức", "to_unit_ids": ["SNV"],
                                 "body": "Xã Phú Linh xin hướng dẫn quy trình tiếp nhận công chức cấp xã."})
    assert r.status_code == 201, r.text
    [t] = r.json()
    assert t["to_unit_id"] == "SNV" and t["to_account_id"] is None and t["to_unit"] == "Sở Nội vụ"
    # Every account of the unit reads it and may answer.
    for who in ("snv.admin", "snv.leader"):
        assert (await gateway.get(f"{MSG}/threads/{t['id']}", headers=as_user(who))).status_code == 200
    r = await gateway.post(f"{MSG}/threads/{t['id']}/messages", headers=as_user("snv.leader"),
                           json={"body": "Sở Nội vụ gửi kèm hướng dẫn; đề nghị xã thực hiện."})
    assert r.status_code == 201
    assert (await gateway.get(f"{MSG}/threads/{t['id']}", headers=as_user("stp.officer"))).status_code == 404
    # The Department writes to everyone, several addressees at once: one thread each.
    ngoc = await account_id(gateway, as_user("xa.ngocduong"))
    r = await gateway.post(f"{MSG}/threads", headers=as_user("snv.admin"),
                           json={"subject": "Nhắc cập nhật hồ sơ", "to_unit_ids": ["STP", "00706"],
                                 "to_account_ids": [ngoc], "body": "Đề nghị cập nhật hồ sơ trước ngày 31/12."})
    assert r.status_code == 201 and sorted(x["to_unit_id"] for x in r.json()) == ["00700", "00706", "STP"]


async def test_out_of_reach_is_refused_like_nothing_and_changes_nothing(gateway: httpx.AsyncClient, as_user) -> None:
    before = messages_count()
    stp = await account_id(gateway, as_user("stp.officer"))
    body = {"subject": "Hỏi thăm", "body": "Nội dung"}
    refusals = [("xa.phulinh", {"to_unit_ids": ["00700"]}),  # a sibling commune
                ("xa.phulinh", {"to_unit_ids": ["STP"]}),
                ("xa.phulinh", {"to_account_ids": [stp]}),
                ("xa.phulinh", {"to_unit_ids": ["KHONG_CO"]}),  # does not exist: the same answer
                ("xa.phulinh", {"to_account_ids": [str(uuid.uuid4())]}),
                ("snv.leader", {"to_unit_ids": ["STP"]})]  # the Department's leader is not its administrator
    answers = set()
    for who, to in refusals:
        r = await gateway.post(f"{MSG}/threads", headers=as_user(who), json={**body, **to})
        assert r.status_code == 422, (who, to, r.text)
        field = r.json()["fields"][0]
        assert field["code"] == "message.addressee_unreachable" and "Không gửi được" in field["message"]
        answers.add((field["code"], field["message"]))
    assert len(answers) == 1
    r = await gateway.post(f"{MSG}/threads", headers=as_user("xa.phulinh"), json=body)
    assert r.status_code == 422 and r.json()["fields"][0]["message"].startswith("Cần chọn ít nhất một người nhận")
    r = await gateway.post(f"{MSG}/threads", headers=as_user("xa.phulinh"),
                           json={**body, "to_unit_ids": ["SNV"], "body": "x" * 5001})
    assert r.status_code == 422 and r.json()["fields"][0]["code"] == "message.too_long"
    r = await gateway.post(f"{MSG}/threads", headers=as_user("xa.phulinh"),
                           json={**body, "to_unit_ids": ["SNV"], "body": "   "})
    assert r.status_code == 422 and r.json()["fields"][0]["code"] == "message.body_required"
    assert messages_count() == before


async def test_addressees_are_those_within_reach(gateway: httpx.AsyncClient, as_user) -> None:
    got = (await gateway.get(f"{MSG}/addressees", headers=as_user("xa.phulinh"), params={"q": "so noi vu"})).json()
    assert {"kind": "unit", "key": "SNV", "label": "Sở Nội vụ", "unit_label": None} in got
    assert (await gateway.get(f"{MSG}/addressees", headers=as_user("xa.phulinh"), params={"q": "tu phap"})).json() == []
    assert (await gateway.get(f"{MSG}/addressees", headers=as_user("xa.phulinh"),
                              params={"q": "ngoc duong"})).json() == []
    got = (await gateway.get(f"{MSG}/addressees", headers=as_user("snv.admin"), params={"q": "ngoc duong"})).json()
    assert any(a["key"] == "00700" for a in got) and any(a["label"] == "xa.ngocduong" or
                                                         a["unit_label"] == "Xã Ngọc Đường" for a in got)
