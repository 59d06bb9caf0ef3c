"""Every table of the personnel service, imported in one place so Alembic and SQLModel see them all."""

from sqlmodel import SQLModel

from common.audit import AuditEntry
from common.catalogs import CatalogCopyItem
from common.inbox import InboxMessage
from common.outbox import OutboxMessage
from common.scope import UnitNode
from personnel.batches.tables import Batch, BatchItem
from personnel.careers.tables import RetirementOverride
from personnel.certifications.tables import Certification
from personnel.changes.tables import ChangeRequest
from personnel.declarations.tables import DeclarationInvitation, DeclarationRound
from personnel.documents.tables import Document, DocumentVersion
from personnel.evaluations.tables import EvaluationEntry, EvaluationRound, EvaluationSheet
from personnel.imports.tables import ImportItem, ImportJob
from personnel.persons.tables import Person, PersonVersion, StatusEvent
from personnel.registers.tables import RegisterDecision, RegisterEntry
from personnel.training.tables import TrainingAttendance, TrainingCourse

metadata = SQLModel.metadata

__all__ = ["AuditEntry", "CatalogCopyItem", "ChangeRequest", "Document", "DocumentVersion", "InboxMessage",
           "OutboxMessage", "Person", "PersonVersion", "RegisterDecision", "RegisterEntry", "RetirementOverride",
           "StatusEvent", "TrainingAttendance", "TrainingCourse", "UnitNode", "metadata"]
__all__ += ["EvaluationEntry", "EvaluationRound", "EvaluationSheet"]
__all__ += ["Batch", "BatchItem"]
__all__ += ["ImportItem", "ImportJob"]
__all__ += ["Certification"]
__all__ += ["DeclarationInvitation", "DeclarationRound"]
