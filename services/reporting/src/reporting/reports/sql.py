"""The engine in the database: the same dimensions as reports/dimensions.py, written as SQL expressions, so
a report counts every cell in one query (count(*) FILTER per column, grouped by row) instead of reading
every person into the service. reports/rules.py stays the reference: tests hold the two to the same
cells on generated data, and the Python one to the acceptance example of §9.

The state on the date is a range condition on each person's periods at work (person_period, kept by the
handlers from the facts, each with its version's attributes: no join with the facts). The small tables
the expressions need come in as arrays (unnest): the chosen subtree's units with the row each counts in
and its level, each rank's grade group and title rank, and the first day above the retirement age for
every birth month and sex (which depends on nothing else)."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from reporting.reports.definitions import Condition, Form, FormColumn
from reporting.reports.dimensions import (
    DIMENSIONS,
    GRADE_GROUP_OF_RANK,
    POLITICAL_OF,
    PROFESSIONAL_OF,
    STATE_MANAGEMENT_OF,
    TWO_LEVEL_FROM,
    PersonOn,
    grade_group,
    retirement_start,
    title_rank,
)
from reporting.reports.rules import Stats, UnitInfo, row_unit, unit_level


def _case(column: str, mapping: dict[str, str], other: str) -> str:
    whens = " ".join(f"WHEN '{code}' THEN '{value}'" for code, value in mapping.items())
    return f"CASE {column} {whens} ELSE '{other}' END"


AGE = "CAST(date_part('year', age(CAST(:as_of AS date), f.birth_date)) AS int)"
EXPR: dict[str, str] = {
    "sex": "CASE f.gender WHEN '1' THEN 'male' WHEN '2' THEN 'female' END",
    "party_member": "f.party_member",
    "ethnic_minority": "(f.ethnicity <> '01')",
    "religious": "(f.religion <> '00')",
    "staff_category": "f.staff_category",
    "unit_level": "m.level",
    "grade_group": "k.grade_group",
    "title_rank": "k.title_rank",
    "professional_level": _case("f.qualification", PROFESSIONAL_OF, "none"),
    "political_theory": _case("f.political_theory_level", POLITICAL_OF, "none"),
    "state_management": _case("f.state_management_level", STATE_MANAGEMENT_OF, "none"),
    "age": AGE,
    # age <= N exactly when born after the reference date N + 1 years back (:born_after_N, Query): a date
    # comparison per band instead of age() again for each (age() was a fifth of a report at 2 million).
    "age_band": """CASE WHEN f.birth_date IS NULL OR r.starts IS NULL THEN NULL
        WHEN CAST(:as_of AS date) >= r.starts THEN 'over_retirement'
        WHEN f.birth_date > CAST(:born_after_30 AS date) THEN 'le30'
        WHEN f.birth_date > CAST(:born_after_40 AS date) THEN '31_40'
        WHEN f.birth_date > CAST(:born_after_50 AS date) THEN '41_50'
        ELSE '51_60' END""",
    "it_level": "f.it_level",
    "english": "f.english_level",
    "other_language": "f.other_language_level",
    "ethnic_language_certificate": "f.ethnic_language_certificate",
    "general_education": "f.general_education_level",
    "rotated_from_district": "(rot.person_id IS NOT NULL)",
}
assert {n for n, d in DIMENSIONS.items() if d.carried} == set(EXPR), "every carried dimension needs its SQL"

# The rotations that count for rotated_from_district (dimensions.TWO_LEVEL_FROM): transfer's decided rotations,
# applied by personnel, from a unit outside any commune that is in a district (or is one), or, from the
# two-level government on, in the provincial agencies. Each holds for the versions from the one it made up to
# the next move's, while the person stays in the unit they were rotated into (a few rows: rotations are rare).
ROTATED = f"""
rot AS (
    SELECT m.person_id, m.version AS v_from, m.to_unit_id, m.v_next
    FROM (SELECT n.*, min(n.version) OVER (PARTITION BY n.person_id ORDER BY n.version
                                           RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS v_next
          FROM move_fact n WHERE n.version IS NOT NULL) m
    JOIN report_unit u ON u.unit_id = m.from_unit_id
    WHERE m.kind = 'rotation'
      AND NOT EXISTS (SELECT 1 FROM report_unit a WHERE a.unit_id = ANY(u.path) AND a.management_level = 'commune')
      AND (EXISTS (SELECT 1 FROM report_unit a WHERE a.unit_id = ANY(u.path) AND a.management_level = 'district')
           OR m.effective_on >= DATE '{TWO_LEVEL_FROM.isoformat()}')
)
"""


def rotated_join(f: str) -> str:
    """The join of a state (alias `f`) with the rotation it is in, if any (at most one: the ranges are disjoint)."""
    return (f"LEFT JOIN rot ON rot.person_id = {f}.person_id AND rot.to_unit_id = {f}.unit_id "
            f"AND {f}.version >= rot.v_from AND (rot.v_next IS NULL OR {f}.version < rot.v_next)")


STATE = f"""
WITH state AS (
    SELECT pp.* FROM person_period pp
    WHERE pp.valid_from <= :as_of AND (pp.valid_to IS NULL OR pp.valid_to > :as_of)
), {ROTATED}"""
def from_clause(*, rotated: bool = True) -> str:
    """The state's people in the chosen subtree with what their dimensions read; without the rotations'
    join when nothing asks for rotated_from_district (that join sat above the parallel scan, in one process)."""
    return f"""
FROM state f
JOIN unnest(CAST(:u_ids AS text[]), CAST(:u_rows AS text[]), CAST(:u_levels AS text[])) AS m(unit_id, row_key, level)
  ON m.unit_id = f.unit_id
{rotated_join('f') if rotated else ''}
LEFT JOIN unnest(CAST(:k_codes AS text[]), CAST(:k_grades AS text[]), CAST(:k_titles AS text[]))
  AS k(code, grade_group, title_rank) ON k.code = f.rank_code
LEFT JOIN unnest(CAST(:r_genders AS text[]), CAST(:r_months AS date[]), CAST(:r_starts AS date[]))
  AS r(gender, month, starts) ON r.gender = f.gender AND r.month = CAST(date_trunc('month', f.birth_date) AS date)
WHERE true
"""


FROM = from_clause()
PERSON = ("f.person_id::text AS person_id, f.unit_id, f.full_name, f.gender, f.birth_date, f.staff_category, "
          "f.rank_code, f.salary_step, f.salary_coefficient, f.qualification, f.political_theory_level, "
          "f.state_management_level, f.ethnicity, f.religion, f.party_member, f.position, f.first_recruited_on, "
          "f.it_level, f.english_level, f.other_language_level, f.ethnic_language_certificate, "
          "f.general_education_level, (rot.person_id IS NOT NULL) AS rotated_from_district")


@cache
def _retirement() -> tuple[list[str], list[date], list[date]]:
    genders, months, starts = [], [], []
    for year in range(1900, 2031):
        for month in range(1, 13):
            for gender in ("1", "2"):
                genders.append(gender)
                months.append(date(year, month, 1))
                starts.append(retirement_start(date(year, month, 1), gender == "2"))
    return genders, months, starts


class Query:
    """The parameters and the clauses of one report's query."""

    def __init__(self, *, as_of: date, selected: UnitInfo, units: dict[str, UnitInfo], rank_groups: dict[str, str],
                 rank_names: dict[str, str]) -> None:
        subtree = [u for u in units.values() if selected.unit_id in u.path]
        codes = sorted(set(rank_groups) | set(GRADE_GROUP_OF_RANK))
        genders, months, starts = _retirement()
        self.params: dict[str, Any] = {
            "as_of": as_of,
            "u_ids": [u.unit_id for u in subtree],
            "u_rows": [row_unit(u, selected.unit_id) for u in subtree],
            "u_levels": [_level(unit_level(u, units)) for u in subtree],
            "k_codes": codes,
            "k_grades": [GRADE_GROUP_OF_RANK.get(c) or grade_group(rank_groups.get(c)) for c in codes],
            "k_titles": [title_rank(rank_names.get(c), rank_groups.get(c)) for c in codes],
            "r_genders": genders, "r_months": months, "r_starts": starts,
            **{f"born_after_{n}": years_before(as_of, n + 1) for n in (30, 40, 50)},
        }
        self._n = 0

    def bind(self, value: Any) -> str:
        self._n += 1
        name = f"p{self._n}"
        self.params[name] = value
        return f":{name}"

    def condition(self, c: Condition, *, on_dims: bool = False) -> str:
        expr = f"d.{c.dimension}" if on_dims else EXPR[c.dimension]
        if c.values is not None:
            return f"({expr}) IN ({', '.join(self.bind(v) for v in c.values)})"
        parts = []
        if c.min is not None:
            parts.append(f"({expr}) >= {self.bind(c.min)}")
        if c.max is not None:
            parts.append(f"({expr}) <= {self.bind(c.max)}")
        return " AND ".join(parts)

    def all_of(self, conditions: tuple[Condition, ...], *, on_dims: bool = False) -> str:
        return " AND ".join(f"({self.condition(c, on_dims=on_dims)})" for c in conditions) or "true"


def years_before(day: date, years: int) -> date:
    """The same day `years` back (29 February becomes the 28th in a common year, as PostgreSQL's age() has it)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _level(level: str | None) -> str:
    return level if level in {"province", "department", "unit", "district", "commune"} else "other"


def _counted(col: FormColumn) -> bool:
    return col.value is None and col.carried


async def _custom_plan(session: AsyncSession) -> None:
    """Plan each report for its own date: after five runs of one statement PostgreSQL may keep a generic
    plan, and the generic plan of these queries was 30 times slower on a recent date."""
    await session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    # The arrays' row counts are unknown to the planner (it guesses a handful), which leads it to a nested
    # loop over every person's periods; these queries read a whole subtree, where hash joins win.
    await session.execute(text("SET LOCAL enable_nestloop = off"))
    # ... nor a merge join, whose sort of every person by sex and birth month cost a sixth of BM01 at 2 million.
    await session.execute(text("SET LOCAL enable_mergejoin = off"))
    # The people's dimensions (d) stay in memory: for the 560,000 people in a report of a 2-million
    # province they took ~100 MB, which the default 4 MB wrote to disk and read back (a tenth of the time).
    await session.execute(text("SET LOCAL work_mem = '128MB'"))


async def counts(session: AsyncSession, form: Form, q: Query) -> tuple[dict[str, dict[str, int]], Stats]:
    """{row key: {column key: count}} for the counted columns of an aggregate form, and the notes' stats."""
    columns = [c for c in form.columns if _counted(c)]
    # Each person's dimensions are computed once (d, materialised), then every column's filter compares
    # plain values: written inline, the age and the levels were computed again in each of the form's
    # dozens of filters, and the aggregation cost more than reading the people.
    # Only the dimensions this form reads (and the notes' stats need).
    used = {c.dimension for col in columns for c in col.where} | {c.dimension for c in form.population}
    used |= {"age_band", "age", "grade_group"}
    dims = ", ".join(f"{expr} AS {name}" for name, expr in EXPR.items() if name in used)
    filters = [f"count(*) FILTER (WHERE {q.all_of(c.where, on_dims=True)}) AS {c.key}" for c in columns]
    filters += ["count(*) FILTER (WHERE d.age_band = '51_60' AND d.age > 60) AS n_past_60",
                "count(*) FILTER (WHERE d.age_band IS NULL) AS n_no_birth",
                "count(*) FILTER (WHERE d.grade_group IS NULL) AS n_no_grade", "count(*) AS n_all"]
    frm = from_clause(rotated="rotated_from_district" in used)
    sql = (f"{STATE}, d AS MATERIALIZED (SELECT m.row_key, {dims} {frm} AND {q.all_of(form.population)}) "
           f"SELECT d.row_key, {', '.join(filters)} FROM d GROUP BY d.row_key")
    await _custom_plan(session)
    rows = (await session.execute(text(sql), q.params)).mappings().all()
    out = {r["row_key"]: {c.key: int(r[c.key]) for c in columns} for r in rows}
    stats = Stats(past_60=sum(r["n_past_60"] for r in rows), no_birth=sum(r["n_no_birth"] for r in rows),
                  no_grade=sum(r["n_no_grade"] for r in rows), population=sum(r["n_all"] for r in rows))
    return out, stats


async def people(session: AsyncSession, form: Form, q: Query, *, column: FormColumn | None = None,
                 row: str | None = None) -> list[PersonOn]:
    """The people of the form's population (of one cell, given its column and row), sorted as Vietnamese
    lists are (by given name)."""
    where = q.all_of(form.population)
    if column is not None:
        where += f" AND {q.all_of(column.where)}"
    if row is not None:
        where += f" AND m.row_key = {q.bind(row)}"
    sql = f"{STATE} SELECT {PERSON} {FROM} AND {where}"
    await _custom_plan(session)
    found = [PersonOn(**r) for r in (await session.execute(text(sql), q.params)).mappings().all()]
    return sorted(found, key=lambda p: (p.full_name.rsplit(" ", 1)[-1], p.full_name, p.person_id))
