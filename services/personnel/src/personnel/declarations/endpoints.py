"""Routes of the annual self-declaration. The Department opens rounds; a unit's officer makes the links, follows
who has declared and reminds; the person opens the form with the link alone: the routes under
/declarations/by-token take no account (no bearer token) and the token in the X-Declaration-Token header (never
in a URL, so no access log holds it) opens exactly one person's declarable fields."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request

from common.app import SessionDep
from common.audit import Audit, AuditContext, client_address
from common.auth import PROVINCE_ADMIN, Principal, require_roles
from common.logging import correlation_id
from personnel.declarations import service
from personnel.declarations.schemas import (
    Declaration,
    DeclarationForm,
    LinkPublic,
    RemindBody,
    RoundCreate,
    RoundProgress,
    RoundPublic,
    SignBody,
    SignResult,
)
from personnel.deps import Editor, Reader

router = APIRouter(tags=["declarations"])
ProvinceAdmin = Annotated[Principal, require_roles(PROVINCE_ADMIN)]
Token = Annotated[str, Header(alias="X-Declaration-Token", max_length=100)]


async def link_audit(request: Request) -> AuditContext:
    """No account: the service names the person by their invitation once the token opened it."""
    return AuditContext(service=service.SERVICE, principal=None, client_address=client_address(request),
                        request_id=correlation_id.get(), actor="declaration_link",
                        actor_username=service.SELF_DECLARATION)


LinkAudit = Annotated[AuditContext, Depends(link_audit)]


@router.get("/declaration-rounds")
async def list_rounds(session: SessionDep, principal: Reader) -> list[RoundPublic]:
    return await service.list_rounds(session)


@router.post("/declaration-rounds", status_code=201)
async def open_round(body: RoundCreate, session: SessionDep, principal: ProvinceAdmin, audit: Audit) -> RoundPublic:
    """The Department of Home Affairs opens the year's round (one open round a year)."""
    return await service.open_round(session, principal, body=body, audit=audit)


@router.get("/declaration-rounds/{round_id}/progress")
async def round_progress(round_id: uuid.UUID, session: SessionDep, principal: Reader,
                         unit_id: Annotated[str, Query(max_length=64)]) -> RoundProgress:
    """Each person of the unit's subtree: not invited, not declared, draft, declared, no change, approved."""
    return await service.progress(session, principal, round_id=round_id, unit_id=unit_id)


@router.post("/declaration-rounds/{round_id}/links")
async def make_links(round_id: uuid.UUID, body: RemindBody, session: SessionDep, principal: Editor,
                     audit: Audit) -> list[LinkPublic]:
    """A link for each person of the subtree who has none yet (the link is shown once: copy it now)."""
    return await service.issue_links(session, principal, round_id=round_id, unit_id=body.unit_id,
                                     person_ids=body.person_ids, remind=False, audit=audit)


@router.post("/declaration-rounds/{round_id}/remind")
async def remind(round_id: uuid.UUID, body: RemindBody, session: SessionDep, principal: Editor,
                 audit: Audit) -> list[LinkPublic]:
    """A new link for each person who has not signed (the old one stops opening); who reminded, when, counted."""
    return await service.issue_links(session, principal, round_id=round_id, unit_id=body.unit_id,
                                     person_ids=body.person_ids, remind=True, audit=audit)


@router.get("/declarations/by-token")
async def declaration_form(session: SessionDep, token: Token, audit: LinkAudit) -> DeclarationForm:
    return await service.form(session, token=token, audit=audit)


@router.put("/declarations/by-token")
async def save_declaration(body: Declaration, session: SessionDep, token: Token, audit: LinkAudit) -> DeclarationForm:
    return await service.save_draft(session, token=token, body=body, audit=audit)


@router.post("/declarations/by-token/sign")
async def sign_declaration(body: SignBody, session: SessionDep, token: Token, audit: LinkAudit,
                           user_agent: Annotated[str | None, Header(max_length=500)] = None) -> SignResult:
    """The person's simple electronic signature (name typed, statement ticked); a change becomes the unit's
    change request draft, nothing changed is recorded as such."""
    return await service.sign(session, token=token, body=body, user_agent=user_agent, audit=audit)
