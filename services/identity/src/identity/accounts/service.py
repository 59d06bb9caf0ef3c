"""Account administration: create, re-role, lock, unlock, reset, list, and the mirror of Keycloak.

Order of work in each change: the mirror row, its audit entry and its event are written and flushed
first, then Keycloak is changed, and the request commits at its boundary. A Keycloak failure therefore
rolls back the audit and the mirror (nothing happened, nothing is recorded), and an audit that cannot be
written stops the action before Keycloak is touched. Creation is the exception, since the Keycloak id is
needed first: there a failed database write deletes the new Keycloak user again."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.db import on_rollback, utcnow
from common.errors import Conflict, FieldError, Forbidden, NotFound, ValidationFailed
from common.outbox import add_event
from identity.accounts import events, rules
from identity.accounts import repository as repo
from identity.accounts.passwords import temporary_password
from identity.accounts.schemas import AccountCreate
from identity.accounts.tables import Account, AccountRequest
from identity.directory import Directory

log = logging.getLogger(__name__)
SERVICE = "identity"
SYNC_AUDIT = AuditContext.system(SERVICE, "keycloak")  # changes found in Keycloak itself


async def _audit(session: AsyncSession, audit: AuditContext, action: str, account: Account, **detail: Any) -> None:
    await audit.record(session, action=action, resource_type="account", resource_id=account.account_id,
                       unit_id=account.unit_id, detail={"username": account.username, **detail})


async def create_account(session: AsyncSession, directory: Directory, *, principal: Principal, data: AccountCreate,
                         home_affairs_unit_id: str, audit: AuditContext) -> tuple[Account, str, str]:
    """Returns the account, its unit's name and its temporary password (changed at the first sign-in)."""
    roles = sorted(set(data.roles))
    rules.check_roles_grant(principal, roles, target_unit_id=data.unit_id, home_affairs_unit_id=home_affairs_unit_id)
    unit = await repo.unit(session, data.unit_id)
    if unit is None or not unit.active:
        raise ValidationFailed("unknown_unit", fields=[FieldError("unit_id", "account.unit_not_found")])
    rules.check_additional_account(await repo.count_in_unit(session, data.unit_id), data.additional_reason)
    if await repo.username_taken(session, data.username):
        raise Conflict("duplicate_username", fields=[FieldError("username", "duplicate_username")])
    password = data.password or temporary_password()
    account_id = await directory.create_user(username=data.username, unit_id=data.unit_id, password=password,
                                             full_name=data.full_name, email=data.email)
    # Whatever fails from here on, the commit included, the Keycloak user goes too.
    on_rollback(session, lambda: directory.delete_user(account_id))
    await directory.set_roles(account_id, add=set(roles), remove=set())
    account = Account(account_id=account_id, username=data.username, unit_id=data.unit_id, roles=roles,
                      full_name=data.full_name, email=data.email)
    session.add(account)
    await _audit(session, audit, "account.create", account, roles=roles, additional_reason=data.additional_reason)
    add_event(session, events.created(account, actor=principal.subject))
    await session.flush()
    return account, unit.name, password


async def _managed(session: AsyncSession, principal: Principal, account_id: str, action: str) -> Account:
    account = await repo.get_in_scope(session, principal, account_id)
    if account is None:
        raise NotFound()
    locked = await repo.get(session, account_id, for_update=True)  # one change at a time per account
    assert locked is not None
    rules.check_may_manage(principal, target_account_id=account_id, target_roles=locked.roles, action=action)
    return locked


def _changed(account: Account) -> None:
    account.updated_at, account.row_version = utcnow(), (account.row_version or 0) + 1


async def set_roles(session: AsyncSession, directory: Directory, *, principal: Principal, account_id: str,
                    roles: list[str], row_version: int, home_affairs_unit_id: str, audit: AuditContext) -> Account:
    """The account's roles become `roles`, if it is still at `row_version` (the version the administrator
    read): another administrator's change meanwhile is never overwritten silently (409 account.stale)."""
    account = await _managed(session, principal, account_id, "roles")
    if row_version != account.row_version:
        raise Conflict("account.stale", revision=account.row_version)
    wanted = sorted(set(roles))
    rules.check_roles_grant(principal, wanted, target_unit_id=account.unit_id,
                            home_affairs_unit_id=home_affairs_unit_id)
    before = set(account.roles)
    account.roles = wanted
    _changed(account)
    await _audit(session, audit, "account.roles", account, before=sorted(before), after=wanted)
    add_event(session, events.updated(account, actor=principal.subject))
    await session.flush()
    added, removed = set(wanted) - before, before - set(wanted)
    await directory.set_roles(account_id, add=added, remove=removed)
    on_rollback(session, lambda: directory.set_roles(account_id, add=removed, remove=added))
    return account


