"""The chat WebSocket (/ws behind the gateway's /api/notify/ws, upgraded by nginx).

The first frame signs in: {"type": "auth", "token": "<access token>"}. Then the client sends
  {"type": "send", "room_id", "body", "client_id"}  -> stored, then fanned out; {"type": "ack", ...} back
  {"type": "sync", "since": <seq>}                  -> every message of its rooms after seq (reconnection)
  {"type": "typing", "room_id"}                      -> the others see {"type": "typing", ...}
  {"type": "read", "room_id", "seq"}                 -> the read mark, seen by the others
  {"type": "ping"}                                   -> every 25 s: keeps the account online (notify.presence)
and receives {"type": "message" | "typing" | "read" | "error", ...}.

A message is committed to PostgreSQL before it is published to Redis (channel per account and per unit),
so every replica of notify delivers it to its own connections, and a client that was away gets it from
the database with "sync": nothing accepted is lost."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from redis.exceptions import RedisError

from common.auth import Principal
from common.errors import AppError, ValidationFailed
from notify import ratelimit
from notify.chat import rules, service
from notify.chat.hub import hub_of
from notify.errors import MESSAGES
from notify.metrics import DELIVERY_SECONDS, MESSAGES_SENT, WS_CONNECTIONS
from notify.presence import service as presence

log = logging.getLogger(__name__)
router = APIRouter()
AUTH_TIMEOUT = 10.0


async def _error(ws: WebSocket, exc: AppError, lang: str, ref: Any = None) -> None:
    body = exc.body("en" if lang == "en" else "vi", MESSAGES)
    await ws.send_json({"type": "error", "ref": ref, **body})


async def _publish(ws: WebSocket, channels: list[str], event: dict[str, Any]) -> None:
    data = json.dumps(event, ensure_ascii=False)
    try:
        for channel in channels:
            await ws.app.state.redis.publish(channel, data)
    except RedisError:
        log.warning("chat fan-out failed; clients get the message on their next sync")


async def _forward(ws: WebSocket, queue: asyncio.Queue[dict[str, Any]], me: str) -> None:
    """What the hub hands this connection, in order, to its client."""
    while True:
        event = await queue.get()
        if event.get("type") in ("typing", "read") and event.get("account_id") == me:
            continue
        received = event.get("_received")
        await ws.send_json({k: v for k, v in event.items() if k != "_received"})
        if received is not None:
            DELIVERY_SECONDS.observe(max(0.0, time.time() - float(received)))


async def _present(ws: WebSocket, principal: Principal) -> None:
    try:
        await presence.mark(ws.app.state.redis, principal)
    except RedisError:
        log.warning("presence not marked: Redis unavailable")


@router.websocket("/ws")
async def chat_socket(ws: WebSocket) -> None:
    await ws.accept()
    lang = "vi"
    try:
        first = await asyncio.wait_for(ws.receive_json(), AUTH_TIMEOUT)
        lang = str(first.get("lang") or "vi")
        principal: Principal = await ws.app.state.verifier.verify(str(first.get("token") or ""))
    except AppError as exc:
        await _error(ws, exc, lang)
        await ws.close(code=4401)
        return
    except (TimeoutError, WebSocketDisconnect, ValueError, AttributeError):
        with contextlib.suppress(Exception):
            await ws.close(code=4400)
        return
    settings = ws.app.state.settings
    sessionmaker = ws.app.state.sessionmaker
    hub = hub_of(ws.app)
    channels = rules.listening(principal.subject, principal.unit_id)
    queue = await hub.join(channels)
    forward = asyncio.create_task(_forward(ws, queue, principal.subject))
    WS_CONNECTIONS.inc()
    await ws.send_json({"type": "ready", "account_id": principal.subject,
                        "unit_room_id": str(rules.unit_room(principal.unit_id))})
    await _present(ws, principal)
    try:
        while True:
            frame = await ws.receive_json()
            kind, ref = frame.get("type"), frame.get("client_id")
            try:
                if kind == "send":
                    received = time.time()
                    await ratelimit.check(ws.app.state.redis, principal.subject, "chat",
                                          limit=settings.messages_per_minute)
                    async with sessionmaker() as session, session.begin():
                        message, room, new = await service.send(
                            session, principal, room_id=uuid.UUID(str(frame.get("room_id"))),
                            body=str(frame.get("body") or ""), client_id=str(frame.get("client_id") or ""))
                    out = service.message_out(message)
                    await ws.send_json({"type": "ack", "client_id": message.client_id, "seq": message.seq})
                    if new:
                        MESSAGES_SENT.labels("chat").inc()
                        await _publish(ws, rules.channels_of(kind=room.kind, unit_id=room.unit_id,
                                                             account_a=room.account_a, account_b=room.account_b),
                                       {**out, "_received": received})
                elif kind == "ping":  # every 25 s: still here
                    await _present(ws, principal)
                    await ws.send_json({"type": "pong"})
                elif kind == "sync":
                    async with sessionmaker() as session:
                        for m in await service.since(session, principal, int(frame.get("since") or 0)):
                            await ws.send_json(service.message_out(m))
                    await ws.send_json({"type": "synced"})
                elif kind in ("typing", "read"):
                    room_id = uuid.UUID(str(frame.get("room_id")))
                    async with sessionmaker() as session, session.begin():
                        if kind == "read":
                            room = await service.mark_read(session, principal, room_id=room_id,
                                                           seq=int(frame.get("seq") or 0))
                        else:
                            room = await service.room(session, principal, room_id)
                    await _publish(ws, rules.channels_of(kind=room.kind, unit_id=room.unit_id, account_a=room.account_a,
                                                         account_b=room.account_b),
                                   {"type": kind, "room_id": str(room_id), "account_id": principal.subject,
                                    "username": principal.username, "name": principal.name,
                                    **({"seq": int(frame.get("seq") or 0)} if kind == "read" else {})})
                else:
                    raise ValidationFailed("input.invalid")
            except AppError as exc:
                await _error(ws, exc, lang, ref)
            except (ValueError, TypeError):
                await _error(ws, ValidationFailed("input.invalid"), lang, ref)
    except WebSocketDisconnect:
        pass
    finally:
        WS_CONNECTIONS.dec()
        forward.cancel()
        with contextlib.suppress(Exception):
            await hub.leave(channels, queue)
