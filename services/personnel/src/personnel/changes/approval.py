"""The approval life-cycle of a change request, as plain Python (no database), so it can be tested alone.

draft --submit--> submitted --approve--> approved
  ^                   |------reject----> rejected (with a reason) --revise--> draft
  |--withdraw (from draft or submitted)-> withdrawn
A draft may be edited; a submitted request is frozen until it is decided. Approving checks that the
official record is still at the version the change was based on (optimistic concurrency)."""

from __future__ import annotations

from dataclasses import dataclass

DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN = "draft", "submitted", "approved", "rejected", "withdrawn"
OPEN_STATES = (DRAFT, SUBMITTED)


class TransitionError(Exception):
    """A step the request's state does not allow: a message code of personnel.errors and its values."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code, self.params = code, params


class StaleBase(Exception):
    def __init__(self, base_version: int, current_version: int) -> None:
        super().__init__(f"based on version {base_version}, record is at {current_version}")
        self.base_version, self.current_version = base_version, current_version


_ALLOWED = {
    "edit": (DRAFT,),
    "submit": (DRAFT,),
    "approve": (SUBMITTED,),
    "reject": (SUBMITTED,),
    "withdraw": (DRAFT, SUBMITTED),
    "revise": (REJECTED,),
}
_RESULT = {"submit": SUBMITTED, "approve": APPROVED, "reject": REJECTED, "withdraw": WITHDRAWN,
           "revise": DRAFT, "edit": DRAFT}


@dataclass
class Approval:
    state: str
    base_version: int

    def apply(self, action: str, *, current_version: int | None = None, reason: str | None = None) -> str:
        """Move to the next state or raise; returns the new state."""
        if self.state not in _ALLOWED[action]:
            raise TransitionError("invalid_state", state=f"change_request.state.{self.state}")
        if action == "reject" and not (reason and reason.strip()):
            raise TransitionError("change_request.reason_required")
        if action == "approve" and current_version is not None and current_version != self.base_version:
            raise StaleBase(self.base_version, current_version)
        self.state = _RESULT[action]
        return self.state
