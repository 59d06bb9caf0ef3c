"""What the transfer service consumes: each subscription maps event types to handlers.

Runs inside the API process by default; `python -m transfer.worker` runs it alone."""

import asyncio

from common.app import run_worker
from common.messaging import Subscription
from transfer.config import TransferSettings

subscriptions: list[Subscription] = []

if __name__ == "__main__":
    asyncio.run(run_worker(TransferSettings(), subscriptions))
