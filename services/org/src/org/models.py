"""Every table of the org service, imported in one place so Alembic and SQLModel see them all."""

from sqlmodel import SQLModel

from common.audit import AuditEntry
from common.inbox import InboxMessage
from common.outbox import OutboxMessage
from org.catalogs.tables import Catalog, CatalogItem, CatalogItemUsage
from org.headcount.tables import PersonPlacement, UnitHeadcount
from org.job_plans.tables import JobPositionPlan, JobPositionPlanItem
from org.staffing.tables import JobPosition, StaffingQuota
from org.units.tables import Reorganization, Unit, UnitChange, UnitVersion

metadata = SQLModel.metadata

__all__ = ["AuditEntry", "Catalog", "CatalogItem", "CatalogItemUsage", "InboxMessage", "JobPosition",
           "JobPositionPlan", "JobPositionPlanItem", "OutboxMessage", "PersonPlacement", "Reorganization",
           "StaffingQuota", "Unit", "UnitChange", "UnitHeadcount", "UnitVersion", "metadata"]
