"""What a person is, on a reference date, for every dimension a form may name (pure; §2 and §8 of
shared/domain/statistical-reports.md).

Each dimension has a closed set of values (or is a number, age), so a column file naming an unknown
dimension or value is refused when loaded. A dimension the events do not carry would be declared with
`carried=False`: a column counting it is left blank and the report says why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Dimension:
    name: str
    values: tuple[Any, ...] | None  # None: a number (compared with min/max)
    carried: bool = True  # False: personnel's events do not carry it yet
    note: str = ""


GRADE_GROUPS = ("cvcc", "cvc", "cv", "cs", "nv")
PROFESSIONAL = ("ts", "ths", "dh", "cd", "tc", "sc", "none")
POLITICAL = ("cn", "cc", "tc", "sc", "none")
STATE_MANAGEMENT = ("cvcc", "cvc", "cv", "cs", "none")
AGE_BANDS = ("le30", "31_40", "41_50", "51_60", "over_retirement")
TITLE_RANKS = ("hang1", "hang2", "hang3", "hang4", "other")
LANGUAGE = ("degree", "certificate", "none")

DIMENSIONS: dict[str, Dimension] = {d.name: d for d in (
    Dimension("sex", ("male", "female")),
    Dimension("party_member", (True, False)),
    Dimension("ethnic_minority", (True, False)),
    Dimension("religious", (True, False)),
    Dimension("staff_category", ("cadre", "civil_servant", "public_employee", "contract_worker")),
    Dimension("unit_level", ("province", "department", "unit", "district", "commune", "other")),
    Dimension("grade_group", GRADE_GROUPS),
    Dimension("title_rank", TITLE_RANKS),
    Dimension("professional_level", PROFESSIONAL),
    Dimension("political_theory", POLITICAL),
    Dimension("state_management", STATE_MANAGEMENT),
    Dimension("age", None),
    Dimension("age_band", AGE_BANDS),
    # Carried by the person events (personnel.persons.report_levels: the highest level in the record).
    Dimension("it_level", ("intermediate_or_above", "certificate", "none"), note="trình độ tin học"),
    Dimension("english", LANGUAGE, note="trình độ tiếng Anh"),
    Dimension("other_language", LANGUAGE, note="trình độ ngoại ngữ khác"),
    Dimension("ethnic_language_certificate", (True, False), note="chứng chỉ tiếng dân tộc"),
    Dimension("general_education", ("upper_secondary", "lower_secondary", "primary", "none"),
              note="trình độ giáo dục phổ thông"),
    # From transfer's decisions (the record holds no such fact): see rotated_from_district in reports/sql.py.
    Dimension("rotated_from_district", (True, False), note="luân chuyển từ cấp huyện"),
)}

# §8.3: professional level by the qualification catalog's code (Vietnamese qualifications framework:
# CK II at level 8 with doctorates, CK I and residency at level 7 with masters).
PROFESSIONAL_OF = {"TSKH": "ts", "TS": "ts", "CK2": "ts", "ThS": "ths", "CK1": "ths", "BSNT": "ths",
                   "DH": "dh", "CD": "cd", "TC": "tc", "SC": "sc"}
POLITICAL_OF = {"CN": "cn", "CC": "cc", "TC": "tc", "SC": "sc"}
STATE_MANAGEMENT_OF = {"CVCC": "cvcc", "CVC": "cvc", "CV": "cv", "CS": "cs"}
LEVELS = {"province", "department", "unit", "district", "commune"}
# BM02 col 38, "công chức luân chuyển từ cấp huyện": rotated (transfer's kind "rotation") into the unit from the
# level above the commune. That was the district until the two-level local government began on this day;
# since then the provincial agencies hold the district's place above the commune, so a rotation from them
# counts (as §3 reads "từ cấp huyện trở lên" as the provincial agencies after the reform).
TWO_LEVEL_FROM = date(2025, 7, 1)
KINH, NO_RELIGION = "01", "00"


# The ranks named after a column count in it whatever their pay group: since TT 02/2021/TT-BNV the ngạch
# Cán sự (01.004) is paid as A0 and Nhân viên (01.005) as B, which the pay-group rule would put one column up.
GRADE_GROUP_OF_RANK = {"01.004": "cs", "01.005": "nv"}


def grade_group(pay_group: str | None) -> str | None:
    """§8.5: the reporting group of a rank from its pay group in the ranks catalog (A3 -> CVCC, A2 -> CVC,
    A1 and A0 -> CV, B -> Cán sự, C -> Nhân viên)."""
    if not pay_group:
        return None
    g = pay_group.upper()
    if g.startswith("A3"):
        return "cvcc"
    if g.startswith("A2"):
        return "cvc"
    if g.startswith(("A1", "A0")):
        return "cv"
    return {"B": "cs", "C": "nv"}.get(g[:1])


HANG = re.compile(r"hạng\s+(IV|III|II|I)\b", re.IGNORECASE)


def title_rank(rank_name: str | None, pay_group: str | None) -> str | None:
    """A public employee's professional-title rank (hạng I–IV), read from the title's name; otherwise
    from its pay group as §8.5 maps grades."""
    if rank_name:
        m = HANG.search(rank_name)
        if m:
            return {"I": "hang1", "II": "hang2", "III": "hang3", "IV": "hang4"}[m.group(1).upper()]
    group = grade_group(pay_group)
    fallback = "other" if rank_name else None
    return {"cvcc": "hang1", "cvc": "hang2", "cv": "hang3", "cs": "hang4"}.get(group or "", fallback)


def age_on(born: date, on: date) -> int:
    """Completed years on the reference date."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def retirement_months(born: date, female: bool) -> int:
    """§8.1 (Labour Code 2019, Decree 135/2020): the retirement age in months for this person. Men 60 until
    2020, then 3 months more each year to 62 in 2028; women 55 until 2020, 55y4m in 2021, then 4 months
    more each year to 60 in 2035. The age is the one in force in the year the person reaches it."""
    base, step, cap = (660, 4, 720) if female else (720, 3, 744)
    months = base
    while True:
        y = (born.year * 12 + born.month - 1 + months) // 12
        target = base if y <= 2020 else min(cap, base + step * (y - 2020))
        if months >= target:
            return months
        months += 1


