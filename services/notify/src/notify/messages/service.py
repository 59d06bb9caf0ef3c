"""The use cases of internal messages: whom an account may write to, start threads, reply, read, attach.

An addressee outside the sender's reach is refused with the same answer as one that does not exist."""

from __future__ import annotations

import uuid

from minio import Minio
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.errors import FieldError, Forbidden, NotFound, ValidationFailed
from common.scope import UnitNode
from common.text import fold
from notify import files
from notify.accounts.tables import AccountRef
from notify.config import NotifySettings
from notify.messages import repository, rules
from notify.messages.schemas import Addressee, MessageIn, ThreadCreate
from notify.messages.tables import Message, MessageThread, ThreadRead
from notify.metrics import MESSAGES_SENT

ADDRESSEES_SHOWN = 30


async def reachable_units(session: AsyncSession, principal: Principal,
                           settings: NotifySettings) -> dict[str, UnitNode]:
    nodes = await repository.units(session)
    own = nodes.get(principal.unit_id)
    sender_path = list(own.path) if own else []
    return {u: n for u, n in nodes.items() if rules.may_address(
        sender_path=sender_path, target_path=list(n.path), department_unit_id=settings.department_unit_id,
        province_wide=principal.is_province_wide)}


async def addressees(session: AsyncSession, principal: Principal, settings: NotifySettings, *,
                     q: str) -> list[Addressee]:
    """Units and accounts within reach whose name matches the words asked (without diacritics)."""
    words = fold(q).split()
    reach = await reachable_units(session, principal, settings)
    out = [Addressee(kind="unit", key=u, label=n.name, unit_label=None)
           for u, n in sorted(reach.items(), key=lambda x: x[1].name) if rules.matches(words, fold(n.name), fold(u))]
    for a in await repository.accounts(session, unit_ids=set(reach)):
        if a.account_id == principal.subject:
            continue
        unit_name = reach[a.unit_id].name
        if rules.matches(words, fold(a.username), fold(a.full_name or ""), fold(unit_name)):
            out.append(Addressee(kind="account", key=a.account_id, label=a.full_name or a.username,
                                 unit_label=unit_name))
    return out[:ADDRESSEES_SHOWN]


async def start(session: AsyncSession, principal: Principal, settings: NotifySettings, *, data: ThreadCreate,
                audit: AuditContext) -> list[MessageThread]:
    """One thread per addressee (a unit's reply is seen by the sender, not by the other addressees)."""
    reach = await reachable_units(session, principal, settings)
    problems: list[FieldError] = []
    units = sorted(set(data.to_unit_ids))
    if any(u not in reach for u in units):
        problems.append(FieldError("to_unit_ids", "message.addressee_unreachable"))
    wanted = sorted(set(data.to_account_ids) - {principal.subject})
    found = {a.account_id: a for a in await repository.accounts(session, account_ids=set(wanted))}
    accounts: list[AccountRef] = []
    for account_id in wanted:
        account = found.get(account_id)
        if account is None or account.unit_id not in reach:
            problems.append(FieldError("to_account_ids", "message.addressee_unreachable"))
            break
        accounts.append(account)
    if not units and not accounts and not problems:
        problems.append(FieldError("to_account_ids", "message.addressee_required"))
    if problems:
        raise ValidationFailed(fields=problems)
    now = clock.utcnow()
    made: list[MessageThread] = []
    targets: list[tuple[str, AccountRef | None]] = [(u, None) for u in units] + [(a.unit_id, a) for a in accounts]
    for unit_id, account in targets:
        thread = MessageThread(subject=data.subject, from_account_id=principal.subject,
                               from_username=principal.username, from_name=principal.name,
                               from_unit_id=principal.unit_id, to_unit_id=unit_id,
                               to_account_id=account.account_id if account else None,
                               to_username=account.username if account else None,
                               to_name=account.full_name if account else None, created_at=now, last_message_at=now)
        session.add(thread)
        await session.flush()
        _add_message(session, principal, thread, data.body, now)
        made.append(thread)
    await session.flush()
    for thread in made:
        await audit.record(session, action="message.send", resource_type="message_thread",
                           resource_id=str(thread.id), unit_id=thread.to_unit_id,
                           detail={"to_unit_id": thread.to_unit_id, "to_account_id": thread.to_account_id})
    return made


