"""What may happen to a case, by its kind and state, and the checks of a new case (pure).

transfer, rotation, secondment (between two units of the province):
    draft --send--> sent --accept--> accepted --forward--> forwarded --(record applied)--> done
    sent --reject--> rejected;  draft|sent --cancel--> cancelled
internal_move, leaving, arrival (one unit acts):
    draft --complete--> accepted --(record applied)--> done;  draft --cancel--> cancelled
reorganization: made by org's announcement, accepted at once, done when every move is applied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

BETWEEN_UNITS = ("transfer", "rotation", "secondment")
ONE_UNIT = ("internal_move", "leaving", "arrival")
CREATABLE = BETWEEN_UNITS + ONE_UNIT
OPEN = ("draft", "sent", "accepted", "forwarded")

# kind family -> state -> step -> next state
TRANSITIONS: dict[str, dict[str, dict[str, str]]] = {
    "between": {
        "draft": {"send": "sent", "cancel": "cancelled"},
        "sent": {"accept": "accepted", "reject": "rejected", "cancel": "cancelled"},
        "accepted": {"forward": "forwarded"},
        "forwarded": {"applied": "done"},
    },
    "one": {
        "draft": {"complete": "accepted", "cancel": "cancelled"},
        "accepted": {"applied": "done"},
    },
    "reorganization": {"accepted": {"applied": "done"}},
}
# Who acts at each step: the sending side or the receiving side.
SIDE = {"send": "sender", "cancel": "sender", "complete": "sender", "accept": "receiver", "reject": "receiver",
        "forward": "receiver"}


class StepRefused(Exception):
    def __init__(self, code: str, state: str, step: str) -> None:
        super().__init__(code)
        self.code, self.state, self.step = code, state, step


def family(kind: str) -> str:
    if kind in BETWEEN_UNITS:
        return "between"
    if kind == "reorganization":
        return "reorganization"
    return "one"


def next_state(kind: str, state: str, step: str) -> str:
    """The state after `step`, or StepRefused (a second acceptance, a forward before acceptance...)."""
    allowed = TRANSITIONS[family(kind)].get(state, {})
    if step not in allowed:
        raise StepRefused("step_not_allowed", state, step)
    return allowed[step]


def sides(*, sending_unit: str | None, receiving_unit: str | None, mine: set[str]) -> frozenset[str]:
    """The sides of a case an account acts for, given the units its scope covers."""
    return frozenset({"sender"} if sending_unit in mine else set()) | frozenset(
        {"receiver"} if receiving_unit and receiving_unit in mine else set())


def steps_open_to(kind: str, state: str, sides: frozenset[str] = frozenset({"sender", "receiver"})) -> list[str]:
    """The steps a person may take now from the given sides of the case (the sender does not accept)."""
    return [s for s in TRANSITIONS[family(kind)].get(state, {}) if s != "applied" and SIDE.get(s) in sides]


@dataclass(frozen=True)
class NewCase:
    kind: str
    from_unit_id: str | None
    to_unit_id: str | None
    decision_signed_on: date
    effective_on: date
    return_on: date | None = None
    leaving_form: str | None = None
    personal_id_number: str | None = None


def problems(case: NewCase) -> list[tuple[str, str]]:
    """(field, code) of everything wrong with a new case that needs no database."""
    out: list[tuple[str, str]] = []
    if case.kind not in CREATABLE:
        return [("kind", "unknown_kind")]
    if case.effective_on < case.decision_signed_on:
        out.append(("effective_on", "effective_before_decision"))
    if case.kind in (*BETWEEN_UNITS, "internal_move", "arrival") and not case.to_unit_id:
        out.append(("to_unit_id", "to_unit_required"))
    if case.kind in (*BETWEEN_UNITS, "internal_move") and case.to_unit_id and case.to_unit_id == case.from_unit_id:
        out.append(("to_unit_id", "same_unit"))
    if case.kind == "secondment":
        if case.return_on is None:
            out.append(("return_on", "return_on_required"))
        elif case.return_on <= case.effective_on:
            out.append(("return_on", "return_before_effective"))
    if case.kind == "leaving" and not case.leaving_form:
        out.append(("leaving_form", "leaving_form_required"))
    if case.kind == "arrival" and not case.personal_id_number:
        out.append(("personal_id_number", "personal_id_required"))
    return out


# The employment status a leaving form ends in (employment_status catalog).
LEAVING_STATUS = {
    "NGHI_HUU": "NGHI_HUU", "NGHI_HUU_TRUOC_TUOI": "NGHI_HUU", "NGHI_HUU_SAU_TUOI": "NGHI_HUU",
    "THOI_VIEC_NGUYEN_VONG": "THOI_VIEC", "THOI_VIEC_KHT_2NAM": "THOI_VIEC", "CHAM_DUT_HDLV": "THOI_VIEC",
    "TINH_GIAN": "NGHI_THEO_CHINH_SACH", "SAP_XEP_BO_MAY": "NGHI_THEO_CHINH_SACH",
    "BUOC_THOI_VIEC": "BUOC_THOI_VIEC", "DUONG_NHIEN_THOI_VIEC": "THOI_VIEC",
    "CHUYEN_CONG_TAC": "CHUYEN_CONG_TAC", "TU_TRAN": "TU_TRAN", "KHAC": "KHAC",
}


def leaving_status(leaving_form: str) -> str:
    return LEAVING_STATUS.get(leaving_form, "KHAC")


# Which obligation (transfer.deadlines) each step fulfils, and which it opens.
OBLIGATION_OF_KIND = {"internal_move": "internal_move", "leaving": "status_change", "arrival": "new_record"}
