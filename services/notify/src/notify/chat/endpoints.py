"""Routes of chat over HTTP: the rooms, opening a room with an account, the history. Live messages, typing
and read marks travel over the WebSocket (chat.socket)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request

from common.app import SessionDep
from common.audit import Audit
from notify.chat import service
from notify.chat.schemas import ChatMessagePublic, DirectRoomIn, RoomPublic
from notify.deps import Reader, settings_of

router = APIRouter(prefix="/chat", tags=["chat"])


@router.get("/rooms")
async def rooms(session: SessionDep, principal: Reader) -> list[RoomPublic]:
    """The account's unit room and its one-to-one rooms, with unread counts."""
    return [RoomPublic(**r) for r in await service.rooms(session, principal)]


@router.post("/rooms", status_code=201)
async def open_direct(request: Request, data: DirectRoomIn, session: SessionDep, principal: Reader,
                      audit: Audit) -> RoomPublic:
    """The one-to-one room with an account within reach (the same room every time)."""
    found = await service.open_direct(session, principal, settings_of(request), account_id=data.account_id,
                                      audit=audit)
    return next(RoomPublic(**r) for r in await service.rooms(session, principal) if r["id"] == str(found.id))


@router.get("/rooms/{room_id}/messages")
async def history(room_id: uuid.UUID, session: SessionDep, principal: Reader,
                  before_seq: Annotated[int | None, Query(ge=1)] = None,
                  limit: Annotated[int, Query(ge=1, le=200)] = 50) -> list[ChatMessagePublic]:
    rows = await service.history(session, principal, room_id=room_id, before_seq=before_seq, limit=limit)
    return [ChatMessagePublic.model_validate(m, from_attributes=True) for m in rows]
