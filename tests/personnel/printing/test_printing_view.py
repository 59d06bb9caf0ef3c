"""The printed view of a profile, without a database: the catalog copy is read from the seed CSV files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from common.catalogs import CatalogCopyItem, CatalogLookup, read_directory
from personnel.printing import formatting as fmt
from personnel.printing.view import ProfileView
from personnel.profiles.schema import Profile

from .full_profile import full_profile

SEED = Path(__file__).resolve().parents[3] / "services/personnel/src/personnel/catalogs/seed_data"


@pytest.fixture(scope="module")
def lookup() -> CatalogLookup:
    return CatalogLookup([CatalogCopyItem(**i) for items in read_directory(SEED) for i in items], date(2026, 1, 1))


def view_of(lookup: CatalogLookup, **changes: object) -> ProfileView:
    data = full_profile()
    data.update(changes)
    return ProfileView(Profile.model_validate(data), lookup)


def test_formats_are_the_paper_forms_own() -> None:
    assert (fmt.day(date(1986, 4, 12)), fmt.month("2004-09"), fmt.period("2020-07", None, open_end="nay")) == (
        "12/04/1986", "09/2004", "07/2020 - nay")
    assert (fmt.decimal(3.3), fmt.money(180_000_000), fmt.day(None)) == ("3,30", "180.000.000", None)


def test_religion_is_never_blank_and_codes_print_as_names(lookup: CatalogLookup) -> None:
    v = view_of(lookup)
    assert v.religion == "Không"
    assert (v.cat("ethnic_groups", "02"), v.rank_name, v.cat("ranks", "99.999")) == ("Tày", "Chuyên viên", "99.999")
    assert v.address(v.p.identity.home_town) == "Thôn Đồng Giàn, Xã Yên Sơn, Tuyên Quang"


def test_highest_award_and_heaviest_discipline_follow_the_catalog_order(lookup: CatalogLookup) -> None:
    v = view_of(lookup, disciplines=[{"form": "KHIEN_TRACH", "decided_on": "2018-05-10"},
                                     {"form": "CANH_CAO", "from_month": "2019-02"}])
    assert v.highest_award == "Bằng khen của bộ, ban, ngành, tỉnh, năm 2024"
    assert v.highest_discipline == "Cảnh cáo, năm 2019"
    assert view_of(lookup, awards=[], disciplines=[]).highest_award is None


def test_salary_history_is_transposed_in_lines_of_nine(lookup: CatalogLookup) -> None:
    history = [{"from_month": f"{2000 + n}-01", "rank_code": "01.003", "step": n + 1, "coefficient": "2.34"}
               for n in range(10)]
    grid = view_of(lookup, salary_history=history).salary_grid()
    assert [len(line) for line in grid] == [9, 9]
    assert (grid[0][0].month, grid[0][0].rank_step, grid[1][0].rank_step, grid[1][1].month) == (
        "01/2000", "01.003/1", "01.003/10", None)


def test_training_goes_to_the_six_tables_of_tt06(lookup: CatalogLookup) -> None:
    v = view_of(lookup)
    assert [len(v.training_table(n)) for n in ("32.1", "32.2", "32.3", "32.4", "32.5", "32.6")] == [2, 1, 1, 1, 1, 1]
    assert v.training_table("32.6")[0].degree == "Bậc 3 (B1)"
    assert v.salary_rows[0][:2] == ("09/2010", "09/2013")  # a period ends where the next begins
