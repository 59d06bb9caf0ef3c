"""Who is online now, within the viewer's scope (every signed-in account, Art. 8.3)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from pydantic import BaseModel

from common.app import SessionDep
from notify.deps import Reader
from notify.presence import service

router = APIRouter(prefix="/presence", tags=["presence"])


class OnlinePublic(BaseModel):
    account_id: str
    username: str
    name: str | None
    unit_id: str
    unit_name: str
    seen_at: datetime


@router.get("/online")
async def online(request: Request, session: SessionDep, principal: Reader) -> list[OnlinePublic]:
    """Accounts with an open connection now (the chat's WebSocket), in the account's units."""
    rows = await service.online(session, request.app.state.redis, principal)
    return [OnlinePublic(**{**r, "seen_at": datetime.fromtimestamp(r["seen_at"], tz=UTC)}) for r in rows]
