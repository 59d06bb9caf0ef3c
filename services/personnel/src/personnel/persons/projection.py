"""What the person row and the outgoing events copy from an official profile (pure functions)."""

from __future__ import annotations

from datetime import date
from typing import Any

from personnel.persons.report_levels import report_levels
from personnel.profiles.schema import Profile
from personnel.search.folding import fold


def name_sort_key(full_name: str) -> str:
    """Vietnamese lists sort by given name (the last word), then by the whole name."""
    folded = fold(full_name)
    return f"{folded.rsplit(' ', 1)[-1]} {folded}"[:120]


def search_columns(profile: Profile) -> dict[str, Any]:
    ident = profile.identity
    return {
        "full_name": ident.full_name,
        "name_folded": fold(ident.full_name),
        "name_sort": name_sort_key(ident.full_name),
        "birth_date": ident.birth_date,
        "gender": ident.gender,
        "personal_id_number": ident.personal_id_number,
        "staff_category": profile.recruitment.staff_category,
        "rank_code": profile.salary.rank_code,
        "qualification": profile.education.highest_qualification,
        "political_theory_level": profile.education.political_theory_level,
        "ethnicity": ident.ethnicity,
        "party_member": profile.political.party_joined_on is not None,
        "position": profile.positions.current_position,
    }


def event_state(profile: Profile, on: date) -> dict[str, Any]:
    """The profile fields the person events carry (see common.events.contracts.personnel.PersonState), with
    the reports' levels as they stand on `on` (the day the version is approved)."""
    cols = search_columns(profile)
    salary = profile.salary
    return {
        "full_name": cols["full_name"], "gender": cols["gender"], "birth_date": cols["birth_date"],
        "staff_category": cols["staff_category"], "rank_code": cols["rank_code"],
        "salary_step": salary.salary_step,
        "salary_coefficient": float(salary.salary_coefficient) if salary.salary_coefficient is not None else None,
        "qualification": cols["qualification"], "political_theory_level": cols["political_theory_level"],
        "state_management_level": profile.education.state_management_level,
        "ethnicity": cols["ethnicity"], "religion": profile.identity.religion,
        "party_member": cols["party_member"], "position": cols["position"],
        "first_recruited_on": profile.recruitment.first_recruited_on,
        **report_levels(profile, on).as_event(),
    }
