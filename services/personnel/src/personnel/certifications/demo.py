"""The demo's monthly certifications (scripts/demo.py, part "certifications"): the heads of Sở Nội vụ and Sở Tư
pháp (the demo's two unit_leader accounts) certified the month before last inside its window, and last month
Sở Nội vụ on the second day of the window while Sở Tư pháp certified late, on the first working day after it,
so the Department's overview shows certified, late and missing units and each has its signed PDF.

The days lie in the past, so the certifications go through the service layer under a clock set to each day
(the HTTP path would judge them today); everything else is the real path: the PDF of the month's changes,
the unit's certificate from the development CA, S3, the record, its event and its audit entry. Safe to run
again: a month a unit already certified is skipped."""

from __future__ import annotations

from datetime import date, timedelta

import jwt
from sqlalchemy.ext.asyncio import async_sessionmaker

from common import clock
from common.audit import AuditContext
from common.auth import principal_from_claims
from common.db import make_engine
from common.errors import Conflict
from common.storage import ensure_bucket, make_s3
from common.workdays import WorkCalendar
from personnel.certifications import rules, service
from personnel.certifications.rules import Month
from personnel.config import PersonnelSettings

HEADS = {"SNV": "snv.leader", "STP": "stp.leader"}


def _plan(cal: WorkCalendar, today: date) -> list[tuple[str, Month, date]]:
    """(unit, month, the day it certified): the month before last on time for both, last month on time for
    SNV and late for STP."""
    last = Month.of(today).previous()
    before = last.previous()
    out: list[tuple[str, Month, date]] = []
    w = rules.window(cal, before)
    out += [("SNV", before, w.opens), ("STP", before, w.closes)]
    w = rules.window(cal, last)
    second = w.opens + timedelta(days=1)
    while not cal.is_working_day(second):
        second += timedelta(days=1)
    late = w.closes + timedelta(days=1)
    while not cal.is_working_day(late):
        late += timedelta(days=1)
    out += [("SNV", last, second), ("STP", last, min(late, today))]
    return out


async def load(url: str, tokens: dict[str, str]) -> int:
    """tokens: username -> an access token of the account (its claims make the principal). Returns how many
    certifications were made."""
    settings = PersonnelSettings(database_url=url)
    engine = make_engine(url, pool_size=1)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    s3 = make_s3(settings)
    await ensure_bucket(s3, settings.documents_bucket)
    made = 0
    try:
        async with sessions() as session:
            cal = await service.calendar(session)
        for unit_id, month, day in _plan(cal, clock.today()):
            claims = jwt.decode(tokens[HEADS[unit_id]], options={"verify_signature": False})
            principal = principal_from_claims(claims)
            audit = AuditContext(service="personnel", principal=principal, request_id="demo-certifications")
            with clock.frozen(day):
                try:
                    async with sessions() as session, session.begin():
                        await service.certify(session, principal, s3, settings, unit_id=unit_id,
                                              month=str(month), audit=audit)
                    made += 1
                except Conflict:
                    pass  # certified by an earlier run
    finally:
        await engine.dispose()
    return made
