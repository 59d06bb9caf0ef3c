"""Events produced by the identity service: accounts and their state."""

from __future__ import annotations

from datetime import date

from common.events.envelope import EventPayload
from common.events.registry import event_type


class AccountState(EventPayload):
    account_id: str  # the Keycloak user id
    username: str
    unit_id: str
    roles: list[str]
    enabled: bool = True
    full_name: str | None = None


@event_type("identity.account.created.v1")
class AccountCreated(AccountState):
    pass


@event_type("identity.account.updated.v1")
class AccountUpdated(AccountState):
    """Roles changed, locked, unlocked: carries the whole new state."""

    reason: str | None = None


@event_type("identity.password.expiring.v1")
class PasswordExpiring(EventPayload):
    """An account's password expires soon (the realm's forceExpiredPasswordChange): published once per
    account and expiry date by identity's daily job (identity.password_expiry)."""

    account_id: str
    username: str
    unit_id: str
    expires_on: date
    days_left: int
