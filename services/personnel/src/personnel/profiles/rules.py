"""Pure validation of a profile (no database, no framework): identity numbers (R-70, R-71), the order of
dates, the working age, and catalog codes checked against a lookup the caller supplies.

Each rule returns Issues. `error` issues block a submission; `warning` issues are shown beside the change
for the approving leader: R-70 says a CCCD whose gender/century digit or birth-year digits disagree
with the record must warn, not block (data-entry errors exist in the source papers)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from common.errors import FieldError, Lang
from personnel.errors import MESSAGES
from personnel.profiles.digits import CODE as DIGITS_CODE
from personnel.profiles.digits import has_other_digits
from personnel.profiles.schema import OPEN_CATALOGS, Profile, catalog_refs, profile_dates

MIN_WORKING_AGE = {"cadre": 18, "civil_servant": 18, "public_employee": 18, "contract_worker": 15}
# Labour Code minimum is 15; the laws on civil servants and public employees require 18 at recruitment.
GENDER_DIGIT_WORD = {"1": "nam", "2": "nu"}  # catalog gender.csv -> cccd_century_gender_digit.csv
COUNTRY_CODES_FROM = 100  # province codes are 001-096; a higher prefix is a country of birth registration
# Text fields that hold numbers (the typed number fields are refused at parsing, profiles.digits).
NUMBER_TEXT_FIELDS = ("identity.phone", "identity.health_insurance_number", "header.personnel_number",
                      "header.identification_code", "salary.job_position_code")


@dataclass(frozen=True)
class Issue:
    field: str
    code: str  # a message of personnel.errors
    severity: Literal["error", "warning"] = "error"
    params: Mapping[str, Any] | None = None  # the values of the message's placeholders

    def text(self, lang: Lang = "vi") -> str:
        return MESSAGES.text(self.code, lang, **(self.params or {}))

    def field_error(self) -> FieldError:
        return FieldError(self.field, self.code, **(self.params or {}))


@dataclass(frozen=True)
class CenturyDigit:
    year_from: int
    year_to: int
    gender: str  # nam | nu


def check_personal_id_number(
    number: str,
    *,
    birth_date: date | None,
    gender: str | None,
    province_codes: set[str],
    century_digits: dict[str, CenturyDigit],
    field: str = "identity.personal_id_number",
) -> list[Issue]:
    """R-70: 12 digits; digits 1–3 a (pre-2025) province code; digit 4 century+gender; digits 5–6 birth year."""
    if not re.fullmatch(r"[0-9]{12}", number):  # ASCII digits only: \d also takes full-width and Arabic-Indic
        return [Issue(field, "profile.id_digits")]
    issues: list[Issue] = []
    if number[:3] not in province_codes:
        if int(number[:3]) >= COUNTRY_CODES_FROM:
            # Born abroad: digits 1-3 are the country where the birth was registered (Decree 137/2015 art. 13,
            # Circular 59/2021/TT-BCA); accepted, shown to the approver [verify: the country list].
            issues.append(Issue(field, "profile.id_country_code", "warning", {"prefix": number[:3]}))
        else:
            issues.append(Issue(field, "profile.id_province", params={"prefix": number[:3]}))
    digit = century_digits.get(number[3])
    if digit is None:
        issues.append(Issue(field, "profile.id_century_digit"))
        return issues
    expected_word = GENDER_DIGIT_WORD.get(gender or "")
    if expected_word and digit.gender != expected_word:
        issues.append(Issue(field, "profile.id_gender_mismatch", "warning"))
    if birth_date is not None:
        year = digit.year_from + int(number[4:6])
        if not (digit.year_from <= birth_date.year <= digit.year_to) or year != birth_date.year:
            issues.append(Issue(field, "profile.id_birth_year_mismatch", "warning",
                                {"encoded": year, "recorded": birth_date.year}))
    return issues


def check_social_insurance_number(number: str, field: str = "identity.social_insurance_number") -> list[Issue]:
    """R-71: exactly 10 digits (ASCII 0-9 only)."""
    if re.fullmatch(r"[0-9]{10}", number):
        return []
    return [Issue(field, "profile.social_insurance_digits")]


def check_number_texts(profile: Profile) -> list[Issue]:
    """Issue 12.5: numbers kept as text (phone, health-insurance card, personnel number, training scores)
    in the digits 0-9 only; the identity and social-insurance numbers have their own checks (R-70, R-71)."""
    issues = []
    for path in NUMBER_TEXT_FIELDS:
        section, name = path.split(".")
        value = getattr(getattr(profile, section), name)
        if isinstance(value, str) and has_other_digits(value):
            issues.append(Issue(path, DIGITS_CODE))
    for i, row in enumerate(profile.training):
        if row.score and has_other_digits(row.score):
            issues.append(Issue(f"training[{i}].score", DIGITS_CODE))
    return issues


def check_positions(profile: Profile) -> list[Issue]:
    """An appointment's term cannot end before it starts: a reappointment follows the appointment."""
    pos = profile.positions
    if pos.appointed_on and pos.reappointed_on and pos.reappointed_on < pos.appointed_on:
        return [Issue("positions.reappointed_on", "profile.reappointed_before_appointed")]
    return []


