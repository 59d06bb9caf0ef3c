"""The use cases of announcements: write (a draft), attach, send, read, acknowledge, remind."""

from __future__ import annotations

import uuid

from minio import Minio
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.errors import Conflict, FieldError, NotFound, ValidationFailed
from common.scope import in_scope
from common.text import fold
from notify import files, richtext
from notify.announcements import repository, rules
from notify.announcements.schemas import AcknowledgeIn, AnnouncementCreate, AnnouncementIn, AnnouncementUpdate
from notify.announcements.tables import Announcement, AnnouncementRecipient
from notify.config import NotifySettings
from notify.notifications import rules as notes
from notify.notifications import service as notifications


async def _check(session: AsyncSession, principal: Principal, sender_unit_id: str,
                 data: AnnouncementIn) -> tuple[str, list[str]]:
    problems: list[FieldError] = []
    body = richtext.sanitize(data.body_html)
    if richtext.is_empty(body):
        problems.append(FieldError("body_html", "announcement.body_required"))
    due = rules.due_problem(data.due_on, clock.today())
    if due:
        problems.append(FieldError("due_on", due, today=clock.today()))
    wanted = sorted(set(data.recipient_unit_ids))
    nodes = await repository.units(session, set(wanted))
    for unit in wanted:
        node = nodes.get(unit)
        # A unit the sender may not address reads exactly like one that does not exist.
        if node is None or not node.active or not rules.may_address(
                sender_unit_id=sender_unit_id, recipient_path=list(node.path),
                province_wide=principal.is_province_wide):
            problems.append(FieldError("recipient_unit_ids", "announcement.recipient_unknown", unit=unit))
            break
    if problems:
        raise ValidationFailed(fields=problems)
    return body, wanted


async def _set_recipients(session: AsyncSession, announcement_id: uuid.UUID, units: list[str]) -> None:
    await session.execute(delete(AnnouncementRecipient).where(
        AnnouncementRecipient.announcement_id == announcement_id))  # type: ignore[arg-type]
    for unit in units:
        session.add(AnnouncementRecipient(announcement_id=announcement_id, unit_id=unit))


async def create(session: AsyncSession, principal: Principal, *, data: AnnouncementCreate,
                 audit: AuditContext) -> Announcement:
    sender = data.sender_unit_id or principal.unit_id
    if not await in_scope(session, principal, sender):
        raise NotFound("unit_not_found")
    body, units = await _check(session, principal, sender, data)
    item = Announcement(sender_unit_id=sender, title=data.title, body_html=body,
                        search_text=fold(f"{data.title} {richtext.plain_text(body)}"), due_on=data.due_on,
                        state="draft", created_by=principal.username)
    session.add(item)
    await session.flush()
    await _set_recipients(session, item.id, units)
    await audit.record(session, action="create", resource_type="announcement", resource_id=str(item.id),
                       unit_id=sender, detail={"title": item.title, "recipients": units})
    return item


async def _own(session: AsyncSession, principal: Principal, announcement_id: uuid.UUID) -> Announcement:
    item = await repository.as_sender(session, principal, announcement_id, for_update=True)
    if item is None:
        raise NotFound("announcement.not_found")
    return item


async def update(session: AsyncSession, principal: Principal, *, announcement_id: uuid.UUID,
                 data: AnnouncementUpdate, audit: AuditContext) -> Announcement:
    item = await _own(session, principal, announcement_id)
    if item.state != "draft":
        raise Conflict("announcement.already_sent")
    if data.row_version != item.row_version:
        raise Conflict("announcement.stale", revision=item.row_version)
    body, units = await _check(session, principal, item.sender_unit_id, data)
    item.title, item.body_html, item.due_on = data.title, body, data.due_on
    item.search_text = fold(f"{data.title} {richtext.plain_text(body)}")
    item.updated_at, item.row_version = clock.utcnow(), item.row_version + 1
    await _set_recipients(session, item.id, units)
    await audit.record(session, action="update", resource_type="announcement", resource_id=str(item.id),
                       unit_id=item.sender_unit_id, detail={"title": item.title, "recipients": units})
    return item


async def send(session: AsyncSession, principal: Principal, *, announcement_id: uuid.UUID,
               audit: AuditContext) -> Announcement:
    item = await _own(session, principal, announcement_id)
    if item.state != "draft":
        raise Conflict("announcement.already_sent")
    due = rules.due_problem(item.due_on, clock.today())
    if due:
        raise ValidationFailed(fields=[FieldError("due_on", due, today=clock.today())])
    now = clock.utcnow()
    item.state, item.sent_by, item.sent_at = "sent", principal.username, now
    item.updated_at, item.row_version = now, item.row_version + 1
    units = [r.unit_id for r in await repository.recipients(session, [item.id])]
    await notifications.add(session, notes.of_announcement(announcement_id=str(item.id), title=item.title,
                                                           units=units, reminder=False),
                            source=f"announcement:{item.id}:sent")
    await audit.record(session, action="announcement.send", resource_type="announcement", resource_id=str(item.id),
                       unit_id=item.sender_unit_id, detail={"recipients": units})
    return item


