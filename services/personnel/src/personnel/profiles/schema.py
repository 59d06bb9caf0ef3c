"""The canonical profile: one pydantic model per section and per table of profile-form.md §4 (TT 06/2023
layout, the national database's), a superset from which 2C-BNV/2008, HS02-VC and 2C/TCTW-98 are printed.

Fields whose values come from a catalog are annotated with `Catalog("<catalog>")`; `catalog_refs()` walks
a profile and lists every (path, catalog, code) so they can be checked against the local catalog copy.
The catalog names are the file stems of ../shared/domain/catalogs (beside the clone) (what org publishes as `catalog`).
Comments give the item number of TT 06/2023 (and 2C-BNV/2008 where it differs)."""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from personnel.profiles.digits import refuse_other_digits


@dataclass(frozen=True)
class Catalog:
    name: str


# Catalogs of fields that were free text before the catalog existed (issue 13.4): a value that is not one
# of their codes is kept as written (an old record's text), printed as it is; a code no longer in force is
# refused for a current value like any other catalog's.
OPEN_CATALOGS = frozenset({"family_backgrounds", "policy_beneficiaries", "war_invalid_grades", "honorary_titles",
                           "training_modes", "allowance_types", "specialties"})


Month = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="YYYY-MM")]
Text = Annotated[str, Field(max_length=2000)]
Short = Annotated[str, Field(max_length=300)]
StaffCategory = Literal["cadre", "civil_servant", "public_employee", "contract_worker"]
TrainingKind = Literal["professional", "political_theory", "state_management", "defence_security", "it",
                       "language", "other"]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _ascii_digits(cls, data: Any) -> Any:
        """Numbers (and months) in the digits 0-9 only (issue 12.5; profiles.digits): one call per section."""
        if isinstance(data, dict):
            refuse_other_digits(cls, data)
        return data


class Address(Section):
    """Old three-level names are kept as entered (R-81); the new commune/province codes where known."""

    detail: Short | None = None  # house, street, hamlet
    commune_code: Annotated[str | None, Catalog("tuyen_quang_communes_2025")] = None
    province_code: Annotated[str | None, Catalog("provinces_2025")] = None
    text: Short | None = None  # the full address as written at the time (xã–huyện–tỉnh)


class Header(Section):
    managing_unit_id: Short | None = None  # Cơ quan quản lý
    employing_unit_id: Short | None = None  # Cơ quan, đơn vị sử dụng
    personnel_number: Short | None = None  # Số hiệu (provincial secondary key)
    identification_code: Short | None = None  # Mã số định danh (= personal id number from 2026-07-01)


class Identity(Section):
    full_name: Annotated[str, Field(min_length=2, max_length=120)]  # 1
    gender: Annotated[str, Catalog("gender")]  # 1
    other_names: Short | None = None  # 2
    birth_date: date  # 3
    birth_place: Address | None = None  # 4
    home_town: Address | None = None  # 5
    ethnicity: Annotated[str | None, Catalog("ethnic_groups")] = None  # 6
    religion: Annotated[str | None, Catalog("religions")] = None  # 7 ("00" Không, never blank on print)
    personal_id_number: Short | None = None  # 8
    personal_id_issued_on: date | None = None
    personal_id_issued_by: Short | None = None
    old_id_number: Short | None = None  # legacy 9-digit CMND
    phone: Short | None = None
    email: Short | None = None
    social_insurance_number: Short | None = None  # 9
    health_insurance_number: Short | None = None  # 9
    permanent_address: Address | None = None  # 2C item 8
    current_address: Address | None = None  # 10
    family_background: Annotated[Short | None, Catalog("family_backgrounds")] = None  # 11 DM_THANH_PHAN_XUAT_THAN
    marital_status: Annotated[str | None, Catalog("marital_status")] = None


class Recruitment(Section):
    staff_category: StaffCategory = "civil_servant"
    occupation_before_recruitment: Short | None = None  # 12
    first_recruited_on: date | None = None  # 13
    recruiting_body: Short | None = None  # 13
    recruitment_form: Annotated[str | None, Catalog("recruitment_forms")] = None
    recruitment_source: Annotated[str | None, Catalog("recruitment_sources")] = None
    joined_current_agency_on: date | None = None  # 14


class OrganisationMembership(Section):
    organisation: Short  # DM_TO_CHUC_CTXH (no catalog yet)
    joined_on: date | None = None
    role: Short | None = None


class PoliticalLife(Section):
    party_joined_on: date | None = None  # 15
    party_official_on: date | None = None  # 15
    first_organisation: Short | None = None  # 16
    first_organisation_joined_on: date | None = None  # 16
    organisations: list[OrganisationMembership] = []  # 2C item 17
    enlisted_on: date | None = None  # 17
    discharged_on: date | None = None  # 17
    highest_military_rank: Short | None = None  # 17 (DM_QUAN_HAM: no catalog yet)
    policy_category: Annotated[Short | None, Catalog("policy_beneficiaries")] = None  # 18
    war_invalid_grade: Annotated[Short | None, Catalog("war_invalid_grades")] = None  # 2C item 24


