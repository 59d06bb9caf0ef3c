"""Every counted cell of the aggregate forms, for every row and the total, reconciled with a direct count:
on generated people (random attributes, moves between units, people leaving on random dates, events in
random order), each column's predicate is written again in plain SQL over the facts (the state on the date
by a correlated subquery, the retirement date looked up in the shared catalog of the law's steps instead of
computed) and must give the engine's number. The people's IT, language and general-education levels vary
(and are missing from some events, as in events older than them), and some are rotated by transfer's
decisions into communes from a district, from a department before and after the two-level government, or
moved on afterwards (BM02 col 38)."""

from __future__ import annotations

import csv
import random
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from common.events.contracts.org import UnitCreated
from common.events.contracts.personnel import PersonCreated, PersonStatusChanged, PersonUpdated
from common.events.contracts.transfer import Decision, MoveApplied, MoveDecided
from common.events.envelope import Envelope
from common.messaging import EventConsumer, Subscription
from reporting.people.handlers import MOVE_HANDLERS, PEOPLE_HANDLERS, UNIT_HANDLERS

from .conftest import FORMS, cells_of

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared" / "domain" / "catalogs"
PEOPLE = Subscription("people", dict(PEOPLE_HANDLERS))
UNITS = Subscription("units", dict(UNIT_HANDLERS))
MOVES = Subscription("moves", dict(MOVE_HANDLERS))
RANKS = ["01.001", "01.002", "01.003", "01.004", "01.005", "06.031", "V.07.05.14", None]
QUALS = ["TS", "ThS", "CK1", "DH", "DH", "CD", "TC", "SC", None]
LLCT = ["CN", "CC", "TC", "SC", None, None]
QLNN = ["CVCC", "CVC", "CV", None, None]
IT = ["intermediate_or_above", "certificate", "certificate", "none", None]
LANGUAGE = ["degree", "certificate", "certificate", "none", "none", None]
GENERAL = ["upper_secondary", "upper_secondary", "lower_secondary", "primary", "none", None]

# The state on :d of each person, by a correlated subquery (not the service's DISTINCT ON), and at work.
STATE = """
SELECT f.* FROM person_fact f
WHERE f.version = (SELECT max(g.version) FROM person_fact g WHERE g.person_id = f.person_id AND g.valid_from <= :d)
  AND coalesce((SELECT s.is_active FROM status_fact s WHERE s.person_id = f.person_id AND s.effective_on <= :d
                ORDER BY s.effective_on DESC, s.event_time DESC, s.event_id DESC LIMIT 1), f.is_active)
"""
# Per column of BM01 and BM02: the SQL predicate over one person of STATE joined with its retirement row.
AGE = "date_part('year', age(CAST(:d AS date), p.birth_date))"
OVER = "(r.pension_start IS NOT NULL AND CAST(:d AS date) >= r.pension_start)"
BAND = f"(NOT {OVER})"
COMMON = {
    "female": "p.gender = '2'", "party": "p.party_member", "minority": "p.ethnicity <> '01'",
    "religious": "p.religion <> '00'",
    "ts": "p.qualification IN ('TSKH', 'TS', 'CK2')", "ths": "p.qualification IN ('ThS', 'CK1', 'BSNT')",
    "dh": "p.qualification = 'DH'", "cd": "p.qualification = 'CD'", "tc": "p.qualification = 'TC'",
    "sc": "p.qualification = 'SC'",
    "llct_cn": "p.political_theory_level = 'CN'", "llct_cc": "p.political_theory_level = 'CC'",
    "llct_tc": "p.political_theory_level = 'TC'", "llct_sc": "p.political_theory_level = 'SC'",
    "le30": f"{BAND} AND {AGE} <= 30", "31_40": f"{BAND} AND {AGE} BETWEEN 31 AND 40",
    "41_50": f"{BAND} AND {AGE} BETWEEN 41 AND 50", "51_60": f"{BAND} AND {AGE} >= 51",
    "f51_55": f"{BAND} AND {AGE} >= 51 AND p.gender = '2' AND {AGE} BETWEEN 51 AND 55",
    "m56_60": f"{BAND} AND {AGE} >= 51 AND p.gender = '1' AND {AGE} BETWEEN 56 AND 60", "over": OVER,
    "it_tc": "p.it_level = 'intermediate_or_above'", "it_cc": "p.it_level = 'certificate'",
    "en_dh": "p.english_level = 'degree'", "en_cc": "p.english_level = 'certificate'",
    "nn_dh": "p.other_language_level = 'degree'", "nn_cc": "p.other_language_level = 'certificate'",
    "dt": "p.ethnic_language_certificate",
}
# BM02 col 38: the person's version came from a rotation, decided and applied, into the unit they are still
# in, with no move since; rotated from a unit in a district (and in no commune), or from any unit outside the
# communes when it took effect on or after 2025-07-01.
ROTATED = """EXISTS (
    SELECT 1 FROM move_fact m JOIN report_unit fu ON fu.unit_id = m.from_unit_id
    WHERE m.person_id = p.person_id AND m.kind = 'rotation' AND m.version <= p.version AND m.to_unit_id = p.unit_id
      AND NOT EXISTS (SELECT 1 FROM move_fact n WHERE n.person_id = p.person_id AND n.version > m.version
                      AND n.version <= p.version)
      AND NOT EXISTS (SELECT 1 FROM report_unit c WHERE c.management_level = 'commune' AND c.unit_id = ANY(fu.path))
      AND (EXISTS (SELECT 1 FROM report_unit h WHERE h.management_level = 'district' AND h.unit_id = ANY(fu.path))
           OR m.effective_on >= DATE '2025-07-01'))"""
