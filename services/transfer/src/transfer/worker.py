"""What the transfer service consumes: each subscription maps event types to handlers.

Runs inside the API process by default; `python -m transfer.worker` runs it alone."""

import asyncio

from common.app import run_worker
from common.messaging import Subscription
from common.scope import UNIT_TREE_HANDLERS
from transfer.config import TransferSettings

subscriptions: list[Subscription] = [
    Subscription("unit-tree", dict(UNIT_TREE_HANDLERS)),
]

if __name__ == "__main__":
    asyncio.run(run_worker(TransferSettings(), subscriptions))
