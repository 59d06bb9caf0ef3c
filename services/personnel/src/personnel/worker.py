"""What the personnel service consumes: each subscription maps event types to handlers.

Runs inside the API process by default; `python -m personnel.worker` runs it alone."""

import asyncio

from common.app import run_worker
from common.catalogs import CATALOG_COPY_HANDLERS
from common.messaging import Subscription
from common.scope import UNIT_TREE_HANDLERS
from personnel.config import PersonnelSettings
from personnel.moves.handlers import MOVE_HANDLERS

subscriptions: list[Subscription] = [
    Subscription("unit-tree", dict(UNIT_TREE_HANDLERS)),
    Subscription("catalogs", dict(CATALOG_COPY_HANDLERS)),
    # The moves transfer decides (the saga's second half): applied to the record, then answered.
    Subscription("moves", dict(MOVE_HANDLERS)),
]

if __name__ == "__main__":
    asyncio.run(run_worker(PersonnelSettings(), subscriptions))
