"""Validation of a proposed profile against the catalog copy and the other records (needs the database);
the rules themselves are the pure functions of personnel.profiles.rules."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.catalogs import load_lookup
from common.errors import ValidationFailed
from common.scope import UnitNode, in_scope
from personnel.catalogs.repository import century_digits
from personnel.persons import repository as persons
from personnel.profiles.rules import Issue, errors_of, validate_profile, warnings_of
from personnel.profiles.schema import Profile, catalog_refs

ID_CATALOGS = {"cccd_province_codes", "cccd_century_gender_digit", "employment_status"}


async def check_profile(session: AsyncSession, principal: Principal, *, profile: Profile,
                        person_id: uuid.UUID, today: date) -> list[Issue]:
    """Every issue of the profile; raises ValidationFailed with all blocking ones, returns the warnings."""
    needed = {catalog for _, catalog, _ in catalog_refs(profile)} | ID_CATALOGS
    lookup = await load_lookup(session, needed, today)
    issues = validate_profile(profile, today=today, lookup=lookup.state,
                              province_codes=lookup.codes("cccd_province_codes"),
                              century_digits=century_digits(lookup))
    number = profile.identity.personal_id_number
    if number and not errors_of(issues):
        issues += await duplicate_identity(session, principal, number=number, person_id=person_id)
    errors = errors_of(issues)
    if errors:
        raise ValidationFailed(fields=[i.field_error() for i in errors])
    return warnings_of(issues)


async def duplicate_identity(session: AsyncSession, principal: Principal, *, number: str,
                             person_id: uuid.UUID) -> list[Issue]:
    """One person, one record in the province: the existing record's unit is named only to those who may
    see that unit (otherwise the message would reveal where a person outside the scope works)."""
    other = await persons.with_personal_id_number(session, number, other_than=person_id)
    if other is None:
        return []
    field = "identity.personal_id_number"
    if await in_scope(session, principal, other.unit_id):
        unit = await session.get(UnitNode, other.unit_id)
        unit_name = unit.name if unit else other.unit_id
        return [Issue(field, "profile.id_number_taken", params={"full_name": other.full_name, "unit_name": unit_name})]
    return [Issue(field, "profile.id_number_taken_elsewhere")]
