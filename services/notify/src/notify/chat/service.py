"""The use cases of chat: a room for two accounts within reach or for one's unit, sending (stored before it
is fanned out, stored once however often it is resent), history, read marks, catching up after a
reconnection."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.errors import FieldError, NotFound, ValidationFailed
from common.scope import UnitNode
from notify.accounts.tables import AccountRef
from notify.chat import rules
from notify.chat.tables import ChatMessage, ChatRead, ChatRoom
from notify.config import NotifySettings
from notify.messages import service as messages

SYNC_LIMIT = 500


def message_out(m: ChatMessage) -> dict[str, Any]:
    return {"type": "message", "seq": m.seq, "room_id": str(m.room_id), "sender_account_id": m.sender_account_id,
            "sender_username": m.sender_username, "sender_name": m.sender_name, "body": m.body,
            "client_id": m.client_id, "created_at": m.created_at.isoformat()}


async def _ensure_unit_room(session: AsyncSession, unit_id: str) -> uuid.UUID:
    room_id = rules.unit_room(unit_id)
    await session.execute(insert(ChatRoom).values(id=room_id, kind="unit", unit_id=unit_id)
                          .on_conflict_do_nothing(index_elements=["id"]))
    return room_id


# Unit rooms this process knows to exist, per database: a send into one needs no insert of its room.
_KNOWN_UNIT_ROOMS: set[tuple[str, uuid.UUID]] = set()


async def room(session: AsyncSession, principal: Principal, room_id: uuid.UUID) -> ChatRoom:
    """The room if the account is in it; 404 otherwise, exactly as for a room that does not exist."""
    unit_room = room_id == rules.unit_room(principal.unit_id)
    known = (str(session.get_bind().url), room_id)
    if unit_room and known not in _KNOWN_UNIT_ROOMS:
        await _ensure_unit_room(session, principal.unit_id)
    found = await session.get(ChatRoom, room_id)
    if found is None and unit_room:  # remembered from a transaction that was rolled back
        await _ensure_unit_room(session, principal.unit_id)
        found = await session.get(ChatRoom, room_id)
    if found is None or not rules.is_member(kind=found.kind, unit_id=found.unit_id, account_a=found.account_a,
                                            account_b=found.account_b, account_id=principal.subject,
                                            account_unit_id=principal.unit_id):
        raise NotFound("chat.room_not_found")
    if unit_room:
        _KNOWN_UNIT_ROOMS.add(known)
    return found


async def open_direct(session: AsyncSession, principal: Principal, settings: NotifySettings, *, account_id: str,
                      audit: AuditContext) -> ChatRoom:
    reach = await messages.reachable_units(session, principal, settings)
    other = await session.get(AccountRef, account_id)
    if other is None or not other.enabled or other.unit_id not in reach or account_id == principal.subject:
        raise ValidationFailed(fields=[FieldError("account_id", "message.addressee_unreachable")])
    room_id, a, b = rules.direct_room(principal.subject, account_id)
    created = await session.execute(insert(ChatRoom).values(id=room_id, kind="direct", account_a=a, account_b=b)
                                    .on_conflict_do_nothing(index_elements=["id"]).returning(ChatRoom.id))
    if created.first() is not None:
        await audit.record(session, action="chat.open", resource_type="chat_room", resource_id=str(room_id),
                           unit_id=other.unit_id, detail={"with": account_id})
    found = await session.get(ChatRoom, room_id)
    assert found is not None
    return found


async def rooms(session: AsyncSession, principal: Principal) -> list[dict[str, Any]]:
    """The account's unit room and its direct rooms, latest activity first, with unread counts."""
    await _ensure_unit_room(session, principal.unit_id)
    mine = (await session.scalars(select(ChatRoom).where(or_(
        ChatRoom.id == rules.unit_room(principal.unit_id),
        ChatRoom.account_a == principal.subject, ChatRoom.account_b == principal.subject)))).all()
    ids = [r.id for r in mine]
    last = dict((await session.execute(select(ChatMessage.room_id, func.max(ChatMessage.seq))
                                       .where(ChatMessage.room_id.in_(ids)).group_by(ChatMessage.room_id))).all())  # type: ignore[attr-defined]
    read = dict((await session.execute(select(ChatRead.room_id, ChatRead.last_seq).where(
        ChatRead.room_id.in_(ids), ChatRead.account_id == principal.subject))).all())  # type: ignore[attr-defined]
    unread = dict((await session.execute(
        select(ChatMessage.room_id, func.count()).outerjoin(
            ChatRead, (ChatRead.room_id == ChatMessage.room_id) & (ChatRead.account_id == principal.subject))
        .where(ChatMessage.room_id.in_(ids), ChatMessage.sender_account_id != principal.subject,  # type: ignore[attr-defined]
               ChatMessage.seq > func.coalesce(ChatRead.last_seq, 0))
        .group_by(ChatMessage.room_id))).all())
    others = {r.account_b if r.account_a == principal.subject else r.account_a for r in mine if r.kind == "direct"}
    accounts = {a.account_id: a for a in (await session.scalars(select(AccountRef).where(
        AccountRef.account_id.in_(others)))).all()} if others else {}  # type: ignore[attr-defined]
    units = {u.unit_id: u.name for u in (await session.scalars(select(UnitNode).where(UnitNode.unit_id.in_(  # type: ignore[attr-defined]
        {principal.unit_id, *(a.unit_id for a in accounts.values())})))).all()}
    out = []
    for r in mine:
        if r.kind == "unit":
            label, other_id, unit_id = units.get(principal.unit_id, principal.unit_id), None, principal.unit_id
        else:
            other_id = r.account_b if r.account_a == principal.subject else r.account_a
            acc = accounts.get(other_id or "")
            label = (acc.full_name or acc.username) if acc else (other_id or "")
            unit_id = acc.unit_id if acc else principal.unit_id
        out.append({"id": str(r.id), "kind": r.kind, "label": label, "with_account_id": other_id,
                    "room_unit_id": unit_id, "room_unit": units.get(unit_id), "last_seq": last.get(r.id, 0),
                    "read_seq": read.get(r.id, 0), "unread": int(unread.get(r.id, 0))})
    out.sort(key=lambda x: (x["kind"] != "unit", -int(x["last_seq"])))
    return out


