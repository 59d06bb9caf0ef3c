"""What the reporting service consumes: each subscription maps event types to handlers.

Runs inside the API process by default; `python -m reporting.worker` runs it alone."""

import asyncio

from common.app import run_worker
from common.catalogs import CATALOG_COPY_HANDLERS
from common.messaging import Subscription
from reporting.config import ReportingSettings
from reporting.people.handlers import MOVE_HANDLERS, PEOPLE_HANDLERS, UNIT_HANDLERS

subscriptions: list[Subscription] = [
    # The unit tree: the scope replica and reporting's copy with each unit's level (one group, read from
    # the start of org.unit; the former group "unit-tree" kept the scope replica only).
    Subscription("units", dict(UNIT_HANDLERS)),
    # org's catalogs into the copy (the reporting group of each rank).
    Subscription("catalogs", dict(CATALOG_COPY_HANDLERS)),
    # Every approved state and dated status of every person: the facts the reports are counted from.
    Subscription("people", dict(PEOPLE_HANDLERS)),
    # The moves of transfer's saga: a version made by a move holds from the decision's effective date.
    Subscription("moves", dict(MOVE_HANDLERS)),
]

if __name__ == "__main__":
    asyncio.run(run_worker(ReportingSettings(), subscriptions))
