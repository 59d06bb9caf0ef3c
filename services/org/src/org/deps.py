"""Typed dependencies of the org API: who may read, who may change, and the audit of changes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from common import audit
from common.auth import PROVINCE_ADMIN, Principal, require_roles

# Reads: every signed-in account (scope limits what it sees). Changes: the province's administrators
# (Sở Nội vụ) and system administrators.
AdminPrincipal = Annotated[Principal, require_roles(PROVINCE_ADMIN)]


async def audit_change(session: AsyncSession, request: Request, principal: Principal, *, action: str,
                       resource_type: str, resource_id: str, unit_id: str | None = None,
                       detail: dict[str, Any] | None = None) -> None:
    await audit.record(session, service="org", principal=principal, action=action, resource_type=resource_type,
                       resource_id=resource_id, unit_id=unit_id,
                       client_address=request.client.host if request.client else None, detail=detail)
