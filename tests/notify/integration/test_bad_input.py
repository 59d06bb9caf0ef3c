"""Bad input of the issue's last paragraph, end to end through the gateway, each refused with a Vietnamese
message and changing nothing: a chat flood and a message flood from one account (its minute's counter in
Redis already at the limit), and attachments over the size limit."""

from __future__ import annotations

import time
import uuid

import httpx
import psycopg

from common.cache import make_redis
from common.testing import stack

from .conftest import NOTIFY, PNG
from .test_announcements_api import ANN, announcement
from .test_chat_socket import Client
from .test_news_api import article as news_article


def count(table: str) -> int:
    with psycopg.connect(stack.admin_dsn("notify")) as conn:
        return int(conn.execute(f"select count(*) from {table}").fetchone()[0])  # type: ignore[index]


async def at_the_limit(account: str, action: str, limit: int = 30) -> str:
    """Fills the account's counter of this minute (and the next, should the minute turn) up to the limit."""
    redis = make_redis(f"redis://127.0.0.1:{stack.port('redis')}/0")
    now = int(time.time()) // 60
    try:
        for bucket in (now, now + 1):
            await redis.set(f"notify:rate:{action}:{account}:{bucket}", limit, ex=180)
    finally:
        await redis.aclose()
    return account


async def clear(account: str, action: str) -> None:
    redis = make_redis(f"redis://127.0.0.1:{stack.port('redis')}/0")
    try:
        now = int(time.time()) // 60
        await redis.delete(*[f"notify:rate:{action}:{account}:{b}" for b in (now - 1, now, now + 1)])
    finally:
        await redis.aclose()


async def test_a_chat_flood_is_refused_in_vietnamese_and_stores_nothing(gateway: httpx.AsyncClient,
                                                                       token_for) -> None:  # type: ignore[no-untyped-def]
    async with Client(token_for("xa.ngocduong")) as flooder:
        me = flooder.ready["account_id"]
        await at_the_limit(me, "chat")
        try:
            before = count("chat_message")
            await flooder.send(type="send", room_id=flooder.ready["unit_room_id"], body="tin nhắn thứ 31",
                               client_id=uuid.uuid4().hex)
            error = await flooder.next("error")
            assert error["error"] == "message.rate_limited"
            assert error["message"].startswith("Bạn đã gửi quá 30 tin nhắn trong một phút")
            assert count("chat_message") == before
        finally:
            await clear(me, "chat")


async def test_a_message_flood_is_refused_with_429(gateway: httpx.AsyncClient, as_user) -> None:  # type: ignore[no-untyped-def]
    me = (await gateway.get(f"{NOTIFY}/whoami", headers=as_user("xa.ngocduong"))).json()["subject"]
    await at_the_limit(me, "message")
    try:
        before = count("message")
        r = await gateway.post(f"{NOTIFY}/messages/threads", headers=as_user("xa.ngocduong"),
                               json={"subject": "Hỏi", "body": "Nội dung", "to_unit_ids": ["SNV"]})
        assert r.status_code == 429 and r.json()["message"].startswith("Bạn đã gửi quá 30 tin nhắn")
        assert count("message") == before
    finally:
        await clear(me, "message")


async def test_files_over_the_size_limit_are_refused(gateway: httpx.AsyncClient, as_user) -> None:  # type: ignore[no-untyped-def]
    a = (await gateway.post(ANN, headers=as_user("stp.officer"),
                            json=announcement(recipient_unit_ids=["STP.VP"]))).json()
    big = b"%PDF-1.4\n" + b"0" * (20 * 1024 * 1024)
    r = await gateway.post(f"{ANN}/{a['id']}/attachments", headers=as_user("stp.officer"),
                           files={"file": ("qua-lon.pdf", big, "application/pdf")})
    assert r.status_code == 422, r.text
    field = r.json()["fields"][0]
    assert field["code"] == "file.too_large" and field["message"] == "Tệp vượt quá dung lượng cho phép (20 MB)."
    assert (await gateway.get(f"{ANN}/{a['id']}", headers=as_user("stp.officer"))).json()["attachments"] == []
    article = (await gateway.post(f"{NOTIFY}/news", headers=as_user("stp.officer"), json=news_article())).json()
    r = await gateway.put(f"{NOTIFY}/news/{article['id']}/cover", headers=as_user("stp.officer"),
                          files={"file": ("bia.png", PNG + b"\0" * (5 * 1024 * 1024), "image/png")})
    assert r.status_code == 422 and r.json()["fields"][0]["message"] == "Tệp vượt quá dung lượng cho phép (5 MB)."
    got = (await gateway.get(f"{NOTIFY}/news/{article['id']}", headers=as_user("stp.officer"))).json()
    assert not got["has_cover"]