BM01 = {"c2": "true", "c3": COMMON["female"], "c4": COMMON["party"], "c5": COMMON["minority"],
        "c6": COMMON["religious"],
        "c7": "p.rank_code NOT IN ('01.004', '01.005') AND k.pay_group LIKE 'A3%'",
        "c8": "p.rank_code NOT IN ('01.004', '01.005') AND k.pay_group LIKE 'A2%'",
        "c9": "p.rank_code NOT IN ('01.004', '01.005') AND (k.pay_group LIKE 'A1%' OR k.pay_group LIKE 'A0%')",
        "c10": "p.rank_code = '01.004' OR (p.rank_code <> '01.005' AND k.pay_group = 'B')",
        "c11": "p.rank_code = '01.005' OR (p.rank_code <> '01.004' AND k.pay_group = 'C')",
        "c12": COMMON["ts"], "c13": COMMON["ths"], "c14": COMMON["dh"], "c15": COMMON["cd"], "c16": COMMON["tc"],
        "c17": COMMON["sc"], "c18": COMMON["llct_cn"], "c19": COMMON["llct_cc"], "c20": COMMON["llct_tc"],
        "c21": COMMON["llct_sc"], "c22": COMMON["it_tc"], "c23": COMMON["it_cc"], "c24": COMMON["en_dh"],
        "c25": COMMON["en_cc"], "c26": COMMON["nn_dh"], "c27": COMMON["nn_cc"], "c28": COMMON["dt"],
        "c29": "p.state_management_level = 'CVCC'",
        "c30": "p.state_management_level = 'CVC'", "c31": "p.state_management_level = 'CV'",
        "c32": COMMON["le30"], "c33": COMMON["31_40"], "c34": COMMON["41_50"], "c35": COMMON["51_60"],
        "c36": COMMON["f51_55"], "c37": COMMON["m56_60"], "c38": COMMON["over"]}
BM02 = {"c1": "true", "c2": COMMON["female"], "c3": COMMON["party"], "c6": "p.staff_category = 'cadre'",
        "c7": "p.staff_category = 'civil_servant'", "c8": COMMON["ts"], "c10": COMMON["dh"],
        "c14": "p.general_education_level = 'upper_secondary'", "c15": "p.general_education_level = 'lower_secondary'",
        "c16": "p.general_education_level = 'primary'", "c21": COMMON["it_tc"], "c22": COMMON["it_cc"],
        "c23": COMMON["en_dh"], "c24": COMMON["en_cc"], "c25": COMMON["nn_dh"], "c26": COMMON["nn_cc"],
        "c27": COMMON["dt"],
        "c30": "p.state_management_level IS NULL OR p.state_management_level NOT IN ('CVCC', 'CVC', 'CV', 'CS')",
        "c31": COMMON["le30"], "c34": COMMON["51_60"], "c37": COMMON["over"], "c38": ROTATED}


def at(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 3, tzinfo=UTC)