async def lock(session: AsyncSession, directory: Directory, *, principal: Principal, account_id: str, reason: str,
               audit: AuditContext) -> Account:
    """Disable the account and end its sessions: refresh fails at once; sign-in is refused."""
    account = await _managed(session, principal, account_id, "lock")
    account.enabled, account.lock_reason, account.locked_at = False, reason, utcnow()
    _changed(account)
    await _audit(session, audit, "account.lock", account, reason=reason)
    add_event(session, events.updated(account, actor=principal.subject, reason=reason))
    await session.flush()
    await directory.set_enabled(account_id, False)
    on_rollback(session, lambda: directory.set_enabled(account_id, True))
    await directory.end_sessions(account_id)
    return account


async def unlock(session: AsyncSession, directory: Directory, *, principal: Principal, account_id: str, reason: str,
                 audit: AuditContext) -> Account:
    account = await _managed(session, principal, account_id, "unlock")
    if rules.needs_second_administrator(account.roles, "unlock"):
        raise Forbidden("account.second_administrator_required")
    return await _unlock(session, directory, account, principal=principal, reason=reason, audit=audit)


async def _unlock(session: AsyncSession, directory: Directory, account: Account, *, principal: Principal,
                  reason: str, audit: AuditContext) -> Account:
    account.enabled, account.lock_reason, account.locked_at = True, None, None
    _changed(account)
    await _audit(session, audit, "account.unlock", account, reason=reason)
    add_event(session, events.updated(account, actor=principal.subject, reason=reason))
    await session.flush()
    await directory.set_enabled(account.account_id, True)
    on_rollback(session, lambda: directory.set_enabled(account.account_id, False))
    await directory.clear_failed_sign_ins(account.account_id)
    return account


async def reset_password(session: AsyncSession, directory: Directory, *, principal: Principal, account_id: str,
                         audit: AuditContext) -> str:
    """A new temporary password (never stored nor audited) that must be changed at the next sign-in."""
    account = await _managed(session, principal, account_id, "reset")
    if rules.needs_second_administrator(account.roles, "reset"):
        raise Forbidden("account.second_administrator_required")
    return await _reset_password(session, directory, account, audit=audit)


async def _reset_password(session: AsyncSession, directory: Directory, account: Account, *,
                          audit: AuditContext) -> str:
    account_id = account.account_id
    await _audit(session, audit, "account.password_reset", account)
    await session.flush()
    password = temporary_password()
    await directory.set_temporary_password(account_id, password)
    await directory.clear_failed_sign_ins(account_id)
    return password


async def request_action(session: AsyncSession, *, principal: Principal, account_id: str, action: str, reason: str,
                         audit: AuditContext) -> AccountRequest:
    """The first administrator's half of a two-person action on an administrator's account."""
    account = await _managed(session, principal, account_id, action)
    if not rules.needs_second_administrator(account.roles, action):
        raise Conflict("account.request_not_needed")
    request = AccountRequest(account_id=account_id, action=action, reason=reason, requested_by=principal.subject,
                             requested_by_username=principal.username)
    session.add(request)
    await session.flush()
    await _audit(session, audit, f"account.{action}_requested", account, request_id=str(request.id), reason=reason)
    return request


async def pending_requests(session: AsyncSession, *, principal: Principal) -> list[tuple[AccountRequest, str | None]]:
    rules.ensure_can_administer(principal)
    return await repo.pending_requests(session, principal)


async def confirm_request(session: AsyncSession, directory: Directory, *, principal: Principal,
                          request_id: uuid.UUID, audit: AuditContext) -> tuple[AccountRequest, Account, str | None]:
    """The second administrator's half: the action is carried out. Returns the request, the account and,
    for a reset, the temporary password."""
    request = await repo.get_request(session, request_id, for_update=True)
    if request is None or await repo.get_in_scope(session, principal, request.account_id) is None:
        raise NotFound()
    if request.state != "pending":
        raise Conflict("account.request_not_pending")
    rules.check_confirmer(principal, requested_by=request.requested_by, target_account_id=request.account_id)
    account = await _managed(session, principal, request.account_id, request.action)
    request.state, request.decided_by_username, request.decided_at = "done", principal.username, utcnow()
    if request.action == "unlock":
        return request, await _unlock(session, directory, account, principal=principal,
                                      reason=f"{request.reason} (yêu cầu của {request.requested_by_username})",
                                      audit=audit), None
    if request.action == "second_factor":
        return request, await _remove_second_factor(session, directory, account, audit=audit), None
    return request, account, await _reset_password(session, directory, account, audit=audit)


