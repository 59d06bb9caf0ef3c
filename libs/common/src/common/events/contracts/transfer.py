"""Events of the transfer service, and personnel's answers to them: the saga that moves a person.

transfer decides a move (`transfer.move.decided.v1`, one per person, keyed by the person); personnel
applies it to the record (a new approved version with the unit, the work-history line and the decision,
or the status of someone leaving) and answers `personnel.move.applied.v1`, or `personnel.move.refused.v1`
when the record cannot take it (not found, already left). Both sides are idempotent on `move_id`: a
redelivered decision is applied once, a redelivered answer closes the step once."""

from __future__ import annotations

from datetime import date

from common.events.envelope import EventPayload
from common.events.registry import event_type

KINDS = ("internal_move", "transfer", "rotation", "secondment", "arrival", "leaving", "reorganization")


class Decision(EventPayload):
    number: str
    signed_on: date
    effective_on: date
    signer: str | None = None


@event_type("transfer.move.decided.v1")
class MoveDecided(EventPayload):
    """Apply this to the person's record. `to_unit_id` is the unit that now employs the person (absent
    for leaving); `status` is the employment status for leaving (and BIET_PHAI for a secondment)."""

    move_id: str  # unique per person and case: <case id>:<person id>
    case_id: str
    kind: str
    person_id: str
    from_unit_id: str | None = None
    to_unit_id: str | None = None
    to_unit_name: str | None = None  # for the work-history line ("Chuyển đến ...")
    decision: Decision
    status: str | None = None
    leaving_form: str | None = None
    return_on: date | None = None  # a secondment's planned end
    note: str | None = None
    # An arrival from outside the province: personnel opens a draft record under this person_id.
    full_name: str | None = None
    personal_id_number: str | None = None
    birth_date: date | None = None


@event_type("transfer.case.changed.v1")
class CaseChanged(EventPayload):
    """A case's state after each step, for reporting and notifications (no personal detail beyond the name)."""

    case_id: str
    kind: str
    state: str
    person_id: str | None = None
    full_name: str
    from_unit_id: str | None = None
    to_unit_id: str | None = None
    decision_number: str | None = None
    effective_on: date | None = None
    step: str


@event_type("personnel.move.applied.v1")
class MoveApplied(EventPayload):
    move_id: str
    case_id: str
    person_id: str
    version: int  # the record's approved version that carries the move
    unit_id: str
    status: str


@event_type("personnel.move.refused.v1")
class MoveRefused(EventPayload):
    move_id: str
    case_id: str
    person_id: str
    reason: str  # code: person_not_found | person_left | ...


@event_type("transfer.deadline.reached.v1")
class DeadlineReached(EventPayload):
    """An open obligation of a case whose due date is two working days away (`approaching`) or has passed
    (`overdue`): published once per obligation and threshold by transfer's daily job (deadlines.alerts)."""

    obligation_id: str
    case_id: str | None = None
    kind: str  # the obligation: internal_move | transfer_handover | transfer_receive | status_change | ...
    unit_id: str  # the unit that must act
    label: str
    due_on: date
    threshold: str  # approaching | overdue


@event_type("personnel.retirement.decided.v1")
class RetirementDecided(EventPayload):
    """A retirement decision approved in a personnel batch (issue 12.4): transfer opens the person's leaving
    case from it, already decided, and the status follows through the move saga like any leaving. Keyed by
    the person; `decision_id` (<batch id>:<person id>) makes a redelivery open no second case."""

    decision_id: str
    batch_id: str
    person_id: str
    unit_id: str
    full_name: str
    leaving_form: str  # leaving_service_forms: NGHI_HUU, NGHI_HUU_TRUOC_TUOI, NGHI_HUU_SAU_TUOI
    decision: Decision  # effective_on: the pension's first day
    retirement_date: date | None = None  # the last day of work
    decided_by: str  # the approving leader's username
