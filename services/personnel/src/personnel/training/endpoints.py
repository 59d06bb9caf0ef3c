"""Routes of training: courses and programmes, who attends, completions written into the records once
approved, and the planning counts of political-theory and state-management training per unit."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from common.app import SessionDep
from common.audit import Audit
from common.exports import XLSX_MEDIA_TYPE, Column, attachment, xlsx_bytes
from personnel.deps import Approver, Editor, Reader
from personnel.profiles.schema import TrainingKind
from personnel.training import service
from personnel.training.schemas import (
    AttendeesAdd,
    CompletionSubmit,
    CourseCreate,
    CoursePage,
    CoursePublic,
    PlannedKind,
    PlanSummary,
)

router = APIRouter(tags=["training"])

PLAN_COLUMNS = [
    Column("unit_name", "Đơn vị", 36), Column("people", "Số người", 10),
    Column("required", "Ngạch yêu cầu trình độ", 14), Column("lacking", "Chưa đạt", 10),
    Column("lacking_planned", "Chưa đạt, đã cử đi học", 14), Column("lacking_unplanned", "Chưa đạt, chưa cử", 14),
    Column("planned", "Đang được cử đi học", 14),
]


@router.post("/training-courses", status_code=201)
async def create_course(body: CourseCreate, session: SessionDep, principal: Editor, audit: Audit) -> CoursePublic:
    return await service.create_course(session, principal, body=body, audit=audit)


@router.get("/training-courses")
async def list_courses(
    session: SessionDep, principal: Reader, kind: TrainingKind | None = None,
    year: Annotated[int | None, Query(ge=1945, le=2100)] = None, unit_id: str | None = None,
    page: Annotated[int, Query(ge=1)] = 1, size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> CoursePage:
    return await service.listing(session, principal, kind=kind, year=year, unit_id=unit_id, offset=(page - 1) * size,
                                 limit=size)


REGISTER_COLUMNS = [
    Column("no", "STT", 6), Column("unit", "Đơn vị", 30), Column("full_name", "Họ và tên", 26),
    Column("course", "Khóa học / chương trình", 34), Column("kind", "Loại", 16),
    Column("location", "Trong nước / nước ngoài", 16), Column("mode", "Hình thức đào tạo", 16),
    Column("specialty", "Chuyên ngành", 20), Column("school", "Cơ sở đào tạo", 28),
    Column("starts_on", "Từ ngày", 12), Column("ends_on", "Đến ngày", 12),
    Column("diploma", "Văn bằng, chứng chỉ", 20), Column("level", "Trình độ đạt được", 20),
    Column("funding", "Kinh phí", 16), Column("state", "Kết quả", 18), Column("completed_on", "Ngày hoàn thành", 12),
]


@router.get("/training-courses/export.xlsx", response_class=Response)
async def export_courses(
    session: SessionDep, principal: Reader, audit: Audit, kind: TrainingKind | None = None,
    year: Annotated[int | None, Query(ge=1945, le=2100)] = None, unit_id: str | None = None,
) -> Response:
    """The training register per unit (one row per attendee), for Excel."""
    rows = await service.export_rows(session, principal, kind=kind, year=year, unit_id=unit_id, audit=audit)
    title = "Sổ theo dõi đào tạo, bồi dưỡng" + (f" năm {year}" if year else "")
    return attachment(xlsx_bytes(title, REGISTER_COLUMNS, rows), f"dao-tao-{year or 'tat-ca'}.xlsx", XLSX_MEDIA_TYPE)


@router.get("/training-plans/summary")
async def plan_summary(session: SessionDep, principal: Reader, kind: PlannedKind,
                       unit_id: str | None = None) -> PlanSummary:
    """Per unit: who lacks the political-theory or state-management level their rank needs, who is planned."""
    return await service.plan_summary(session, principal, kind=kind, unit_id=unit_id)


@router.get("/training-plans/summary.xlsx", response_class=Response)
async def plan_summary_xlsx(session: SessionDep, principal: Reader, audit: Audit, kind: PlannedKind,
                            unit_id: str | None = None) -> Response:
    summary = await service.plan_summary(session, principal, kind=kind, unit_id=unit_id)
    title = ("Quy hoạch đào tạo lý luận chính trị" if kind == "political_theory"
             else "Quy hoạch bồi dưỡng quản lý nhà nước")
    rows = [u.model_dump() for u in [*summary.units, summary.total]]
    await audit.record(session, action="export", resource_type="training_plan", resource_id=kind, unit_id=unit_id,
                       detail={"units": len(summary.units)})
    return attachment(xlsx_bytes(f"{title} ({summary.as_of:%d/%m/%Y})", PLAN_COLUMNS, rows),
                      f"quy-hoach-{kind}.xlsx", XLSX_MEDIA_TYPE)


@router.get("/training-courses/{course_id}")
async def read_course(course_id: uuid.UUID, session: SessionDep, principal: Reader) -> CoursePublic:
    return await service.read(session, principal, course_id=course_id)


@router.post("/training-courses/{course_id}/attendees")
async def add_attendees(course_id: uuid.UUID, body: AttendeesAdd, session: SessionDep, principal: Editor,
                        audit: Audit) -> CoursePublic:
    return await service.add_attendees(session, principal, course_id=course_id, body=body, audit=audit)


@router.post("/training-courses/{course_id}/completions")
async def submit_completions(course_id: uuid.UUID, body: CompletionSubmit, session: SessionDep, principal: Editor,
                             audit: Audit) -> CoursePublic:
    """The attendees who completed the course, with the decision recognising it: waiting for approval."""
    return await service.submit_completions(session, principal, course_id=course_id, body=body, audit=audit)


@router.post("/training-courses/{course_id}/completions/approve")
async def approve_completions(course_id: uuid.UUID, session: SessionDep, principal: Approver,
                              audit: Audit) -> CoursePublic:
    """Writes the course (and the level it gives) into every record of the completions waiting."""
    return await service.approve_completions(session, principal, course_id=course_id, audit=audit)
