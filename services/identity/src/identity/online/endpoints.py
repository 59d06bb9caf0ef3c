from datetime import datetime

from fastapi import APIRouter, Request
from pydantic import BaseModel

from common.app import SessionDep
from common.auth import CurrentPrincipal
from identity.deps import DirectoryDep, SettingsDep
from identity.online import service

router = APIRouter(tags=["online"])


class OnlineAccount(BaseModel):
    account_id: str
    username: str
    full_name: str | None
    unit_id: str
    unit_name: str | None
    signed_in_at: datetime | None
    last_access_at: datetime | None


class OnlinePublic(BaseModel):
    data: list[OnlineAccount]
    count: int


@router.get("/online")
async def online(request: Request, session: SessionDep, principal: CurrentPrincipal, directory: DirectoryDep,
                 settings: SettingsDep) -> OnlinePublic:
    """Accounts of the caller's scope with a live session in the web client."""
    rows = await service.online_accounts(session, directory, request.app.state.redis, principal=principal,
                                         clients=settings.online_clients, ttl=settings.online_cache_seconds)
    return OnlinePublic(data=[OnlineAccount.model_validate(r) for r in rows], count=len(rows))
