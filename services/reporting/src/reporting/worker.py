"""What the reporting service consumes: each subscription maps event types to handlers.

Runs inside the API process by default; `python -m reporting.worker` runs it alone."""

import asyncio

from common.app import run_worker
from common.messaging import Subscription
from common.scope import UNIT_TREE_HANDLERS
from reporting.config import ReportingSettings

subscriptions: list[Subscription] = [
    Subscription("unit-tree", dict(UNIT_TREE_HANDLERS)),
]

if __name__ == "__main__":
    asyncio.run(run_worker(ReportingSettings(), subscriptions))
