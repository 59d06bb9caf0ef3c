"""A case, its steps (who did what, when), and its moves (one per person: the saga's unit of work)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Column, DateTime, Identity, Index, text
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow

OPEN_STATES = ("draft", "sent", "accepted", "forwarded")


class TransferCase(SQLModel, table=True):
    __tablename__ = "transfer_case"
    __table_args__ = (
        # A person has at most one open case (draft, sent, accepted, forwarded).
        Index("uq_transfer_case_open_person", "person_id", unique=True,
              postgresql_where=text("state IN ('draft', 'sent', 'accepted', 'forwarded') AND person_id IS NOT NULL")),
        Index("ix_transfer_case_from_unit", "from_unit_id", "state"),
        Index("ix_transfer_case_to_unit", "to_unit_id", "state"),
        Index("ix_transfer_case_effective_on", "effective_on"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(max_length=30)  # common.events.contracts.transfer.KINDS
    state: str = Field(max_length=20)  # draft | sent | accepted | forwarded | done | rejected | cancelled
    person_id: uuid.UUID | None = None  # none for an arrival until personnel has the record, and for a reorganisation
    full_name: str = Field(max_length=120)
    personal_id_number: str | None = Field(default=None, max_length=20)  # an arrival's, kept on the new record
    birth_date: date | None = None
    from_unit_id: str | None = Field(default=None, max_length=64)  # the sending unit (none for an arrival)
    to_unit_id: str | None = Field(default=None, max_length=64)  # the receiving unit (none for leaving)
    to_sub_unit_id: str | None = Field(default=None, max_length=64)  # where the receiver places the person
    outside_organisation: str | None = Field(default=None, max_length=300)  # arrival's origin, leaver's destination
    return_on: date | None = None  # a secondment's planned end
    leaving_form: str | None = Field(default=None, max_length=40)  # leaving_service_forms catalog
    decision_number: str = Field(max_length=60)
    decision_signed_on: date
    effective_on: date
    signer: str | None = Field(default=None, max_length=200)
    decision_document_key: str | None = Field(default=None, max_length=300)  # the scanned decision in S3
    decision_document_name: str | None = Field(default=None, max_length=255)
    decision_document_sha256: str | None = Field(default=None, max_length=64)
    reject_reason: str | None = Field(default=None, max_length=1000)
    note: str | None = Field(default=None, max_length=2000)
    reorganization_id: str | None = Field(default=None, max_length=64, unique=True)
    created_by: str = Field(max_length=120)
    created_unit_id: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    row_version: int = 1  # bumped by every step; a step names the version it saw (409 if it moved on)


class CaseStep(SQLModel, table=True):
    """The case's history: never updated, never deleted."""

    __tablename__ = "transfer_case_step"
    __table_args__ = (Index("ix_transfer_case_step_case", "case_id", "seq"),)

    seq: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), primary_key=True))
    case_id: uuid.UUID = Field(foreign_key="transfer_case.id")
    step: str = Field(max_length=20)  # create, send, accept, forward, reject, cancel, complete, applied
    state: str = Field(max_length=20)  # the case's state after the step
    by_account: str = Field(max_length=120)
    by_username: str = Field(max_length=120)
    by_unit_id: str | None = Field(default=None, max_length=64)
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    note: str | None = Field(default=None, max_length=1000)


class Move(SQLModel, table=True):
    """One person's move decided by a case, and personnel's answer."""

    __tablename__ = "transfer_move"
    __table_args__ = (Index("ix_transfer_move_case", "case_id"),)

    move_id: str = Field(primary_key=True, max_length=100)  # <case id>:<person id>
    case_id: uuid.UUID = Field(foreign_key="transfer_case.id")
    person_id: uuid.UUID
    from_unit_id: str | None = Field(default=None, max_length=64)
    to_unit_id: str | None = Field(default=None, max_length=64)
    decided_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    applied_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    applied_version: int | None = None
    refused_reason: str | None = Field(default=None, max_length=200)
