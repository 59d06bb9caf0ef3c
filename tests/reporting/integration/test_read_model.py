"""The read model from personnel's and org's events, on a real database: who is counted on a reference
date (valid time), whatever the order the events arrive in, once however often they are delivered."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime

import pytest

from common.events.contracts.org import UnitCreated
from common.events.contracts.personnel import PersonCreated, PersonStatusChanged, PersonUpdated
from common.events.envelope import Envelope
from common.messaging import EventConsumer, Subscription
from common.testing.handlers import feed
from reporting.people.handlers import PEOPLE_HANDLERS, UNIT_HANDLERS

from .conftest import FORMS, cells_of, seeded

PEOPLE = Subscription("people", dict(PEOPLE_HANDLERS))
UNITS = Subscription("units", dict(UNIT_HANDLERS))


def unit(code: str, name: str, path: list[str], level: str) -> Envelope:
    return Envelope.of(UnitCreated(unit_id=code, name=name, parent_id=path[-2] if len(path) > 1 else None, path=path,
                                   management_level=level, effective_on=date(2025, 7, 1), version=1),
                       source="org", subject=code)


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=3, tzinfo=UTC)


def state(cls: type, person: str, version: int, unit_id: str, approved: str, **kw: object) -> Envelope:
    fields = {"person_id": person, "version": version, "unit_id": unit_id, "status": "DANG_CONG_TAC",
              "full_name": kw.pop("full_name", "Hà Văn Thử"), "gender": "1", "birth_date": date(1980, 5, 5),
              "staff_category": "civil_servant", "rank_code": "01.003", "ethnicity": "01", "religion": "00",
              "approved_at": at(approved), **kw}
    return Envelope.of(cls(**fields), source="personnel", subject=person, occurred_at=at(approved))


def story(prefix: str) -> tuple[list[Envelope], dict[str, str]]:
    """Units of a province (two departments, a commune) and three people with their histories."""
    tq, d1, d2, c1 = (f"{prefix}{x}" for x in ("TQ", "D1", "D2", "C1"))
    p1, p2, p3 = (str(uuid.uuid4()) for _ in range(3))
    events = [
        unit(tq, "Tỉnh thử", [tq], "province"),
        unit(d1, "Sở Một", [tq, d1], "department"),
        unit(d2, "Sở Hai", [tq, d2], "department"),
        unit(c1, "Xã Một", [tq, c1], "commune"),
        # P1: recruited 2010, entered on 2/11/2026 in D1, moved to D2 on 20/11, retired from 25/11.
        state(PersonCreated, p1, 1, d1, "2026-11-02", first_recruited_on=date(2010, 9, 1)),
        state(PersonUpdated, p1, 2, d2, "2026-11-20", qualification="ThS"),
        Envelope.of(PersonStatusChanged(person_id=p1, unit_id=d2, old_status="DANG_CONG_TAC", status="NGHI_HUU",
                                        is_active=False, effective_on=date(2026, 11, 25)),
                    source="personnel", subject=p1, occurred_at=at("2026-11-26")),
        # P2: a woman with no recruitment date, approved on 10/11/2026: counted from that day only.
        state(PersonCreated, p2, 1, d1, "2026-11-10", gender="2", full_name="Lò Thị Mới"),
        # P3: commune civil servant since 2015: in BM02, never in BM01.
        state(PersonCreated, p3, 1, c1, "2026-11-03", first_recruited_on=date(2015, 1, 5)),
    ]
    return events, {"tq": tq, "d1": d1, "d2": d2, "c1": c1, "p1": p1, "p2": p2, "p3": p3}


def subscription(envelope: Envelope) -> Subscription:
    return UNITS if envelope.type.startswith("org.") else PEOPLE


async def test_who_is_counted_on_each_reference_date(sessionmaker):
    events, ids = story("RM")
    for e in events:
        assert (await feed(sessionmaker, subscription(e), e)).outcome == "handled"
    tq, d1, d2 = ids["tq"], ids["d1"], ids["d2"]

    async def bm01(day: str) -> dict:
        return await cells_of(sessionmaker, "bm01", tq, date.fromisoformat(day))

    before = await bm01("2025-12-31")  # only P1 (recruited 2010, first version back-dated)
    assert (before["total"]["c2"], before[d1]["c2"], d2 in before) == (1, 1, False)
    mid = await bm01("2026-11-15")  # P1 and P2 in D1
    assert (mid["total"]["c2"], mid["total"]["c3"], mid[d1]["c2"]) == (2, 1, 2)
    moved = await bm01("2026-11-21")  # P1 moved to D2 with a master's degree
    assert (moved[d1]["c2"], moved[d2]["c2"], moved[d2]["c13"]) == (1, 1, 1)
    retired = await bm01("2026-11-30")  # P1 retired on 25/11
    assert (retired["total"]["c2"], d2 in retired) == (1, False)
    bm02 = await cells_of(sessionmaker, "bm02", tq, date(2025, 12, 31))
    assert (bm02["total"]["c1"], bm02[ids["c1"]]["c1"]) == (1, 1)
    # A unit's own report counts only its subtree.
    assert (await cells_of(sessionmaker, "bm01", d2, date(2026, 11, 21)))["total"]["c2"] == 1


async def test_a_redelivered_event_writes_nothing(sessionmaker):
    events, _ = story("RD")
    for e in events:
        await feed(sessionmaker, subscription(e), e)
    assert (await feed(sessionmaker, PEOPLE, events[5])).outcome == "duplicate"
    # The same version published again in another envelope changes nothing either.
    again = state(PersonUpdated, events[5].subject, 2, "elsewhere", "2026-12-01")
    assert (await feed(sessionmaker, PEOPLE, again)).rows == {}


@pytest.mark.parametrize("seed", [1, 2])
async def test_any_order_of_the_events_gives_the_same_cells(migrated_db, seed):
    """Rebuilt from scratch in another order, every cell of every form on every date is the same."""
    events, ids = story(f"OR{seed}")
    shuffled = events[:]
    random.Random(seed).shuffle(shuffled)
    models = []
    for order in (events, shuffled):
        engine, sm = await seeded(migrated_db("reporting"))
        for e in order:
            await EventConsumer(subscription(e), sm, service="test", bootstrap="unused:0").handle(e)
        models.append((engine, sm))
    days = [date(2025, 12, 31), date(2026, 11, 15), date(2026, 11, 21), date(2026, 11, 30)]
    for form in FORMS:
        for day in days:
            assert await cells_of(models[0][1], form, ids["tq"], day) == await cells_of(models[1][1], form, ids["tq"],
                                                                                          day), (form, day)
    for engine, _ in models:
        await engine.dispose()


async def test_a_move_counts_from_its_effective_date_whatever_order_its_events_come_in(migrated_db):
    """transfer decides a move effective 10/11; personnel applies it on 20/11 (version 2 in D2) and answers.
    As of 15/11 the person is already in D2, in all six orders of the three events."""
    from itertools import permutations

    from common.events.contracts.transfer import Decision, MoveApplied, MoveDecided
    from reporting.people.handlers import MOVE_HANDLERS

    moves = Subscription("moves", dict(MOVE_HANDLERS))
    engine, sm = await seeded(migrated_db("reporting"))
    try:
        for n, order in enumerate(permutations(range(3))):
            events, ids = story(f"MV{n}")
            base, (p1, d1, d2) = events[:4], (ids["p1"], ids["d1"], ids["d2"])
            move_id = f"case-{n}:{p1}"
            moving = [
                Envelope.of(MoveDecided(move_id=move_id, case_id=f"case-{n}", kind="transfer", person_id=p1,
                                        from_unit_id=d1, to_unit_id=d2, decision=Decision(
                                            number="12/QĐ", signed_on=date(2026, 11, 5),
                                            effective_on=date(2026, 11, 10))), source="transfer", subject=p1),
                state(PersonUpdated, p1, 2, d2, "2026-11-20"),
                Envelope.of(MoveApplied(move_id=move_id, case_id=f"case-{n}", person_id=p1, version=2, unit_id=d2,
                                        status="DANG_CONG_TAC"), source="personnel", subject=p1),
            ]
            for e in [*base, events[4], *(moving[i] for i in order)]:
                sub = moves if "move" in e.type else subscription(e)
                await EventConsumer(sub, sm, service="test", bootstrap="unused:0").handle(e)
            before = await cells_of(sm, "bm01", ids["tq"], date(2026, 11, 9))
            after = await cells_of(sm, "bm01", ids["tq"], date(2026, 11, 15))
            assert (before[d1]["c2"], d2 in before) == (1, False), order
            assert (d1 in after, after[d2]["c2"]) == (False, 1), order
    finally:
        await engine.dispose()


async def test_the_levels_count_from_the_version_that_carries_them(sessionmaker):
    """An event older than the levels (none of them) counts in no level column; the next version, which
    carries them, counts in each (BM02 cols 14–16, 21–27)."""
    events, ids = story("LV")
    p3, c1 = ids["p3"], ids["c1"]
    events.append(state(PersonUpdated, p3, 2, c1, "2026-11-20", first_recruited_on=date(2015, 1, 5),
                        it_level="intermediate_or_above", english_level="degree", other_language_level="certificate",
                        ethnic_language_certificate=True, general_education_level="lower_secondary"))
    for e in events:
        assert (await feed(sessionmaker, subscription(e), e)).outcome == "handled"
    levels = ("c14", "c15", "c16", "c21", "c22", "c23", "c24", "c25", "c26", "c27")
    before = (await cells_of(sessionmaker, "bm02", ids["tq"], date(2026, 11, 10)))["total"]
    after = (await cells_of(sessionmaker, "bm02", ids["tq"], date(2026, 11, 25)))["total"]
    assert before["c1"] == 1 and {c: before[c] for c in levels} == dict.fromkeys(levels, 0)
    assert {c: after[c] for c in levels} == {"c14": 0, "c15": 1, "c16": 0, "c21": 1, "c22": 0, "c23": 1, "c24": 0,
                                             "c25": 0, "c26": 1, "c27": 1}


async def test_a_rotation_from_a_district_or_since_the_two_level_government_from_a_department_counts(sessionmaker):
    """BM02 col 38: rotated into the commune from a district (any date) or from a department on or after
    2025-07-01; not a transfer, not a rotation from a department before that day; not after moving on."""
    from common.events.contracts.transfer import Decision, MoveApplied, MoveDecided
    from reporting.people.handlers import MOVE_HANDLERS

    moves = Subscription("moves", dict(MOVE_HANDLERS))
    events, ids = story("RT")
    tq, d1, c1 = ids["tq"], ids["d1"], ids["c1"]
    events.append(unit("RTH", "Huyện cũ", [tq, "RTH"], "district"))
    people = {}
    for name, kind, origin, effective in (("from_district", "rotation", "RTH", date(2024, 3, 1)),
                                         ("from_department", "rotation", d1, date(2025, 9, 1)),
                                         ("department_before", "rotation", d1, date(2025, 3, 1)),
                                         ("transferred", "transfer", "RTH", date(2025, 9, 1))):
        pid = people[name] = str(uuid.uuid4())
        move = f"{name}:{pid}"
        events += [
            state(PersonCreated, pid, 1, origin, "2026-01-05", first_recruited_on=date(2010, 1, 1)),
            Envelope.of(MoveDecided(move_id=move, case_id=name, kind=kind, person_id=pid, from_unit_id=origin,
                                    to_unit_id=c1, decision=Decision(number="1/QĐ", signed_on=effective,
                                                                     effective_on=effective)),
                        source="transfer", subject=pid),
            state(PersonUpdated, pid, 2, c1, "2026-02-01"),
            Envelope.of(MoveApplied(move_id=move, case_id=name, person_id=pid, version=2, unit_id=c1,
                                    status="DANG_CONG_TAC"), source="personnel", subject=pid),
        ]
    # The one rotated from the district moves on to the department on 1/10/2026.
    back, pid = "back:" + people["from_district"], people["from_district"]
    events += [Envelope.of(MoveDecided(move_id=back, case_id="back", kind="transfer", person_id=pid, from_unit_id=c1,
                                       to_unit_id=d1, decision=Decision(number="2/QĐ", signed_on=date(2026, 10, 1),
                                                                        effective_on=date(2026, 10, 1))),
                           source="transfer", subject=pid),
               state(PersonUpdated, pid, 3, d1, "2026-10-05"),
               Envelope.of(MoveApplied(move_id=back, case_id="back", person_id=pid, version=3, unit_id=d1,
                                       status="DANG_CONG_TAC"), source="personnel", subject=pid)]
    random.Random(14).shuffle(events)
    for e in events:
        sub = moves if "move" in e.type else subscription(e)
        assert (await feed(sessionmaker, sub, e)).outcome == "handled"

    async def rotated(day: date) -> list[str]:
        cells = await cells_of(sessionmaker, "bm02", tq, day)
        return [cells["total"]["c38"], cells["total"]["c1"]]

    assert await rotated(date(2026, 6, 30)) == [2, 5]  # from the district and from the department since 7/2025
    assert await rotated(date(2026, 12, 1)) == [1, 4]  # the one from the district has moved on