class ForeignLanguage(Section):
    language: Short
    level: Annotated[str | None, Catalog("foreign_language_levels")] = None


class Education(Section):
    general_education: Annotated[str | None, Catalog("general_education")] = None  # 19
    highest_qualification: Annotated[str | None, Catalog("professional_qualifications")] = None  # 20
    major: Annotated[Short | None, Catalog("specialties")] = None
    academic_title: Annotated[str | None, Catalog("academic_titles")] = None  # 21
    academic_title_year: int | None = None
    honorary_title: Annotated[Short | None, Catalog("honorary_titles")] = None  # 22
    honorary_title_year: int | None = None
    political_theory_level: Annotated[str | None, Catalog("political_theory_levels")] = None  # 2C 15.3
    state_management_level: Annotated[str | None, Catalog("state_management_levels")] = None  # 2C 15.4
    it_level: Annotated[str | None, Catalog("it_levels")] = None  # 2C 15.6
    foreign_languages: list[ForeignLanguage] = []  # 2C 15.5


class Positions(Section):
    current_position: Short | None = None  # 23 (DM_CHUC_VU: no catalog yet)
    appointed_on: date | None = None  # 23
    reappointed_on: date | None = None  # 23
    planned_position: Short | None = None  # 24
    planned_period: Short | None = None
    concurrent_positions: list[Short] = []  # 25
    party_position: Short | None = None  # 26
    party_concurrent_positions: list[Short] = []  # 27
    main_work: Text | None = None  # 28
    strengths: Text | None = None  # 29
    longest_job: Text | None = None  # 29


class Salary(Section):
    """30.1 (coefficient-based), 30.2 (allowances) and 30.3 (job-position amount): all nullable."""

    salary_sector: Annotated[str | None, Catalog("salary_sectors")] = None  # the pay table
    rank_code: Annotated[str | None, Catalog("ranks")] = None
    rank_appointed_on: date | None = None
    salary_step: Annotated[int | None, Field(ge=1, le=20)] = None
    salary_coefficient: Annotated[Decimal | None, Field(ge=0, le=20, decimal_places=2)] = None
    salary_effective_on: date | None = None
    salary_percent: Annotated[Decimal | None, Field(ge=0, le=100)] = None
    beyond_frame_percent: Annotated[Decimal | None, Field(ge=0, le=100)] = None
    beyond_frame_effective_on: date | None = None
    position_allowance: Annotated[Decimal | None, Field(ge=0, le=10)] = None
    concurrent_allowance: Annotated[Decimal | None, Field(ge=0, le=100)] = None
    other_allowances: Short | None = None
    job_position: Short | None = None
    job_position_code: Short | None = None
    job_career_level: Annotated[str | None, Catalog("vien_chuc_career_levels")] = None
    job_salary_step: int | None = None
    job_salary_amount: Annotated[int | None, Field(ge=0)] = None
    job_salary_effective_on: date | None = None


class Health(Section):
    health_status: Annotated[str | None, Catalog("health_status")] = None  # 31
    height_cm: Annotated[int | None, Field(ge=50, le=250)] = None
    weight_kg: Annotated[int | None, Field(ge=20, le=300)] = None
    blood_group: Annotated[str | None, Catalog("blood_groups")] = None


class Training(Section):
    """32.1–32.6 (and 2C item 27) in one table; `kind` selects the sub-table."""

    kind: TrainingKind
    from_month: Month | None = None
    to_month: Month | None = None
    institution: Short
    field: Short | None = None
    mode: Annotated[Short | None, Catalog("training_modes")] = None  # DM_HINH_THUC_DAO_TAO
    degree: Short | None = None  # văn bằng / chứng chỉ as written
    qualification: Annotated[str | None, Catalog("professional_qualifications")] = None
    language: Short | None = None
    language_level: Annotated[str | None, Catalog("foreign_language_levels")] = None
    score: Short | None = None


class WorkPeriod(Section):  # 33 / 2C item 28
    from_month: Month
    to_month: Month | None = None  # open = "nay"
    unit_name: Short
    position: Short | None = None


class HistoryPeriod(Section):  # 34.2, 34.3
    from_month: Month | None = None
    to_month: Month | None = None
    description: Text


class PersonalHistory(Section):  # 34 / 2C item 29
    arrests: Text | None = None
    former_regime: list[HistoryPeriod] = []
    foreign_organisations: list[HistoryPeriod] = []
    relatives_abroad: Text | None = None


class Evaluation(Section):  # 35.1
    year: Annotated[int, Field(ge=1945, le=2100)]
    rating: Annotated[str | None, Catalog("evaluation_levels")] = None
    emulation_title: Annotated[str | None, Catalog("emulation_titles")] = None
    award: Short | None = None


class Award(Section):  # 2C item 21, R-51
    year: Annotated[int, Field(ge=1945, le=2100)]
    form: Annotated[str, Catalog("award_forms")]
    level: Short | None = None
    decision_number: Short | None = None
    decided_on: date | None = None
    issuer: Short | None = None