async def attach(session: AsyncSession, s3: Minio, settings: NotifySettings, principal: Principal, *,
                 announcement_id: uuid.UUID, data: bytes, filename: str | None, audit: AuditContext) -> Announcement:
    item = await _own(session, principal, announcement_id)
    if item.state != "draft":
        raise Conflict("announcement.already_sent")
    checked = files.check(data, max_bytes=settings.attachment_max_bytes)
    found = await files.store(session, s3, settings.files_bucket, owner_type="announcement", owner_id=item.id,
                              checked=checked, filename=filename, created_by=principal.username)
    item.updated_at, item.row_version = clock.utcnow(), item.row_version + 1
    await audit.record(session, action="attach", resource_type="announcement", resource_id=str(item.id),
                       unit_id=item.sender_unit_id, detail={"attachment": str(found.id), "sha256": checked.sha256})
    return item


async def view(session: AsyncSession, principal: Principal,
               announcement_id: uuid.UUID) -> tuple[Announcement, AnnouncementRecipient | None]:
    """(the announcement, the account's unit's copy): the sender's side sees it with every copy, a receiving
    unit sees its own copy once it was sent; anyone else gets 404."""
    item = await repository.as_sender(session, principal, announcement_id)
    mine = await repository.as_recipient(session, principal.unit_id, announcement_id)
    if item is None and mine is None:
        raise NotFound("announcement.not_found")
    return (item or mine[0]), (mine[1] if mine else None)  # type: ignore[index]


async def mark_read(session: AsyncSession, principal: Principal, *, announcement_id: uuid.UUID,
                    audit: AuditContext) -> Announcement:
    found = await repository.as_recipient(session, principal.unit_id, announcement_id, for_update=True)
    if found is None:
        raise NotFound("announcement.not_found")
    item, copy = found
    if copy.read_at is None:  # the first reading is the receipt
        copy.read_at, copy.read_by = clock.utcnow(), principal.username
        await audit.record(session, action="announcement.read", resource_type="announcement",
                           resource_id=str(item.id), unit_id=copy.unit_id)
    return item


async def acknowledge(session: AsyncSession, principal: Principal, *, announcement_id: uuid.UUID,
                      body: AcknowledgeIn, audit: AuditContext) -> Announcement:
    found = await repository.as_recipient(session, principal.unit_id, announcement_id, for_update=True)
    if found is None:
        raise NotFound("announcement.not_found")
    item, copy = found
    if copy.acknowledged_at is not None:
        raise Conflict("announcement.already_acknowledged")
    now = clock.utcnow()
    if copy.read_at is None:
        copy.read_at, copy.read_by = now, principal.username
    copy.acknowledged_at, copy.acknowledged_by = now, principal.username
    copy.acknowledge_note = (body.note or "").strip() or None
    await audit.record(session, action="announcement.acknowledge", resource_type="announcement",
                       resource_id=str(item.id), unit_id=copy.unit_id)
    return item


async def remind(session: AsyncSession, principal: Principal, *, announcement_id: uuid.UUID,
                 audit: AuditContext) -> int:
    """Remind every receiving unit that has not acknowledged yet; returns how many."""
    item = await _own(session, principal, announcement_id)
    if item.state != "sent":
        raise Conflict("announcement.not_sent")
    now = clock.utcnow()
    pending = [r for r in await repository.recipients(session, [item.id]) if r.acknowledged_at is None]
    if not pending:
        raise Conflict("announcement.all_acknowledged")
    for copy in pending:
        copy.reminded_at, copy.reminders = now, copy.reminders + 1
    await notifications.add(session, notes.of_announcement(announcement_id=str(item.id), title=item.title,
                                                           units=[r.unit_id for r in pending], reminder=True),
                            source=f"announcement:{item.id}:remind:{now.isoformat()}")
    await audit.record(session, action="announcement.remind", resource_type="announcement", resource_id=str(item.id),
                       unit_id=item.sender_unit_id, detail={"units": [r.unit_id for r in pending]})
    return len(pending)


async def attachment(session: AsyncSession, s3: Minio, settings: NotifySettings, principal: Principal, *,
                     announcement_id: uuid.UUID, attachment_id: uuid.UUID,
                     audit: AuditContext) -> tuple[bytes, files.Attachment]:
    item, _ = await view(session, principal, announcement_id)
    found = await files.one(session, "announcement", item.id, attachment_id)
    if found is None:
        raise NotFound("announcement.not_found")
    data = await files.read(s3, settings.files_bucket, found)
    await audit.record(session, action="download", resource_type="announcement", resource_id=str(item.id),
                       unit_id=item.sender_unit_id, detail={"attachment": str(found.id)})
    return data, found
