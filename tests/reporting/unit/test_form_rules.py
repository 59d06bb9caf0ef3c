"""The engine's rules without a database: the acceptance example of statistical-reports.md §9, each
person's own retirement age (against the shared catalog of the law's steps), the age partition and the
column files (a mistake is refused with its line)."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from reporting.config import ReportingSettings
from reporting.reports.definitions import FormFileError, load_form, load_forms
from reporting.reports.dimensions import PersonOn, age_band, age_on, retirement_months, retirement_start
from reporting.reports.rules import UnitInfo, evaluate

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared" / "domain" / "catalogs"
FORMS = load_forms(ReportingSettings().forms_dir)
RANK_GROUPS = {"01.001": "A3.1", "01.002": "A2.1", "01.003": "A1", "01.004": "A0", "01.005": "B"}
PROVINCE = UnitInfo("TQ", "Tỉnh Tuyên Quang", ("TQ",), "province")
UNIT_X = UnitInfo("X", "Đơn vị X", ("TQ", "X"), "department")
UNITS = {u.unit_id: u for u in (PROVINCE, UNIT_X)}


def person(pid: str, sex: str, born: str, ethnicity: str, religion: str, party: bool, rank: str,
           qual: str | None, llct: str | None, it: str, english: str, qlnn: str | None) -> PersonOn:
    return PersonOn(person_id=pid, unit_id="X", full_name=f"Người {pid}", gender=sex,
                    birth_date=date.fromisoformat(born), staff_category="civil_servant", rank_code=rank,
                    salary_step=None, salary_coefficient=None, qualification=qual, political_theory_level=llct,
                    state_management_level=qlnn, ethnicity=ethnicity, religion=religion, party_member=party,
                    position=None, first_recruited_on=None, it_level=it, english_level=english,
                    other_language_level="none", ethnic_language_certificate=False,
                    general_education_level="upper_secondary")


# §9: A..E (Tày = 02, Dao = 13, Phật giáo = 01; ranks: CV 01.003, CVC 01.002, Cán sự 01.004).
CC, TC_UP, DH, NONE = "certificate", "intermediate_or_above", "degree", "none"
ACCEPTANCE = [
    person("A", "2", "1997-03-01", "02", "00", True, "01.003", "ThS", "TC", CC, CC, "CV"),
    person("B", "1", "1983-06-30", "01", "01", True, "01.002", "DH", "CC", TC_UP, NONE, "CVC"),
    person("C", "2", "1971-12-31", "01", "00", False, "01.003", "DH", None, CC, NONE, None),
    person("D", "1", "1966-01-15", "13", "00", True, "01.002", "TS", "CC", CC, DH, "CVC"),
    person("E", "1", "1962-05-01", "01", "00", False, "01.004", "TC", None, NONE, NONE, None),
]


def test_the_acceptance_example_of_section_9():
    result = evaluate(FORMS["bm01"], as_of=date(2025, 12, 31), selected=PROVINCE, people=ACCEPTANCE,
                      units=UNITS, rank_groups=RANK_GROUPS, rank_names={})
    [row] = result.rows
    cells = {int(k[1:]): v for k, v in row.cells.items()}
    expected = {2: 5, 3: 2, 4: 3, 5: 2, 6: 1, 7: 0, 8: 2, 9: 2, 10: 1, 11: 0, 12: 1, 13: 1, 14: 2, 15: 0, 16: 1,
                17: 0, 18: 0, 19: 2, 20: 1, 21: 0, 22: 1, 23: 3, 24: 1, 25: 1, 26: 0, 27: 0, 28: 0, 29: 0, 30: 2,
                31: 1, 32: 1, 33: 0, 34: 1, 35: 2, 36: 1, 37: 1, 38: 1}
    assert {k: cells[k] for k in expected} == expected
    # Column 1 (quota) is blank, never a made-up 0; the notes say why. Every other column is counted.
    assert [k for k, v in cells.items() if v is None] == [1]
    assert result.total.cells == row.cells and not result.warnings
    assert any("chỉ tiêu" in n for n in result.notes) and not any("chưa có trong sự kiện" in n for n in result.notes)
    assert sorted(row.people["c23"]) == ["A", "C", "D"] and row.people["c24"] == ["D"]
    # Drill-down: the people of a cell are the ones counted in it.
    assert sorted(row.people["c36"]) == ["C"] and sorted(row.people["c37"]) == ["D"]
    assert row.people["c38"] == ["E"] and sorted(row.people["c2"]) == list("ABCDE")


def test_people_outside_the_population_or_the_unit_are_not_counted():
    worker = replace(ACCEPTANCE[0], person_id="W", staff_category="contract_worker")
    employee = replace(ACCEPTANCE[0], person_id="V", staff_category="public_employee")
    elsewhere = replace(ACCEPTANCE[0], person_id="Z", unit_id="Y")
    result = evaluate(FORMS["bm01"], as_of=date(2025, 12, 31), selected=UNIT_X,
                      people=[*ACCEPTANCE, worker, employee, elsewhere], units=UNITS, rank_groups=RANK_GROUPS,
                      rank_names={})
    assert result.total.cells["c2"] == 5
    vc = evaluate(FORMS["bm01-vc"], as_of=date(2025, 12, 31), selected=UNIT_X, people=[employee], units=UNITS,
                  rank_groups=RANK_GROUPS, rank_names={"01.003": "Chuyên viên"})
    assert vc.total.cells["c2"] == 1 and vc.total.cells["c9"] == 1  # A1 -> hạng III


def test_commune_staff_are_in_bm02_not_bm01():
    commune = UnitInfo("C1", "Xã Một", ("TQ", "C1"), "commune")
    units = {**UNITS, "C1": commune}
    people = [replace(p, unit_id="C1") for p in ACCEPTANCE[:2]] + ACCEPTANCE[2:]
    bm01 = evaluate(FORMS["bm01"], as_of=date(2025, 12, 31), selected=PROVINCE, people=people, units=units,
                    rank_groups=RANK_GROUPS, rank_names={})
    bm02 = evaluate(FORMS["bm02"], as_of=date(2025, 12, 31), selected=PROVINCE, people=people, units=units,
                    rank_groups=RANK_GROUPS, rank_names={})
    assert (bm01.total.cells["c2"], bm02.total.cells["c1"], bm02.total.cells["c7"]) == (3, 2, 2)
    assert [r.key for r in bm01.rows] == ["X"] and [r.key for r in bm02.rows] == ["C1"]


def test_a_list_form_groups_people_by_unit_and_totals_the_count():
    result = evaluate(FORMS["bm03"], as_of=date(2025, 12, 31), selected=PROVINCE,
                      people=[replace(p, salary_coefficient=2.34) for p in ACCEPTANCE], units=UNITS,
                      rank_groups=RANK_GROUPS, rank_names={})
    assert [r.heading for r in result.rows] == [True] + [False] * 5
    a = next(r for r in result.rows if r.key == "A")
    assert (a.cells["c2"], a.cells["c3"], a.cells["c8"]) == (None, date(1997, 3, 1), "01.003")
    assert result.total.cells["c1"] == 5 and result.total.cells["c7"] == 11.7 and result.total.cells["c6"] is None


def test_age_is_in_completed_years_on_the_reference_date():
    assert age_on(date(1971, 12, 31), date(2025, 12, 31)) == 54
    assert age_on(date(1972, 1, 1), date(2025, 12, 31)) == 53
    assert age_on(date(2000, 2, 29), date(2025, 2, 28)) == 24


def test_retirement_age_follows_the_law_for_every_birth_month_of_the_catalog():
    with (SHARED / "retirement_age.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 300
    for row in rows:
        y, m = map(int, row["birth_month"].split("-"))
        female = row["gender"] == "nu"
        months = int(row["retire_age_years"]) * 12 + int(row["retire_age_months"])
        assert retirement_months(date(y, m, 15), female) == months, row
        assert retirement_start(date(y, m, 15), female) == date.fromisoformat(row["pension_start_date"]), row


def test_the_age_partition_of_section_8():
    on = date(2026, 12, 31)
    assert age_band(date(1964, 9, 10), False, on) == "over_retirement"  # 61y3m reached in 12/2025
    # 61y6m reached in 11/2026: above the retirement age from the pension's first day, 1/12/2026.
    assert retirement_start(date(1965, 5, 10), False) == date(2026, 12, 1)
    assert age_band(date(1965, 5, 10), False, on) == "over_retirement"
    assert age_band(date(1965, 5, 10), False, date(2026, 11, 30)) == "51_60"
    assert age_band(date(1965, 8, 10), False, on) == "51_60"  # 61, not yet at 61y9m: stays in 51-60
    assert age_band(date(1966, 1, 1), True, on) == "over_retirement"  # woman, 56y8m in 2026
    assert age_band(date(1996, 12, 31), True, on) == "le30"


def test_a_column_file_with_an_unknown_dimension_is_refused_with_its_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\ncode: X\ntitle: T\nkind: aggregate\ncolumns:\n  - number: 1\n    header: A\n"
                    "  - number: 2\n    header: B\n    where: {colour: red}\n", encoding="utf-8")
    with pytest.raises(FormFileError) as err:
        load_form(path)
    assert err.value.line == 10 and "unknown dimension 'colour'" in err.value.problem
    path.write_text("id: x\ncode: X\ntitle: T\nkind: aggregate\ncolumns:\n  - {number: 1, header: A, "
                    "where: {sex: other}}\n", encoding="utf-8")
    with pytest.raises(FormFileError, match=r"bad\.yaml:6: unknown value 'other' of 'sex'"):
        load_form(path)


def test_every_template_is_loaded():
    assert sorted(f.code for f in FORMS.values()) == ["BM01-VC/BNV", "BM01/BNV", "BM02-VC/BNV", "BM02/BNV",
                                                       "BM03/BNV", "BM04/BNV"]


def test_a_persons_periods_at_work_follow_versions_and_statuses():
    from datetime import UTC, datetime

    from reporting.people.rules import Period, StatusAt, VersionFact, periods

    t = datetime(2026, 1, 1, tzinfo=UTC)
    versions = [VersionFact(1, date(2010, 9, 1), True), VersionFact(2, date(2026, 11, 20), True)]
    left = StatusAt(date(2024, 3, 1), t, "a", False)
    back = StatusAt(date(2024, 9, 1), t, "b", True)
    assert periods(versions, [left, back]) == [Period(date(2010, 9, 1), date(2024, 3, 1), 1),
                                               Period(date(2024, 9, 1), date(2026, 11, 20), 1),
                                               Period(date(2026, 11, 20), None, 2)]
    # A status dated before the first version: the person is at work from the version on, as it says.
    assert periods(versions[:1], [StatusAt(date(2000, 1, 1), t, "c", True)]) == [Period(date(2010, 9, 1), None, 1)]
    # Two statuses on one day: the later event wins.
    late = StatusAt(date(2024, 3, 1), datetime(2026, 2, 1, tzinfo=UTC), "z", True)
    assert periods(versions[:1], [left, late]) == [Period(date(2010, 9, 1), None, 1)]
    assert periods([], [left]) == []
