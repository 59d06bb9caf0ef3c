"""Who sees a record of someone who left (Art. 12.3: kept, but not for every reader): pure, no I/O."""

from __future__ import annotations

from common.auth import PROVINCE_ADMIN, SYSTEM_ADMIN, UNIT_LEADER, UNIT_OFFICER, Principal

# Officers and leaders may see people who left; a plain viewer sees the working staff only.
LEFT_PEOPLE_ROLES = (UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN)


def sees_people_who_left(principal: Principal) -> bool:
    return principal.has_any(*LEFT_PEOPLE_ROLES, SYSTEM_ADMIN)


def may_see(principal: Principal, *, is_active: bool) -> bool:
    """The same rule for one record as for lists: a viewer does not see someone who left."""
    return is_active or sees_people_who_left(principal)
