from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel


class PhotoPublic(BaseModel):
    document_id: uuid.UUID
    version: int  # 1 for the first photo, +1 for each replacement (older ones stay in the documents)
    content_type: str
    width: int
    height: int
    size: int
    uploaded_by: str
    uploaded_at: datetime
