"""Finding the unit a case goes to by what an officer types."""

from transfer.units.rules import matching

UNITS = [("SNV", "Sở Nội vụ"), ("SNV.CCVC", "Phòng Công chức, viên chức"), ("STP", "Sở Tư pháp"),
         ("00700", "Xã Ngọc Đường"), ("SNN", "Sở Nông nghiệp và Môi trường")]


def test_every_typed_word_must_match_without_diacritics():
    assert matching(UNITS, "so noi", 10) == ["SNV"]
    assert matching(UNITS, "ngoc duong", 10) == ["00700"]


def test_an_exact_code_comes_first_then_names_in_order():
    assert matching(UNITS, "snv", 10) == ["SNV", "SNV.CCVC"]
    assert matching(UNITS, "sở", 10) == ["SNV", "SNN", "STP"]  # Sở Nội vụ, Sở Nông nghiệp, Sở Tư pháp


def test_nothing_typed_finds_nothing_and_the_limit_holds():
    assert matching(UNITS, "   ", 10) == []
    assert len(matching(UNITS, "s", 2)) == 2
