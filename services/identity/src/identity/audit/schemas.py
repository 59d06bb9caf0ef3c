from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class AuditRecordPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    service: str
    seq: int
    at: datetime
    actor: str
    actor_username: str
    actor_unit_id: str | None
    client_address: str | None
    action: str
    resource_type: str
    resource_id: str | None
    unit_id: str | None
    detail: dict[str, Any]
    hash: str


class AuditRecordsPublic(BaseModel):
    data: list[AuditRecordPublic]
    count: int


class ChainReportPublic(BaseModel):
    chain: str
    entries: int
    ok: bool
    broken_seq: int | None
    reason: str | None