class Discipline(Section):  # 35.2
    from_month: Month | None = None
    to_month: Month | None = None
    form: Annotated[str, Catalog("discipline_forms")]
    violation: Text | None = None
    decided_by: Short | None = None
    decision_number: Short | None = None
    decided_on: date | None = None


class FamilyRelation(Section):  # 36.1 (side self) and 36.2 (side spouse)
    side: Literal["self", "spouse"]
    relation: Annotated[str, Catalog("family_relations")]
    full_name: Short
    birth_year: Annotated[int | None, Field(ge=1850, le=2100)] = None
    details: Text | None = None


class SalaryPeriod(Section):  # 37.1 / 2C item 31
    from_month: Month
    to_month: Month | None = None
    rank_code: Annotated[str | None, Catalog("ranks")] = None
    step: int | None = None
    coefficient: Annotated[Decimal | None, Field(ge=0, le=20)] = None
    amount: Annotated[int | None, Field(ge=0)] = None
    decision_number: Short | None = None
    raise_form: Annotated[str | None, Catalog("salary_raise_forms")] = None


class AllowancePeriod(Section):  # 37.2
    from_month: Month
    to_month: Month | None = None
    kind: Annotated[Short, Catalog("allowance_types")]
    percent: Decimal | None = None
    coefficient: Decimal | None = None
    form: Short | None = None
    amount: int | None = None


class FamilyEconomy(Section):  # 37.3
    salary_income: Annotated[int | None, Field(ge=0)] = None
    other_income: Text | None = None
    allocated_housing: Short | None = None
    allocated_housing_area_m2: Decimal | None = None
    own_housing: Short | None = None
    own_housing_area_m2: Decimal | None = None
    allocated_land_m2: Decimal | None = None
    purchased_land_m2: Decimal | None = None
    business_land: Text | None = None


class Profile(Section):
    header: Header = Header()
    identity: Identity
    recruitment: Recruitment = Recruitment()
    political: PoliticalLife = PoliticalLife()
    education: Education = Education()
    positions: Positions = Positions()
    salary: Salary = Salary()
    health: Health = Health()
    training: list[Training] = []
    work_history: list[WorkPeriod] = []
    personal_history: PersonalHistory = PersonalHistory()
    evaluations: list[Evaluation] = []
    awards: list[Award] = []
    disciplines: list[Discipline] = []
    family_relations: list[FamilyRelation] = []
    salary_history: list[SalaryPeriod] = []
    allowance_history: list[AllowancePeriod] = []
    family_economy: FamilyEconomy = FamilyEconomy()
    assessment: Text | None = None  # 38


@functools.cache
def _catalog_of_fields(model_type: type[BaseModel]) -> tuple[tuple[str, str | None], ...]:
    """(field, its catalog or None) of a model class, read once: an import validates tens of thousands of
    profiles, and looking for the marker in every field's metadata each time was a fifth of the work."""
    return tuple((name, next((m.name for m in info.metadata if isinstance(m, Catalog)), None))
                 for name, info in model_type.model_fields.items())


def section_of(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """(the section model a field holds, whether it holds a list of them), or (None, False) for a value."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(candidate) is list:
            inner = typing.get_args(candidate)[0]
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner, True
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate, False
    return None, False


@functools.cache
def all_catalogs(model_type: type[BaseModel] | None = None) -> frozenset[str]:
    """Every catalog a profile's fields may name (what checking any profile may need to look up)."""
    model = model_type or Profile
    out = {catalog for _, catalog in _catalog_of_fields(model) if catalog}
    for info in model.model_fields.values():
        sub, _ = section_of(info.annotation)
        if sub is not None:
            out |= all_catalogs(sub)
    return frozenset(out)


def catalog_refs(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, str, str]]:
    """Every (path, catalog, code) with a value in the profile, e.g. ("identity.ethnicity", "ethnic_groups", "02")."""
    for name, catalog in _catalog_of_fields(type(model)):
        value = getattr(model, name)
        if value is None:
            continue
        path = f"{prefix}{name}"
        if catalog is not None:
            yield path, catalog, str(value)
        elif isinstance(value, BaseModel):
            yield from catalog_refs(value, path + ".")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from catalog_refs(item, f"{path}[{i}].")


def profile_dates(profile: Profile) -> Iterator[tuple[str, date]]:
    """Every full date in the profile with its path (used by the no-future-event rule)."""

    def walk(model: BaseModel, prefix: str) -> Iterator[tuple[str, date]]:
        for name, _ in _catalog_of_fields(type(model)):
            value: Any = getattr(model, name)
            if value is None or value.__class__ is str:
                continue
            if isinstance(value, date):
                yield f"{prefix}{name}", value
            elif isinstance(value, BaseModel):
                yield from walk(value, f"{prefix}{name}.")
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, BaseModel):
                        yield from walk(item, f"{prefix}{name}[{i}].")

    yield from walk(profile, "")
