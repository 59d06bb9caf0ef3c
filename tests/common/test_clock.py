"""The one clock: Vietnam's date, not the server's, and a clock tests can set."""

from __future__ import annotations

from datetime import UTC, date, datetime

from common import clock


def test_today_is_vietnams_date_when_utc_is_still_on_the_day_before():
    with clock.frozen(datetime(2026, 3, 1, 23, 30, tzinfo=UTC)):  # 06:30 on 2 March in Hà Nội
        assert clock.today() == date(2026, 3, 2)
        assert clock.now().utcoffset().total_seconds() == 7 * 3600
        assert clock.utcnow() == datetime(2026, 3, 1, 23, 30, tzinfo=UTC)


def test_a_frozen_date_reads_as_the_morning_of_that_day_in_vietnam():
    with clock.frozen(date(2025, 1, 24)):
        assert clock.today() == date(2025, 1, 24)
        assert clock.now().hour == 9


def test_the_clock_runs_again_after_the_frozen_block():
    with clock.frozen(date(2000, 1, 1)):
        pass
    assert clock.today().year >= 2026


def test_vietnam_date_of_a_stored_utc_timestamp():
    assert clock.vietnam_date(datetime(2026, 12, 31, 17, 0, tzinfo=UTC)) == date(2027, 1, 1)
    assert clock.vietnam_date(datetime(2026, 12, 31, 16, 59)) == date(2026, 12, 31)  # naive = UTC


def test_record_timestamps_follow_the_frozen_clock():
    from common.db import utcnow

    with clock.frozen(datetime(2026, 7, 1, 8, 0)):  # naive: Vietnam's local time
        assert utcnow() == datetime(2026, 7, 1, 1, 0, tzinfo=UTC)
