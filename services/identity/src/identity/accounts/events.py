from common.events.contracts.identity import AccountCreated, AccountUpdated
from common.events.envelope import Envelope
from identity.accounts.tables import Account


def created(account: Account, *, actor: str | None) -> Envelope:
    payload = AccountCreated(account_id=account.account_id, username=account.username, unit_id=account.unit_id,
                             roles=sorted(account.roles), enabled=account.enabled, full_name=account.full_name)
    return Envelope.of(payload, source="identity", subject=account.account_id, actor=actor, unit_id=account.unit_id)


def updated(account: Account, *, actor: str | None, reason: str | None = None) -> Envelope:
    payload = AccountUpdated(account_id=account.account_id, username=account.username, unit_id=account.unit_id,
                             roles=sorted(account.roles), enabled=account.enabled, full_name=account.full_name,
                             reason=reason)
    return Envelope.of(payload, source="identity", subject=account.account_id, actor=actor, unit_id=account.unit_id)
