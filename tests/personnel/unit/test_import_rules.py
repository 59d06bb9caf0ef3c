"""The pure rules of the Excel import (personnel.imports.rules): cells read into profile values, rows grouped
by identification number, duplicates, catalog values with suggestions, merging into an existing record."""

from __future__ import annotations

from datetime import date, datetime

from personnel.imports.columns import HISTORY, MAIN, Column
from personnel.imports.rules import (
    CatalogChoices,
    Person,
    group_rows,
    judge,
    merge,
    normalise_key,
    read_cell,
    rows_of,
)
from personnel.profiles.rules import CenturyDigit

ETHNIC = CatalogChoices([("01", "Kinh"), ("02", "Tày"), ("03", "Thái"), ("08", "Mông")])
CATALOGS = {"ethnic_groups": ETHNIC, "gender": CatalogChoices([("1", "Nam"), ("2", "Nữ")]),
            "family_relations": CatalogChoices([("BO", "Bố đẻ"), ("ME", "Mẹ đẻ")]),
            "specialties": CatalogChoices([("LUAT", "Luật")])}
DIGITS = {"1": CenturyDigit(1900, 1999, "nu")}
ETHNICITY = Column("identity.ethnicity", "Dân tộc", "catalog", "ethnic_groups")


def header(sheet) -> tuple:  # type: ignore[no-untyped-def]
    return (sheet.key_header, *(c.header for c in sheet.columns))


def main_row(key: object, **cells: object) -> tuple:
    by_header = {c.header: c for c in MAIN.columns}
    values = [None] * (len(MAIN.columns) + 1)
    values[0] = key
    for name, value in cells.items():
        values[1 + MAIN.columns.index(by_header[name])] = value
    return tuple(values)


def test_a_catalog_cell_takes_the_code_the_list_entry_or_the_name():
    assert read_cell(ETHNICITY, "02", CATALOGS)[0] == "02"
    assert read_cell(ETHNICITY, "02 - Tày", CATALOGS)[0] == "02"
    assert read_cell(ETHNICITY, "tay", CATALOGS)[0] == "02"  # without diacritics, any case


def test_an_unknown_catalog_value_names_the_closest_valid_ones():
    value, (code, params) = read_cell(ETHNICITY, "Tayy", CATALOGS)
    assert value is None and code == "import.unknown_catalog_value"
    assert params["suggestions"].split("; ")[0] == "02 - Tày"
    _, (code, _) = read_cell(ETHNICITY, "Xyzzy", CATALOGS)
    assert code == "import.unknown_catalog_value_no_match"


def test_an_open_catalog_keeps_text_that_is_not_one_of_its_codes():
    major = Column("education.major", "Chuyên ngành", "open", "specialties")
    assert read_cell(major, "Luật", CATALOGS)[0] == "LUAT"
    assert read_cell(major, "Quản trị văn phòng", CATALOGS)[0] == "Quản trị văn phòng"


def test_dates_and_months_read_as_excel_dates_serials_or_text():
    day = Column("identity.birth_date", "Ngày sinh", "date")
    assert read_cell(day, datetime(1986, 4, 12), CATALOGS)[0] == "1986-04-12"
    assert read_cell(day, 31514, CATALOGS)[0] == "1986-04-12"  # the serial number of an unformatted cell
    assert read_cell(day, "12/04/1986", CATALOGS)[0] == "1986-04-12"
    assert read_cell(day, "1986-04-12", CATALOGS)[0] == "1986-04-12"
    assert read_cell(day, "31/02/1990", CATALOGS)[1][0] == "import.bad_date"
    month = Column("from_month", "Từ tháng", "month")
    assert read_cell(month, "9/2004", CATALOGS)[0] == "2004-09"
    assert read_cell(month, date(2004, 9, 1), CATALOGS)[0] == "2004-09"
    assert read_cell(month, "13/2004", CATALOGS)[1][0] == "import.bad_month"


