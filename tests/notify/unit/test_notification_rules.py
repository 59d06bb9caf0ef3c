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
