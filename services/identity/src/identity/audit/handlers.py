"""Every service's audit entries, consumed from `<service>.audit` into one searchable table."""

from datetime import datetime

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.events.contracts.audit import SERVICES, AuditRecorded
from common.messaging import Event, Handler
from identity.audit.tables import AuditRecord


async def store_audit_record(session: AsyncSession, event: Event[AuditRecorded]) -> None:
    entry = event.payload
    values = entry.model_dump()
    values["at"] = datetime.fromisoformat(entry.at)
    values["service"] = event.envelope.producer  # a service can only ever write into its own chain
    # A copy that is already here is never overwritten: the first copy is what verification checks.
    await session.execute(insert(AuditRecord).values(**values).on_conflict_do_nothing(
        index_elements=["service", "seq"]))


AUDIT_HANDLERS: dict[str, Handler] = {f"{s}.audit.recorded.v1": store_audit_record for s in SERVICES}
