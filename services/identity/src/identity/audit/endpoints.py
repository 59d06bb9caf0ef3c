from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from common.app import SessionDep
from common.auth import SYSTEM_ADMIN, Principal, require_roles
from identity.audit import service
from identity.audit.schemas import AuditRecordPublic, AuditRecordsPublic, ChainReportPublic
from identity.deps import ProvinceAdmin

router = APIRouter(prefix="/audit", tags=["audit"])
SystemAdmin = Annotated[Principal, require_roles(SYSTEM_ADMIN)]


@router.get("")
async def search_audit(
    session: SessionDep, _: ProvinceAdmin,
    resource_id: Annotated[str | None, Query(description="the record, e.g. a person's id")] = None,
    actor: Annotated[str | None, Query(description="account id or username")] = None,
    unit_id: str | None = None, include_subunits: bool = False,
    service_name: Annotated[str | None, Query(alias="service")] = None,
    action: str | None = None,
    since: Annotated[datetime | None, Query(alias="from")] = None,
    until: Annotated[datetime | None, Query(alias="to")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100, offset: Annotated[int, Query(ge=0)] = 0,
) -> AuditRecordsPublic:
    """Who did what to which record, when, from where, across every service (Sở Nội vụ only)."""
    rows, total = await service.search(
        session, resource_id=resource_id, actor=actor, unit_id=unit_id, include_subunits=include_subunits,
        service=service_name, action=action, since=since, until=until, limit=limit, offset=offset)
    return AuditRecordsPublic(data=[AuditRecordPublic.model_validate(r) for r in rows], count=total)


@router.get("/verify")
async def verify_audit(session: SessionDep, _: SystemAdmin) -> list[ChainReportPublic]:
    """Check every audit chain identity holds; each report names the first broken link, if any."""
    return [ChainReportPublic(chain=r.chain, entries=r.entries, ok=r.ok, broken_seq=r.broken_seq, reason=r.reason)
            for r in await service.verify_all(session)]
