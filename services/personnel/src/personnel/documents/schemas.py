from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel


class DocumentVersionPublic(BaseModel):
    version: int
    content_type: str
    size: int
    sha256: str
    filename: str | None
    uploaded_by: str
    uploaded_at: datetime


class DocumentPublic(BaseModel):
    id: uuid.UUID
    person_id: uuid.UUID
    document_type: str
    number: str | None
    issued_on: date | None
    issuer: str | None
    summary: str | None
    current_version: int
    created_by: str
    created_at: datetime
    versions: list[DocumentVersionPublic] = []


class DownloadLink(BaseModel):
    url: str
    expires_at: datetime
    version: int
