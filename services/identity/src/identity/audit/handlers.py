"""Every service's audit entries, consumed from `<service>.audit` into one searchable table."""

from datetime import UTC, datetime
from functools import cache

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit_heads import head_is_genuine
from common.events.contracts.audit import SERVICES, AuditHead, AuditRecorded
from common.messaging import Event, Handler, PermanentError
from identity.audit.tables import AuditHead as HeadRow
from identity.audit.tables import AuditRecord
from identity.config import IdentitySettings


async def store_audit_record(session: AsyncSession, event: Event[AuditRecorded]) -> None:
    entry = event.payload
    values = entry.model_dump()
    values["at"] = datetime.fromisoformat(entry.at)
    values["service"] = event.envelope.producer  # a service can only ever write into its own chain
    # A copy that is already here is never overwritten: the first copy is what verification checks.
    await session.execute(insert(AuditRecord).values(**values).on_conflict_do_nothing(
        index_elements=["service", "seq"]))


@cache
def verify_key() -> str:
    return IdentitySettings().audit_verify_key


async def store_audit_head(session: AsyncSession, event: Event[AuditHead]) -> None:
    """Keeps the newest genuine head of each chain; a head the key did not sign is never kept."""
    head = event.payload
    if head.service != event.envelope.producer or not head_is_genuine(head, verify_key()):
        raise PermanentError(f"audit head of {head.service} chain {head.chain} seq {head.seq} is not genuine")
    values = head.model_dump()
    stmt = insert(HeadRow).values(**values, received_at=datetime.now(UTC))
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["service", "chain"], set_={**values, "received_at": stmt.excluded.received_at},
        where=HeadRow.seq < stmt.excluded.seq))  # type: ignore[arg-type]


AUDIT_HANDLERS: dict[str, Handler] = {f"{s}.audit.recorded.v1": store_audit_record for s in SERVICES}
AUDIT_HANDLERS |= {f"{s}.audit.head.v1": store_audit_head for s in SERVICES}
