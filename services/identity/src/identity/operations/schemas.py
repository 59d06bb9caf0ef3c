"""What the system-health screen reads: states and counts, never personal data."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from identity.operations.rules import State


class ComponentPublic(BaseModel):
    name: str
    kind: str  # "service" or "server"
    state: State
    detail: str | None = None


class ConsumerLagPublic(BaseModel):
    group: str
    topic: str
    lag: int
    state: State


class OutboxPublic(BaseModel):
    service: str
    unpublished: int
    parked: int
    oldest_age_seconds: float
    state: State


class DeadLetterTopicPublic(BaseModel):
    topic: str
    pending: int


class BackupPublic(BaseModel):
    kind: str  # postgres, documents, keycloak
    last_success_at: datetime | None
    max_age_seconds: float | None
    size_bytes: int | None = None
    state: State


class RehearsalPublic(BaseModel):
    last_success_at: datetime | None
    state: State


class AuditChainPublic(BaseModel):
    service: str
    ok: bool | None
    first_broken_seq: int | None
    verified_at: datetime | None
    state: State


class AlertPublic(BaseModel):
    name: str
    severity: str | None
    state: str  # firing or pending
    since: datetime | None
    summary: str | None


class HealthPublic(BaseModel):
    checked_at: datetime
    state: State
    prometheus_ok: bool
    prometheus_error: str | None = None
    kafka_ok: bool
    components: list[ComponentPublic]
    consumer_lag: list[ConsumerLagPublic]
    outbox: list[OutboxPublic]
    dead_letters: list[DeadLetterTopicPublic]
    dead_letters_pending: int
    backups: list[BackupPublic]
    restore_rehearsal: RehearsalPublic
    audit_chains: list[AuditChainPublic]
    alerts: list[AlertPublic]


class DeadLetterPublic(BaseModel):
    ref: str = Field(description="topic/partition@offset")
    topic: str
    partition: int
    offset: int
    original_topic: str
    consumer: str | None
    error_type: str | None
    error: str | None
    attempts: int | None
    event_id: str | None
    event_type: str | None
    event_time: str | None
    source: str | None
    dead_lettered_at: datetime | None
    replay_of: str | None
    replayable_alone: bool = Field(description="the first waiting event of its partition: it may be replayed alone")


class DeadLettersPublic(BaseModel):
    data: list[DeadLetterPublic]
    count: int


class ReplayOne(BaseModel):
    topic: str = Field(min_length=1, max_length=255)
    partition: int = Field(ge=0)
    offset: int = Field(ge=0)


class ReplayAll(BaseModel):
    topic: str | None = Field(default=None, max_length=255, description="one dead-letter topic; all without it")


class ReplayedPublic(BaseModel):
    ref: str
    to: str
    event_type: str | None
    error_was: str | None


class ReplayResult(BaseModel):
    replayed: list[ReplayedPublic]
    count: int