async def _remove_second_factor(session: AsyncSession, directory: Directory, account: Account, *,
                                audit: AuditContext) -> Account:
    """A lost or replaced phone: the authenticator app is removed and every session ends; the next sign-in
    sets up a new app (the realm's flow makes every administrator have one)."""
    await _audit(session, audit, "account.second_factor_reset", account)
    await session.flush()
    await directory.remove_second_factor(account.account_id)
    await directory.end_sessions(account.account_id)
    return account


async def cancel_request(session: AsyncSession, *, principal: Principal, request_id: uuid.UUID,
                         audit: AuditContext) -> AccountRequest:
    request = await repo.get_request(session, request_id, for_update=True)
    if request is None or await repo.get_in_scope(session, principal, request.account_id) is None:
        raise NotFound()
    rules.ensure_can_administer(principal)
    if request.state != "pending":
        raise Conflict("account.request_not_pending")
    request.state, request.decided_by_username, request.decided_at = "cancelled", principal.username, utcnow()
    account = await repo.get(session, request.account_id)
    assert account is not None
    await _audit(session, audit, f"account.{request.action}_request_cancelled", account, request_id=str(request.id))
    return request


async def get_account(session: AsyncSession, *, principal: Principal, account_id: str) -> Account:
    account = await repo.get_in_scope(session, principal, account_id)
    if account is None:
        raise NotFound()
    return account


async def list_accounts(session: AsyncSession, *, principal: Principal, unit_id: str | None, q: str | None,
                        status: str | None, limit: int, offset: int) -> tuple[Sequence[Any], int]:
    return await repo.list_in_scope(session, principal, unit_id=unit_id, q=q, status=status, limit=limit,
                                    offset=offset)


async def record_sign_in(session: AsyncSession, *, account_id: str, at: datetime) -> Account | None:
    account = await repo.get(session, account_id)
    if account is not None and (account.last_sign_in_at is None or account.last_sign_in_at < at):
        account.last_sign_in_at = at
    return account


async def sync_from_directory(session: AsyncSession, directory: Directory) -> int:
    """Bring the mirror in line with Keycloak (demo users of the realm file, changes made in the Keycloak
    console). Each difference is an event and an audit entry by `keycloak`; returns how many changed."""
    users = await directory.users()
    holders = {role: await directory.role_members(role) for role in sorted(rules.ACCOUNT_ROLES)}
    known = await repo.all_accounts(session)
    changed = 0
    for user in users:
        if not user.unit_id:
            continue  # not an account of this system (no unit): nothing to mirror
        roles = sorted(r for r, ids in holders.items() if user.id in ids)
        account = known.get(user.id)
        if account is None:
            account = Account(account_id=user.id, username=user.username, unit_id=user.unit_id, roles=roles,
                              enabled=user.enabled, full_name=user.full_name, email=user.email)
            session.add(account)
            add_event(session, events.created(account, actor=None))
        elif (account.username, account.unit_id, sorted(account.roles), account.enabled, account.full_name,
              account.email) != (user.username, user.unit_id, roles, user.enabled, user.full_name, user.email):
            account.username, account.unit_id, account.roles = user.username, user.unit_id, roles
            account.enabled, account.full_name, account.email = user.enabled, user.full_name, user.email
            _changed(account)
            add_event(session, events.updated(account, actor=None, reason="changed in Keycloak"))
        else:
            continue
        changed += 1
        await SYNC_AUDIT.record(session, action="account.sync", resource_type="account", resource_id=account.account_id,
                           unit_id=account.unit_id, detail={"username": account.username, "roles": roles,
                                                            "enabled": account.enabled})
    gone = set(known) - {u.id for u in users}
    for account_id in sorted(gone):
        # Deleted in the Keycloak console: the mirror forgets it (the audit chain keeps its history),
        # and consumers hear that it can no longer sign in.
        account = known[account_id]
        account.enabled = False
        add_event(session, events.updated(account, actor=None, reason="removed from Keycloak"))
        await SYNC_AUDIT.record(session, action="account.sync_removed", resource_type="account", resource_id=account_id,
                           unit_id=account.unit_id, detail={"username": account.username})
        await session.delete(account)
    await session.flush()
    return changed + len(gone)
