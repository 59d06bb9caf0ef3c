"""Number fields take the digits 0-9 only (issue 12, item 5): Python's \\d and int() also accept full-width
and Arabic-Indic digits, which a record must not hold (other systems, search and the printed forms read
ASCII). The profile's identity numbers are checked by personnel.profiles.rules."""

from __future__ import annotations

import pytest

from personnel.profiles.rules import check_personal_id_number, check_social_insurance_number

OTHER_DIGITS = {"full-width": "０１２３４５６７８９", "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
                "extended arabic-indic": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९"}


def spell(number: str, digits: str) -> str:
    return number.translate(str.maketrans("0123456789", digits))


@pytest.mark.parametrize("script", sorted(OTHER_DIGITS))
def test_a_social_insurance_number_in_other_digits_is_refused(script):
    assert check_social_insurance_number("0812345678") == []
    issues = check_social_insurance_number(spell("0812345678", OTHER_DIGITS[script]))
    assert [(i.field, i.code, i.severity) for i in issues] == [
        ("identity.social_insurance_number", "profile.social_insurance_digits", "error")]


@pytest.mark.parametrize("script", sorted(OTHER_DIGITS))
def test_a_personal_identification_number_in_other_digits_is_refused(script):
    number = spell("008066001234", OTHER_DIGITS[script])
    issues = check_personal_id_number(number, birth_date=None, gender=None, province_codes={"008"},
                                      century_digits={})
    assert [(i.code, i.severity) for i in issues] == [("profile.id_digits", "error")]


def test_one_foreign_digit_among_ascii_ones_is_enough_to_refuse():
    assert check_social_insurance_number("081234567٨")
