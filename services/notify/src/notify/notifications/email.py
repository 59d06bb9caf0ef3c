"""Notes by e-mail: each account's choice of kinds (notification_preference), the queue written in the
transaction that adds a note (email_message), and the mailer that empties it through SMTP with retries.

Nothing is lost while the SMTP server is away: a row stays in the queue until the server has accepted it,
tried again after 10 s, 20 s, ... at most an hour apart; two replicas never send the same row (SKIP LOCKED)."""

from __future__ import annotations

import asyncio
import functools
import smtplib
import ssl
import uuid
from datetime import timedelta
from email.header import Header
from email.mime.text import MIMEText
from email.utils import formataddr, make_msgid

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common.auth import Principal
from common.db import utcnow
from common.errors import FieldError, ValidationFailed
from notify.config import NotifySettings
from notify.metrics import EMAIL_FAILURES, EMAIL_QUEUE, EMAILS_SENT
from notify.notifications import rules
from notify.notifications.rules import Note
from notify.notifications.tables import EmailMessage, NotificationPreference


@functools.cache
def _public_url() -> str:
    """Where the links of an e-mail open (NOTIFY_PUBLIC_URL)."""
    return NotifySettings().public_url.rstrip("/")


# ---------------------------------------------------------------- preferences

async def preferences(session: AsyncSession, principal: Principal) -> NotificationPreference | None:
    return await session.get(NotificationPreference, principal.subject)


async def save_preferences(session: AsyncSession, principal: Principal, *, email: str | None,
                           email_kinds: list[str]) -> NotificationPreference:
    """The account's address and the kinds it wants by e-mail; its unit and roles are taken from the token."""
    email = (email or "").strip() or None
    kinds = sorted(set(email_kinds))
    errors = [FieldError("email_kinds", "notification.unknown_kind", kind=k) for k in kinds
              if k not in rules.EMAIL_KINDS]
    if email is not None and not rules.valid_email(email):
        errors.append(FieldError("email", "notification.email_invalid"))
    elif email is None and kinds:
        errors.append(FieldError("email", "notification.email_required"))
    if errors:
        raise ValidationFailed(fields=errors)
    values = {"account_id": principal.subject, "unit_id": principal.unit_id, "roles": sorted(principal.roles),
              "email": email, "email_kinds": kinds, "updated_at": utcnow()}
    stmt = insert(NotificationPreference).values(**values)
    await session.execute(stmt.on_conflict_do_update(index_elements=["account_id"],
                                                     set_={k: stmt.excluded[k] for k in values}))
    saved = await session.get(NotificationPreference, principal.subject, populate_existing=True)
    assert saved is not None
    return saved


# ---------------------------------------------------------------- the queue

def _body(note: Note) -> str:
    url = _public_url() + note.link
    return (f"{note.title_vi}\n\nXem chi tiết: {url}\n\n-- \n{note.title_en}\nOpen: {url}\n\n"
            "Thư gửi tự động từ Cơ sở dữ liệu cán bộ, công chức, viên chức; đổi loại thông báo nhận qua thư "
            "trong màn hình Thông báo. / Sent by the personnel database; choose what arrives by e-mail on "
            "the Notifications screen.\n")


async def queue(session: AsyncSession, note: Note, *, notification_id: uuid.UUID) -> int:
    """One e-mail per account of the note's audience that asked for its kind (same transaction as the note)."""
    prefs = (await session.scalars(select(NotificationPreference).where(
        NotificationPreference.unit_id == note.unit_id, NotificationPreference.email.is_not(None),  # type: ignore[union-attr]
        NotificationPreference.email_kinds.contains([note.kind])))).all()  # type: ignore[attr-defined]
    queued = 0
    for p in prefs:
        if not rules.wants_email(kind=note.kind, note_unit_id=note.unit_id, note_account_id=note.account_id,
                                 note_role=note.role, account_id=p.account_id, account_unit_id=p.unit_id,
                                 account_roles=list(p.roles), email_kinds=list(p.email_kinds)):
            continue
        await session.execute(insert(EmailMessage).values(
            id=uuid.uuid4(), notification_id=notification_id, account_id=p.account_id, to_address=p.email,
            subject=f"[CSDL CBCCVC] {note.title_vi}"[:400], body=_body(note), created_at=utcnow(),
            next_attempt_at=utcnow(), attempts=0,
        ).on_conflict_do_nothing())
        queued += 1
    return queued


