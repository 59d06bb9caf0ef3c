"""<service>.audit.recorded.v1: one audit entry of a service's hash chain (see common.audit);
<service>.audit.head.v1: the signed head of one of its chains (see common.audit_heads)."""

from __future__ import annotations

from typing import Any

from common.events.envelope import EventPayload
from common.events.registry import event_type

SERVICES = ("identity", "personnel", "org", "transfer", "reporting", "notify")


class AuditRecorded(EventPayload):
    service: str
    seq: int
    chain: int = 0  # which of the service's parallel chains (common.audit.CHAINS)
    at: str
    actor: str
    actor_username: str
    actor_unit_id: str | None = None
    client_address: str | None = None
    action: str
    resource_type: str
    resource_id: str | None = None
    unit_id: str | None = None
    detail: dict[str, Any] = {}
    prev_hash: str
    hash: str


class AuditHead(EventPayload):
    """The newest entry of one chain when it was published, signed with the province's audit key, which
    no database holds: an entry removed from the chain's end afterwards can no longer go unnoticed."""

    service: str
    chain: int
    seq: int
    hash: str
    at: str  # when the head was read, ISO 8601 UTC
    key_id: str
    signature: str  # base64 Ed25519 over common.audit_heads.signed_bytes(...)


for _service in SERVICES:
    event_type(f"{_service}.audit.recorded.v1")(type(f"{_service.capitalize()}AuditRecorded", (AuditRecorded,), {}))
    event_type(f"{_service}.audit.head.v1")(type(f"{_service.capitalize()}AuditHead", (AuditHead,), {}))
