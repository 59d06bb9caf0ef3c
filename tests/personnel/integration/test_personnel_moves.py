"""transfer's moves applied to the record, through the consumer's own path on a migrated database; and
what the unit the person left may still read."""

from __future__ import annotations

import uuid

from sqlalchemy import text

from common.db import make_engine, make_sessionmaker
from common.events.contracts.transfer import Decision, MoveDecided
from common.events.envelope import Envelope
from common.messaging import Subscription
from common.testing.handlers import feed
from personnel.moves.handlers import MOVE_HANDLERS

from .conftest import new_profile
from .test_personnel_records import create_approved

MOVES = Subscription("moves", dict(MOVE_HANDLERS))


def move(person_id: str, kind: str = "transfer", **kw) -> Envelope:
    case = str(uuid.uuid4())
    payload = MoveDecided(move_id=f"{case}:{person_id}", case_id=case, kind=kind, person_id=person_id,
                          decision=Decision(number="7/QĐ-UBND", signed_on="2026-11-20", effective_on="2026-11-25"),
                          **kw)
    return Envelope.of(payload, source="transfer", subject=person_id)


async def test_a_transfer_makes_one_new_version_in_the_new_unit_and_the_old_unit_keeps_its_past(
        api, as_user, personnel_db):
    cr = await create_approved(api, as_user, new_profile("Lường Văn Đi", born="1980-01-02", gender="1"))
    person = cr["person_id"]
    engine = make_engine(personnel_db, pool_size=2)
    try:
        sm = make_sessionmaker(engine)
        async with sm() as s, s.begin():  # the record was approved long before the move
            await s.execute(text("update person_version set approved_at = '2026-10-01T03:00:00Z' "
                                 "where person_id = :p"), {"p": person})
        written = await feed(sm, MOVES, move(person, from_unit_id="STP", to_unit_id="00706",
                                             to_unit_name="Xã Phú Linh"))
    finally:
        await engine.dispose()
    [version] = written.table("person_version")
    assert (version["version"], version["unit_id"], version["decision_number"]) == (2, "00706", "7/QĐ-UBND")
    kinds = [e.type for e in written.events]
    assert kinds == ["personnel.person.updated.v1", "personnel.audit.recorded.v1", "personnel.move.applied.v1"]
    assert written.events[2].data["version"] == 2
    # The sending unit reads the record as it was while the person worked there, not as it is now.
    past = await api.get(f"/persons/{person}", params={"as_of": "2026-10-15"}, headers=as_user("stp.officer"))
    assert past.status_code == 200 and past.json()["unit_id"] == "STP"
    assert (await api.get(f"/persons/{person}", headers=as_user("stp.officer"))).status_code == 404
    now = await api.get(f"/persons/{person}", params={"as_of": "2026-12-31"}, headers=as_user("stp.officer"))
    assert now.status_code == 404


async def test_a_move_for_someone_unknown_is_refused_not_lost(personnel_db):
    engine = make_engine(personnel_db, pool_size=2)
    try:
        written = await feed(make_sessionmaker(engine), MOVES, move(str(uuid.uuid4()), to_unit_id="STP"))
    finally:
        await engine.dispose()
    assert [(e.type, e.data["reason"]) for e in written.events] == [("personnel.move.refused.v1", "person_not_found")]
