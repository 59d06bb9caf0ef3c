"""The system-health screen's use cases: one reading of every part's state, the dead-lettered events, and
their replay (audited) once the cause is fixed (common.dead_letters does the replay itself)."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from common import dead_letters
from common.audit import AuditContext
from common.errors import Conflict, NotFound
from identity.config import IdentitySettings
from identity.operations import repository as repo
from identity.operations import rules
from identity.operations.schemas import (
    AlertPublic,
    AuditChainPublic,
    BackupPublic,
    ComponentPublic,
    ConsumerLagPublic,
    DeadLetterPublic,
    DeadLettersPublic,
    DeadLetterTopicPublic,
    HealthPublic,
    OutboxPublic,
    RehearsalPublic,
    ReplayedPublic,
    ReplayResult,
)

log = logging.getLogger(__name__)
KAFKA_TIMEOUT = 15.0
BACKUP_KINDS = ("postgres", "documents", "keycloak")
# Servers: (name, metric, labels) of the gauge that says whether it answers.
SERVERS: list[tuple[str, str, dict[str, str]]] = [
    ("postgres", "pg_up", {}),
    ("kafka", "cbccvc_kafka_up", {}),
    ("keycloak", "up", {"job": "keycloak"}),
    ("redis", "redis_up", {}),
    ("s3", "cbccvc_s3_up", {}),
    ("alertmanager", "up", {"job": "alertmanager"}),
    ("node", "up", {"job": "node"}),
    ("ops-exporter", "up", {"job": "ops"}),
]


def _at(ts: float | None) -> datetime | None:
    return datetime.fromtimestamp(ts, UTC) if ts else None


def _parse_time(value: str | None) -> datetime | None:
    if not value or value.startswith("0001-"):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


async def _waiting(settings: IdentitySettings, topics: list[str] | None = None) -> dead_letters.Waiting:
    return await asyncio.wait_for(
        dead_letters.waiting(settings.kafka_bootstrap, topics, prefix=settings.kafka_topic_prefix), KAFKA_TIMEOUT)


async def health(settings: IdentitySettings) -> HealthPublic:
    now = time.time()
    prom_error = None
    samples, alerts = repo.Samples(), []
    async with httpx.AsyncClient(timeout=10) as client:
        try:
            samples, alerts = await asyncio.gather(repo.samples(client, settings.prometheus_url),
                                                   repo.alerts(client, settings.prometheus_url))
        except (httpx.HTTPError, RuntimeError, ValueError) as exc:
            prom_error = f"{type(exc).__name__}: {exc}"[:300]
            log.warning("prometheus did not answer", extra={"error": prom_error})
    prom_ok = prom_error is None
    try:
        waiting = await _waiting(settings)
        kafka_ok = True
    except Exception as exc:  # Kafka away: the screen says so instead of failing
        log.warning("kafka did not answer", extra={"error": repr(exc)[:300]})
        waiting, kafka_ok = dead_letters.Waiting(), False

    components = []
    db_up = samples.by("cbccvc_service_database_up", "service")
    for s in dead_letters.SERVICES:
        state = rules.component_state(samples.one("up", job="services", service=s), answered=prom_ok)
        if s == settings.service_name:
            state = "ok"  # it is answering this request
        detail = None
        if db_up.get(s) == 0:
            state, detail = "down", "database"
        components.append(ComponentPublic(name=s, kind="service", state=state, detail=detail))
    for name, metric, labels in SERVERS:
        components.append(ComponentPublic(name=name, kind="server",
                                          state=rules.component_state(samples.one(metric, **labels),
                                                                      answered=prom_ok)))
    components.append(ComponentPublic(name="prometheus", kind="server", state="ok" if prom_ok else "down",
                                      detail=prom_error))

    lag = sorted((ConsumerLagPublic(group=lb.get("group", ""), topic=lb.get("topic", ""), lag=int(v),
                                    state=rules.lag_state(v))
                  for lb, v in samples.series("cbccvc_kafka_consumergroup_lag")), key=lambda x: (x.group, x.topic))

    unpublished = samples.by("cbccvc_outbox_unpublished_rows", "service")
    parked = samples.by("cbccvc_outbox_parked_rows", "service")
    oldest = samples.by("cbccvc_outbox_oldest_unpublished_age_seconds", "service")
    outbox = [OutboxPublic(service=s, unpublished=int(unpublished.get(s, 0)), parked=int(parked.get(s, 0)),
                           oldest_age_seconds=oldest.get(s, 0.0),
                           state=rules.outbox_state(parked.get(s, 0), oldest.get(s, 0.0)) if s in unpublished
                           else "unknown")
              for s in dead_letters.SERVICES]

    dlq = [DeadLetterTopicPublic(topic=t, pending=waiting.count(t)) for t in waiting.topics()]

    last = samples.by("cbccvc_backup_last_success_timestamp_seconds", "kind")
    max_age = samples.by("cbccvc_backup_max_age_seconds", "kind")
    size = samples.by("cbccvc_backup_size_bytes", "kind")
    backups = [BackupPublic(kind=k, last_success_at=_at(last.get(k)), max_age_seconds=max_age.get(k),
                            size_bytes=int(size[k]) if k in size else None,
                            state=rules.backup_state(last.get(k), max_age.get(k), now))
               for k in BACKUP_KINDS]
    rehearsed = samples.one("cbccvc_restore_rehearsal_last_success_timestamp_seconds")
    rehearsal = RehearsalPublic(last_success_at=_at(rehearsed), state=rules.rehearsal_state(rehearsed, now))

    chain_ok = samples.by("cbccvc_audit_chain_ok", "service")
    broken = samples.by("cbccvc_audit_chain_first_broken_seq", "service")
    verified = samples.by("cbccvc_audit_chain_verified_timestamp_seconds", "service")
    chains = [AuditChainPublic(service=s, ok=None if s not in chain_ok else chain_ok[s] >= 1,
                               first_broken_seq=int(broken[s]) if broken.get(s) else None,
                               verified_at=_at(verified.get(s)), state=rules.audit_state(chain_ok.get(s)))
              for s in dead_letters.SERVICES]

    active = [AlertPublic(name=a.get("labels", {}).get("alertname", "?"), severity=a.get("labels", {}).get("severity"),
                          state=a.get("state", ""), since=_parse_time(a.get("activeAt")),
                          summary=a.get("annotations", {}).get("summary"))
              for a in alerts if a.get("state") in ("firing", "pending")]

    states = [c.state for c in components] + [x.state for x in lag] + [o.state for o in outbox] \
        + [b.state for b in backups] + [rehearsal.state] + [c.state for c in chains]
    if waiting.count():
        states.append("warning")
    if not kafka_ok:
        states.append("down")
    return HealthPublic(
        checked_at=datetime.fromtimestamp(now, UTC), state=rules.overall(states), prometheus_ok=prom_ok,
        prometheus_error=prom_error, kafka_ok=kafka_ok, components=components, consumer_lag=lag, outbox=outbox,
        dead_letters=dlq, dead_letters_pending=waiting.count(), backups=backups, restore_rehearsal=rehearsal,
        audit_chains=chains, alerts=sorted(active, key=lambda a: (a.state != "firing", a.name)),
    )


def _public(x: dead_letters.DeadLetter) -> DeadLetterPublic:
    return DeadLetterPublic(
        ref=x.ref, topic=x.topic, partition=x.partition, offset=x.offset, original_topic=x.original,
        consumer=x.consumer, error_type=x.error_type, error=x.error, attempts=x.attempts, event_id=x.event_id,
        event_type=x.event_type, event_time=x.event_time, source=x.source, dead_lettered_at=_at(x.dead_lettered_at),
        replay_of=x.replay_of, replayable_alone=x.first_in_partition)


async def list_dead_letters(settings: IdentitySettings, *, limit: int) -> DeadLettersPublic:
    waiting = await _waiting(settings)
    found = await asyncio.wait_for(dead_letters.letters(settings.kafka_bootstrap, waiting, limit=limit),
                                   KAFKA_TIMEOUT * 4)
    return DeadLettersPublic(data=[_public(x) for x in found], count=waiting.count())


def _check_topic(settings: IdentitySettings, topic: str) -> None:
    if not dead_letters.is_dead_letter_topic(topic, settings.kafka_topic_prefix):
        raise NotFound("dead_letter.not_found")


async def _audit(session: AsyncSession, audit: AuditContext, done: list[dead_letters.Replayed]) -> ReplayResult:
    out = []
    for r in done:
        await audit.record(session, action="replay", resource_type="dead_letter", resource_id=r.letter.ref,
                           detail={"to": r.to, "event_type": r.letter.event_type, "event_id": r.letter.event_id,
                                   "consumer": r.letter.consumer, "error_type": r.letter.error_type,
                                   "error_was": (r.letter.error or "")[:500]})
        log.info("dead letter replayed", extra={"ref": r.letter.ref, "to": r.to, "event_id": r.letter.event_id})
        out.append(ReplayedPublic(ref=r.letter.ref, to=r.to, event_type=r.letter.event_type,
                                  error_was=r.letter.error))
    return ReplayResult(replayed=out, count=len(out))


async def replay_one(session: AsyncSession, settings: IdentitySettings, *, topic: str, partition: int, offset: int,
                     audit: AuditContext) -> ReplayResult:
    """Replay one waiting event: the first waiting one of its partition, so events keep their order."""
    _check_topic(settings, topic)
    waiting = await _waiting(settings, [topic])
    try:
        done = await dead_letters.replay(settings.kafka_bootstrap, waiting, only=(topic, partition, offset))
    except dead_letters.NotFirstWaiting as exc:
        if exc.first is None:
            raise NotFound("dead_letter.not_found") from None
        raise Conflict("dead_letter.not_first", first=exc.first) from None
    return await _audit(session, audit, done)


async def replay_all(session: AsyncSession, settings: IdentitySettings, *, topic: str | None,
                     audit: AuditContext) -> ReplayResult:
    """Replay every waiting event (of one dead-letter topic, or of all), in order."""
    if topic is not None:
        _check_topic(settings, topic)
    waiting = await _waiting(settings, [topic] if topic else None)
    done = await dead_letters.replay(settings.kafka_bootstrap, waiting)
    return await _audit(session, audit, done)