# ---------------------------------------------------------------- the mailer

def _smtp(settings: NotifySettings) -> smtplib.SMTP:
    if settings.smtp_tls == "ssl":
        conn: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port,
                                              timeout=settings.smtp_timeout_seconds,
                                              context=ssl.create_default_context())
    else:
        conn = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_seconds)
        if settings.smtp_tls == "starttls":
            conn.starttls(context=ssl.create_default_context())
    if settings.smtp_username:
        conn.login(settings.smtp_username, settings.smtp_password or "")
    return conn


def _mime(settings: NotifySettings, row: EmailMessage) -> MIMEText:
    # compat32's Header keeps the spaces between encoded words when a Vietnamese subject is folded (the
    # default policy's folder drops one: "chờ lãnh" arrived as "chờlãnh").
    msg = MIMEText(row.body, "plain", "utf-8")
    msg["From"] = settings.smtp_from
    msg["To"] = formataddr(("", row.to_address))
    msg["Subject"] = Header(row.subject, "utf-8")
    msg["Message-ID"] = make_msgid(idstring=str(row.id), domain="cbccvc.local")
    msg["X-CBCCVC-Notification"] = str(row.notification_id)
    return msg


def _send_batch(settings: NotifySettings, rows: list[EmailMessage]) -> list[str | None]:
    """Send over one connection; per row None (accepted) or the error. A connection failure fails them all."""
    try:
        conn = _smtp(settings)
    except (OSError, smtplib.SMTPException) as exc:
        return [f"{type(exc).__name__}: {exc}"[:500]] * len(rows)
    results: list[str | None] = []
    try:
        for row in rows:
            try:
                conn.send_message(_mime(settings, row))
                results.append(None)
            except (OSError, smtplib.SMTPException) as exc:
                results.append(f"{type(exc).__name__}: {exc}"[:500])
    finally:
        try:
            conn.quit()
        except (OSError, smtplib.SMTPException):
            pass
    return results


async def send_due(sessionmaker: async_sessionmaker[AsyncSession], settings: NotifySettings, *,
                   batch: int = 50) -> int:
    """One pass: send what is due; returns how many the SMTP server accepted."""
    async with sessionmaker() as session, session.begin():
        now = utcnow()
        rows = list((await session.scalars(
            select(EmailMessage).where(EmailMessage.sent_at.is_(None), EmailMessage.next_attempt_at <= now)  # type: ignore[union-attr]
            .order_by(EmailMessage.next_attempt_at).limit(batch).with_for_update(skip_locked=True))).all())
        sent = 0
        if rows:
            results = await asyncio.to_thread(_send_batch, settings, rows)
            for row, error in zip(rows, results, strict=True):
                if error is None:
                    row.sent_at, row.last_error = utcnow(), None
                    sent += 1
                else:
                    row.attempts += 1
                    row.last_error = error
                    row.next_attempt_at = utcnow() + timedelta(seconds=rules.email_retry_seconds(row.attempts))
            EMAILS_SENT.inc(sent)
            EMAIL_FAILURES.inc(len(rows) - sent)
        waiting = await session.scalar(select(func.count()).select_from(EmailMessage)
                                       .where(EmailMessage.sent_at.is_(None)))  # type: ignore[union-attr]
        EMAIL_QUEUE.set(int(waiting or 0))
        return sent


async def job(app: FastAPI) -> int:
    return await send_due(app.state.sessionmaker, app.state.settings)
