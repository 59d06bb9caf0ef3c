"""Who may grant which roles to whom, and act on which accounts."""

import pytest

from common.auth import Principal
from common.errors import Forbidden, ValidationFailed
from identity.accounts import rules
from identity.errors import MESSAGES


def who(*roles: str, unit: str = "SNV", subject: str = "me") -> Principal:
    return Principal(subject=subject, username=subject, unit_id=unit, roles=frozenset(roles))


SNV = "SNV"


class TestGrantableRoles:
    def test_system_admin_grants_every_role(self) -> None:
        assert rules.grantable_roles({"system_admin"}) == rules.ACCOUNT_ROLES

    def test_province_admin_grants_unit_roles_and_its_own_but_not_system_admin(self) -> None:
        assert rules.grantable_roles({"province_admin"}) == {"province_admin", "unit_leader", "unit_officer", "viewer"}

    @pytest.mark.parametrize("roles", [{"unit_leader"}, {"unit_officer"}, {"viewer"}, {"unit_leader", "unit_officer"}])
    def test_unit_roles_grant_nothing(self, roles: set[str]) -> None:
        assert rules.grantable_roles(roles) == frozenset()


class TestCheckRolesGrant:
    def test_province_admin_may_give_unit_roles_to_any_unit(self) -> None:
        rules.check_roles_grant(who("province_admin"), ["unit_leader", "viewer"], target_unit_id="00700",
                                home_affairs_unit_id=SNV)

    def test_province_admin_may_not_grant_system_admin(self) -> None:
        with pytest.raises(Forbidden) as err:
            rules.check_roles_grant(who("province_admin"), ["system_admin"], target_unit_id=SNV,
                                    home_affairs_unit_id=SNV)
        assert err.value.code == "role_beyond_scope"
        vi, en = err.value.message("vi", MESSAGES), err.value.message("en", MESSAGES)
        assert "system_admin" in vi and "system_admin" in en and vi != en

    def test_unit_leader_may_not_create_accounts_even_in_its_own_unit(self) -> None:
        with pytest.raises(Forbidden):
            rules.check_roles_grant(who("unit_leader", unit="STP"), ["viewer"], target_unit_id="STP",
                                    home_affairs_unit_id=SNV)

    def test_province_admin_role_only_for_the_home_affairs_unit(self) -> None:
        rules.check_roles_grant(who("system_admin"), ["province_admin"], target_unit_id=SNV, home_affairs_unit_id=SNV)
        with pytest.raises(ValidationFailed) as err:
            rules.check_roles_grant(who("system_admin"), ["province_admin"], target_unit_id="STP",
                                    home_affairs_unit_id=SNV)
        assert err.value.fields[0].field == "roles"

    def test_unknown_and_empty_roles_are_field_errors(self) -> None:
        for roles in (["superuser"], []):
            with pytest.raises(ValidationFailed) as err:
                rules.check_roles_grant(who("system_admin"), roles, target_unit_id="STP", home_affairs_unit_id=SNV)
            assert err.value.fields[0].field == "roles"

    def test_the_service_role_cannot_be_granted(self) -> None:
        with pytest.raises(ValidationFailed):
            rules.check_roles_grant(who("system_admin"), ["service"], target_unit_id="STP", home_affairs_unit_id=SNV)


class TestCheckMayManage:
    def test_province_admin_may_not_touch_a_system_admin(self) -> None:
        with pytest.raises(Forbidden):
            rules.check_may_manage(who("province_admin"), target_account_id="x", target_roles=["system_admin"],
                                   action="reset")

    def test_province_admin_manages_unit_accounts(self) -> None:
        rules.check_may_manage(who("province_admin"), target_account_id="x", target_roles=["unit_officer"],
                               action="lock")

    def test_nobody_locks_their_own_account(self) -> None:
        with pytest.raises(ValidationFailed):
            rules.check_may_manage(who("system_admin", subject="me"), target_account_id="me",
                                   target_roles=["system_admin"], action="lock")

    def test_nobody_changes_their_own_roles(self) -> None:
        with pytest.raises(ValidationFailed) as exc:
            rules.check_may_manage(who("province_admin", subject="me"), target_account_id="me",
                                   target_roles=["province_admin"], action="roles")
        assert exc.value.code == "account.cannot_change_own_roles"
        rules.check_may_manage(who("province_admin", subject="me"), target_account_id="other",
                               target_roles=["unit_officer"], action="roles")

    def test_officers_and_viewers_manage_nothing(self) -> None:
        for role in ("unit_officer", "viewer", "unit_leader"):
            with pytest.raises(Forbidden):
                rules.check_may_manage(who(role), target_account_id="x", target_roles=["viewer"], action="unlock")


class TestAdditionalAccount:
    def test_first_account_of_a_unit_needs_no_reason(self) -> None:
        rules.check_additional_account(0, None)

    def test_further_accounts_need_the_units_request(self) -> None:
        with pytest.raises(ValidationFailed) as err:
            rules.check_additional_account(1, "  ")
        assert err.value.code == "unit_has_account"
        rules.check_additional_account(1, "Công văn số 12/UBND đề nghị cấp thêm tài khoản cho bộ phận một cửa")


class TestTwoAdministrators:
    def test_unlocking_or_resetting_an_administrator_needs_a_second_one(self) -> None:
        from identity.accounts.rules import needs_second_administrator

        assert needs_second_administrator(["province_admin"], "unlock")
        assert needs_second_administrator(["system_admin"], "reset")
        assert not needs_second_administrator(["province_admin"], "lock")
        assert not needs_second_administrator(["unit_officer", "unit_leader"], "unlock")

    def test_the_second_administrator_is_neither_the_asker_nor_the_account(self) -> None:
        import pytest

        from common.auth import Principal
        from common.errors import Forbidden
        from identity.accounts.rules import check_confirmer

        admin = Principal(subject="a2", username="qt2", unit_id="SNV", roles=frozenset({"province_admin"}))
        check_confirmer(admin, requested_by="a1", target_account_id="a3")
        with pytest.raises(Forbidden):
            check_confirmer(admin, requested_by="a2", target_account_id="a3")
        with pytest.raises(Forbidden):
            check_confirmer(admin, requested_by="a1", target_account_id="a2")


def test_the_password_age_is_read_from_the_realm_policy():
    assert rules.password_max_age_days("length(8) and passwordHistory(5) and forceExpiredPasswordChange(30)") == 30
    assert rules.password_max_age_days("length(8)") is None


def test_a_password_is_announced_in_the_week_before_it_expires_and_not_after():
    from datetime import date
    set_on = date(2026, 11, 10)  # expires 10 December
    assert rules.password_expiry_warning(set_on, date(2026, 12, 2), 30) is None  # 8 days before
    assert rules.password_expiry_warning(set_on, date(2026, 12, 3), 30) == date(2026, 12, 10)
    assert rules.password_expiry_warning(set_on, date(2026, 12, 10), 30) == date(2026, 12, 10)
    assert rules.password_expiry_warning(set_on, date(2026, 12, 11), 30) is None  # expired: Keycloak asks now
