"""Catalog CSV reading and the Excel round trip, without a database."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from common.errors import ValidationFailed
from org.catalogs import excel
from org.catalogs.seed import BUILTIN_DIR, catalog_files, read_catalog
from org.catalogs.tables import Catalog, CatalogItem
from org.config import DEFAULT_CATALOG_DIR


class TestReadCatalog:
    def test_every_shared_and_builtin_file_reads_with_unique_codes(self) -> None:
        files = catalog_files(DEFAULT_CATALOG_DIR)
        stems = {p.stem for p in files}
        assert {"ethnic_groups", "ranks", "unit_types", "unit_blocks", "management_levels"} <= stems
        for path in files:
            cat = read_catalog(path)
            assert cat.items, path
            assert len({i.code for i in cat.items}) == len(cat.items)

    def test_rows_without_code_use_their_key_columns_and_dates(self) -> None:
        salary = read_catalog(DEFAULT_CATALOG_DIR / "base_salary.csv")
        first = salary.items[0]
        assert first.code == "2004-10-01" and str(first.valid_from) == "2004-10-01"
        assert first.attributes["amount_vnd"] == "290000"
        grades = read_catalog(DEFAULT_CATALOG_DIR / "salary_grades.csv")
        assert grades.items[0].code == "bang1_chuyen_gia_cao_cap:CGCC:1"

    def test_builtin_catalogs_are_found_without_the_shared_directory(self, tmp_path) -> None:  # type: ignore[no-untyped-def]
        assert {p.stem for p in catalog_files(tmp_path / "missing")} == {p.stem for p in BUILTIN_DIR.glob("*.csv")}


class TestExcel:
    def test_export_then_read_gives_the_same_items(self) -> None:
        cat = Catalog(catalog="gender", name="Giới tính", attribute_names=["name_en"])
        items = [CatalogItem(catalog="gender", code="1", name="Nam", sort_order=1, attributes={"name_en": "Male"}),
                 CatalogItem(catalog="gender", code="2", name="Nữ", sort_order=2, active=False,
                             attributes={"name_en": "Female"})]
        rows = excel.read_rows(excel.export_catalog(cat, items))
        assert [(r["code"], r["name"], r["active"], r["attributes"]["name_en"]) for r in rows] == [
            ("1", "Nam", True, "Male"), ("2", "Nữ", False, "Female")]

    def test_bad_rows_are_reported_by_number_and_nothing_is_returned(self) -> None:
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(["code", "name", "valid_from"])
        ws.append(["A", "Một", "2025-01-01"])
        ws.append(["", "Không mã", None])
        ws.append(["A", "Lặp", None])
        ws.append(["C", "Ngày sai", "31/02/2025"])
        buf = io.BytesIO()
        wb.save(buf)
        with pytest.raises(ValidationFailed) as exc:
            excel.read_rows(buf.getvalue())
        assert [f.field for f in exc.value.fields] == ["row 3", "row 4", "row 5"]

    def test_not_a_workbook_is_refused(self) -> None:
        with pytest.raises(ValidationFailed):
            excel.read_rows(b"not excel")
