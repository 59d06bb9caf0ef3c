"""The one fold of Vietnamese text for search."""

from common.text import fold


def test_fold_strips_vietnamese_diacritics_case_and_extra_spaces() -> None:
    assert fold("Xã Ngọc Đường") == "xa ngoc duong"
    assert fold("  Sở   Văn hóa, Thể thao ") == "so van hoa, the thao"
    assert fold("ĐỖ THỊ ĐÀO") == "do thi dao"
