"""The levels the person events carry for the statistical reports (IT, English, other languages, an
ethnic-minority language certificate, general education), derived from the record: personnel.persons.report_levels."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from personnel.persons.projection import event_state
from personnel.persons.report_levels import general_education, report_levels
from personnel.profiles.schema import Profile

ON = date(2026, 6, 15)


def profile(education: dict[str, Any] | None = None, training: list[dict[str, Any]] | None = None) -> Profile:
    return Profile.model_validate({
        "identity": {"full_name": "Nguyễn Văn An", "gender": "1", "birth_date": "1985-04-02"},
        "education": education or {}, "training": training or []})


def course(kind: str, **fields: Any) -> dict[str, Any]:
    return {"kind": kind, "institution": "Trường", "from_month": "2019-01", "to_month": "2019-03", **fields}


def test_a_record_with_nothing_is_counted_in_no_level_but_says_so():
    levels = report_levels(profile(), ON)
    assert (levels.it_level, levels.english_level, levels.other_language_level) == ("none", "none", "none")
    assert levels.ethnic_language_certificate is False
    assert levels.general_education_level == "none"


@pytest.mark.parametrize(("code", "expected"), [
    ("12/12", "upper_secondary"), ("10/10", "upper_secondary"), ("THPT", "upper_secondary"),
    ("BTVH", "upper_secondary"), ("11/12", "lower_secondary"), ("9/12", "lower_secondary"),
    ("THCS", "lower_secondary"), ("7/10", "lower_secondary"), ("9/10", "lower_secondary"),
    ("6/10", "primary"), ("4/10", "primary"), ("5/12", "primary"), ("8/12", "primary"),
    ("3/12", "none"), ("3/10", "none"), (None, "none"), ("không rõ", "none")])
def test_general_education_is_the_school_level_the_grade_completes_in_its_system(code, expected):
    assert general_education(code) == expected


def test_the_it_summary_gives_a_certificate_or_a_formal_qualification():
    assert report_levels(profile({"it_level": "CNTT_CB"}), ON).it_level == "certificate"
    assert report_levels(profile({"it_level": "TH_B"}), ON).it_level == "certificate"
    assert report_levels(profile({"it_level": "TC_CNTT"}), ON).it_level == "intermediate_or_above"
    assert report_levels(profile({"it_level": "KHONG"}), ON).it_level == "none"


def test_the_highest_it_level_wins_over_a_lower_one_from_the_training_table():
    record = profile({"it_level": "CNTT_NC"}, [course("it", qualification="CD", degree="Bằng cao đẳng CNTT")])
    assert report_levels(record, ON).it_level == "intermediate_or_above"
    assert report_levels(profile(training=[course("it", degree="Chứng chỉ ứng dụng CNTT cơ bản")]),
                         ON).it_level == "certificate"


def test_a_degree_in_information_technology_is_a_formal_it_qualification():
    by_text = profile(training=[course("professional", qualification="DH", field="Công nghệ thông tin")])
    by_code = profile({"highest_qualification": "DH", "major": "7480201"})
    assert report_levels(by_text, ON).it_level == "intermediate_or_above"
    assert report_levels(by_code, ON).it_level == "intermediate_or_above"
    assert report_levels(profile({"highest_qualification": "DH", "major": "Luật"}), ON).it_level == "none"


def test_a_course_still_running_on_the_day_is_not_counted_yet():
    running = profile(training=[course("it", from_month="2026-05", to_month="2026-09", qualification="TC")])
    open_ended = profile(training=[{"kind": "it", "institution": "Trường", "from_month": "2026-01"}])
    assert report_levels(running, ON).it_level == "none"
    assert report_levels(running, date(2026, 9, 1)).it_level == "intermediate_or_above"
    assert report_levels(open_ended, ON).it_level == "none"


def test_english_certificates_of_every_framework_count_as_a_certificate_unless_there_is_a_degree():
    for level in ("KNLNN_B3", "CC_B", "QT"):
        record = profile({"foreign_languages": [{"language": "Tiếng Anh", "level": level}]})
        assert report_levels(record, ON).english_level == "certificate", level
    both = profile({"foreign_languages": [{"language": "Anh", "level": "KNLNN_B2"},
                                          {"language": "English", "level": "DH_NN"}]})
    assert report_levels(both, ON).english_level == "degree"


def test_a_university_degree_in_english_is_an_english_degree():
    teacher = profile(training=[course("professional", qualification="DH", field="Sư phạm Tiếng Anh")])
    assert report_levels(teacher, ON).english_level == "degree"
    assert report_levels(profile({"highest_qualification": "ThS", "major": "7220201"}), ON).english_level == "degree"
    college = profile(training=[course("professional", qualification="CD", field="Tiếng Anh")])
    assert report_levels(college, ON).english_level == "none"


def test_other_foreign_languages_are_counted_apart_from_english():
    record = profile({"foreign_languages": [{"language": "Tiếng Trung", "level": "KNLNN_B4"},
                                            {"language": "Tiếng Anh", "level": "KNLNN_B2"}]},
                     [course("language", language="Tiếng Pháp", qualification="DH")])
    levels = report_levels(record, ON)
    assert (levels.english_level, levels.other_language_level) == ("certificate", "degree")


def test_a_language_line_without_a_level_or_with_none_shows_no_qualification():
    record = profile({"foreign_languages": [{"language": "Tiếng Anh"}, {"language": "Tiếng Nga", "level": "KHONG"}]})
    levels = report_levels(record, ON)
    assert (levels.english_level, levels.other_language_level) == ("none", "none")


def test_a_finished_language_course_gives_its_certificate():
    record = profile(training=[course("language", language="Tiếng Anh", degree="Chứng chỉ B")])
    assert report_levels(record, ON).english_level == "certificate"


def test_an_ethnic_minority_language_is_its_own_certificate_not_a_foreign_language():
    by_name = profile(training=[course("language", language="Tiếng Mông", degree="Chứng chỉ tiếng Mông")])
    by_level = profile({"foreign_languages": [{"language": "Tiếng Thái", "level": "TIENG_DTTS"}]})
    for record in (by_name, by_level):
        levels = report_levels(record, ON)
        assert levels.ethnic_language_certificate is True
        assert levels.other_language_level == "none"


def test_thai_or_chinese_with_a_foreign_language_level_are_foreign_languages():
    record = profile({"foreign_languages": [{"language": "Tiếng Thái", "level": "KNLNN_B3"},
                                            {"language": "Tiếng Hoa", "level": "CC_A"}]})
    levels = report_levels(record, ON)
    assert levels.ethnic_language_certificate is False
    assert levels.other_language_level == "certificate"


def test_vietnamese_and_linguistics_are_no_foreign_language():
    record = profile(training=[course("professional", qualification="DH", field="Ngôn ngữ học"),
                               course("professional", qualification="ThS", field="Tiếng Việt và văn hoá Việt Nam")])
    levels = report_levels(record, ON)
    assert (levels.english_level, levels.other_language_level) == ("none", "none")


def test_the_person_event_carries_the_levels():
    state = event_state(profile({"general_education": "12/12", "it_level": "CNTT_CB",
                                 "foreign_languages": [{"language": "Tiếng Anh", "level": "KNLNN_B3"}]}), ON)
    assert state["it_level"] == "certificate"
    assert state["english_level"] == "certificate"
    assert state["other_language_level"] == "none"
    assert state["ethnic_language_certificate"] is False
    assert state["general_education_level"] == "upper_secondary"