def test_a_number_cell_gets_back_the_leading_zeros_of_the_identification_number():
    assert normalise_key(8186012345.0) == "008186012345"
    assert normalise_key(" 008 186 012345 ") == "008186012345"


def test_duplicate_numbers_in_one_file_refuse_the_person_naming_both_rows():
    sheets = {MAIN.name: [(1, header(MAIN)), (2, main_row("008186012345", **{"Họ và tên": "A"})),
                          (3, main_row("008186012345", **{"Họ và tên": "B"}))]}
    people, loose = group_rows(sheets, CATALOGS)
    assert len(people) == 1 and not loose
    (error,) = people[0].errors
    assert (error.code, error.row, error.column, dict(error.params)) == (
        "import.duplicate_key", 3, "A", {"row": 2, "other_row": 3})


def test_history_rows_belong_to_their_person_and_rows_of_others_are_reported_apart():
    family = next(s for s in HISTORY if s.table == "family_relations")
    sheets = {MAIN.name: [(1, header(MAIN)), (2, main_row("008186012345", **{"Dân tộc": "Tày"}))],
              family.name: [(1, header(family)),
                            (2, ("008186012345", "Về bản thân", "Mẹ đẻ", "Phạm Thị Lan", 1953, None)),
                            (3, ("001099000001", "Về bản thân", "BO", "Ai Đó", 1950, None))]}
    people, loose = group_rows(sheets, CATALOGS)
    assert people[0].values["identity.ethnicity"] == "02"
    assert people[0].tables["family_relations"] == [
        {"side": "self", "relation": "ME", "full_name": "Phạm Thị Lan", "birth_year": 1953}]
    assert [(e.sheet, e.row, e.code) for e in loose] == [(family.name, 3, "import.key_not_on_main_sheet")]


def test_blank_cells_keep_the_record_and_a_table_in_the_file_replaces_the_records():
    existing = {"identity": {"full_name": "Nguyễn Văn A", "phone": "0911111111", "gender": "1"},
                "training": [{"kind": "it", "institution": "Cũ"}], "awards": [{"year": 2020, "form": "GK"}]}
    person = Person(key="008186012345", row=2, values={"identity.phone": "0922222222"},
                    tables={"training": [{"kind": "language", "institution": "Mới"}]})
    merged = merge(existing, person)
    assert merged["identity"] == {"full_name": "Nguyễn Văn A", "phone": "0922222222", "gender": "1"}
    assert merged["training"] == [{"kind": "language", "institution": "Mới"}]
    assert merged["awards"] == existing["awards"]
    assert existing["identity"]["phone"] == "0911111111"  # the record itself is untouched


def test_a_profile_written_as_template_rows_reads_back_the_same():
    profile = {"identity": {"full_name": "Lê Thị Cúc", "gender": "2", "birth_date": "1990-07-15",
                            "personal_id_number": "008190012345", "ethnicity": "01"},
               "recruitment": {"staff_category": "public_employee"},
               "family_relations": [{"side": "self", "relation": "BO", "full_name": "Lê Văn Tư", "birth_year": 1960}]}
    rows = rows_of(profile, "STP")
    sheets = {name: [(1, header(next(s for s in (MAIN, *HISTORY) if s.name == name)))] +
              [(i + 2, tuple(r)) for i, r in enumerate(values)] for name, values in rows.items()}
    people, loose = group_rows(sheets, CATALOGS)
    assert not loose and not people[0].errors and people[0].unit_id == "STP"
    verdict = judge(people[0], existing=None, today=date(2026, 12, 4), lookup=lambda c, k: True,
                    province_codes={"008"}, century_digits=DIGITS)
    assert verdict.action == "create", verdict.errors
    assert verdict.profile["recruitment"]["staff_category"] == "public_employee"
    assert verdict.profile["family_relations"][0]["full_name"] == "Lê Văn Tư"
    again = judge(people[0], existing=verdict.profile, today=date(2026, 12, 4), lookup=lambda c, k: True,
                  province_codes={"008"}, century_digits=DIGITS)
    assert (again.action, again.changes) == ("unchanged", [])


