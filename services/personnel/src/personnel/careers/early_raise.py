"""Early-raise candidates (issue 12, item 3; R-13): who in a unit's subtree may be raised early in a review
year, by how many months and from which date, and the unit's quota for the year (10 % of its payroll list,
rounded as the unit's regulation says) with the places already taken by early-raise batches.

A candidate is on the raise list (due_entry) with at most 12 months lacking on 31 December, not on the last
step, with an achievement in the window (awards by their decision date, emulation titles of an evaluation
year by that year's 31 December [verify]) not used by an earlier early-raise batch, and whose current step did
not itself come from an early raise for achievement. The standards of R-10 are read as met when the step's
holding period carries no extension (R-12)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import String, and_, any_, func, literal, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.errors import invalid
from common.scope import UnitNode
from personnel.careers import reference, rules
from personnel.careers.due_lists import _units
from personnel.careers.tables import DueEntry
from personnel.persons.tables import Person
from personnel.profiles.schema import Profile

EARLY_KIND = "early_raise"
LIVE_BATCH_STATES = ("draft", "submitted", "approved")  # an achievement in any of them is taken
QUOTA_BATCH_STATES = ("submitted", "approved")  # a place of the quota is held from submission


@dataclass(frozen=True)
class UsedEarly:
    """An early raise already decided (or pending) for the person: its date and the achievement it used."""

    effective_on: date | None
    achievement: tuple[str, date] | None


def achievements_of(profile: Profile, used: Iterable[tuple[str, date]] = ()) -> list[rules.Achievement]:
    """The person's achievements that may justify an early raise: awards (form, decision date or the year's
    31 December) and emulation titles of the yearly evaluations (the year's 31 December)."""
    taken = set(used)
    out = []
    for a in profile.awards:
        on = a.decided_on or date(a.year, 12, 31)
        out.append(rules.Achievement(a.form, on, (a.form, on) in taken))
    for e in profile.evaluations:
        if e.emulation_title:
            on = date(e.year, 12, 31)
            out.append(rules.Achievement(e.emulation_title, on, (e.emulation_title, on) in taken))
    return out


def candidate(*, profile: Profile, details: dict[str, Any], regular_date: date, review_year: int,
              used: Sequence[UsedEarly], data: reference.RuleData) -> rules.EarlyRaise:
    """R-13 for one person on the raise list (due_entry's details of kind raise)."""
    step_start = profile.salary.salary_effective_on
    previous_was_early = any(u.effective_on is not None and u.effective_on == step_start for u in used)
    return rules.early_raise(
        regular_date=regular_date, review_year=review_year, period_months=int(details.get("period_months") or 36),
        on_last_step=details.get("next_step") is None, standards_met=not details.get("extension_months"),
        achievements=achievements_of(profile, [u.achievement for u in used if u.achievement]),
        previous_was_early=previous_was_early, award_rules=data.awards, params=data.params)


class Candidate(BaseModel):
    person_id: uuid.UUID
    full_name: str
    unit_id: str
    unit_name: str | None
    rank_code: str | None
    step: int | None
    next_step: int | None
    next_coefficient: str | None
    regular_date: date
    months: int
    new_date: date
    achievement_code: str
    achievement_on: date
    reason: str


class EarlyRaiseList(BaseModel):
    year: int
    unit_id: str | None
    payroll_count: int
    quota: int
    taken: int  # early raises of the year in submitted or approved batches of the unit's subtree
    remaining: int
    items: list[Candidate]


async def _scope_units(session: AsyncSession, principal: Principal, unit_id: str | None) -> list[str] | None:
    """The units to count (None: the whole province), [] when the unit asked for is outside the scope."""
    units: set[str] | None = None
    if not principal.is_province_wide:
        units = set(await _units(session, principal.unit_id))
    if unit_id:
        asked = set(await _units(session, unit_id))
        units = asked if units is None else units & asked
    return None if units is None else sorted(units)


def _in(column: Any, units: list[str] | None) -> Any:
    return True if units is None else column == any_(literal(units, ARRAY(String(64))))


async def used_early(session: AsyncSession, person_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[UsedEarly]]:
    from personnel.batches.tables import Batch, BatchItem

    rows = (await session.execute(
        select(BatchItem.person_id, BatchItem.effective_on, BatchItem.summary)
        .join(Batch, Batch.id == BatchItem.batch_id)  # type: ignore[arg-type]
        .where(BatchItem.kind == EARLY_KIND, BatchItem.person_id.in_(person_ids),  # type: ignore[attr-defined]
               Batch.state.in_(LIVE_BATCH_STATES)))).all()  # type: ignore[attr-defined]
    out: dict[uuid.UUID, list[UsedEarly]] = {}
    for pid, on, summary in rows:
        code, when = (summary or {}).get("achievement_code"), (summary or {}).get("achievement_on")
        out.setdefault(pid, []).append(UsedEarly(on, (code, date.fromisoformat(when)) if code and when else None))
    return out


async def taken_in_year(session: AsyncSession, units: list[str] | None, year: int,
                        exclude_batch: uuid.UUID | None = None) -> int:
    from personnel.batches.tables import Batch, BatchItem

    stmt = (select(func.count()).select_from(BatchItem).join(Batch, Batch.id == BatchItem.batch_id)  # type: ignore[arg-type]
            .where(BatchItem.kind == EARLY_KIND, Batch.state.in_(QUOTA_BATCH_STATES),  # type: ignore[attr-defined]
                   BatchItem.effective_on >= date(year, 1, 1), BatchItem.effective_on <= date(year, 12, 31),  # type: ignore[operator]
                   _in(BatchItem.unit_id, units)))
    if exclude_batch is not None:
        stmt = stmt.where(Batch.id != exclude_batch)
    return int(await session.scalar(stmt) or 0)


async def payroll_count(session: AsyncSession, units: list[str] | None) -> int:
    stmt = select(func.count()).select_from(Person).where(
        Person.version > 0, Person.is_active, _in(Person.unit_id, units))  # type: ignore[operator,arg-type]
    return int(await session.scalar(stmt) or 0)


async def quota_for(session: AsyncSession, units: list[str] | None, year: int) -> rules.Quota:
    return rules.early_raise_quota(await payroll_count(session, units), year, reference.rule_data().params)


async def candidates(session: AsyncSession, principal: Principal, *, unit_id: str | None,
                     year: int) -> EarlyRaiseList:
    if not 1990 <= year <= 2199:
        raise invalid("year", "early_raise.bad_year")
    units = await _scope_units(session, principal, unit_id)
    if units == []:
        # A unit outside the scope: nobody, and nothing that tells whether the unit exists.
        return EarlyRaiseList(year=year, unit_id=None, payroll_count=0, quota=0, taken=0, remaining=0, items=[])
    data = reference.rule_data()
    year_end = date(year, 12, 31)
    lacking = data.params.int("early_raise.lacking_months", year_end)
    # On the raise list, regular date after the year's start and at most `lacking` months after its end.
    stmt = (select(DueEntry, Person.profile, UnitNode.name)
            .join(Person, Person.id == DueEntry.person_id)  # type: ignore[arg-type]
            .outerjoin(UnitNode, UnitNode.unit_id == DueEntry.unit_id)  # type: ignore[arg-type]
            .where(and_(DueEntry.kind == "raise", DueEntry.due_on > date(year, 1, 1),  # type: ignore[arg-type]
                        DueEntry.due_on <= rules.add_months(year_end, lacking),
                        _in(DueEntry.unit_id, units)))
            .order_by(DueEntry.due_on, DueEntry.full_name))  # type: ignore[arg-type]
    rows = (await session.execute(stmt)).all()
    used = await used_early(session, [r[0].person_id for r in rows])
    items = []
    for entry, profile_json, unit_name in rows:
        try:
            profile = Profile.model_validate(profile_json)
        except ValidationError:
            continue
        d = entry.details
        try:
            result = candidate(profile=profile, details=d, regular_date=entry.due_on, review_year=year,
                               used=used.get(entry.person_id, []), data=data)
        except rules.RuleNotInForce:
            continue
        if not result.eligible or result.new_date is None or result.achievement is None:
            continue
        a = result.achievement
        items.append(Candidate(
            person_id=entry.person_id, full_name=entry.full_name, unit_id=entry.unit_id, unit_name=unit_name,
            rank_code=d.get("rank_code"), step=d.get("step"), next_step=d.get("next_step"),
            next_coefficient=d.get("next_coefficient"), regular_date=entry.due_on, months=result.months,
            new_date=result.new_date, achievement_code=a.code, achievement_on=a.on,
            reason=f"{a.code} ({a.on.strftime('%d/%m/%Y')}): {result.months} tháng"))
    items.sort(key=lambda c: (-c.months, c.regular_date, c.full_name))
    quota = await quota_for(session, units, year)
    taken = await taken_in_year(session, units, year)
    return EarlyRaiseList(year=year, unit_id=unit_id, payroll_count=await payroll_count(session, units),
                          quota=quota.places, taken=taken, remaining=max(quota.places - taken, 0), items=items)
