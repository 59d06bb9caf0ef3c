"""Many chat connections on one notify process share one Redis subscription (chat.hub): 120 connections
(more than the Redis client's pool of 100, which one subscription per connection used to exhaust) all open,
and a message to their unit's room reaches every one of them."""

from __future__ import annotations

import asyncio
import uuid

from .test_chat_socket import Client


async def test_more_connections_than_the_redis_pool_all_receive(token_for) -> None:  # type: ignore[no-untyped-def]
    token = token_for("xa.ngocduong")
    clients = [Client(token) for _ in range(120)]
    try:
        await asyncio.gather(*(c.__aenter__() for c in clients))
        text = f"Họp giao ban lúc 14 giờ ({uuid.uuid4().hex[:6]})"
        room = clients[0].ready["unit_room_id"]
        await clients[0].send(type="send", room_id=room, body=text, client_id=uuid.uuid4().hex)
        got = await asyncio.gather(*(c.next("message", timeout=30, body=text) for c in clients[1:]))
        assert len(got) == 119 and {g["room_id"] for g in got} == {room}
    finally:
        await asyncio.gather(*(c.__aexit__() for c in clients if c.ws is not None), return_exceptions=True)
