"""The monthly certification's pure rules: the window is the month's last five working days on the project's
calendar (statutory holidays and the catalog's announced days), late is after the month's last working day,
only the unit's own leader certifies."""

from datetime import date

import pytest

from common.workdays import WorkCalendar
from personnel.certifications import rules
from personnel.certifications.rules import Month

STATUTORY = WorkCalendar()


class TestWindow:
    def test_an_ordinary_month_ends_with_its_last_five_weekdays(self):
        w = rules.window(STATUTORY, Month(2026, 8))
        assert (w.opens, w.closes) == (date(2026, 8, 24), date(2026, 8, 28))  # Mon 31/08 is off (National Day)

    def test_a_holiday_inside_the_last_days_pushes_the_opening_back_a_day(self):
        # 24/11/2026 is Ngày Văn hóa Việt Nam: 23, 25, 26, 27 and 30 November are the five working days.
        w = rules.window(STATUTORY, Month(2026, 11))
        assert (w.opens, w.closes) == (date(2026, 11, 23), date(2026, 11, 30))

    def test_the_30_april_holiday_and_the_hung_kings_substitute_day_are_skipped(self):
        w = rules.window(STATUTORY, Month(2026, 4))
        assert (w.opens, w.closes) == (date(2026, 4, 22), date(2026, 4, 29))

    def test_an_announced_day_off_of_the_catalog_counts_as_a_holiday(self):
        cal = WorkCalendar.from_overrides([(date(2026, 8, 28), "day_off", "Nghỉ bù (thông báo)")])
        w = rules.window(cal, Month(2026, 8))
        assert (w.opens, w.closes) == (date(2026, 8, 21), date(2026, 8, 27))

    def test_a_make_up_saturday_is_a_working_day_of_the_window(self):
        cal = WorkCalendar.from_overrides([(date(2026, 8, 29), "working_day", "Làm bù")])
        w = rules.window(cal, Month(2026, 8))
        assert (w.opens, w.closes) == (date(2026, 8, 25), date(2026, 8, 29))
        assert rules.timing(cal, Month(2026, 8), date(2026, 8, 29)) == "on_time"


class TestTiming:
    def test_before_the_window_is_early_inside_on_time_after_the_last_working_day_late(self):
        m = Month(2026, 11)
        assert rules.timing(STATUTORY, m, date(2026, 11, 20)) == "early"
        assert rules.timing(STATUTORY, m, date(2026, 11, 23)) == "on_time"
        assert rules.timing(STATUTORY, m, date(2026, 11, 30)) == "on_time"
        assert rules.timing(STATUTORY, m, date(2026, 12, 1)) == "late"

    def test_the_weekend_after_a_friday_month_end_is_already_late(self):
        # July 2026 ends on Friday 31: Saturday 1 August is after the last working day.
        assert rules.timing(STATUTORY, Month(2026, 7), date(2026, 7, 31)) == "on_time"
        assert rules.timing(STATUTORY, Month(2026, 7), date(2026, 8, 1)) == "late"

    def test_the_month_to_certify_is_this_one_once_its_window_opens_else_the_previous(self):
        assert rules.month_to_certify(STATUTORY, date(2026, 11, 23)) == Month(2026, 11)
        assert rules.month_to_certify(STATUTORY, date(2026, 11, 20)) == Month(2026, 10)
        assert rules.month_to_certify(STATUTORY, date(2026, 1, 5)) == Month(2025, 12)

    def test_the_overview_says_waiting_until_the_window_closes_then_missing(self):
        m = Month(2026, 11)
        assert rules.overview_status(None, STATUTORY, m, date(2026, 11, 30)) == rules.WAITING
        assert rules.overview_status(None, STATUTORY, m, date(2026, 12, 1)) == rules.MISSING
        assert rules.overview_status(False, STATUTORY, m, date(2026, 12, 1)) == rules.CERTIFIED
        assert rules.overview_status(True, STATUTORY, m, date(2026, 12, 1)) == rules.LATE


class TestWho:
    def test_only_the_units_own_leader_certifies(self):
        assert rules.head_refusal({"unit_leader", "unit_officer"}, "STP", "STP") is None
        assert rules.head_refusal({"unit_officer"}, "STP", "STP") == "certification.not_unit_head"
        assert rules.head_refusal({"unit_leader"}, "TQ", "STP") == "certification.not_unit_head"  # a parent's
        assert rules.head_refusal({"province_admin"}, "SNV", "STP") == "certification.not_unit_head"
        assert rules.head_refusal({"system_admin", "unit_leader"}, "STP", "STP") == "certification.system_admin"


class TestMonthAndChanges:
    @pytest.mark.parametrize("text", ["2026-13", "2026-1", "11/2026", "", "2026-00"])
    def test_a_month_not_written_yyyy_mm_is_refused(self, text):
        with pytest.raises(ValueError, match=r"certification\.month_invalid"):
            Month.parse(text)

    @pytest.mark.parametrize("text", ["0000-01", "0001-01", "1899-12", "2200-01", "9999-12"])
    def test_a_month_outside_the_years_of_the_calendar_is_refused(self, text):
        with pytest.raises(ValueError, match=r"certification\.month_invalid"):
            Month.parse(text)

    def test_a_version_names_its_move_its_batch_and_the_sections_it_changed(self):
        sections = rules.changed_sections(["salary.salary_step", "training[1].institution", "salary.rank_code"])
        assert sections == ["Lương, ngạch, bậc", "Đào tạo, bồi dưỡng"]
        assert rules.describe_version(version=1, moved_from=None, batch_title=None, sections=[]) == "Tạo hồ sơ mới"
        text = rules.describe_version(version=4, moved_from="Sở Tư pháp", batch_title="Nâng lương thường xuyên",
                                      sections=sections)
        assert text == ("Chuyển đến từ Sở Tư pháp; Nâng lương thường xuyên; "
                        "Cập nhật: Lương, ngạch, bậc, Đào tạo, bồi dưỡng")
        assert rules.describe_version(version=3, moved_from="Sở Tư pháp", moved_to="Xã Phú Linh", batch_title=None,
                                      sections=[]) == "Chuyển đi Xã Phú Linh"


class TestSigner:
    def test_the_development_ca_is_refused_outside_development(self, tmp_path):
        from personnel.certifications.signing import DevCertificateAuthority, signer_from_settings

        assert isinstance(signer_from_settings("dev_ca", tmp_path), DevCertificateAuthority)
        with pytest.raises(RuntimeError, match="outside development"):
            signer_from_settings("dev_ca", tmp_path, "production")
        with pytest.raises(RuntimeError, match="not configured"):
            signer_from_settings("pkcs11", tmp_path, "production")
