"""The demo province (issue 12, item 7): the generator's people follow the career rules so the due lists
have content (pure, on the shared catalogs as org publishes them), and the loader writes them as approved
records through the service layer, once (on a fresh migrated database)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from functools import cache
from types import SimpleNamespace

from sqlalchemy import text

from common.db import make_engine
from personnel.careers import reference, rules
from personnel.demo import load, province
from personnel.persons.report_levels import report_levels
from personnel.profiles.schema import Profile
from personnel.search.folding import fold

from .conftest import copy_career_catalogs
from .shared_catalogs import items, work_calendar

TODAY = date(2026, 12, 4)
THIS_MONTH = date(2026, 12, 1)
UNITS = [province.Unit("SNV", "Sở Nội vụ", "department"), province.Unit("STP", "Sở Tư pháp", "department"),
         province.Unit("SYT", "Sở Y tế", "department"), province.Unit("SGDDT", "Sở Giáo dục và Đào tạo", "department"),
         province.Unit("SNV.CCVC", "Phòng Công chức, viên chức", "division", "Sở Nội vụ"),
         province.Unit("00700", "Xã Ngọc Đường", "commune"), province.Unit("00706", "Xã Phú Linh", "commune")]


@cache
def catalogs() -> province.Catalogs:
    return province.Catalogs.of([SimpleNamespace(catalog=name, code=i.code, attributes=i.attributes,
                                                 valid_from=i.valid_from, valid_to=i.valid_to, active=True)
                                 for name in load.CATALOGS for i in items(name)])


@cache
def generated(count: int = 1200) -> tuple[tuple[str, dict], ...]:
    p = province.Province(catalogs(), today=TODAY)
    return tuple((unit.unit_id, profile) for _i, unit, _pid, profile in province.people(p, UNITS, count))


def test_the_same_seed_gives_the_same_people_whatever_the_total() -> None:
    """A smaller demo (make test's) is the start of the bigger one: topped up later, nobody changes."""
    again = province.Province(catalogs(), today=TODAY)
    first = [(unit.unit_id, pid, profile) for _i, unit, pid, profile in province.people(again, UNITS, 50)]
    assert [(u, p) for u, _pid, p in first] == list(generated()[:50])
    assert first[0][1] == province.person_id(2026, 0) and len({pid for _u, pid, _p in first}) == 50
    sizes = Counter(u.kind for u in province.plan(UNITS, 1200))
    assert sizes["department"] > sizes["division"] > sizes["commune"] / 2 > 0


def test_every_profile_passes_the_schema_with_unique_names_and_identity_numbers() -> None:
    people = [Profile.model_validate(p) for _u, p in generated()]
    assert len({fold(p.identity.full_name) for p in people}) == len(people)
    assert len({p.identity.personal_id_number for p in people}) == len(people)


def test_the_steps_follow_the_grades_and_the_holding_periods() -> None:
    """Each record's current step and coefficient are the grade's (R-01), its history ends on it and climbs
    one step at a time within a rank, and its next raise (R-10 with R-12's extensions) is not decided yet:
    due from this month on, or at most four months behind (a unit late with its decisions)."""
    c = catalogs()
    data = reference.rule_data()
    for _unit, raw in generated():
        p = Profile.model_validate(raw)
        s = p.salary
        group, table = c.ranks[s.rank_code]  # type: ignore[index]
        assert rules.check_salary_step(c.grades, group=group, table=table, step=s.salary_step,
                                       coefficient=s.salary_coefficient, on=s.salary_effective_on) == []
        last = p.salary_history[-1]
        assert (last.rank_code, last.step, last.coefficient) == (s.rank_code, s.salary_step, s.salary_coefficient)
        assert last.to_month is None and last.from_month == f"{s.salary_effective_on:%Y-%m}"
        for before, after in zip(p.salary_history, p.salary_history[1:], strict=False):
            if before.rank_code == after.rank_code:
                assert after.step == before.step + 1  # type: ignore[operator]
            else:  # a promotion: the nearest coefficient not lower
                assert Decimal(after.coefficient) >= Decimal(before.coefficient)  # type: ignore[arg-type]
        period = c.grades.raise_period(group, s.salary_effective_on)
        start = s.beyond_frame_effective_on or s.salary_effective_on
        due = rules.holding_period_due(
            start=start, period_months=12 if s.beyond_frame_effective_on else period,  # type: ignore[arg-type]
            staff_category=p.recruitment.staff_category, extension_table=data.extensions,
            ratings=[rules.Rating(e.year, e.rating) for e in p.evaluations],
            penalties=[rules.Penalty(d.form, d.decided_on) for d in p.disciplines if d.decided_on],
            calendar=work_calendar(), params=data.params).due_on
        last_step = c.grades.last_step(group, table)
        if s.salary_step < last_step or rules.beyond_frame_applies(table, data.params, start):  # type: ignore[operator]
            assert due >= rules.add_months(THIS_MONTH, -4), (p.identity.full_name, due)


def test_the_province_has_every_kind_of_due_date_and_history() -> None:
    c = catalogs()
    data = reference.rule_data()
    seen: Counter[str] = Counter()
    for unit, raw in generated():
        p = Profile.model_validate(raw)
        retirement = rules.retirement(gender=p.identity.gender, birth_date=p.identity.birth_date, ages=c.ages,
                                      params=data.params)
        assert retirement.retirement_date > TODAY
        if retirement.retirement_date <= rules.add_months(TODAY, 12):
            seen["retires within 12 months"] += 1
        start = p.positions.reappointed_on or p.positions.appointed_on
        if start:
            term = rules.appointment_term(start, data.params)
            if TODAY >= term.warn_from:
                seen["term ending within 120 days or over"] += 1
            if unit in ("00700", "00706"):
                assert start >= date(2025, 7, 1)  # the communes' appointments start with the communes
        if p.salary.salary_effective_on and p.salary.salary_effective_on.year >= TODAY.year - 3:
            seen["raised in the last 3 years"] += 1
        if p.salary.beyond_frame_percent:
            seen["beyond the frame"] += 1
        if any(e.rating == "KHTNV" for e in p.evaluations):
            seen["a year not completed"] += 1
        if p.disciplines:
            seen["a discipline"] += 1
        if p.awards:
            seen["an award"] += 1
        if len(p.salary_history) > 3 and p.training and p.work_history and p.family_relations:
            seen["full histories"] += 1
        assert p.evaluations == [] or p.evaluations[0].year >= TODAY.year - 15
        assert p.evaluations == [] or p.evaluations[-1].year == TODAY.year - 1
        seen[f"ethnicity {p.identity.ethnicity}"] += 1
        seen[f"gender {p.identity.gender}"] += 1
        seen[p.recruitment.staff_category] += 1
    for what in ("retires within 12 months", "term ending within 120 days or over", "raised in the last 3 years",
                 "beyond the frame", "a year not completed", "a discipline", "an award", "full histories",
                 "gender 1", "gender 2", "civil_servant", "public_employee", "cadre"):
        assert seen[what] > 0, (what, seen)
    assert sum(1 for k in seen if k.startswith("ethnicity")) >= 6  # Kinh, Tày, Dao, Mông, Nùng, Sán Chay...


def test_the_demo_people_fill_every_level_column_of_the_reports() -> None:
    """BM01 cols 22–28 and BM02 cols 14–16, 21–27: each level is held by some people and not by all."""
    seen: Counter[tuple[str, object]] = Counter()
    people = generated()
    for unit, raw in people:
        levels = report_levels(Profile.model_validate(raw), TODAY)
        for name, value in levels.as_event().items():
            seen[(name, value)] += 1
        if unit in ("00700", "00706"):
            seen[("commune general education", levels.general_education_level)] += 1
    for level in ("intermediate_or_above", "certificate", "none"):
        assert 0 < seen[("it_level", level)] < len(people), (level, seen)
    for level in ("degree", "certificate", "none"):
        assert 0 < seen[("english_level", level)] < len(people), (level, seen)
    assert seen[("other_language_level", "degree")] > 0 and seen[("other_language_level", "certificate")] > 0
    assert 0 < seen[("ethnic_language_certificate", True)] < len(people) / 4
    assert seen[("commune general education", "lower_secondary")] > 0
    assert seen[("general_education_level", "upper_secondary")] > len(people) * 0.9


async def test_the_loader_writes_approved_records_once(migrated_db) -> None:  # type: ignore[no-untyped-def]
    url: str = migrated_db("personnel")
    engine = make_engine(url, pool_size=1)
    async with engine.begin() as conn:
        for u in UNITS:
            parent = "SNV" if u.kind == "division" else "TQ"
            path = ["TQ", parent, u.unit_id] if u.kind == "division" else ["TQ", u.unit_id]
            await conn.execute(text("insert into unit_node (unit_id, parent_id, name, path, active, updated_at) "
                                    "values (:u, :p, :n, :path, true, now())"),
                               {"u": u.unit_id, "p": parent, "n": u.name, "path": path})
        await conn.execute(text("insert into unit_node (unit_id, parent_id, name, path, active, updated_at) "
                                "values ('TQ', null, 'Tỉnh Tuyên Quang', '{TQ}', true, now())"))
    await copy_career_catalogs(url)

    first = await load.load(url, people=40, batch=15, today=TODAY, min_units=3)
    assert first["added"] == 40
    async with engine.connect() as conn:
        persons = (await conn.execute(text("select count(*), min(version), max(version) from person"))).one()
        requests = (await conn.execute(text(
            "select count(*) filter (where state = 'approved' and kind = 'create' and created_by <> decided_by), "
            "count(*) from change_request"))).one()
        events = await conn.scalar(text("select count(*) from outbox_message where type like 'personnel.person.%'"))
        due = dict((await conn.execute(text("select kind, count(*) from due_entry group by kind"))).all())
        units = await conn.scalar(text("select count(distinct unit_id) from person"))
        it_levels = dict((await conn.execute(text(
            "select payload->'data'->>'it_level', count(*) from outbox_message "
            "where type like 'personnel.person.%' group by 1"))).all())
    assert tuple(persons) == (40, 1, 1)
    assert None not in it_levels and it_levels.get("certificate", 0) > 0  # the events carry the reports' levels
    assert tuple(requests) == (40, 40)  # entered by the unit's officer, approved by a leader: never one account
    assert events == 40  # org, reporting, transfer and notify learn of each person
    assert due["retirement"] == 40 and due.get("raise", 0) + due.get("beyond_frame", 0) > 30
    assert units == len(UNITS)

    again = await load.load(url, people=40, today=TODAY, min_units=3)
    assert again["added"] == 0
    async with engine.connect() as conn:
        assert await conn.scalar(text("select count(*) from person")) == 40
        assert await conn.scalar(text("select count(*) from outbox_message where type like 'personnel.person.%'")) \
            == events
    await engine.dispose()
