from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, Index
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class Document(SQLModel, table=True):
    __tablename__ = "document"
    __table_args__ = (Index("ix_document_person_id", "person_id"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id")
    document_type: str = Field(max_length=60)
    number: str | None = Field(default=None, max_length=100)  # số, ký hiệu
    issued_on: date | None = None
    issuer: str | None = Field(default=None, max_length=300)
    summary: str | None = Field(default=None, max_length=1000)  # trích yếu
    current_version: int = 1
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class DocumentVersion(SQLModel, table=True):
    __tablename__ = "document_version"

    document_id: uuid.UUID = Field(primary_key=True, foreign_key="document.id")
    version: int = Field(primary_key=True)
    object_key: str = Field(max_length=300)
    content_type: str = Field(max_length=60)  # detected from the bytes, never the declared type
    size: int
    sha256: str = Field(max_length=64)
    filename: str | None = Field(default=None, max_length=300)
    uploaded_by: str = Field(max_length=120)
    uploaded_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
