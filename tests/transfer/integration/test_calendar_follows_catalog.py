"""The calendar follows org's holiday catalog: a day announced off (or a make-up Saturday) reaches the
catalog copy through org's event, the calendar shows it at once, and the obligations whose period holds
that day are measured again; those it does not touch keep their dates."""

from __future__ import annotations

import uuid
from datetime import date

from common.events.contracts.org import CatalogItemChanged
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed
from transfer.calendar import service as calendar
from transfer.calendar.handlers import CATALOG_HANDLERS
from transfer.deadlines import service as deadlines
from transfer.deadlines.tables import Obligation

CATALOGS = Subscription("catalogs", dict(CATALOG_HANDLERS))


def announced(day: str, kind: str, *, version: int, name: str = "Nghỉ theo thông báo", deleted: bool = False,
              catalog: str = calendar.HOLIDAY_CATALOG) -> Envelope:
    return Envelope.of(CatalogItemChanged(catalog=catalog, code=day, name=name, attributes={"kind": kind},
                                          version=version, deleted=deleted),
                       source="org", subject=f"{catalog}/{day}")


async def due_dates(sessionmaker, ids: dict[str, uuid.UUID]) -> dict[str, date]:  # type: ignore[no-untyped-def]
    async with sessionmaker() as s:
        return {name: (await s.get(Obligation, oid)).due_on for name, oid in ids.items()}


async def test_a_day_announced_off_moves_only_the_due_dates_whose_period_holds_it(sessionmaker):
    async with sessionmaker() as s, s.begin():
        ids = {}
        for name, trigger in (("across", date(2027, 3, 8)), ("before", date(2027, 3, 1)),
                              ("after", date(2027, 3, 12))):
            o = await deadlines.open_obligation(s, kind="status_change", unit_id="STP", trigger_on=trigger,
                                                label=name, case_id=uuid.uuid4())
            ids[name] = o.id
    assert await due_dates(sessionmaker, ids) == {"across": date(2027, 3, 15), "before": date(2027, 3, 8),
                                                  "after": date(2027, 3, 19)}
    async with sessionmaker() as s:  # the calendar is built and cached
        assert (await calendar.day(s, date(2027, 3, 12))).working_day is True

    written = await feed(sessionmaker, CATALOGS, announced("2027-03-12", "day_off", version=1))
    assert [o["label"] for o in written.table("obligation")] == ["across"]
    assert await due_dates(sessionmaker, ids) == {"across": date(2027, 3, 16), "before": date(2027, 3, 8),
                                                  "after": date(2027, 3, 19)}
    async with sessionmaker() as s:  # seen at once, not after the cache's time
        day = await calendar.day(s, date(2027, 3, 12))
        assert (day.working_day, day.reason, day.name) == (False, "holiday", "Nghỉ theo thông báo")

    await feed(sessionmaker, CATALOGS, announced("2027-03-13", "working_day", version=1, name="Làm bù"))
    assert (await due_dates(sessionmaker, ids))["across"] == date(2027, 3, 15)  # Saturday 13th worked
    async with sessionmaker() as s:
        assert (await calendar.day(s, date(2027, 3, 13))).reason == "make_up_day"


async def test_a_day_off_withdrawn_gives_the_day_back(sessionmaker):
    async with sessionmaker() as s, s.begin():
        o = await deadlines.open_obligation(s, kind="internal_move", unit_id="STP", trigger_on=date(2027, 6, 9),
                                            label="Điều động nội bộ", case_id=uuid.uuid4())
    await feed(sessionmaker, CATALOGS, announced("2027-06-10", "day_off", version=1))
    assert (await due_dates(sessionmaker, {"o": o.id}))["o"] == date(2027, 6, 14)
    await feed(sessionmaker, CATALOGS, announced("2027-06-10", "day_off", version=2, deleted=True))
    assert (await due_dates(sessionmaker, {"o": o.id}))["o"] == date(2027, 6, 11)
    async with sessionmaker() as s:
        assert (await calendar.day(s, date(2027, 6, 10))).working_day is True


async def test_other_catalogs_and_codes_that_are_not_days_change_no_date(sessionmaker):
    async with sessionmaker() as s, s.begin():
        o = await deadlines.open_obligation(s, kind="internal_move", unit_id="STP", trigger_on=date(2027, 7, 7),
                                            label="Điều động nội bộ", case_id=uuid.uuid4())
    other = await feed(sessionmaker, CATALOGS, announced("2027-07-08", "day_off", version=1,
                                                         catalog="leaving_service_forms"))
    assert other.table("obligation") == [] and len(other.table("catalog_copy_item")) == 1
    typo = await feed(sessionmaker, CATALOGS, announced("08/07/2027", "day_off", version=1))
    assert typo.table("obligation") == []
    assert (await due_dates(sessionmaker, {"o": o.id}))["o"] == date(2027, 7, 9)
    async with sessionmaker() as s:  # the item that is not a day does not break the calendar
        assert (await calendar.day(s, date(2027, 7, 8))).working_day is True
