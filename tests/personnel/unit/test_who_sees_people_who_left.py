"""One rule for lists and single records: a plain viewer does not see someone who left (Art. 12.3)."""

from common.auth import PROVINCE_ADMIN, UNIT_LEADER, UNIT_OFFICER, VIEWER, Principal
from personnel.persons.rules import may_see


def account(*roles: str) -> Principal:
    return Principal(subject="s", username="u", unit_id="STP", roles=frozenset(roles))


def test_a_viewer_sees_working_people_but_not_someone_who_left():
    assert may_see(account(VIEWER), is_active=True)
    assert not may_see(account(VIEWER), is_active=False)


def test_officers_leaders_and_the_department_see_people_who_left():
    for role in (UNIT_OFFICER, UNIT_LEADER, PROVINCE_ADMIN):
        assert may_see(account(role), is_active=False)
