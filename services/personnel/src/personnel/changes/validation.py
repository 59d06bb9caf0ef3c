"""Validation of a proposed profile against the catalog copy and the other records (needs the database);
the rules themselves are the pure functions of personnel.profiles.rules."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.catalogs import load_lookup
from common.errors import ValidationFailed
from common.scope import UnitNode, in_scope
from personnel.careers import reference
from personnel.careers import rules as careers_rules
from personnel.careers.repository import catalog_item, catalog_items
from personnel.catalogs.repository import century_digits
from personnel.persons import repository as persons
from personnel.profiles.rules import Issue, check_step_change, errors_of, validate_profile, warnings_of
from personnel.profiles.schema import Profile, catalog_refs

ID_CATALOGS = {"cccd_province_codes", "cccd_century_gender_digit", "employment_status"}


async def check_profile(session: AsyncSession, principal: Principal, *, profile: Profile,
                        person_id: uuid.UUID, today: date, previous: dict[str, Any] | None = None,
                        reason: str | None = None, submitting: bool = False) -> list[Issue]:
    """Every issue of the profile; raises ValidationFailed with all blocking ones, returns the warnings.
    `previous` (the official record the change replaces) and `reason` (the change's note or the batch item's
    early-raise reason) let a raise that skips a step through only with its reason. `submitting`: the
    officer hands the change over for approval (see duplicate_identity)."""
    needed = {catalog for _, catalog, _ in catalog_refs(profile)} | ID_CATALOGS
    lookup = await load_lookup(session, needed, today)
    issues = validate_profile(profile, today=today, lookup=lookup.state,
                              province_codes=lookup.codes("cccd_province_codes"),
                              century_digits=century_digits(lookup))
    issues += await salary_step_issues(session, profile)
    if previous:
        try:
            old = Profile.model_validate(previous)
        except ValidationError:
            old = None
        issues += check_step_change(old, profile, reason=reason)
    number = profile.identity.personal_id_number
    if number and not errors_of(issues):
        issues += await duplicate_identity(session, principal, number=number, person_id=person_id,
                                           submitting=submitting)
    errors = errors_of(issues)
    if errors:
        raise ValidationFailed(fields=[i.field_error() for i in errors])
    return warnings_of(issues)


async def salary_step_issues(session: AsyncSession, profile: Profile) -> list[Issue]:
    """R-01: the current step exists in the rank's salary group and the coefficient is that step's (by the
    salary-grades catalog in force on the step's start); nothing to say while a catalog has not arrived."""
    s = profile.salary
    if not (s.rank_code and s.salary_step):
        return []
    found = await catalog_items(session, ["salary_grades"])
    rank = await catalog_item(session, "ranks", s.rank_code)
    if rank is None or not found["salary_grades"]:
        return []  # an unknown rank is the catalog check's (profile.unknown_code)
    group = reference.rank_groups([rank]).get(s.rank_code)
    if group is None:
        return []
    codes = careers_rules.check_salary_step(reference.salary_grades(found["salary_grades"]), group=group[0],
                                            table=group[1], step=s.salary_step, coefficient=s.salary_coefficient,
                                            on=s.salary_effective_on)
    return [Issue("salary.salary_coefficient" if c == "careers.coefficient_not_of_step" else "salary.salary_step", c)
            for c in codes if c != "careers.unknown_salary_group"]


async def duplicate_identity(session: AsyncSession, principal: Principal, *, number: str,
                             person_id: uuid.UUID, submitting: bool = False) -> list[Issue]:
    """One person, one record in the province. An account that may see the record holding the number is
    told whose and where it is. One that may not is told nothing when it submits (any answer would let an
    officer test whether a number belongs to someone employed elsewhere in the province): the change goes to
    approval like any other. Approving it is where the rule holds: an approver who cannot see the other record
    is refused without a name, and the change waits for the Department of Home Affairs (province-wide scope),
    which sees both records and resolves it (a transfer, a correction, or a rejection)."""
    other = await persons.with_personal_id_number(session, number, other_than=person_id)
    if other is None:
        return []
    field = "identity.personal_id_number"
    if await in_scope(session, principal, other.unit_id):
        unit = await session.get(UnitNode, other.unit_id)
        unit_name = unit.name if unit else other.unit_id
        return [Issue(field, "profile.id_number_taken", params={"full_name": other.full_name, "unit_name": unit_name})]
    if submitting:
        return []
    return [Issue(field, "profile.id_number_province_review")]
