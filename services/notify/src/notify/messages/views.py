"""Threads as the client sees them: unit names, the last message, how many are unread."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from notify import files
from notify.messages import repository
from notify.messages.schemas import MessagePublic, ThreadPublic, ThreadSummary
from notify.messages.tables import MessageThread
from notify.news.schemas import AttachmentPublic

PREVIEW = 160


def _summary(t: MessageThread, names: dict[str, str], last: tuple[str, int], unread: int) -> ThreadSummary:
    body, count = last
    return ThreadSummary(
        id=t.id, subject=t.subject, from_account_id=t.from_account_id, from_username=t.from_username,
        from_name=t.from_name, from_unit_id=t.from_unit_id, from_unit=names.get(t.from_unit_id),
        to_unit_id=t.to_unit_id, to_unit=names.get(t.to_unit_id), to_account_id=t.to_account_id,
        to_username=t.to_username, to_name=t.to_name, created_at=t.created_at, last_message_at=t.last_message_at,
        last_preview=body[:PREVIEW], messages=count, unread=unread)


async def _names(session: AsyncSession, threads: list[MessageThread]) -> dict[str, str]:
    wanted = {u for t in threads for u in (t.from_unit_id, t.to_unit_id)}
    return {u: n.name for u, n in (await repository.units(session, wanted)).items()}


async def summaries(session: AsyncSession, rows: list[tuple[MessageThread, int]]) -> list[ThreadSummary]:
    threads = [t for t, _ in rows]
    names = await _names(session, threads)
    last = await repository.last_messages(session, [t.id for t in threads])
    return [_summary(t, names, last.get(t.id, ("", 0)), unread) for t, unread in rows]


async def public(session: AsyncSession, principal: Principal, thread: MessageThread, unread: int = 0) -> ThreadPublic:
    names = await _names(session, [thread])
    messages = await repository.messages(session, [thread.id])
    attached = await files.of(session, "message", [m.id for m in messages])
    last = (messages[-1].body, len(messages)) if messages else ("", 0)
    return ThreadPublic(
        **_summary(thread, names, last, unread).model_dump(),
        items=[MessagePublic(id=m.id, sender_account_id=m.sender_account_id, sender_username=m.sender_username,
                             sender_name=m.sender_name, sender_unit_id=m.sender_unit_id, body=m.body,
                             created_at=m.created_at, mine=m.sender_account_id == principal.subject,
                             attachments=[AttachmentPublic(id=a.id, name=a.name, content_type=a.content_type,
                                                           size=a.size) for a in attached.get(m.id, [])])
               for m in messages])
