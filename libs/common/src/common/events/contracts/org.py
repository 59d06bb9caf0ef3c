"""Events produced by the org service: the organisation tree and the reference catalogs."""

from __future__ import annotations

from datetime import date

from common.events.envelope import EventPayload
from common.events.registry import event_type


class UnitState(EventPayload):
    unit_id: str  # the unit's code: stable for its whole life, used as the unit id everywhere
    name: str
    short_name: str | None = None
    unit_type: str | None = None
    unit_block: str | None = None
    management_level: str | None = None
    parent_id: str | None = None
    path: list[str]  # unit ids from the root down to this unit, inclusive
    active: bool = True
    effective_on: date | None = None
    decision_number: str | None = None
    # Org's revision of the unit, one higher with every event about it: a replica keeps the highest it
    # has seen and ignores older ones (0: sent before revisions were counted).
    version: int = 0


@event_type("org.unit.created.v1")
class UnitCreated(UnitState):
    pass


@event_type("org.unit.updated.v1")
class UnitUpdated(UnitState):
    """Renamed, moved or otherwise changed; carries the whole new state (path included)."""


@event_type("org.unit.dissolved.v1")
class UnitDissolved(UnitState):
    pass


class PersonMove(EventPayload):
    person_id: str
    from_unit_id: str
    to_unit_id: str


class StaffMove(EventPayload):
    """Everyone still employed in from_unit_id (and not named in `moves`) goes to to_unit_id."""

    from_unit_id: str
    to_unit_id: str


@event_type("org.unit.reorganized.v1")
class UnitReorganized(EventPayload):
    """A merge or split: which units were involved and where their people go (through the transfer flow)."""

    kind: str  # merge | split
    source_unit_ids: list[str]
    target_unit_ids: list[str]
    effective_on: date
    decision_number: str
    moves: list[PersonMove] = []
    default_moves: list[StaffMove] = []  # whole-unit moves for the people not listed in `moves`
    reorganization_id: str | None = None
    decision_date: date | None = None
    signer: str | None = None
    dissolved_unit_ids: list[str] = []  # sources that ceased to exist (a split may keep its source)


@event_type("org.catalog_item.changed.v1")
class CatalogItemChanged(EventPayload):
    catalog: str
    code: str
    name: str
    sort_order: int = 0
    active: bool = True
    valid_from: date | None = None
    valid_to: date | None = None
    attributes: dict[str, str | int | float | bool | None] = {}
    deleted: bool = False  # the item was removed (never used anywhere); copies drop it
    version: int = 0  # org's revision of the item, as UnitState.version