def retirement_start(born: date, female: bool) -> date:
    """The first day of the month after the month the person reaches the retirement age (when the pension
    starts): from that day they are above the retirement age."""
    y, m = divmod(born.year * 12 + born.month - 1 + retirement_months(born, female) + 1, 12)
    return date(y, m + 1, 1)


def age_band(born: date, female: bool, on: date) -> str:
    """§8.2: above the retirement age goes to its own column only; everyone else to exactly one band.
    Someone past 60 who has not reached their own retirement age (men up to 62) stays in 51–60."""
    if on >= retirement_start(born, female):
        return "over_retirement"
    age = age_on(born, on)
    if age <= 30:
        return "le30"
    if age <= 40:
        return "31_40"
    if age <= 50:
        return "41_50"
    return "51_60"


@dataclass(frozen=True)
class PersonOn:
    """A person's state on the reference date, as the read model gives it."""

    person_id: str
    unit_id: str
    full_name: str
    gender: str | None
    birth_date: date | None
    staff_category: str | None
    rank_code: str | None
    salary_step: int | None
    salary_coefficient: float | None
    qualification: str | None
    political_theory_level: str | None
    state_management_level: str | None
    ethnicity: str | None
    religion: str | None
    party_member: bool
    position: str | None
    first_recruited_on: date | None
    it_level: str | None = None
    english_level: str | None = None
    other_language_level: str | None = None
    ethnic_language_certificate: bool | None = None
    general_education_level: str | None = None
    rotated_from_district: bool = False


def values_of(p: PersonOn, on: date, *, rank_groups: dict[str, str], rank_names: dict[str, str],
              unit_level: str | None) -> dict[str, Any]:
    """Every dimension's value for one person on the reference date (None: unknown)."""
    female = p.gender == "2"
    sex = {"1": "male", "2": "female"}.get(p.gender or "")
    pay_group = rank_groups.get(p.rank_code or "")
    out: dict[str, Any] = {
        "sex": sex,
        "party_member": p.party_member,  # §8.4: probationary members included (personnel sets it on joining)
        "ethnic_minority": None if p.ethnicity is None else p.ethnicity != KINH,
        "religious": None if p.religion is None else p.religion != NO_RELIGION,
        "staff_category": p.staff_category,
        "unit_level": unit_level if unit_level in LEVELS else "other",
        "grade_group": GRADE_GROUP_OF_RANK.get(p.rank_code or "") or grade_group(pay_group),
        "title_rank": title_rank(rank_names.get(p.rank_code or ""), pay_group),
        "professional_level": PROFESSIONAL_OF.get(p.qualification or "", "none"),
        "political_theory": POLITICAL_OF.get(p.political_theory_level or "", "none"),
        "state_management": STATE_MANAGEMENT_OF.get(p.state_management_level or "", "none"),
        "age": age_on(p.birth_date, on) if p.birth_date else None,
        "age_band": age_band(p.birth_date, female, on) if p.birth_date and sex else None,
        "it_level": p.it_level,
        "english": p.english_level,
        "other_language": p.other_language_level,
        "ethnic_language_certificate": p.ethnic_language_certificate,
        "general_education": p.general_education_level,
        "rotated_from_district": p.rotated_from_district,
    }
    for name, dim in DIMENSIONS.items():
        if not dim.carried:
            out[name] = None
    return out
