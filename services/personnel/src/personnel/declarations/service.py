"""The use cases of the annual self-declaration (Art. 9.2b): the Department opens a round, a unit's officer makes
each person's link and reminds, the person opens the form by the link alone (the token is the credential, its
scope exactly that person), saves a draft and signs; a signed change becomes a change request draft of the unit
(approved through the changes flow, which shows the field-by-field difference). Every step is audited; the token
is never logged nor stored (only its hash)."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.db import utcnow
from common.errors import Conflict, FieldError, NotFound, ValidationFailed, invalid
from common.scope import ensure_in_scope
from personnel.changes.tables import ChangeRequest
from personnel.declarations import repository, rules, schemas
from personnel.declarations.tables import DeclarationInvitation, DeclarationRound
from personnel.persons.tables import Person

SERVICE = "personnel"
LINK_PATH = "/khai-bao#"  # the token after '#': browsers never send it, so no access log holds it
SELF_DECLARATION = "self-declaration"  # created_by of the change requests a declaration makes
ORDER = ("declared", "draft", "rejected", "approved", "no_change", "not_declared", "not_invited")


def _raise(issue: rules.Issue | None, error: type[Exception] = ValidationFailed) -> None:
    if issue is None:
        return
    if error is ValidationFailed:
        raise invalid(issue.field or "declaration", issue.code, **issue.values)
    raise error(issue.code, **issue.values)  # type: ignore[call-arg]


def round_public(r: DeclarationRound, today: date) -> schemas.RoundPublic:
    return schemas.RoundPublic(id=r.id, year=r.year, opens_on=r.opens_on, closes_on=r.closes_on,
                               state=rules.round_state(r.opens_on, r.closes_on, today), note=r.note,
                               opened_by=r.opened_by)


async def list_rounds(session: AsyncSession) -> list[schemas.RoundPublic]:
    today = clock.today()
    return [round_public(r, today) for r in await repository.rounds(session)]


async def open_round(session: AsyncSession, principal: Principal, *, body: schemas.RoundCreate,
                     audit: AuditContext) -> schemas.RoundPublic:
    today = clock.today()
    _raise(rules.check_round_dates(body.year, body.opens_on, body.closes_on))
    open_years = [r.year for r in await repository.rounds(session)
                  if rules.round_state(r.opens_on, r.closes_on, today) != "closed"]
    _raise(rules.check_new_round(body.year, open_years), Conflict)
    r = DeclarationRound(year=body.year, opens_on=body.opens_on, closes_on=body.closes_on, note=body.note,
                         opened_by=principal.username)
    session.add(r)
    await session.flush()
    await audit.record(session, action="create", resource_type="declaration_round", resource_id=str(r.id),
                       unit_id=principal.unit_id, detail={"year": r.year, "opens_on": r.opens_on.isoformat(),
                                                          "closes_on": r.closes_on.isoformat()})
    return round_public(r, today)


async def _round(session: AsyncSession, round_id: uuid.UUID) -> DeclarationRound:
    r = await repository.round_by_id(session, round_id)
    if r is None:
        raise NotFound()
    return r


def _email(person: Person) -> str | None:
    return ((person.profile or {}).get("identity") or {}).get("email") or None


async def issue_links(session: AsyncSession, principal: Principal, *, round_id: uuid.UUID, unit_id: str,
                      person_ids: list[uuid.UUID] | None, remind: bool,
                      audit: AuditContext) -> list[schemas.LinkPublic]:
    """New links for the people of the unit's subtree who have not signed: those without one (links), or every
    one of them again, the old link no longer opening (remind). The token is returned once, never kept."""
    r = await _round(session, round_id)
    today = clock.today()
    await ensure_in_scope(session, principal, unit_id)
    _raise(rules.check_accepts(r.year, r.opens_on, r.closes_on, today), Conflict)
    people = await repository.people_of_subtree(session, unit_id, person_ids)
    if person_ids is not None and len(people) != len(set(person_ids)):
        raise NotFound()
    invitations = await repository.invitations(session, r.id, [p.id for p in people], for_update=True)
    out, now = [], utcnow()
    for person in people:
        inv = invitations.get(person.id)
        if inv is not None and (inv.signed_at is not None or (inv.token_hash is not None and not remind)):
            continue
        token, token_hash = rules.new_token()
        if inv is None:
            inv = DeclarationInvitation(round_id=r.id, person_id=person.id, unit_id=person.unit_id,
                                        created_by=principal.username)
            session.add(inv)
        elif remind:
            inv.reminded_count += 1
            inv.reminded_by, inv.reminded_at = principal.username, now
        inv.token_hash, inv.token_expires_at = token_hash, rules.token_expires_at(r.closes_on)
        out.append(schemas.LinkPublic(person_id=person.id, full_name=person.full_name, unit_id=person.unit_id,
                                      email=_email(person), url=LINK_PATH + token,
                                      expires_at=inv.token_expires_at))
    await session.flush()
    await audit.record(session, action="remind" if remind else "create", resource_type="declaration_links",
                       resource_id=str(r.id), unit_id=unit_id,
                       detail={"year": r.year, "people": [str(link.person_id) for link in out]})
    return out


async def progress(session: AsyncSession, principal: Principal, *, round_id: uuid.UUID,
                   unit_id: str) -> schemas.RoundProgress:
    r = await _round(session, round_id)
    await ensure_in_scope(session, principal, unit_id)
    people = await repository.people_of_subtree(session, unit_id)
    invitations = await repository.invitations(session, r.id, [p.id for p in people])
    states = await repository.request_states(
        session, [i.change_request_id for i in invitations.values() if i.change_request_id is not None])
    names = await repository.unit_names(session, sorted({p.unit_id for p in people}))
    rows: list[schemas.PersonProgress] = []
    counts: dict[str, Counter[str]] = {}
    for person in people:
        inv = invitations.get(person.id)
        state: Any = "not_invited" if inv is None else rules.person_progress(
            signed=inv.signed_at is not None, draft_saved=inv.draft is not None, no_change=inv.no_change,
            request_status=states.get(inv.change_request_id) if inv.change_request_id else None)
        rows.append(schemas.PersonProgress(
            person_id=person.id, full_name=person.full_name, unit_id=person.unit_id, progress=state,
            signed_at=inv.signed_at if inv else None, change_request_id=inv.change_request_id if inv else None,
            reminded_count=inv.reminded_count if inv else 0, reminded_at=inv.reminded_at if inv else None))
        c = counts.setdefault(person.unit_id, Counter())
        c["people"] += 1
        c["declared" if state in ("declared", "no_change", "approved", "rejected") else "not_yet"] += 1
        c["approved"] += state in ("approved", "no_change")
    units = [schemas.UnitCount(unit_id=u, unit_name=names.get(u), people=c["people"], declared=c["declared"],
                               approved=c["approved"], not_yet=c["not_yet"]) for u, c in counts.items()]
    # What the unit acts on first: signed and waiting, drafts, refused; then done; then who has not declared.
    rows.sort(key=lambda row: ORDER.index(row.progress))
    return schemas.RoundProgress(round=round_public(r, clock.today()), units=units, people=rows)


# -- the person, by the link alone ----------------------------------------------------------------------------

def person_audit(request_audit: AuditContext, inv: DeclarationInvitation) -> AuditContext:
    """The person acting through their link: no account, named by their invitation."""
    return AuditContext(service=SERVICE, principal=None, client_address=request_audit.client_address,
                        request_id=request_audit.request_id, actor=f"declaration:{inv.id}",
                        actor_username=SELF_DECLARATION)


async def _open(session: AsyncSession, token: str) -> tuple[DeclarationInvitation, DeclarationRound, Person]:
    """The invitation a token opens, or one answer (404) for an unknown, replaced, used or expired token; a
    closed round says so."""
    inv = await repository.invitation_by_hash(session, rules.hash_token(token)) if token else None
    if inv is None:
        raise NotFound("declaration.link_invalid")
    r = await _round(session, inv.round_id)
    _raise(rules.check_accepts(r.year, r.opens_on, r.closes_on, clock.today()), Conflict)
    if not rules.token_usable(stored_hash=inv.token_hash, token=token, expires_at=inv.token_expires_at,
                              revoked=inv.signed_at is not None, now=clock.now()):
        raise NotFound("declaration.link_invalid")
    person = await session.get(Person, inv.person_id)
    if person is None or person.profile is None:
        raise NotFound("declaration.link_invalid")
    return inv, r, person


async def form(session: AsyncSession, *, token: str, audit: AuditContext) -> schemas.DeclarationForm:
    inv, r, person = await _open(session, token)
    names = await repository.unit_names(session, [person.unit_id])
    await person_audit(audit, inv).record(session, action="read", resource_type="person",
                                          resource_id=str(person.id), unit_id=person.unit_id,
                                          detail={"declaration_round": r.year, "via": "declaration_link"})
    return schemas.DeclarationForm(
        full_name=person.full_name, unit_name=names.get(person.unit_id), year=r.year, closes_on=r.closes_on,
        current=schemas.Declaration.model_validate(rules.declarable_part(person.profile or {})),
        draft=schemas.Declaration.model_validate(inv.draft) if inv.draft else None,
        signed_at=inv.signed_at, no_change=inv.no_change)


async def save_draft(session: AsyncSession, *, token: str, body: schemas.Declaration,
                     audit: AuditContext) -> schemas.DeclarationForm:
    inv, r, person = await _open(session, token)
    inv.draft, inv.draft_saved_at = body.model_dump(mode="json"), utcnow()
    await person_audit(audit, inv).record(session, action="update", resource_type="declaration",
                                          resource_id=str(inv.id), unit_id=person.unit_id,
                                          detail={"year": r.year, "draft": True})
    return await form(session, token=token, audit=audit)


async def sign(session: AsyncSession, *, token: str, body: schemas.SignBody, user_agent: str | None,
               audit: AuditContext) -> schemas.SignResult:
    inv, r, person = await _open(session, token)
    issues = rules.check_signature(typed_name=body.full_name, record_name=person.full_name,
                                   statement_ticked=body.statement)
    if issues:
        raise ValidationFailed(issues[0].code, fields=[FieldError(i.field or "declaration", i.code, **i.values)
                                                       for i in issues], **issues[0].values)
    declared = body.declaration.model_dump(mode="json")
    official = person.profile or {}
    changes = rules.changes(official, declared)
    now = utcnow()
    inv.draft, inv.draft_saved_at = declared, now
    inv.signed_at, inv.signed_name = now, body.full_name.strip()
    inv.signed_ip, inv.signed_user_agent = audit.client_address, (user_agent or "")[:500] or None
    inv.content_hash = rules.content_hash(declared)
    inv.no_change = not changes
    inv.token_hash = None  # used: the link opens nothing any more
    if changes:
        cr = ChangeRequest(person_id=person.id, kind="update", unit_id=person.unit_id, base_version=person.version,
                           profile=rules.apply_declaration(official, declared),
                           note=f"Kê khai bổ sung lý lịch năm {r.year} (người CBCCVC tự kê khai, "
                                f"ký ngày {clock.vietnam_date(now).strftime('%d/%m/%Y')})",
                           created_by=SELF_DECLARATION)
        session.add(cr)
        await session.flush()
        inv.change_request_id = cr.id
    await session.flush()
    await person_audit(audit, inv).record(
        session, action="sign", resource_type="declaration", resource_id=str(inv.id), unit_id=person.unit_id,
        detail={"year": r.year, "person_id": str(person.id), "content_hash": inv.content_hash,
                "no_change": inv.no_change, "changes": len(changes),
                "change_request_id": str(inv.change_request_id) if inv.change_request_id else None})
    return schemas.SignResult(signed_at=now, no_change=inv.no_change, content_hash=inv.content_hash,
                              changes=[schemas.FieldChangePublic(path=c.path, old=c.old, new=c.new)
                                       for c in changes])