def generate(seed: int, n: int) -> tuple[list[Envelope], list[str], list[str]]:
    rng = random.Random(seed)
    tq = f"G{seed}"
    depts = [f"{tq}D{i}" for i in range(3)]
    communes = [f"{tq}C{i}" for i in range(2)]
    events = [Envelope.of(UnitCreated(unit_id=tq, name="Tỉnh", path=[tq], management_level="province", version=1),
                          source="org", subject=tq)]
    for u in depts:
        events.append(Envelope.of(UnitCreated(unit_id=u, name=f"Sở {u}", parent_id=tq, path=[tq, u],
                                              management_level="department", version=1), source="org", subject=u))
        sub = f"{u}P"  # a phòng inside the department
        events.append(Envelope.of(UnitCreated(unit_id=sub, name=f"Phòng {u}", parent_id=u, path=[tq, u, sub],
                                              management_level="unit", version=1), source="org", subject=sub))
    for u in communes:
        events.append(Envelope.of(UnitCreated(unit_id=u, name=f"Xã {u}", parent_id=tq, path=[tq, u],
                                              management_level="commune", version=1), source="org", subject=u))
    district = f"{tq}H0"  # a former district and a phòng inside it
    events.append(Envelope.of(UnitCreated(unit_id=district, name="Huyện", parent_id=tq, path=[tq, district],
                                          management_level="district", version=1), source="org", subject=district))
    events.append(Envelope.of(UnitCreated(unit_id=f"{district}P", name="Phòng huyện", parent_id=district,
                                          path=[tq, district, f"{district}P"], management_level="unit", version=1),
                              source="org", subject=f"{district}P"))
    places = depts + [f"{u}P" for u in depts] + communes + [district, f"{district}P"]
    for _ in range(n):
        pid = str(uuid.uuid4())
        female = rng.random() < 0.5
        young = rng.random() < 0.6
        born = (date(rng.randrange(1981, 2001), rng.randrange(1, 13), rng.randrange(1, 29)) if young else
                date(rng.randrange(1964 if female else 1960, 1981 if female else 1971), rng.randrange(1, 13),
                     rng.randrange(1, 29)))
        state = {"person_id": pid, "status": "DANG_CONG_TAC", "full_name": f"Người {pid[:6]}",
                 "gender": "2" if female else "1", "birth_date": born,
                 "staff_category": rng.choice(["civil_servant"] * 4 + ["cadre", "public_employee", "contract_worker"]),
                 "rank_code": rng.choice(RANKS), "qualification": rng.choice(QUALS),
                 "political_theory_level": rng.choice(LLCT), "state_management_level": rng.choice(QLNN),
                 "ethnicity": rng.choice(["01", "01", "02", "13"]), "religion": rng.choice(["00", "00", "01"]),
                 "party_member": rng.random() < 0.4, "it_level": rng.choice(IT),
                 "english_level": rng.choice(LANGUAGE), "other_language_level": rng.choice(LANGUAGE),
                 "ethnic_language_certificate": rng.choice([True, False, False, None]),
                 "general_education_level": rng.choice(GENERAL)}
        recruited = date(rng.randrange(2000, 2026), rng.randrange(1, 13), 1) if rng.random() < 0.8 else None
        approved = date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        unit = rng.choice(places)
        events.append(Envelope.of(PersonCreated(**state, version=1, unit_id=unit, approved_at=at(approved),
                                                first_recruited_on=recruited), source="personnel", subject=pid))
        version, day = 1, approved
        for _ in range(rng.randrange(0, 3)):  # later versions: moves, new degrees
            version += 1
            day = day + timedelta(days=rng.randrange(1, 40))
            unit = rng.choice(places)
            state["qualification"] = rng.choice(QUALS)
            state["it_level"], state["english_level"] = rng.choice(IT), rng.choice(LANGUAGE)
            events.append(Envelope.of(PersonUpdated(**state, version=version, unit_id=unit, approved_at=at(day)),
                                      source="personnel", subject=pid))
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):  # moves by transfer's decision, most of them rotations
            version += 1
            day = day + timedelta(days=rng.randrange(1, 40))
            effective = rng.choice([date(2024, 10, 1), date(2025, 3, 1), date(2025, 9, 1), day - timedelta(days=20)])
            kind = rng.choice(["rotation", "rotation", "rotation", "transfer"])
            origin, unit = unit, rng.choice(communes + communes + places)
            move = f"case{version}:{pid}"
            events.append(Envelope.of(MoveDecided(
                move_id=move, case_id=f"case{version}", kind=kind, person_id=pid, from_unit_id=origin,
                to_unit_id=unit, decision=Decision(number=f"{version}/QĐ", signed_on=effective,
                                                   effective_on=effective)), source="transfer", subject=pid))
            events.append(Envelope.of(PersonUpdated(**state, version=version, unit_id=unit, approved_at=at(day)),
                                      source="personnel", subject=pid))
            events.append(Envelope.of(MoveApplied(move_id=move, case_id=f"case{version}", person_id=pid,
                                                  version=version, unit_id=unit, status="DANG_CONG_TAC"),
                                      source="personnel", subject=pid))
            if rng.random() < 0.3:  # an ordinary approved change after the move
                version += 1
                day = day + timedelta(days=rng.randrange(1, 40))
                events.append(Envelope.of(PersonUpdated(**state, version=version, unit_id=unit, approved_at=at(day)),
                                          source="personnel", subject=pid))
        if rng.random() < 0.25:  # leaves on a random date, sometimes comes back
            left = date(rng.randrange(2024, 2027), rng.randrange(1, 13), rng.randrange(1, 29))
            events.append(Envelope.of(PersonStatusChanged(person_id=pid, unit_id=unit, old_status="DANG_CONG_TAC",
                                                          status="THOI_VIEC", is_active=False, effective_on=left),
                                      source="personnel", subject=pid, occurred_at=at(left)))
            if rng.random() < 0.3:
                back = left + timedelta(days=rng.randrange(10, 200))
                events.append(Envelope.of(PersonStatusChanged(
                    person_id=pid, unit_id=unit, old_status="THOI_VIEC", status="DANG_CONG_TAC", is_active=True,
                    effective_on=back), source="personnel", subject=pid, occurred_at=at(back)))
    rng.shuffle(events)
    return events, [tq, *depts], communes


