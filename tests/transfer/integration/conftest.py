"""Through the running stack behind the gateway, with real tokens: people are made in personnel by the
change-request flow, and the transfer service learns of them from personnel's events."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

import httpx
import psycopg
import pytest

from common.db import make_engine, make_sessionmaker
from common.testing import stack
from common.testing.plugin import auth
from common.testing.waiting import until
from transfer.deadlines.service import seed_rules_if_empty

PERSONNEL = "/api/personnel"
TRANSFER = "/api/transfer"


def unique_cccd(year: int = 1985, female: bool = False) -> str:
    return f"008{'1' if female else '0'}{year % 100:02d}{uuid.uuid4().int % 1_000_000:06d}"


def profile(name: str, born: str = "1985-03-02") -> dict:
    return {"identity": {"full_name": name, "gender": "1", "birth_date": born, "ethnicity": "01",
                         "religion": "00", "personal_id_number": unique_cccd()},
            "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "2010-09-01"},
            "positions": {"current_position": "Chuyên viên"},
            "work_history": [{"from_month": "2010-09", "to_month": None, "unit_name": "UBND huyện Sơn Dương",
                              "position": "Chuyên viên"}]}




@pytest.fixture
def as_user(token_for) -> Callable[[str], dict[str, str]]:  # type: ignore[no-untyped-def]
    return lambda username: auth(token_for(username))


@pytest.fixture
def new_person(gateway: httpx.AsyncClient, as_user) -> Callable[..., Awaitable[str]]:  # type: ignore[no-untyped-def]
    """new_person("STP") -> the id of a freshly approved record of Sở Tư pháp, known to transfer."""

    async def make(unit: str = "STP", name: str = "Trần Văn Điều", born: str = "1985-03-02") -> str:
        officer, leader = {"STP": ("stp.officer", "stp.leader")}.get(unit, ("snv.admin", "snv.leader"))
        r = await gateway.post(f"{PERSONNEL}/change-requests", headers=as_user(officer),
                               json={"unit_id": unit, "profile": profile(name, born)})
        assert r.status_code == 201, r.text
        cr = r.json()
        r = await gateway.post(f"{PERSONNEL}/change-requests/{cr['id']}/submit", headers=as_user(officer))
        assert r.status_code == 200, r.text
        r = await gateway.post(f"{PERSONNEL}/change-requests/{cr['id']}/approve", headers=as_user(leader))
        assert r.status_code == 200, r.text
        person_id = cr["person_id"]

        async def known() -> bool:
            with psycopg.connect(stack.admin_dsn("transfer")) as conn:
                row = conn.execute("select 1 from person_ref where person_id = %s", (person_id,)).fetchone()
            return row is not None

        assert await until(known), "transfer never learnt of the new record"
        return str(person_id)

    return make


def decision(**kw) -> dict:
    return {"decision_number": f"{uuid.uuid4().int % 1000}/QĐ-UBND", "decision_signed_on": "2026-11-20",
            "effective_on": "2026-11-25", "signer": "Phó Chủ tịch UBND tỉnh", **kw}


@pytest.fixture(scope="module")
async def sessionmaker(migrated_db):  # type: ignore[no-untyped-def]
    """A fresh migrated transfer database of the module's own, with the regulation's deadline rules."""
    engine = make_engine(migrated_db("transfer"), pool_size=2)
    sm = make_sessionmaker(engine)
    async with sm() as s, s.begin():
        await seed_rules_if_empty(s)
    yield sm
    await engine.dispose()
