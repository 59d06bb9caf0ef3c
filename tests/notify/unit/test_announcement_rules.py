from datetime import UTC, date, datetime

from notify.announcements import rules


def test_who_may_be_addressed() -> None:
    assert rules.may_address(sender_unit_id="STP", recipient_path=["TQ", "STP", "STP.VP"], province_wide=False)
    assert not rules.may_address(sender_unit_id="STP", recipient_path=["TQ", "STP"], province_wide=False)
    assert not rules.may_address(sender_unit_id="STP", recipient_path=["TQ", "SNV"], province_wide=False)
    assert not rules.may_address(sender_unit_id="STP", recipient_path=["TQ"], province_wide=False)
    assert rules.may_address(sender_unit_id="SNV", recipient_path=["TQ", "00700"], province_wide=True)
    assert not rules.may_address(sender_unit_id="SNV", recipient_path=["TQ", "SNV"], province_wide=True)


def test_due_date_and_standing() -> None:
    today = date(2026, 12, 4)
    assert rules.due_problem(date(2026, 12, 3), today) == "announcement.due_in_past"
    assert rules.due_problem(today, today) is None and rules.due_problem(None, today) is None
    t = datetime(2026, 12, 4, tzinfo=UTC)
    assert rules.standing(None, None) == "unread"
    assert rules.standing(t, None) == "read"
    assert rules.standing(t, t) == "acknowledged"
    assert rules.overdue(date(2026, 12, 3), None, today)
    assert not rules.overdue(date(2026, 12, 3), t, today)
    assert not rules.overdue(today, None, today)
