"""The personnel app in-process against its own migrated database, the real S3, Kafka (own topic prefix)
and Keycloak tokens; the unit tree replica is filled here since org's unit events are not part of it."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from sqlalchemy import text

from common.db import make_engine
from common.testing.plugin import auth
from personnel.config import PersonnelSettings
from personnel.main import create_app

UNITS = [
    ("TQ", None, "Ủy ban nhân dân tỉnh Tuyên Quang", ["TQ"]),
    ("SNV", "TQ", "Sở Nội vụ", ["TQ", "SNV"]),
    ("STP", "TQ", "Sở Tư pháp", ["TQ", "STP"]),
    ("STP_VP", "STP", "Văn phòng Sở Tư pháp", ["TQ", "STP", "STP_VP"]),
    ("00700", "TQ", "Xã Ngọc Đường", ["TQ", "00700"]),
    ("00706", "TQ", "Xã Phú Linh", ["TQ", "00706"]),
]


async def insert_units(url: str) -> None:
    engine = make_engine(url, pool_size=1)
    async with engine.begin() as conn:
        for unit_id, parent, name, path in UNITS:
            await conn.execute(
                text(
                    "insert into unit_node (unit_id, parent_id, name, path, active, updated_at) "
                    "values (:u, :p, :n, :path, true, now()) on conflict (unit_id) do nothing"
                ),
                {"u": unit_id, "p": parent, "n": name, "path": path},
            )
    await engine.dispose()


@pytest.fixture(scope="module")
async def personnel_db(migrated_db) -> str:  # type: ignore[no-untyped-def]
    url: str = migrated_db("personnel")
    await insert_units(url)
    return url


@pytest.fixture(scope="module")
def settings(personnel_db: str, topic_prefix: str) -> PersonnelSettings:
    return PersonnelSettings(
        database_url=personnel_db,
        kafka_topic_prefix=topic_prefix,
        documents_bucket="test-personnel-documents",
        document_max_bytes=64 * 1024,
        db_pool_size=4,
    )


@pytest.fixture(scope="module")
async def api(settings: PersonnelSettings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://personnel", timeout=30) as client:
            yield client


@pytest.fixture(scope="module")
def as_user(token_for) -> Callable[[str], dict[str, str]]:  # type: ignore[no-untyped-def]
    return lambda username: auth(token_for(username))


def unique_cccd(year: int = 1986, female: bool = True, province: str = "008") -> str:
    digit = ("1" if female else "0") if year < 2000 else ("3" if female else "2")
    return f"{province}{digit}{year % 100:02d}{uuid.uuid4().int % 1_000_000:06d}"


def new_profile(
    name: str = "Nguyễn Thị Hoà", *, cccd: str | None = None, born: str = "1986-04-12", gender: str = "2"
) -> dict:
    return {
        "identity": {
            "full_name": name,
            "gender": gender,
            "birth_date": born,
            "ethnicity": "02",
            "religion": "00",
            "personal_id_number": cccd or unique_cccd(int(born[:4]), gender == "2"),
            "social_insurance_number": "0812345678",
            "birth_place": {"text": "Xã Kim Phú, huyện Yên Sơn, tỉnh Tuyên Quang", "province_code": "08"},
        },
        "recruitment": {
            "staff_category": "civil_servant",
            "first_recruited_on": "2010-09-01",
            "recruitment_form": "THI_TUYEN",
        },
        "political": {"party_joined_on": "2015-05-19", "party_official_on": "2016-05-19"},
        "education": {
            "highest_qualification": "DH",
            "political_theory_level": "TC",
            "foreign_languages": [{"language": "Tiếng Anh", "level": "KNLNN_B3"}],
        },
        "positions": {"current_position": "Chuyên viên"},
        "salary": {
            "rank_code": "01.003",
            "salary_step": 4,
            "salary_coefficient": "3.33",
            "salary_effective_on": "2022-09-01",
        },
        "training": [
            {
                "kind": "professional",
                "from_month": "2004-09",
                "to_month": "2008-06",
                "institution": "Trường Đại học Luật Hà Nội",
                "field": "Luật",
                "degree": "Cử nhân",
                "qualification": "DH",
            }
        ],
        "work_history": [{"from_month": "2010-09", "unit_name": "Sở Tư pháp", "position": "Chuyên viên"}],
        "family_relations": [
            {"side": "self", "relation": "BO", "full_name": "Nguyễn Văn Bình", "birth_year": 1955},
            {"side": "spouse", "relation": "BO_CHONG", "full_name": "Trần Văn Cường", "birth_year": 1954},
        ],
        "salary_history": [{"from_month": "2010-09", "rank_code": "01.003", "step": 1, "coefficient": "2.34"}],
    }
