import uuid
from typing import Literal

from fastapi import APIRouter, Query, Request

from common.app import SessionDep
from common.audit import Audit
from common.auth import LOCK_TTL_SECONDS, locked_key
from identity.accounts import service
from identity.accounts.schemas import (
    AccountCreate,
    AccountCreated,
    AccountLock,
    AccountPublic,
    AccountRequestCreate,
    AccountRequestDone,
    AccountRequestPublic,
    AccountRolesUpdate,
    AccountsPublic,
    PasswordReset,
)
from identity.accounts.tables import Account, AccountRequest
from identity.deps import AccountReader, DirectoryDep, ProvinceAdmin, SettingsDep

router = APIRouter(prefix="/accounts", tags=["accounts"])


def public(account: Account, unit_name: str | None = None) -> AccountPublic:
    return AccountPublic.model_validate(
        {**account.model_dump(), "unit_name": unit_name, "status": "active" if account.enabled else "locked"})


@router.get("")
async def list_accounts(
    session: SessionDep, principal: AccountReader,
    unit_id: str | None = None, q: str | None = Query(default=None, max_length=100),
    status: Literal["active", "locked"] | None = None,
    limit: int = Query(default=50, ge=1, le=500), offset: int = Query(default=0, ge=0),
) -> AccountsPublic:
    """Accounts of the caller's scope with unit, roles, status and last sign-in."""
    rows, total = await service.list_accounts(session, principal=principal, unit_id=unit_id, q=q, status=status,
                                              limit=limit, offset=offset)
    return AccountsPublic(data=[public(a, name) for a, name in rows], count=total)


@router.post("", status_code=201)
async def create_account(data: AccountCreate, session: SessionDep, directory: DirectoryDep, principal: ProvinceAdmin,
                         settings: SettingsDep, audit: Audit) -> AccountCreated:
    account, unit_name, password = await service.create_account(
        session, directory, principal=principal, data=data, home_affairs_unit_id=settings.home_affairs_unit_id,
        audit=audit)
    return AccountCreated(account=public(account, unit_name), temporary_password=password)


@router.get("/{account_id}")
async def get_account(account_id: str, session: SessionDep, principal: AccountReader) -> AccountPublic:
    return public(await service.get_account(session, principal=principal, account_id=account_id))


@router.put("/{account_id}/roles")
async def set_roles(account_id: str, data: AccountRolesUpdate, session: SessionDep, directory: DirectoryDep,
                    principal: ProvinceAdmin, settings: SettingsDep, audit: Audit) -> AccountPublic:
    """The account's roles, replaced; `row_version` is the account's version the administrator read
    (409 account.stale if another change came first, nothing changed)."""
    return public(await service.set_roles(session, directory, principal=principal, account_id=account_id,
                                          roles=data.roles, row_version=data.row_version,
                                          home_affairs_unit_id=settings.home_affairs_unit_id,
                                          audit=audit))


@router.post("/{account_id}/lock")
async def lock_account(account_id: str, data: AccountLock, session: SessionDep, directory: DirectoryDep,
                       principal: ProvinceAdmin, audit: Audit, request: Request) -> AccountPublic:
    account = await service.lock(session, directory, principal=principal, account_id=account_id,
                                 reason=data.reason, audit=audit)
    # Tokens already issued are refused by every service from now on (common.auth checks this key).
    await request.app.state.redis.set(locked_key(account_id), "1", ex=LOCK_TTL_SECONDS)
    return public(account)


@router.post("/{account_id}/unlock")
async def unlock_account(account_id: str, data: AccountLock, session: SessionDep, directory: DirectoryDep,
                         principal: ProvinceAdmin, audit: Audit, request: Request) -> AccountPublic:
    account = await service.unlock(session, directory, principal=principal, account_id=account_id,
                                   reason=data.reason, audit=audit)
    await request.app.state.redis.delete(locked_key(account_id))
    return public(account)


@router.post("/{account_id}/password-reset")
async def reset_password(account_id: str, session: SessionDep, directory: DirectoryDep, principal: ProvinceAdmin,
                         audit: Audit) -> PasswordReset:
    password = await service.reset_password(session, directory, principal=principal, account_id=account_id,
                                            audit=audit)
    return PasswordReset(account_id=account_id, temporary_password=password)


# Two administrators for an administrator's account (rules.needs_second_administrator).
requests_router = APIRouter(prefix="/account-requests", tags=["accounts"])


def request_public(request: AccountRequest, username: str | None = None) -> AccountRequestPublic:
    return AccountRequestPublic.model_validate({**request.model_dump(), "username": username})


@requests_router.post("", status_code=201)
async def request_action(data: AccountRequestCreate, session: SessionDep, principal: ProvinceAdmin,
                         audit: Audit) -> AccountRequestPublic:
    """Ask a second administrator to unlock an administrator's account, reset its password or remove its
    authenticator app (second_factor: a lost phone; the next sign-in sets up a new one)."""
    request = await service.request_action(session, principal=principal, account_id=data.account_id,
                                           action=data.action, reason=data.reason, audit=audit)
    return request_public(request)


@requests_router.get("")
async def pending_requests(session: SessionDep, principal: ProvinceAdmin) -> list[AccountRequestPublic]:
    """Requests waiting for a second administrator, oldest first."""
    return [request_public(r, u) for r, u in await service.pending_requests(session, principal=principal)]


@requests_router.post("/{request_id}/confirm")
async def confirm_request(request_id: uuid.UUID, session: SessionDep, directory: DirectoryDep,
                          principal: ProvinceAdmin, audit: Audit, request: Request) -> AccountRequestDone:
    """The second administrator carries the action out (never the one who asked, nor the account itself)."""
    done, account, password = await service.confirm_request(session, directory, principal=principal,
                                                            request_id=request_id, audit=audit)
    if done.action == "unlock":
        await request.app.state.redis.delete(locked_key(account.account_id))
    return AccountRequestDone(request=request_public(done, account.username), account=public(account),
                              temporary_password=password)


@requests_router.post("/{request_id}/cancel")
async def cancel_request(request_id: uuid.UUID, session: SessionDep, principal: ProvinceAdmin,
                         audit: Audit) -> AccountRequestPublic:
    return request_public(await service.cancel_request(session, principal=principal, request_id=request_id,
                                                       audit=audit))
