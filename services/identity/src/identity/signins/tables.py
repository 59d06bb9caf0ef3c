from datetime import datetime

from sqlmodel import DateTime, Field, SQLModel


class SigninEvent(SQLModel, table=True):
    """Keycloak sign-in events already copied into the audit chain (Keycloak event id), so that the
    overlapping polls never record one twice."""

    __tablename__ = "signin_event"

    event_id: str = Field(primary_key=True, max_length=64)
    at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
