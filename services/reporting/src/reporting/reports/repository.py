"""Every query of the reports, on the caller's session."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from common.catalogs import CatalogCopyItem
from reporting.people.tables import PersonFact, ReportUnit, StatusFact
from reporting.reports.dimensions import PersonOn
from reporting.reports.rules import UnitInfo
from reporting.reports.sql import ROTATED, rotated_join

# The state of each person of a subtree on :as_of: the highest version that has started, and the latest
# dated status that has started (which overrides the status the version carries); only those at work.
PEOPLE_ON = text(f"""
WITH state AS (
    SELECT DISTINCT ON (person_id) *
    FROM person_fact
    WHERE valid_from <= :as_of
    ORDER BY person_id, version DESC
), status AS (
    SELECT DISTINCT ON (person_id) person_id, is_active
    FROM status_fact
    WHERE effective_on <= :as_of
    ORDER BY person_id, effective_on DESC, event_time DESC, event_id DESC
), {ROTATED}
SELECT state.person_id::text AS person_id, state.unit_id, state.full_name, state.gender, state.birth_date,
       state.staff_category, state.rank_code, state.salary_step, state.salary_coefficient, state.qualification,
       state.political_theory_level, state.state_management_level, state.ethnicity, state.religion,
       state.party_member, state.position, state.first_recruited_on, state.it_level, state.english_level,
       state.other_language_level, state.ethnic_language_certificate, state.general_education_level,
       (rot.person_id IS NOT NULL) AS rotated_from_district
FROM state LEFT JOIN status USING (person_id) {rotated_join("state")}
WHERE coalesce(status.is_active, state.is_active)
  AND state.unit_id IN (SELECT unit_id FROM report_unit WHERE path @> ARRAY[CAST(:unit_id AS varchar)])
""")


async def people_on(session: AsyncSession, *, as_of: date, unit_id: str) -> list[PersonOn]:
    rows = (await session.execute(PEOPLE_ON, {"as_of": as_of, "unit_id": unit_id})).mappings().all()
    return [PersonOn(**row) for row in rows]


async def units(session: AsyncSession) -> dict[str, UnitInfo]:
    rows = (await session.execute(select(ReportUnit.unit_id, ReportUnit.name, ReportUnit.path,
                                         ReportUnit.management_level))).all()
    return {r.unit_id: UnitInfo(r.unit_id, r.name, tuple(r.path), r.management_level) for r in rows}


async def unit(session: AsyncSession, unit_id: str) -> ReportUnit | None:
    return await session.get(ReportUnit, unit_id)


async def ranks(session: AsyncSession) -> tuple[dict[str, str], dict[str, str]]:
    """(rank code -> pay group, rank code -> name) from the catalog copy."""
    rows = (await session.scalars(select(CatalogCopyItem).where(CatalogCopyItem.catalog == "ranks"))).all()
    return ({r.code: str(r.attributes.get("group") or "") for r in rows}, {r.code: r.name for r in rows})


async def latest_event_at(session: AsyncSession, as_of: date) -> datetime | None:
    """The time of the latest person event a report on `as_of` includes (the facts that had started)."""
    persons = await session.scalar(select(func.max(PersonFact.event_time)).where(PersonFact.valid_from <= as_of))
    statuses = await session.scalar(select(func.max(StatusFact.event_time)).where(StatusFact.effective_on <= as_of))
    times = [t for t in (persons, statuses) if t is not None]
    return max(times) if times else None