def _add_message(session: AsyncSession, principal: Principal, thread: MessageThread, body: str,
                 now: object) -> Message:
    MESSAGES_SENT.labels("message").inc()
    message = Message(thread_id=thread.id, sender_account_id=principal.subject, sender_username=principal.username,
                      sender_name=principal.name, sender_unit_id=principal.unit_id, body=body,
                      search_text=fold(f"{thread.subject} {body}"), created_at=now)  # type: ignore[arg-type]
    session.add(message)
    return message


async def _thread(session: AsyncSession, principal: Principal, thread_id: uuid.UUID, *,
                  for_update: bool = False) -> MessageThread:
    thread = await repository.thread(session, principal, thread_id, for_update=for_update)
    if thread is None:
        raise NotFound("message.not_found")
    return thread


async def read(session: AsyncSession, principal: Principal, thread_id: uuid.UUID) -> MessageThread:
    return await _thread(session, principal, thread_id)


async def reply(session: AsyncSession, principal: Principal, *, thread_id: uuid.UUID, data: MessageIn,
                audit: AuditContext) -> MessageThread:
    thread = await _thread(session, principal, thread_id, for_update=True)
    now = clock.utcnow()
    message = _add_message(session, principal, thread, data.body, now)
    thread.last_message_at = now
    await session.flush()
    await audit.record(session, action="message.reply", resource_type="message_thread", resource_id=str(thread.id),
                       unit_id=thread.to_unit_id, detail={"message": str(message.id)})
    return thread


async def mark_read(session: AsyncSession, principal: Principal, *, thread_id: uuid.UUID) -> MessageThread:
    thread = await _thread(session, principal, thread_id)
    stmt = insert(ThreadRead).values(thread_id=thread.id, account_id=principal.subject, read_at=clock.utcnow())
    await session.execute(stmt.on_conflict_do_update(index_elements=["thread_id", "account_id"],
                                                     set_={"read_at": stmt.excluded.read_at}))
    return thread


async def attach(session: AsyncSession, s3: Minio, settings: NotifySettings, principal: Principal, *,
                 thread_id: uuid.UUID, message_id: uuid.UUID, data: bytes, filename: str | None,
                 audit: AuditContext) -> MessageThread:
    thread = await _thread(session, principal, thread_id)
    message = await session.get(Message, message_id)
    if message is None or message.thread_id != thread.id:
        raise NotFound("message.not_found")
    if message.sender_account_id != principal.subject:
        raise Forbidden("message.not_the_sender")
    checked = files.check(data, max_bytes=settings.attachment_max_bytes)
    found = await files.store(session, s3, settings.files_bucket, owner_type="message", owner_id=message.id,
                              checked=checked, filename=filename, created_by=principal.username)
    await audit.record(session, action="attach", resource_type="message_thread", resource_id=str(thread.id),
                       unit_id=thread.to_unit_id, detail={"attachment": str(found.id), "sha256": checked.sha256})
    return thread


async def attachment(session: AsyncSession, s3: Minio, settings: NotifySettings, principal: Principal, *,
                     thread_id: uuid.UUID, attachment_id: uuid.UUID,
                     audit: AuditContext) -> tuple[bytes, files.Attachment]:
    thread = await _thread(session, principal, thread_id)
    message_ids = [m.id for m in await repository.messages(session, [thread.id])]
    found = next((a for owned in (await files.of(session, "message", message_ids)).values() for a in owned
                  if a.id == attachment_id), None)
    if found is None:
        raise NotFound("message.not_found")
    data = await files.read(s3, settings.files_bucket, found)
    await audit.record(session, action="download", resource_type="message_thread", resource_id=str(thread.id),
                       unit_id=thread.to_unit_id, detail={"attachment": str(found.id)})
    return data, found
