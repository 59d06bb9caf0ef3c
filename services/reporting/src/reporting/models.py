"""Every table of the reporting service, imported in one place so Alembic and SQLModel see them all."""

from sqlmodel import SQLModel

from common.audit import AuditEntry
from common.catalogs import CatalogCopyItem
from common.inbox import InboxMessage
from common.outbox import OutboxMessage
from common.scope import UnitNode
from reporting.lists.tables import SavedList
from reporting.people.tables import MoveFact, PersonFact, PersonPeriod, ReportUnit, StatusFact

metadata = SQLModel.metadata

__all__ = ["AuditEntry", "CatalogCopyItem", "InboxMessage", "MoveFact", "OutboxMessage", "PersonFact",
           "PersonPeriod", "ReportUnit", "SavedList", "StatusFact", "UnitNode", "metadata"]
