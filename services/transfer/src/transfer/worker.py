"""What the transfer service consumes: each subscription maps event types to handlers.

Runs inside the API process by default; `python -m transfer.worker` runs it alone."""

import asyncio

from common.app import run_worker
from common.messaging import Subscription
from common.scope import UNIT_TREE_HANDLERS
from transfer.calendar.handlers import CATALOG_HANDLERS
from transfer.cases.handlers import MOVE_ANSWER_HANDLERS, REORGANIZATION_HANDLERS, RETIREMENT_HANDLERS
from transfer.config import TransferSettings
from transfer.deadlines.handlers import RECORD_DEADLINE_HANDLERS
from transfer.people.handlers import PEOPLE_HANDLERS

subscriptions: list[Subscription] = [
    Subscription("unit-tree", dict(UNIT_TREE_HANDLERS)),
    # org's catalogs into the copy; a holiday calendar change also moves the due dates it touches.
    Subscription("catalogs", dict(CATALOG_HANDLERS)),
    # Who works where, from personnel's approved records.
    Subscription("people", dict(PEOPLE_HANDLERS)),
    # personnel's answers to the moves this service decided (the saga's second half).
    Subscription("move-answers", dict(MOVE_ANSWER_HANDLERS)),
    # Art. 9: new records and decisions entered on time, measured from personnel's approved versions.
    Subscription("record-deadlines", dict(RECORD_DEADLINE_HANDLERS)),
    # A merge, split or dissolution: one case moves everyone of the units concerned.
    Subscription("reorganizations", dict(REORGANIZATION_HANDLERS)),
    # Retirement decisions approved in personnel's batches: each opens the person's leaving case.
    Subscription("retirements", dict(RETIREMENT_HANDLERS)),
]

if __name__ == "__main__":
    asyncio.run(run_worker(TransferSettings(), subscriptions))
