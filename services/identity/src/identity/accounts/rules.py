"""Who may create, change, lock and reset which accounts, and grant which roles: pure rules, no I/O.

The regulation (Decision 16/2020, Art. 6, 14, 16) makes the Sở Nội vụ (province_admin) the administrator
of every unit's accounts; system_admin runs the system. Decisions taken here:
- Only system_admin and province_admin administer accounts. A unit_leader does not create accounts:
  a unit asks the Sở Nội vụ for further accounts (Art. 6), which keeps one administrator per province.
- Nobody grants more than they hold: province_admin grants the unit roles anywhere and province_admin
  itself, but never system_admin; only system_admin grants system_admin.
- province_admin (whole-province scope) may only be held by an account of the Sở Nội vụ's unit, so a
  role can never widen an account's scope beyond what its unit justifies.
- An administrator may not act on an account holding a role they could not grant (a province_admin
  cannot lock or reset a system_admin), nor lock their own account.
- Unlocking an administrator's account or resetting its password takes two administrators: one asks,
  another (neither the one who asked nor the account itself) confirms. One administrator alone cannot
  take over another's account.
- One account per unit by default; a further account for a unit that already has one needs a reason
  (the unit's request), recorded in the audit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from common.auth import PROVINCE_ADMIN, SYSTEM_ADMIN, UNIT_LEADER, UNIT_OFFICER, VIEWER, Principal
from common.errors import FieldError, Forbidden, ValidationFailed

UNIT_ROLES = frozenset({UNIT_LEADER, UNIT_OFFICER, VIEWER})
ACCOUNT_ROLES = frozenset({SYSTEM_ADMIN, PROVINCE_ADMIN, *UNIT_ROLES})


def grantable_roles(granter_roles: Iterable[str]) -> frozenset[str]:
    held = set(granter_roles)
    if SYSTEM_ADMIN in held:
        return ACCOUNT_ROLES
    if PROVINCE_ADMIN in held:
        return frozenset({PROVINCE_ADMIN, *UNIT_ROLES})
    return frozenset()


def can_administer(granter: Principal) -> bool:
    return bool(grantable_roles(granter.roles))


def ensure_can_administer(granter: Principal) -> None:
    if not can_administer(granter):
        raise Forbidden("account.not_administrator")


def check_roles_grant(granter: Principal, roles: Iterable[str], *, target_unit_id: str,
                      home_affairs_unit_id: str) -> None:
    """Raise if granter may not give exactly these roles to an account of target_unit_id."""
    ensure_can_administer(granter)
    wanted = set(roles)
    unknown = sorted(wanted - ACCOUNT_ROLES)
    if unknown:
        raise ValidationFailed(fields=[FieldError("roles", "account.unknown_roles", roles=", ".join(unknown))])
    if not wanted:
        raise ValidationFailed(fields=[FieldError("roles", "account.role_required")])
    beyond = sorted(wanted - grantable_roles(granter.roles))
    if beyond:
        raise Forbidden("role_beyond_scope", roles=", ".join(beyond))
    if PROVINCE_ADMIN in wanted and target_unit_id != home_affairs_unit_id:
        raise ValidationFailed("account.province_admin_outside_home_affairs",
                               fields=[FieldError("roles", "account.role_only_home_affairs")])


def check_may_manage(granter: Principal, *, target_account_id: str, target_roles: Iterable[str],
                     action: str) -> None:
    """Raise if granter may not lock, unlock, reset or re-role this account."""
    ensure_can_administer(granter)
    if action == "lock" and target_account_id == granter.subject:
        raise ValidationFailed("account.cannot_lock_self")
    if action == "roles" and target_account_id == granter.subject:
        # Nobody grants themselves a role, nor drops their own administrative role by a slip (found by
        # fuzzing: an administrator left with "viewer" alone can no longer manage anything).
        raise ValidationFailed("account.cannot_change_own_roles")
    if set(target_roles) - grantable_roles(granter.roles):
        raise Forbidden("account.holds_higher_role")


def check_additional_account(existing_accounts: int, reason: str | None) -> None:
    """One account per unit by default; more only on the unit's request, whose reason is kept."""
    if existing_accounts > 0 and not (reason and reason.strip()):
        raise ValidationFailed("unit_has_account",
                               fields=[FieldError("additional_reason", "account.additional_reason_required")])


ADMIN_ROLES = frozenset({SYSTEM_ADMIN, PROVINCE_ADMIN})
TWO_PERSON_ACTIONS = frozenset({"unlock", "reset", "second_factor"})


def needs_second_administrator(target_roles: Iterable[str], action: str) -> bool:
    """Unlocking, resetting the password or removing the authenticator app (second factor, lost phone) of an
    account that holds an administrative role."""
    return action in TWO_PERSON_ACTIONS and bool(ADMIN_ROLES.intersection(target_roles))


def check_confirmer(confirmer: Principal, *, requested_by: str, target_account_id: str) -> None:
    """The second administrator is neither the one who asked nor the account the request is about."""
    ensure_can_administer(confirmer)
    if confirmer.subject == requested_by:
        raise Forbidden("account.request_own")
    if confirmer.subject == target_account_id:
        raise Forbidden("account.request_about_self")


# Passwords (the realm's forceExpiredPasswordChange): an account hears this many days before its password
# expires, once per expiry date (identity.password_expiry).
PASSWORD_WARNING_DAYS = 7


def password_max_age_days(policy: str) -> int | None:
    """The days a password lasts, from Keycloak's policy string ("... and forceExpiredPasswordChange(30)")."""
    found = re.search(r"forceExpiredPasswordChange\((\d+)\)", policy or "")
    return int(found.group(1)) if found else None


def password_expiry_warning(set_on: date, today: date, max_age_days: int,
                            warn_days: int = PASSWORD_WARNING_DAYS) -> date | None:
    """The expiry date to warn about today (within `warn_days`, not yet passed), else None."""
    expires_on = set_on + timedelta(days=max_age_days)
    return expires_on if today <= expires_on and (expires_on - today).days <= warn_days else None
