"""The system-health screen of the system administrator: every part's state, and the dead-lettered events
with their replay. Only system_admin; nothing here shows personal data."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from common.app import SessionDep
from common.audit import Audit
from common.auth import SYSTEM_ADMIN, Principal, require_roles
from identity.deps import SettingsDep
from identity.operations import service
from identity.operations.schemas import DeadLettersPublic, HealthPublic, ReplayAll, ReplayOne, ReplayResult

router = APIRouter(prefix="/operations", tags=["operations"])
SystemAdmin = Annotated[Principal, require_roles(SYSTEM_ADMIN)]


@router.get("/health")
async def get_health(settings: SettingsDep, _: SystemAdmin) -> HealthPublic:
    """Services and servers, consumer lag, outbox backlog, dead letters waiting, backups, the last restore
    rehearsal, audit chains and the active alerts, as Prometheus and Kafka see them now."""
    return await service.health(settings)


@router.get("/dead-letters")
async def list_dead_letters(settings: SettingsDep, _: SystemAdmin,
                            limit: Annotated[int, Query(ge=1, le=500)] = 100) -> DeadLettersPublic:
    """The dead-lettered events waiting for a replay, in order, with the error that stopped them."""
    return await service.list_dead_letters(settings, limit=limit)


@router.post("/dead-letters/replay")
async def replay_dead_letter(body: ReplayOne, session: SessionDep, settings: SettingsDep, _: SystemAdmin,
                             audit: Audit) -> ReplayResult:
    """Send one waiting event (the first of its partition) back to its topic, once its cause is fixed."""
    return await service.replay_one(session, settings, topic=body.topic, partition=body.partition,
                                    offset=body.offset, audit=audit)


@router.post("/dead-letters/replay-all")
async def replay_all_dead_letters(body: ReplayAll, session: SessionDep, settings: SettingsDep, _: SystemAdmin,
                                  audit: Audit) -> ReplayResult:
    """Send every waiting event (of one dead-letter topic, or of all) back to its topic, in order."""
    return await service.replay_all(session, settings, topic=body.topic, audit=audit)
