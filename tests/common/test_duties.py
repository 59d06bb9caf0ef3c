"""Separation of duties: nobody approves their own work, and a system administrator approves nothing."""

from common.auth import PROVINCE_ADMIN, SYSTEM_ADMIN, UNIT_LEADER, UNIT_OFFICER, Principal
from common.duties import approval_refusal


def account(username: str, *roles: str) -> Principal:
    return Principal(subject=f"sub-{username}", username=username, unit_id="SNV", roles=frozenset(roles))


def test_a_leader_who_is_also_an_officer_cannot_approve_what_he_created_or_submitted():
    both = account("snv.both", UNIT_OFFICER, UNIT_LEADER)
    assert approval_refusal(both, ["snv.both", None]) == "approval.own_work"
    assert approval_refusal(both, ["snv.officer", "snv.both"]) == "approval.own_work"


def test_another_account_may_approve():
    assert approval_refusal(account("snv.leader", UNIT_LEADER), ["snv.officer", "snv.officer"]) is None


def test_the_maker_is_recognised_by_its_subject_too():
    assert approval_refusal(account("x", PROVINCE_ADMIN), ["sub-x"]) == "approval.own_work"


def test_a_system_administrator_never_approves_even_with_a_data_role():
    assert approval_refusal(account("root", SYSTEM_ADMIN, PROVINCE_ADMIN), ["someone.else"]) == "approval.system_admin"
