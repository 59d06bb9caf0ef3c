import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, scope_clause
from identity.accounts.tables import Account, AccountRequest


async def get(session: AsyncSession, account_id: str, *, for_update: bool = False) -> Account | None:
    stmt = select(Account).where(Account.account_id == account_id)
    if for_update:
        # The row as it is once locked, even if this session read it before waiting for the lock: a change
        # committed meanwhile must be seen (its row_version, its roles), never the copy read earlier.
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return (await session.scalars(stmt)).first()


async def get_in_scope(session: AsyncSession, principal: Principal, account_id: str) -> Account | None:
    stmt = select(Account).where(Account.account_id == account_id, scope_clause(principal, Account.unit_id))
    return (await session.scalars(stmt)).first()


async def username_taken(session: AsyncSession, username: str) -> bool:
    return (await session.scalar(select(Account.account_id).where(Account.username == username))) is not None


async def count_in_unit(session: AsyncSession, unit_id: str) -> int:
    return int(await session.scalar(select(func.count()).where(Account.unit_id == unit_id)) or 0)


async def unit(session: AsyncSession, unit_id: str) -> UnitNode | None:
    return await session.get(UnitNode, unit_id)


async def list_in_scope(
    session: AsyncSession, principal: Principal, *, unit_id: str | None, q: str | None,
    status: str | None, limit: int, offset: int,
) -> tuple[Sequence[Any], int]:
    """(account, unit name) rows the principal may see, filtered in the query itself."""
    where = [scope_clause(principal, Account.unit_id)]
    if unit_id:
        where.append(Account.unit_id == unit_id)
    if q:
        like = f"%{q.lower()}%"
        name = func.lower(func.coalesce(Account.full_name, ""))
        where.append(func.lower(Account.username).like(like) | name.like(like))
    if status == "locked":
        where.append(Account.enabled.is_(False))  # type: ignore[attr-defined]
    elif status == "active":
        where.append(Account.enabled.is_(True))  # type: ignore[attr-defined]
    total = int(await session.scalar(select(func.count()).select_from(Account).where(*where)) or 0)
    rows = (await session.execute(
        select(Account, UnitNode.name).outerjoin(UnitNode, UnitNode.unit_id == Account.unit_id)
        .where(*where).order_by(Account.unit_id, Account.username).limit(limit).offset(offset)
    )).all()
    return rows, total


async def online_in_scope(session: AsyncSession, principal: Principal, account_ids: list[str]) -> Sequence[Any]:
    if not account_ids:
        return []
    return (await session.execute(
        select(Account, UnitNode.name).outerjoin(UnitNode, UnitNode.unit_id == Account.unit_id)
        .where(Account.account_id.in_(account_ids), scope_clause(principal, Account.unit_id))  # type: ignore[attr-defined]
        .order_by(Account.unit_id, Account.username)
    )).all()


async def all_accounts(session: AsyncSession) -> dict[str, Account]:
    return {a.account_id: a for a in (await session.scalars(select(Account))).all()}


async def get_request(session: AsyncSession, request_id: uuid.UUID, *,
                      for_update: bool = False) -> AccountRequest | None:
    return await session.get(AccountRequest, request_id, with_for_update=for_update)


async def pending_requests(session: AsyncSession, principal: Principal) -> list[tuple[AccountRequest, str | None]]:
    """Requests waiting for a second administrator, about accounts in the principal's scope, oldest first."""
    stmt = (select(AccountRequest, Account.username)
            .join(Account, Account.account_id == AccountRequest.account_id)  # type: ignore[arg-type]
            .where(AccountRequest.state == "pending", scope_clause(principal, Account.unit_id))
            .order_by(AccountRequest.requested_at))  # type: ignore[arg-type]
    return [(r, u) for r, u in (await session.execute(stmt)).all()]
