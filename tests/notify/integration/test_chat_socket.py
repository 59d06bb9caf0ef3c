"""Chat over the gateway's WebSocket (/api/notify/ws): two accounts of one unit talk both ways in their unit
room, a one-to-one room is opened only within reach, a message sent while one side was away arrives when
it reconnects and asks for what it missed, a resend is stored once, bad frames get a Vietnamese error."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import httpx
import websockets

from common.testing import stack

from .conftest import NOTIFY

WS = stack.gateway_url().replace("http://", "ws://") + "/api/notify/ws"


class Client:
    def __init__(self, token: str) -> None:
        self.token = token
        self.ws: Any = None
        self.ready: dict[str, Any] = {}

    async def __aenter__(self) -> Client:
        self.ws = await websockets.connect(WS)
        await self.ws.send(json.dumps({"type": "auth", "token": self.token}))
        self.ready = await self.next("ready")
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.ws.close()

    async def send(self, **frame: Any) -> None:
        await self.ws.send(json.dumps(frame))

    async def next(self, kind: str, timeout: float = 10, **match: Any) -> dict[str, Any]:
        async with asyncio.timeout(timeout):
            while True:
                event = json.loads(await self.ws.recv())
                if event.get("type") == kind and all(event.get(k) == v for k, v in match.items()):
                    return event


async def test_two_accounts_talk_both_ways_and_nothing_is_lost(gateway: httpx.AsyncClient, token_for) -> None:
    async with Client(token_for("stp.officer")) as officer, Client(token_for("stp.leader")) as leader:
        room = officer.ready["unit_room_id"]
        assert leader.ready["unit_room_id"] == room
        text = f"Chào anh, chiều nay họp giao ban lúc 14 giờ ({uuid.uuid4().hex[:6]})"
        await officer.send(type="send", room_id=room, body=text, client_id=uuid.uuid4().hex)
        ack = await officer.next("ack")
        got = await leader.next("message", body=text)
        assert got["seq"] == ack["seq"] and got["sender_username"] == "stp.officer"
        await leader.send(type="typing", room_id=room)
        assert (await officer.next("typing"))["username"] == "stp.leader"
        answer = f"Đã nhận, cảm ơn em ({uuid.uuid4().hex[:6]})"
        await leader.send(type="send", room_id=room, body=answer, client_id=uuid.uuid4().hex)
        assert (await officer.next("message", body=answer))["sender_username"] == "stp.leader"
        await leader.send(type="read", room_id=room, seq=got["seq"])
        assert (await officer.next("read"))["seq"] == got["seq"]
        seen = got["seq"]

    # The leader is away; what the officer sends meanwhile waits in the history.
    missed = f"Anh xem giúp em báo cáo trước 16 giờ ({uuid.uuid4().hex[:6]})"
    async with Client(token_for("stp.officer")) as officer:
        client_id = uuid.uuid4().hex
        await officer.send(type="send", room_id=room, body=missed, client_id=client_id)
        first = await officer.next("ack")
        await officer.send(type="send", room_id=room, body=missed, client_id=client_id)  # its ack was lost
        assert (await officer.next("ack"))["seq"] == first["seq"]
    async with Client(token_for("stp.leader")) as leader:
        await leader.send(type="sync", since=seen)
        back = await leader.next("message", body=missed)
        assert back["seq"] == first["seq"]
        await leader.next("synced")
    history = (await gateway.get(f"{NOTIFY}/chat/rooms/{room}/messages",
                                 headers={"Authorization": f"Bearer {token_for('stp.leader')}"})).json()
    assert [m["body"] for m in history].count(missed) == 1
    rooms = (await gateway.get(f"{NOTIFY}/chat/rooms",
                               headers={"Authorization": f"Bearer {token_for('stp.leader')}"})).json()
    assert rooms[0]["kind"] == "unit" and rooms[0]["label"] == "Sở Tư pháp"


async def test_rooms_within_reach_only_and_bad_frames(gateway: httpx.AsyncClient, token_for) -> None:
    h = {"Authorization": f"Bearer {token_for('xa.phulinh')}"}
    stp = (await gateway.get(f"{NOTIFY}/whoami", headers={"Authorization": f"Bearer {token_for('stp.officer')}"})
           ).json()["subject"]
    snv = (await gateway.get(f"{NOTIFY}/whoami", headers={"Authorization": f"Bearer {token_for('snv.leader')}"})
           ).json()["subject"]
    for target in (stp, str(uuid.uuid4())):
        r = await gateway.post(f"{NOTIFY}/chat/rooms", headers=h, json={"account_id": target})
        assert r.status_code == 422 and r.json()["fields"][0]["code"] == "message.addressee_unreachable"
    r = await gateway.post(f"{NOTIFY}/chat/rooms", headers=h, json={"account_id": snv})
    assert r.status_code == 201 and r.json()["kind"] == "direct"
    direct = r.json()["id"]
    async with Client(token_for("xa.phulinh")) as commune, Client(token_for("snv.leader")) as department:
        await commune.send(type="send", room_id=direct, body="Xin chào Sở Nội vụ", client_id=uuid.uuid4().hex)
        assert (await department.next("message", room_id=direct))["body"] == "Xin chào Sở Nội vụ"
        # Another unit's room: as if it did not exist.
        stp_room = (await gateway.get(f"{NOTIFY}/chat/rooms", headers={
            "Authorization": f"Bearer {token_for('stp.officer')}"})).json()[0]["id"]
        await commune.send(type="send", room_id=stp_room, body="xin chào", client_id=uuid.uuid4().hex)
        error = await commune.next("error")
        assert error["error"] == "chat.room_not_found" and error["message"] == "Không tìm thấy phòng trò chuyện."
        await commune.send(type="send", room_id=direct, body="x" * 2001, client_id=uuid.uuid4().hex)
        error = await commune.next("error")
        assert error["fields"][0]["code"] == "chat.too_long" and "2000" in error["fields"][0]["message"]
    # A bad token is refused.
    async with websockets.connect(WS) as ws:
        await ws.send(json.dumps({"type": "auth", "token": "not-a-token"}))
        assert json.loads(await ws.recv())["error"] == "unauthorized"


async def test_metrics_count_messages_connections_and_delivery(token_for) -> None:  # type: ignore[no-untyped-def]
    async with Client(token_for("stp.officer")) as officer, Client(token_for("stp.leader")) as leader:
        text = f"Đo độ trễ ({uuid.uuid4().hex[:6]})"
        await officer.send(type="send", room_id=officer.ready["unit_room_id"], body=text, client_id=uuid.uuid4().hex)
        await leader.next("message", body=text)
        metrics = httpx.get(f"{stack.service_url('notify')}/metrics", timeout=10).text
    assert 'notify_messages_sent_total{channel="chat"}' in metrics
    assert "notify_websocket_connections" in metrics
    assert "notify_chat_delivery_seconds_bucket" in metrics