def check_step_change(previous: Profile | None, profile: Profile, *, reason: str | None) -> list[Issue]:
    """A raise that skips a step (more than one step up in the same rank) needs its early-raise reason
    (R-13, R-14: the note of the change, or the batch item's reason)."""
    if previous is None:
        return []
    old, new = previous.salary, profile.salary
    if not (old.salary_step and new.salary_step and old.rank_code and old.rank_code == new.rank_code):
        return []
    if new.salary_step - old.salary_step > 1 and not (reason and reason.strip()):
        return [Issue("salary.salary_step", "profile.step_skipped",
                      params={"old": old.salary_step, "new": new.salary_step})]
    return []


def years_between(earlier: date, later: date) -> int:
    return later.year - earlier.year - ((later.month, later.day) < (earlier.month, earlier.day))


def check_dates(profile: Profile, *, today: date) -> list[Issue]:
    """Dates in a possible order: nothing in the future, nothing before birth, recruited at working age,
    each pair (joined/official, enlisted/discharged) and each period in order."""
    issues: list[Issue] = []
    ident, rec, pol = profile.identity, profile.recruitment, profile.political
    born = ident.birth_date
    for path, value in profile_dates(profile):
        if value > today:
            issues.append(Issue(path, "profile.date_in_future"))
        elif path != "identity.birth_date" and value < born:
            issues.append(Issue(path, "profile.date_before_birth"))
    if rec.first_recruited_on and rec.first_recruited_on >= born:
        minimum = MIN_WORKING_AGE[rec.staff_category]
        if years_between(born, rec.first_recruited_on) < minimum:
            issues.append(Issue("recruitment.first_recruited_on", "profile.recruited_under_age",
                                params={"minimum": minimum}))
    pairs = [
        ("political.party_official_on", pol.party_joined_on, pol.party_official_on,
         "profile.party_official_before_joined"),
        ("political.discharged_on", pol.enlisted_on, pol.discharged_on, "profile.discharged_before_enlisted"),
        ("recruitment.joined_current_agency_on", rec.first_recruited_on, rec.joined_current_agency_on,
         "profile.agency_before_recruitment"),
    ]
    for path, first, second, code in pairs:
        if first and second and second < first:
            issues.append(Issue(path, code))
    this_month = f"{today.year:04d}-{today.month:02d}"
    born_month = f"{born.year:04d}-{born.month:02d}"
    for table in ("training", "work_history", "salary_history", "allowance_history", "disciplines"):
        for i, row in enumerate(getattr(profile, table)):
            start, end = getattr(row, "from_month", None), getattr(row, "to_month", None)
            if start and end and end < start:
                issues.append(Issue(f"{table}[{i}].to_month", "profile.period_reversed"))
            if start and (start > this_month or start < born_month):
                issues.append(Issue(f"{table}[{i}].from_month", "profile.period_start_impossible"))
    return issues


def check_catalog_codes(profile: Profile, *, lookup: Callable[[str, str], bool | None]) -> list[Issue]:
    """lookup(catalog, code) -> True if active (and valid today), False if not, None if unknown.

    Current fields need an active code; rows of history tables (paths with "[i]") only need a code that
    exists, since they record what was in force then (e.g. "Hạ bậc lương", abolished from 2025-07-01)."""
    issues: list[Issue] = []
    for path, catalog, code in catalog_refs(profile):
        state = lookup(catalog, code)
        if state is False and "[" in path:
            continue
        if state is None and catalog in OPEN_CATALOGS:
            continue  # text written before the catalog existed, kept as it is
        if state is None:
            issues.append(Issue(path, "profile.unknown_code", params={"item": code, "catalog": catalog}))
        elif state is False:
            issues.append(Issue(path, "profile.inactive_code", params={"item": code, "catalog": catalog}))
    return issues


def validate_profile(
    profile: Profile,
    *,
    today: date,
    lookup: Callable[[str, str], bool | None],
    province_codes: set[str],
    century_digits: dict[str, CenturyDigit],
) -> list[Issue]:
    ident = profile.identity
    issues = check_catalog_codes(profile, lookup=lookup) + check_dates(profile, today=today)
    if ident.personal_id_number:
        issues += check_personal_id_number(ident.personal_id_number, birth_date=ident.birth_date,
                                           gender=ident.gender, province_codes=province_codes,
                                           century_digits=century_digits)
    if ident.social_insurance_number:
        issues += check_social_insurance_number(ident.social_insurance_number)
    if ident.old_id_number and not re.fullmatch(r"[0-9]{9}|[0-9]{12}", ident.old_id_number):
        issues.append(Issue("identity.old_id_number", "profile.old_id_digits"))
    issues += check_number_texts(profile) + check_positions(profile)
    return issues


def errors_of(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == "error"]


def warnings_of(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == "warning"]
