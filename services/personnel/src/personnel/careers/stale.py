"""Keeps the due lists' table (due_entry) in step with the records, in the transaction that changes them.

publish_version calls mark_stale for the person whose new version it publishes; a status event added to a
session marks its person too. Before the session commits, the marked people's due rows are computed again
by careers.due_lists (the sync session runs inside SQLAlchemy's greenlet, so it may read and write)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

STALE_KEY = "careers.due_stale"


def mark_stale(session: Any, person_id: uuid.UUID) -> None:
    """session: an AsyncSession or a Session (both share `info`)."""
    session.info.setdefault(STALE_KEY, set()).add(person_id)


@event.listens_for(Session, "before_flush")
def _status_events(session: Session, _context: Any, _instances: Any) -> None:
    from personnel.persons.tables import StatusEvent

    for obj in session.new:
        if isinstance(obj, StatusEvent):
            mark_stale(session, obj.person_id)


@event.listens_for(Session, "before_commit")
def _refresh(session: Session) -> None:
    if not session.info.get(STALE_KEY):
        return
    session.flush()
    ids = session.info.pop(STALE_KEY, None)
    if ids:
        from personnel.careers.due_lists import refresh_sync

        refresh_sync(session, sorted(ids))


async def refresh_marked(session: Any) -> None:
    """The marked people's due rows now rather than at the commit: before an audit entry, whose chain's lock
    is held until the commit (session: an AsyncSession)."""
    await session.run_sync(_refresh)
