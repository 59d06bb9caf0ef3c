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
- One account per unit by default; a further account for a unit that already has one needs a reason
  (the unit's request), recorded in the audit.
"""

from __future__ import annotations

from collections.abc import Iterable

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
        raise Forbidden("Chỉ Sở Nội vụ hoặc quản trị hệ thống được quản lý tài khoản.",
                        "Only the Department of Home Affairs or a system administrator manages accounts.")


def check_roles_grant(granter: Principal, roles: Iterable[str], *, target_unit_id: str,
                      home_affairs_unit_id: str) -> None:
    """Raise if granter may not give exactly these roles to an account of target_unit_id."""
    ensure_can_administer(granter)
    wanted = set(roles)
    unknown = sorted(wanted - ACCOUNT_ROLES)
    if unknown:
        raise ValidationFailed(fields=[FieldError("roles", f"Vai trò không tồn tại: {', '.join(unknown)}.",
                                                  f"Unknown role(s): {', '.join(unknown)}.")])
    if not wanted:
        raise ValidationFailed(fields=[FieldError("roles", "Cần ít nhất một vai trò.", "At least one role.")])
    beyond = sorted(wanted - grantable_roles(granter.roles))
    if beyond:
        raise Forbidden(f"Không được cấp vai trò vượt quyền của mình: {', '.join(beyond)}.",
                        f"Cannot grant a role beyond your own: {', '.join(beyond)}.", code="role_beyond_scope")
    if PROVINCE_ADMIN in wanted and target_unit_id != home_affairs_unit_id:
        raise ValidationFailed(
            "Vai trò quản trị toàn tỉnh chỉ dành cho tài khoản của Sở Nội vụ.",
            "province_admin is only for accounts of the Department of Home Affairs.",
            fields=[FieldError("roles", "Chỉ tài khoản của Sở Nội vụ được giữ vai trò này.",
                               "Only accounts of the Department of Home Affairs may hold this role.")])


def check_may_manage(granter: Principal, *, target_account_id: str, target_roles: Iterable[str],
                     action: str) -> None:
    """Raise if granter may not lock, unlock, reset or re-role this account."""
    ensure_can_administer(granter)
    if action == "lock" and target_account_id == granter.subject:
        raise ValidationFailed("Không thể tự khoá tài khoản của mình.", "You cannot lock your own account.")
    if set(target_roles) - grantable_roles(granter.roles):
        raise Forbidden("Tài khoản này có quyền cao hơn quyền của bạn.",
                        "This account holds a role above yours.", code="role_beyond_scope")


def check_additional_account(existing_accounts: int, reason: str | None) -> None:
    """One account per unit by default; more only on the unit's request, whose reason is kept."""
    if existing_accounts > 0 and not (reason and reason.strip()):
        raise ValidationFailed(
            "Đơn vị đã có tài khoản. Muốn cấp thêm, hãy ghi lý do (theo đề nghị của đơn vị).",
            "The unit already has an account; give the reason (the unit's request) to add another.",
            fields=[FieldError("additional_reason", "Cần ghi lý do cấp thêm tài khoản.",
                               "A reason is required for an additional account.")],
            code="unit_has_account")
