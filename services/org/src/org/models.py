"""Every table of the org service, imported in one place so Alembic and SQLModel see them all."""

from sqlmodel import SQLModel

from common.audit import AuditEntry
from common.inbox import InboxMessage
from common.outbox import OutboxMessage

metadata = SQLModel.metadata

__all__ = ["AuditEntry", "InboxMessage", "OutboxMessage", "metadata"]
