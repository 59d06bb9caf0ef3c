"""What the notify service consumes: each subscription maps event types to handlers.

Runs inside the API process by default; `python -m notify.worker` runs it alone."""

import asyncio

from common.app import run_worker
from common.messaging import Subscription
from common.scope import UNIT_TREE_HANDLERS
from notify.accounts.handlers import ACCOUNT_HANDLERS
from notify.config import NotifySettings
from notify.notifications.handlers import CHANGE_HANDLERS, NOTIFICATION_HANDLERS, is_change_note

subscriptions: list[Subscription] = [
    Subscription("unit-tree", dict(UNIT_TREE_HANDLERS)),
    # identity's accounts: whom a message may be addressed to.
    Subscription("accounts", dict(ACCOUNT_HANDLERS)),
    # The notification centre: incoming transfer cases and their answers, approved records, deadlines due
    # and overdue (transfer's daily job), passwords about to expire (identity's daily job).
    Subscription("notifications", dict(NOTIFICATION_HANDLERS)),
    # Change requests submitted (a leader's approval is waiting) or rejected, from personnel's audit entries.
    Subscription("change-notes", dict(CHANGE_HANDLERS), wants=is_change_note),
]

if __name__ == "__main__":
    asyncio.run(run_worker(NotifySettings(), subscriptions))
