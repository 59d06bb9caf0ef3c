"""Every table of the identity service, imported in one place so Alembic and SQLModel see them all."""

from sqlmodel import SQLModel

from common.audit import AuditEntry
from common.inbox import InboxMessage
from common.outbox import OutboxMessage
from common.scope import UnitNode
from identity.accounts.tables import Account
from identity.audit.tables import AuditRecord
from identity.signins.tables import SigninEvent

metadata = SQLModel.metadata

__all__ = ["Account", "AuditEntry", "AuditRecord", "InboxMessage", "OutboxMessage", "SigninEvent", "UnitNode",
           "metadata"]
