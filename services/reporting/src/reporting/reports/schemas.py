from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel


class FormSummary(BaseModel):
    id: str  # used in the path: /reports/{form_id}
    form_code: str  # printed on the form: BM01/BNV (not "code": the slash is no path segment)
    title: str
    description: str
    kind: str  # aggregate | list


class ReportColumn(BaseModel):
    key: str  # c<number>
    number: int
    header: str
    groups: list[str]
    counted: bool  # a count of people (a cell opens its list)
    carried: bool  # false: the data is not in the events yet, the column is blank


class ReportRow(BaseModel):
    key: str  # a unit id, a person id (list forms) or "total"
    label: str
    unit_id: str | None = None
    heading: bool = False
    cells: dict[str, Any]


class ReportPublic(BaseModel):
    form: FormSummary
    title: str
    issued_by: str
    scope_line: str
    receiver: str
    row_label: str
    unit_id: str
    unit_name: str
    as_of: date
    latest_event_at: datetime | None  # the time of the latest event the read model holds
    people_count: int
    columns: list[ReportColumn]
    rows: list[ReportRow]
    total: ReportRow
    notes: list[str]
    warnings: list[str]


class CountedPerson(BaseModel):
    person_id: uuid.UUID
    full_name: str
    unit_id: str
    unit_name: str
    gender: str | None
    birth_date: date | None
    rank_code: str | None
    position: str | None


class CellPeople(BaseModel):
    form_id: str
    unit_id: str
    as_of: date
    row: str
    column: str
    header: str
    count: int
    items: list[CountedPerson]
