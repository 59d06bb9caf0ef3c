"""The notification centre of the signed-in account."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from common.app import SessionDep
from common.errors import request_language
from notify.deps import Reader
from notify.notifications import email, rules, service

router = APIRouter(prefix="/notifications", tags=["notifications"])


class NotificationPublic(BaseModel):
    id: uuid.UUID
    kind: str
    unit_id: str
    title: str
    link: str
    created_at: datetime
    read: bool


class NotificationPage(BaseModel):
    items: list[NotificationPublic]
    total: int
    unread: int
    page: int
    size: int


@router.get("")
async def listing(request: Request, session: SessionDep, principal: Reader,
                  box: Annotated[Literal["all", "unread"], Query()] = "all",
                  kind: Annotated[str | None, Query(max_length=40)] = None,
                  page: Annotated[int, Query(ge=1)] = 1,
                  size: Annotated[int, Query(ge=1, le=100)] = 20) -> NotificationPage:
    """What concerns the account and its unit, newest first, with how many are unread (of every kind);
    `kind` keeps one kind (rules.KINDS)."""
    lang = request_language(request)
    rows, total, unread = await service.listing(session, principal, unread_only=box == "unread", page=page,
                                                size=size, kind=kind)
    return NotificationPage(items=[NotificationPublic(
        id=n.id, kind=n.kind, unit_id=n.unit_id, title=n.title_en if lang == "en" else n.title_vi, link=n.link,
        created_at=n.created_at, read=read_at is not None) for n, read_at in rows], total=total, unread=unread,
        page=page, size=size)


@router.post("/{notification_id}/read")
async def mark_read(notification_id: uuid.UUID, session: SessionDep, principal: Reader) -> dict[str, bool]:
    await service.mark_read(session, principal, notification_id)
    return {"read": True}


class PreferencesPublic(BaseModel):
    email: str | None
    email_kinds: list[str]  # the kinds this account also receives by e-mail
    kinds: list[str]  # every kind it may choose


class PreferencesUpdate(BaseModel):
    email: str | None = None
    email_kinds: list[str] = []


@router.get("/preferences")
async def get_preferences(session: SessionDep, principal: Reader) -> PreferencesPublic:
    """Which kinds of notes also arrive by e-mail for the signed-in account (none until it chooses)."""
    p = await email.preferences(session, principal)
    return PreferencesPublic(email=p.email if p else None, email_kinds=list(p.email_kinds) if p else [],
                             kinds=list(rules.EMAIL_KINDS))


@router.put("/preferences")
async def put_preferences(body: PreferencesUpdate, session: SessionDep, principal: Reader) -> PreferencesPublic:
    p = await email.save_preferences(session, principal, email=body.email, email_kinds=body.email_kinds)
    return PreferencesPublic(email=p.email, email_kinds=list(p.email_kinds), kinds=list(rules.EMAIL_KINDS))
