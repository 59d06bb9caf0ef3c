"""The unit's list and the Department's progress in Excel (common.exports), Vietnamese headers; audited."""

from __future__ import annotations

import uuid

from fastapi import Response
from sqlalchemy.ext.asyncio import AsyncSession

from common.audit import AuditContext
from common.auth import Principal
from common.exports import XLSX_MEDIA_TYPE, Column, attachment, xlsx_bytes
from personnel.errors import MESSAGES
from personnel.evaluations import service

STAFF = {"cadre": "Cán bộ", "civil_servant": "Công chức", "public_employee": "Viên chức",
         "contract_worker": "Người lao động"}


def level_name(code: str | None) -> str:
    key = f"evaluation.level.{(code or '').lower()}"
    return MESSAGES.text(key, "vi") if code and key in MESSAGES else (code or "")


def state_name(state: str) -> str:
    return MESSAGES.text(f"evaluation.state.{state}", "vi")


async def sheet_xlsx(session: AsyncSession, principal: Principal, *, round_id: uuid.UUID, unit_id: str,
                     audit: AuditContext) -> Response:
    sheet = await service.read_sheet(session, principal, round_id=round_id, unit_id=unit_id, lang="vi")
    columns = [Column("no", "STT", 6), Column("full_name", "Họ và tên", 28), Column("birth_date", "Ngày sinh", 12),
               Column("position", "Chức vụ", 24), Column("staff", "Đối tượng", 12),
               Column("months_worked", "Số tháng công tác", 10), Column("self_assessment", "Tự đánh giá", 40),
               Column("score", "Điểm", 8), Column("rating", "Xếp loại", 28),
               Column("flag", "Hai năm liên tiếp không hoàn thành nhiệm vụ", 40)]
    rows = [{"no": n, "full_name": e.full_name, "birth_date": e.birth_date, "position": e.position or "",
             "staff": STAFF.get(e.staff_category or "", ""), "months_worked": e.months_worked,
             "self_assessment": e.self_assessment or "", "score": float(e.score) if e.score is not None else None,
             "rating": level_name(e.rating), "flag": e.poor_flag.message if e.poor_flag else ""}
            for n, e in enumerate(sheet.entries, start=1)]
    title = (f"Kết quả đánh giá, xếp loại chất lượng năm {sheet.round.year} - {sheet.unit_name} "
             f"({state_name(sheet.state)})")
    await audit.record(session, action="export", resource_type="evaluation_sheet",
                       resource_id=str(sheet.sheet_id or f"{sheet.round.year}:{unit_id}"), unit_id=unit_id,
                       detail={"year": sheet.round.year, "rows": len(rows)})
    return attachment(xlsx_bytes(title, columns, rows), f"Danh gia {sheet.round.year} {unit_id}.xlsx",
                      XLSX_MEDIA_TYPE)


async def progress_xlsx(session: AsyncSession, principal: Principal, *, round_id: uuid.UUID,
                        audit: AuditContext) -> Response:
    p = await service.progress(session, principal, round_id=round_id)
    columns = [Column("no", "STT", 6), Column("unit_name", "Đơn vị", 40),
               Column("to_rate", "Số người phải đánh giá", 12),
               Column("rated", "Đã xếp loại", 12), Column("state", "Trạng thái", 20),
               Column("submitted_at", "Ngày gửi duyệt", 14), Column("decided_at", "Ngày duyệt", 14),
               Column("poor", "Không hoàn thành nhiệm vụ", 14), Column("flagged", "Hai năm liên tiếp", 12),
               Column("late", "Quá hạn", 10)]
    rows = [{"no": n, "unit_name": r.unit_name, "to_rate": r.to_rate, "rated": r.rated, "state": state_name(r.state),
             "submitted_at": r.submitted_at.date() if r.submitted_at else None,
             "decided_at": r.decided_at.date() if r.decided_at else None, "poor": r.poor, "flagged": r.flagged,
             "late": "Quá hạn" if r.late else ""} for n, r in enumerate(p.rows, start=1)]
    title = (f"Tiến độ đánh giá, xếp loại chất lượng năm {p.round.year} (hạn {p.round.closes_on:%d/%m/%Y}, "
             f"ngày {p.as_of:%d/%m/%Y})")
    await audit.record(session, action="export", resource_type="evaluation_round", resource_id=str(round_id),
                       unit_id=principal.unit_id, detail={"year": p.round.year, "rows": len(rows)})
    return attachment(xlsx_bytes(title, columns, rows), f"Tien do danh gia {p.round.year}.xlsx", XLSX_MEDIA_TYPE)
