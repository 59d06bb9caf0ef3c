"""The envelope every event travels in: CloudEvents 1.0 attributes in structured JSON.

type   <service>.<aggregate>.<fact>.v<major>   e.g. org.unit.created.v1
topic  <service>.<aggregate>                   e.g. org.unit (key: subject, so one subject stays ordered)
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

from common import clock


class EventPayload(BaseModel):
    """Base of every typed payload. Consumers ignore fields they do not know."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    event_type: ClassVar[str]  # set by @event_type


class Envelope(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    specversion: str = "1.0"
    type: str
    source: str  # /<producing service>
    time: datetime = Field(default_factory=clock.utcnow)  # when it happened
    subject: str  # the aggregate id
    datacontenttype: str = "application/json"
    schemaversion: int = 1
    actor: str | None = None  # the account (Keycloak subject) or service that caused it
    unitid: str | None = None  # the unit whose scope the event belongs to
    correlationid: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)

    @property
    def topic(self) -> str:
        return topic_of(self.type)

    @property
    def producer(self) -> str:
        return self.source.lstrip("/")

    @classmethod
    def of(
        cls,
        payload: EventPayload,
        *,
        source: str,
        subject: str,
        actor: str | None = None,
        unit_id: str | None = None,
        correlation_id: str | None = None,
        occurred_at: datetime | None = None,
    ) -> Envelope:
        etype = payload.event_type
        return cls(
            type=etype,
            source=f"/{source}",
            subject=subject,
            schemaversion=int(etype.rsplit(".v", 1)[1]),
            actor=actor,
            unitid=unit_id,
            correlationid=correlation_id,
            time=occurred_at or clock.utcnow(),
            data=payload.model_dump(mode="json"),
        )

    def payload(self) -> EventPayload:
        """The typed payload; raises if the type is unknown or the data does not fit its model."""
        from common.events.registry import payload_model

        return payload_model(self.type).model_validate(self.data)


def topic_of(event_type: str) -> str:
    parts = event_type.split(".")
    if len(parts) < 4 or not parts[-1].startswith("v"):
        raise ValueError(f"event type must be <service>.<aggregate>.<fact>.v<N>: {event_type!r}")
    return f"{parts[0]}.{parts[1]}"
