"""Announcements as the client sees them: the sender's side with every receiving unit's standing, a
receiving unit with its own copy."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.auth import PROVINCE_ADMIN, UNIT_LEADER, UNIT_OFFICER, Principal
from notify import files
from notify.announcements import repository, rules
from notify.announcements.schemas import AnnouncementPublic, AnnouncementSummary, Counts, RecipientPublic
from notify.announcements.tables import Announcement, AnnouncementRecipient
from notify.news.schemas import AttachmentPublic


def _summary(item: Announcement, names: dict[str, str], copies: list[AnnouncementRecipient] | None,
             mine: AnnouncementRecipient | None) -> AnnouncementSummary:
    today = clock.today()
    return AnnouncementSummary(
        id=item.id, sender_unit_id=item.sender_unit_id, sender_unit=names.get(item.sender_unit_id), title=item.title,
        due_on=item.due_on, state=item.state, sent_at=item.sent_at, updated_at=item.updated_at,
        row_version=item.row_version,
        counts=None if copies is None else Counts(
            recipients=len(copies), read=sum(1 for c in copies if c.read_at is not None),
            acknowledged=sum(1 for c in copies if c.acknowledged_at is not None)),
        recipient_unit_id=mine.unit_id if mine else None,
        standing=rules.standing(mine.read_at, mine.acknowledged_at) if mine else None,
        reminded_at=mine.reminded_at if mine else None,
        overdue=bool(mine and rules.overdue(item.due_on, mine.acknowledged_at, today)))


async def _names(session: AsyncSession, unit_ids: set[str]) -> dict[str, str]:
    return {u: n.name for u, n in (await repository.units(session, unit_ids)).items()}


async def outbox(session: AsyncSession, items: list[Announcement]) -> list[AnnouncementSummary]:
    copies = await repository.recipients(session, [i.id for i in items])
    by_item: dict[object, list[AnnouncementRecipient]] = {}
    for c in copies:
        by_item.setdefault(c.announcement_id, []).append(c)
    names = await _names(session, {i.sender_unit_id for i in items})
    return [_summary(i, names, by_item.get(i.id, []), None) for i in items]


async def inbox(session: AsyncSession,
                rows: list[tuple[Announcement, AnnouncementRecipient]]) -> list[AnnouncementSummary]:
    names = await _names(session, {a.sender_unit_id for a, _ in rows})
    return [_summary(a, names, None, r) for a, r in rows]


async def public(session: AsyncSession, principal: Principal, item: Announcement,
                 mine: AnnouncementRecipient | None, is_sender: bool) -> AnnouncementPublic:
    copies = await repository.recipients(session, [item.id]) if is_sender else []
    names = await _names(session, {item.sender_unit_id, *(c.unit_id for c in copies)})
    today = clock.today()
    attachments = (await files.of(session, "announcement", [item.id])).get(item.id, [])
    return AnnouncementPublic(
        **_summary(item, names, copies if is_sender else None, mine).model_dump(),
        body_html=item.body_html, created_by=item.created_by, sent_by=item.sent_by,
        attachments=[AttachmentPublic(id=a.id, name=a.name, content_type=a.content_type, size=a.size)
                     for a in attachments],
        recipients=[RecipientPublic(
            unit_id=c.unit_id, unit_name=names.get(c.unit_id), standing=rules.standing(c.read_at, c.acknowledged_at),
            read_at=c.read_at, read_by=c.read_by, acknowledged_at=c.acknowledged_at, acknowledged_by=c.acknowledged_by,
            acknowledge_note=c.acknowledge_note, reminded_at=c.reminded_at, reminders=c.reminders,
            overdue=rules.overdue(item.due_on, c.acknowledged_at, today)) for c in copies],
        is_sender=is_sender,
        can_edit=is_sender and item.state == "draft",
        can_acknowledge=bool(mine and mine.acknowledged_at is None
                             and principal.has_any(UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN)),
    )
