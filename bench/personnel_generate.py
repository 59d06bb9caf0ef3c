"""Generates N invented people (realistic Vietnamese names, places, careers) into a scratch personnel
database with COPY, so search and record loading can be measured at scale.

    .venv/bin/python bench/personnel_generate.py --people 50000 [--db bench_personnel]

Prints the database URL and the time taken. The database is created fresh and migrated."""

from __future__ import annotations

import argparse
import csv
import json
import random
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import psycopg

from common.testing import stack
from personnel.persons.projection import name_sort_key
from personnel.search.folding import fold

SEED = Path(__file__).resolve().parents[1] / "services/personnel/src/personnel/catalogs/seed_data"
FAMILY = (
    ["Nguyễn"] * 30
    + ["Trần"] * 10
    + ["Lê"] * 9
    + ["Phạm"] * 7
    + ["Hoàng"] * 5
    + ["Vũ"] * 4
    + ["Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Ma", "Nông", "Hà", "Triệu", "Lò", "Sầm", "Quan", "Đinh"] * 2
)
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc", "Trọng", "Đình"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Thùy", "Hồng", "Kim"]
GIVEN_M = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Hải",
    "Hùng",
    "Huy",
    "Khánh",
    "Long",
    "Mạnh",
    "Nam",
    "Phong",
    "Quân",
    "Sơn",
    "Thắng",
    "Tuấn",
    "Tùng",
    "Việt",
    "Vinh",
    "Đông",
    "Hưng",
    "Lâm",
    "Tiến",
    "Trung",
]
GIVEN_F = [
    "Anh",
    "Hà",
    "Hằng",
    "Hoa",
    "Hương",
    "Huyền",
    "Lan",
    "Linh",
    "Mai",
    "Nga",
    "Ngọc",
    "Nhung",
    "Oanh",
    "Phương",
    "Quỳnh",
    "Thảo",
    "Thủy",
    "Trang",
    "Vân",
    "Yến",
    "Đào",
    "Hạnh",
    "Loan",
    "Thơm",
    "Dung",
]
POSITIONS = ["Chuyên viên"] * 10 + [
    "Phó Trưởng phòng",
    "Trưởng phòng",
    "Chuyên viên chính",
    "Cán sự",
    "Giáo viên",
    "Bác sĩ",
    "Kế toán",
    "Văn thư viên",
    "Phó Giám đốc",
]
RANKS = ["01.003"] * 8 + ["01.002", "01.004", "01.005", "06.031", "V.07.03.29", "V.08.01.03"]
QUAL = ["DH"] * 8 + ["ThS", "ThS", "TS", "CD", "TC"]
ETHN = ["01"] * 5 + ["02", "02", "08", "09", "07", "15", "03"]


def units() -> list[tuple[str, str | None, str, list[str]]]:
    rows = [("TQ", None, "Ủy ban nhân dân tỉnh Tuyên Quang", ["TQ"])]
    for name in ("tuyen_quang_departments_demo", "tuyen_quang_communes_2025"):
        path = SEED / f"{name}.csv"
        if not path.exists():
            path = Path(__file__).resolve().parents[2] / "shared/domain/catalogs" / f"{name}.csv"  # beside the clone
        if path.exists():
            with path.open(encoding="utf-8") as f:
                rows += [(r["code"], "TQ", r["name_vi"], ["TQ", r["code"]]) for r in csv.DictReader(f)]
    return rows


def person_row(rng: random.Random, unit_ids: list[str], today: date) -> tuple:
    female = rng.random() < 0.52
    middle, given = (MIDDLE_F, GIVEN_F) if female else (MIDDLE_M, GIVEN_M)
    name = f"{rng.choice(FAMILY)} {rng.choice(middle)} {rng.choice(given)}"
    born = date(1962, 1, 1) + timedelta(days=rng.randrange(0, 365 * 42))
    gender = "2" if female else "1"
    cccd = (
        f"{rng.choice(['008', '002', '001', '019', '025'])}{'1' if female else '0'}{born.year % 100:02d}"
        f"{rng.randrange(1_000_000):06d}"
        if born.year < 2000
        else None
    )
    recruited = min(born + timedelta(days=365 * rng.randint(22, 30)), today - timedelta(days=30))
    status = "DANG_CONG_TAC" if rng.random() < 0.93 else rng.choice(["NGHI_HUU", "THOI_VIEC", "CHUYEN_CONG_TAC"])
    party = rng.random() < 0.45
    rank, qual, eth, pos = rng.choice(RANKS), rng.choice(QUAL), rng.choice(ETHN), rng.choice(POSITIONS)
    profile = {
        "identity": {
            "full_name": name,
            "gender": gender,
            "birth_date": born.isoformat(),
            "ethnicity": eth,
            "religion": "00",
            "personal_id_number": cccd,
        },
        "recruitment": {"staff_category": "civil_servant", "first_recruited_on": recruited.isoformat()},
        "education": {"highest_qualification": qual},
        "positions": {"current_position": pos},
        "salary": {"rank_code": rank, "salary_step": rng.randint(1, 9)},
        "political": {"party_joined_on": (recruited + timedelta(days=900)).isoformat() if party else None},
    }
    return (
        uuid.uuid4(),
        rng.choice(unit_ids),
        1,
        status,
        status == "DANG_CONG_TAC" or False,
        name,
        fold(name),
        name_sort_key(name),
        born,
        gender,
        cccd,
        "civil_servant",
        rank,
        qual,
        None,
        eth,
        party,
        pos,
        json.dumps(profile, ensure_ascii=False),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--db", default="bench_personnel")
    args = parser.parse_args()
    started = time.perf_counter()
    url = stack.create_migrated_database("personnel", name=args.db)
    dsn = stack.admin_dsn(args.db)
    tree = units()
    rng = random.Random(2026)
    today = date.today()
    with psycopg.connect(dsn) as conn:
        with conn.cursor().copy("COPY unit_node (unit_id, parent_id, name, path, active, updated_at) FROM STDIN") as cp:
            for u in tree:
                cp.write_row((*u, True, "now"))
        ids = [u[0] for u in tree if u[0] != "TQ"]
        cols = (
            "id, unit_id, version, status, is_active, full_name, name_folded, name_sort, birth_date, gender, "
            "personal_id_number, staff_category, rank_code, qualification, political_theory_level, ethnicity, "
            "party_member, position, profile, created_at, updated_at"
        )
        # Bulk load as a DBA would: secondary indexes dropped, rows copied, indexes built once after.
        indexes = [r[0] for r in conn.execute(
            "select indexdef from pg_indexes where tablename = 'person' and indexname <> 'pk_person'")]
        for name in [r[0] for r in conn.execute(
                "select indexname from pg_indexes where tablename = 'person' and indexname <> 'pk_person'")]:
            conn.execute(f'drop index "{name}"')
        with conn.cursor().copy(f"COPY person ({cols}) FROM STDIN") as cp:
            for _ in range(args.people):
                cp.write_row((*person_row(rng, ids, today), "now", "now"))
        conn.execute("set maintenance_work_mem = '512MB'")
        for definition in indexes:
            conn.execute(definition)
    with psycopg.connect(dsn, autocommit=True) as conn:
        # The visibility map lets searches answer from the covering indexes alone (index-only scans).
        conn.execute("VACUUM (ANALYZE) person")
    print(f"generated {args.people} people in {len(tree)} units into {url} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
