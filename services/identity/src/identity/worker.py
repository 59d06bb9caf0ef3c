"""What the identity service consumes: each subscription maps event types to handlers.

Runs inside the API process by default; `python -m identity.worker` runs it alone."""

import asyncio

from common.app import run_worker
from common.messaging import Subscription
from common.scope import UNIT_TREE_HANDLERS
from identity.audit.handlers import AUDIT_HANDLERS
from identity.config import IdentitySettings

subscriptions: list[Subscription] = [
    Subscription("unit-tree", dict(UNIT_TREE_HANDLERS)),
    # Every service's audit entries (identity's own too), into the one searchable audit_record table.
    Subscription("audit-log", dict(AUDIT_HANDLERS)),
]

if __name__ == "__main__":
    asyncio.run(run_worker(IdentitySettings(), subscriptions))
