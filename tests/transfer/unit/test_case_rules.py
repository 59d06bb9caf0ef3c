"""The rules of transfer cases (pure): which step each state allows, and what a new case may not be."""

from __future__ import annotations

from datetime import date

import pytest

from transfer.cases import rules


def new(kind="transfer", **kw):
    base = dict(kind=kind, from_unit_id="STP", to_unit_id="SNV", decision_signed_on=date(2026, 11, 20),
                effective_on=date(2026, 11, 25))
    return rules.NewCase(**{**base, **kw})


def test_a_transfer_goes_sent_accepted_forwarded_and_is_done_when_the_record_has_it():
    state = "draft"
    for step, expected in (("send", "sent"), ("accept", "accepted"), ("forward", "forwarded"), ("applied", "done")):
        state = rules.next_state("transfer", state, step)
        assert state == expected


def test_a_second_acceptance_is_refused():
    with pytest.raises(rules.StepRefused):
        rules.next_state("transfer", "accepted", "accept")


def test_acceptance_before_the_sender_sent_it_is_refused():
    with pytest.raises(rules.StepRefused):
        rules.next_state("transfer", "draft", "accept")


def test_a_case_once_accepted_cannot_be_cancelled_or_rejected():
    assert rules.steps_open_to("transfer", "accepted") == ["forward"]
    assert set(rules.steps_open_to("transfer", "sent")) == {"accept", "reject", "cancel"}


def test_a_sent_case_offers_the_sender_only_to_cancel_and_the_receiver_to_accept_or_reject():
    assert rules.steps_open_to("transfer", "sent", frozenset({"sender"})) == ["cancel"]
    assert set(rules.steps_open_to("transfer", "sent", frozenset({"receiver"}))) == {"accept", "reject"}
    assert rules.steps_open_to("transfer", "accepted", frozenset({"sender"})) == []
    assert rules.steps_open_to("transfer", "sent", frozenset()) == []


def test_one_unit_kinds_are_completed_by_their_unit():
    assert rules.next_state("leaving", "draft", "complete") == "accepted"
    assert rules.next_state("internal_move", "accepted", "applied") == "done"
    with pytest.raises(rules.StepRefused):
        rules.next_state("leaving", "draft", "send")


def test_a_transfer_to_the_same_unit_is_refused():
    assert ("to_unit_id", "same_unit") in rules.problems(new(to_unit_id="STP"))


def test_an_effective_date_before_the_decision_is_refused():
    assert ("effective_on", "effective_before_decision") in rules.problems(new(effective_on=date(2026, 11, 19)))


def test_an_unknown_flow_is_refused_alone():
    assert rules.problems(new(kind="teleport")) == [("kind", "unknown_kind")]


def test_a_secondment_needs_a_return_date_after_it_starts():
    assert ("return_on", "return_on_required") in rules.problems(new("secondment"))
    assert ("return_on", "return_before_effective") in rules.problems(new("secondment", return_on=date(2026, 11, 25)))
    assert rules.problems(new("secondment", return_on=date(2027, 11, 25))) == []


def test_leaving_needs_its_form_and_an_arrival_its_identification_number():
    assert rules.problems(new("leaving", to_unit_id=None)) == [("leaving_form", "leaving_form_required")]
    assert rules.problems(new("leaving", to_unit_id=None, leaving_form="NGHI_HUU")) == []
    assert ("personal_id_number", "personal_id_required") in rules.problems(new("arrival", from_unit_id=None))


def test_each_leaving_form_ends_in_an_employment_status():
    assert rules.leaving_status("NGHI_HUU_TRUOC_TUOI") == "NGHI_HUU"
    assert rules.leaving_status("TU_TRAN") == "TU_TRAN"
    assert rules.leaving_status("SOMETHING_NEW") == "KHAC"


def test_the_sides_of_an_account_follow_the_units_its_scope_covers():
    assert rules.sides(sending_unit="STP", receiving_unit="SNV", mine={"STP"}) == {"sender"}
    assert rules.sides(sending_unit="STP", receiving_unit="SNV", mine={"SNV"}) == {"receiver"}
    assert rules.sides(sending_unit="STP", receiving_unit="SNV", mine={"STP", "SNV"}) == {"sender", "receiver"}
    assert rules.sides(sending_unit="STP", receiving_unit=None, mine={"SNV"}) == frozenset()
