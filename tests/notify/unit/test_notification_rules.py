from notify.notifications import rules


def test_case_steps() -> None:
    [incoming] = rules.of_case(case_id="c", kind="secondment", step="send", full_name="A", from_unit_id="X",
                               to_unit_id="Y")
    assert (incoming.unit_id, incoming.title_vi) == ("Y", "Hồ sơ biệt phái đến: A")
    [answer] = rules.of_case(case_id="c", kind="transfer", step="reject", full_name="A", from_unit_id="X",
                             to_unit_id="Y")
    assert answer.unit_id == "X" and answer.title_vi.endswith("bị từ chối")
    assert rules.of_case(case_id="c", kind="leaving", step="send", full_name="A", from_unit_id="X",
                         to_unit_id=None) == []


def test_other_notes() -> None:
    assert [n.unit_id for n in rules.of_announcement(announcement_id="a", title="T", units=["A", "B"],
                                                     reminder=True)] == ["A", "B"]
    assert rules.of_lock(account_id="1", username="u", unit_id="U", reason="Nghỉ việc").title_vi == \
        "Tài khoản u đã bị khoá: Nghỉ việc"
    assert rules.of_record(person_id="p", unit_id="U", full_name="A", created=True).link == "/personnel/p"


def test_a_submitted_change_is_for_the_units_leaders_and_a_rejected_one_for_the_unit() -> None:
    [pending] = rules.of_change(action="submit", change_request_id="cr", unit_id="STP")
    assert (pending.kind, pending.role, pending.link) == ("change_pending", "unit_leader", "/personnel/requests/cr")
    [rejected] = rules.of_change(action="reject", change_request_id="cr", unit_id="STP", reason="Thiếu bằng")
    assert (rejected.kind, rejected.role, rejected.title_vi) == ("change_rejected", None,
                                                                 "Thay đổi hồ sơ bị từ chối: Thiếu bằng")
    assert rules.of_change(action="read", change_request_id="cr", unit_id="STP") == []


def test_deadlines_link_to_their_case_and_passwords_are_the_accounts_own() -> None:
    from datetime import date
    near = rules.of_deadline(threshold="approaching", kind="transfer_handover", label="Lê Văn A", unit_id="STP",
                             due_on=date(2026, 12, 9), case_id="c1")
    assert (near.kind, near.link, near.title_vi) == ("deadline_approaching", "/transfers/c1",
                                                     "Sắp đến hạn bàn giao hồ sơ (09/12/2026): Lê Văn A")
    late = rules.of_deadline(threshold="overdue", kind="new_record", label="B", unit_id="STP",
                             due_on=date(2026, 12, 9), case_id=None)
    assert (late.kind, late.link) == ("deadline_overdue", "/transfers/timeliness")
    pw = rules.of_password(account_id="a1", unit_id="STP", expires_on=date(2026, 12, 10), days_left=6)
    assert (pw.kind, pw.account_id, pw.link) == ("password_expiring", "a1", "/account")


def test_an_email_goes_to_the_accounts_whose_notes_it_is_and_who_chose_its_kind() -> None:
    base = {"kind": "change_pending", "note_unit_id": "STP", "note_account_id": None, "note_role": "unit_leader",
            "account_id": "a", "account_unit_id": "STP", "email_kinds": ["change_pending"]}
    assert rules.wants_email(**base, account_roles=["unit_leader"])
    assert not rules.wants_email(**base, account_roles=["unit_officer"])  # not a leader: not its note
    assert not rules.wants_email(**{**base, "email_kinds": []}, account_roles=["unit_leader"])
    assert not rules.wants_email(**{**base, "account_unit_id": "SNV"}, account_roles=["unit_leader"])
    assert not rules.wants_email(**{**base, "note_role": None, "note_account_id": "b"}, account_roles=[])


def test_a_failed_email_is_tried_again_later_and_later_up_to_an_hour() -> None:
    assert [rules.email_retry_seconds(n) for n in (1, 2, 3)] == [10, 20, 40]
    assert rules.email_retry_seconds(30) == 3600


def test_addresses_are_checked() -> None:
    assert rules.valid_email("van.thu@stp.tuyenquang.gov.vn")
    assert not rules.valid_email("van thu@stp") and not rules.valid_email("a@b") and not rules.valid_email("x<y>@a.vn")