async def direct(session, columns: dict[str, str], day: date, root: str, commune: bool) -> dict[str, dict[str, int]]:
    """{row unit id or 'total': {column: count}} by plain SQL."""
    level = "= 'commune'" if commune else "<> 'commune'"
    cats = "('cadre', 'civil_servant')" if commune else "('civil_servant')"
    sums = ", ".join(f"count(*) FILTER (WHERE {pred}) AS {key}" for key, pred in columns.items())
    sql = f"""
    WITH p AS ({STATE}),
         k AS (SELECT code, attributes->>'group' AS pay_group FROM catalog_copy_item WHERE catalog = 'ranks')
    SELECT u.path[array_position(u.path, CAST(:root AS varchar)) + 1] AS row_unit, {sums}
    FROM p JOIN report_unit u ON u.unit_id = p.unit_id
    LEFT JOIN k ON k.code = p.rank_code
    LEFT JOIN retire r ON r.gender = p.gender AND r.birth_month = to_char(p.birth_date, 'YYYY-MM')
    WHERE CAST(:root AS varchar) = ANY(u.path) AND u.management_level {level} AND p.staff_category IN {cats}
    GROUP BY ROLLUP (1)
    """
    rows = (await session.execute(text(sql), {"d": day, "root": root})).mappings().all()
    return {("total" if r["row_unit"] is None else r["row_unit"]): {k: r[k] for k in columns} for r in rows}


async def test_every_counted_cell_is_a_direct_count(sessionmaker):
    events, _, _ = generate(7, 400)
    for e in events:
        sub = UNITS if e.type.startswith("org.") else MOVES if e.type in MOVE_HANDLERS else PEOPLE
        await EventConsumer(sub, sessionmaker, service="test", bootstrap="unused:0").handle(e)
    with (SHARED / "retirement_age.csv").open(encoding="utf-8") as f:
        retire = [("1" if r["gender"] == "nam" else "2", r["birth_month"],
                   date.fromisoformat(r["pension_start_date"])) for r in csv.DictReader(f)]
    root = "G7"
    async with sessionmaker() as session, session.begin():
        await session.execute(text("CREATE TEMP TABLE retire (gender text, birth_month text, pension_start date) "
                                   "ON COMMIT DROP"))
        await session.execute(text("INSERT INTO retire VALUES (:g, :m, :s)"),
                              [{"g": g, "m": m, "s": s} for g, m, s in retire])
        checked = 0
        for day in (date(2024, 12, 31), date(2025, 12, 31), date(2026, 6, 30), date(2026, 12, 3)):
            for form, columns, commune in (("bm01", BM01, False), ("bm02", BM02, True)):
                expected = await direct(session, columns, day, root, commune)
                got = await cells_of(sessionmaker, form, root, day)
                assert set(got) == set(expected) | ({"total"} if not expected else set()), (form, day)
                for row, cells in expected.items():
                    for key, value in cells.items():
                        assert got[row][key] == value, (form, day, row, key, FORMS[form].column(key).header)
                        checked += 1
        assert checked > 300
        # The generated levels and rotations are counted somewhere (the new columns are not all zero).
        province = await cells_of(sessionmaker, "bm01", root, date(2026, 12, 3))
        communes = await cells_of(sessionmaker, "bm02", root, date(2026, 12, 3))
        assert all(province["total"][c] > 0 for c in ("c22", "c23", "c24", "c25", "c26", "c27", "c28"))
        assert all(communes["total"][c] > 0 for c in ("c14", "c15", "c16", "c38"))
    # The service's engine (SQL) and the reference engine (Python, person by person) agree on every cell of
    # every form, every row, every date, for the province and for one department.
    for day in (date(2024, 12, 31), date(2025, 12, 31), date(2026, 6, 30), date(2026, 12, 3)):
        for form in FORMS:
            for unit in (root, f"{root}D1"):
                assert await cells_of(sessionmaker, form, unit, day) == await cells_of(
                    sessionmaker, form, unit, day, engine="python"), (form, day, unit)
