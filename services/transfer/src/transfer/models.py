"""Every table of the transfer service, imported in one place so Alembic and SQLModel see them all."""

from sqlmodel import SQLModel

from common.audit import AuditEntry
from common.catalogs import CatalogCopyItem
from common.inbox import InboxMessage
from common.outbox import OutboxMessage
from common.scope import UnitNode
from transfer.cases.tables import CaseStep, Move, TransferCase
from transfer.deadlines.tables import DeadlineAlert, DeadlineRule, Obligation
from transfer.people.tables import PersonRef

metadata = SQLModel.metadata

__all__ = ["AuditEntry", "CaseStep", "CatalogCopyItem", "DeadlineAlert", "DeadlineRule", "InboxMessage", "Move",
           "Obligation", "OutboxMessage", "PersonRef", "TransferCase", "UnitNode", "metadata"]