async def history(session: AsyncSession, principal: Principal, *, room_id: uuid.UUID, before_seq: int | None,
                  limit: int) -> list[ChatMessage]:
    await room(session, principal, room_id)
    stmt = select(ChatMessage).where(ChatMessage.room_id == room_id)
    if before_seq:
        stmt = stmt.where(ChatMessage.seq < before_seq)  # type: ignore[operator]
    rows = (await session.scalars(stmt.order_by(ChatMessage.seq.desc()).limit(limit))).all()  # type: ignore[union-attr]
    return list(reversed(rows))


async def send(session: AsyncSession, principal: Principal, *, room_id: uuid.UUID, body: str,
               client_id: str) -> tuple[ChatMessage, ChatRoom, bool]:
    """(the stored message, its room, whether it is new): a resend with the same client id is not stored twice."""
    found = await room(session, principal, room_id)
    problem = rules.body_problem(body)
    if problem:
        raise ValidationFailed(fields=[FieldError("body", problem, max=rules.MAX_BODY)])
    if not client_id or len(client_id) > 64:
        raise ValidationFailed(fields=[FieldError("client_id", "input.invalid")])
    stmt = insert(ChatMessage).values(room_id=room_id, sender_account_id=principal.subject,
                                      sender_username=principal.username, sender_name=principal.name,
                                      body=body.strip(), client_id=client_id)
    added = (await session.scalars(stmt.on_conflict_do_nothing(
        index_elements=["sender_account_id", "client_id"]).returning(ChatMessage))).first()
    if added is not None:
        return added, found, True
    message = (await session.scalars(select(ChatMessage).where(  # a resend: the message stored the first time
        ChatMessage.sender_account_id == principal.subject, ChatMessage.client_id == client_id))).one()
    return message, found, False


async def mark_read(session: AsyncSession, principal: Principal, *, room_id: uuid.UUID, seq: int) -> ChatRoom:
    found = await room(session, principal, room_id)
    stmt = insert(ChatRead).values(room_id=room_id, account_id=principal.subject, last_seq=seq)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["room_id", "account_id"], set_={"last_seq": func.greatest(ChatRead.last_seq, seq)}))
    return found


async def since(session: AsyncSession, principal: Principal, seq: int) -> list[ChatMessage]:
    """What arrived in the account's rooms after `seq` (the last one its client saw): the catch-up after
    a reconnection."""
    await _ensure_unit_room(session, principal.unit_id)
    rooms_of = select(ChatRoom.id).where(or_(ChatRoom.id == rules.unit_room(principal.unit_id),
                                             ChatRoom.account_a == principal.subject,
                                             ChatRoom.account_b == principal.subject))
    rows = (await session.scalars(select(ChatMessage).where(ChatMessage.room_id.in_(rooms_of),  # type: ignore[attr-defined]
                                                            ChatMessage.seq > seq)  # type: ignore[operator]
                                  .order_by(ChatMessage.seq).limit(SYNC_LIMIT))).all()
    return list(rows)