def _xlsx(rows_by_sheet: dict[str, list[list[object]]]) -> bytes:
    import io

    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    text, day = wb.add_format({"num_format": "@"}), wb.add_format({"num_format": "dd/mm/yyyy"})
    for name, rows in rows_by_sheet.items():
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, datetime):
                    ws.write_datetime(r, c, value, day)
                elif isinstance(value, str):
                    ws.write_string(r, c, value, text)
                elif value is not None:
                    ws.write_number(r, c, value)
    wb.close()
    return buf.getvalue()


def test_the_reader_keeps_text_numbers_dates_and_row_numbers_as_the_template_means_them():
    from personnel.imports.workbook import read_sheets

    family = next(s for s in HISTORY if s.table == "family_relations")
    salary = next(s for s in HISTORY if s.table == "salary_history")
    coefficient = 1 + [c.header for c in salary.columns].index("Hệ số")
    main = [list(header(MAIN)), list(main_row("001190012345", **{"Họ và tên": "Lò Văn Pọm", "Mã đơn vị": "STP - Sở",
                                                                  "Ngày sinh": datetime(1990, 7, 15)})),
            [], list(main_row(8186012345, **{"Họ và tên": "Hà Thị Ba"}))]
    salaries = [list(header(salary)), ["001190012345"] + [None] * (len(salary.columns))]
    salaries[1][coefficient] = 50
    sheets = read_sheets(_xlsx({MAIN.name: main, family.name: [list(header(family)),
                         ["001190012345", "Về bản thân", "BO", "Lò Văn Tư", 1960]], salary.name: salaries}))
    assert [n for n, _ in sheets[MAIN.name]] == [1, 2, 3, 4]  # the sheet's own row numbers
    people, loose = group_rows(sheets, CATALOGS)
    assert not loose  # the empty row 3 is no person and no error
    first, second = people
    assert (first.key, first.row, first.unit_id) == ("001190012345", 2, "STP")  # the leading zeros stay
    assert first.values["identity.birth_date"] == "1990-07-15"  # a date cell comes as a date
    assert first.tables["family_relations"][0]["birth_year"] == 1960
    assert first.tables["salary_history"][0]["coefficient"] == "50"  # a whole number, not "5E+1"
    assert (second.key, second.row) == ("008186012345", 4)  # a number cell gets its zeros back


def test_people_judged_in_parts_are_each_in_exactly_one_part_with_their_rows_and_errors():
    family = next(s for s in HISTORY if s.table == "family_relations")
    keys = [f"0011900{i:05d}" for i in range(40)]
    sheets = {MAIN.name: [(1, header(MAIN))] + [(i + 2, main_row(k)) for i, k in enumerate(keys)],
              family.name: [(1, header(family))] + [(i + 2, (k, "Về bản thân", "BO", "Bố", 1950, None))
                                                     for i, k in enumerate(keys)] +
              [(50, ("001099000001", "Về bản thân", "BO", "Ai Đó", 1950, None)), (51, (None, "x"))],
              next(s for s in HISTORY if s.table == "awards").name: [(1, ("Năm",))]}  # no key column
    from personnel.imports.service import _in_part
    whole, whole_loose = group_rows(sheets, CATALOGS)
    parts = [group_rows(sheets, CATALOGS, lambda k, p=p: _in_part(k, p, 2)) for p in range(2)]
    split = sorted((p for people, _ in parts for p in people), key=lambda p: p.row)
    assert [p.key for p in split] == [p.key for p in whole] == keys
    assert min(len(people) for people, _ in parts) > 5  # both parts have work
    assert [len(p.tables["family_relations"]) for p in split] == [1] * 40
    loose = sorted(((e.sheet, e.row, e.code) for _, errors in parts for e in errors))
    assert loose == sorted((e.sheet, e.row, e.code) for e in whole_loose) and len(loose) == 3
