"""What the org service consumes: each subscription maps event types to handlers.

Runs inside the API process by default; `python -m org.worker` runs it alone."""

import asyncio

from common.app import run_worker
from common.messaging import Subscription
from org.config import OrgSettings
from org.headcount.handlers import HEADCOUNT_HANDLERS

subscriptions: list[Subscription] = [
    Subscription("headcount", HEADCOUNT_HANDLERS),
]

if __name__ == "__main__":
    asyncio.run(run_worker(OrgSettings(), subscriptions))
